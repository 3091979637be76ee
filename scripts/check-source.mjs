#!/usr/bin/env node
// Fails when src/ uses an API that can turn text into markup or code. Everything a visitor reads is rendered as
// text by Lit templates; these must never appear in shipped code. Run by `npm run lint` and `npm run build`.
//
// Two passes over every file under the folder (default src/): the words themselves anywhere in the text (comments
// and strings included), and the syntax tree for uses no word list can see:
// - markup sinks (`innerHTML`, `outerHTML`, `insertAdjacentHTML`, `setHTMLUnsafe`, `parseHTMLUnsafe`,
//   `createContextualFragment`, an iframe's `srcdoc`, DOMParser, XSLTProcessor, `execCommand('insertHTML')`, the
//   unsafe-* directives and their modules however imported, a template result made by hand with `_$litType$`),
//   as names, keys (`el[k]`, `Reflect.set`, `Object.assign`, destructuring) or string values, escapes decoded;
// - code sinks: `eval` and `Function` called, constructed, tagged, reached through any object or handed on as a
//   value, and the strings 'eval' and 'Function' anywhere; `.constructor(…)`; `.constructor` and any `.write` read,
//   except through `this` inside a class's own members (for `.constructor`, its instance members: in a static one
//   `this.constructor` is Function); setTimeout/setInterval given a string
//   or reached as a value (`.call`, `Reflect.apply`); `import()` of anything but a constant relative or bare
//   specifier; Worker, SharedWorker, `importScripts` and a worklet's `addModule`;
// - attributes that hold markup or code: `srcdoc` and `on…` set through setAttribute(NS), createAttribute(NS),
//   getAttributeNode(NS), getNamedItem(NS) or `.attributes.x`, setAttribute reached as a value, and `srcdoc` or
//   `on…` written or bound in a tagged template, whatever its tag is called but `css` (`@click` and `.onclick` are
//   listeners), and a markup property bound there (`.innerHTML=${s}`, escapes decoded);
// - `javascript:` URLs: a string that a browser's URL parser reads as one (tab, newline and leading controls
//   stripped), and a template piece with one at its start or after a quote, `=` or a space.
// Names are folded from constant pieces (`'inner' + 'HTML'`, `let k = "inner\x48TML"`, templates of such) through
// any variable declared with an initializer, by name: a heuristic, not flow analysis.
//
// It is a guard against mistakes and casual evasion, not a proof: a name or URL built at run time (from data,
// `atob`, `String.fromCharCode`, a `join`, a reassigned variable) or a value reached through a function's return
// or a typed parameter is beyond a static check. So is a URL from data bound to `href`/`src` in a template, a
// class method's `this.write` run with `.call(document)`, SVG `<set>`/`<animate>` of attributes, and a script
// element's text set from data, which is left to review because the gate activates held-back scripts that way.
// Review still reads what the check lets through.
//
//   node scripts/check-source.mjs [folder]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/** Names that may not appear anywhere in the text, with the reason shown. */
const FORBIDDEN_WORDS = [
  ['unsafeHTML', /\bunsafeHTML\b|\bUnsafeHTMLDirective\b|\bunsafe-html\b/g],
  ['unsafeSVG', /\bunsafeSVG\b|\bUnsafeSVGDirective\b|\bunsafe-svg\b/g],
  ['unsafeMathML', /\bunsafeMathML\b|\bUnsafeMathMLDirective\b|\bunsafe-mathml\b/g],
  ['unsafeStatic', /\bunsafeStatic\b/g],
  ['innerHTML', /\binnerHTML\b/g],
  ['outerHTML', /\bouterHTML\b/g],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/g],
  ['insertHTML', /\binsertHTML\b/gi],
  ['setHTMLUnsafe', /\bsetHTMLUnsafe\b/g],
  ['parseHTMLUnsafe', /\bparseHTMLUnsafe\b/g],
  ['createContextualFragment', /\bcreateContextualFragment\b/g],
  ['DOMParser', /\bDOMParser\b|\bparseFromString\b/g],
  ['XSLTProcessor', /\bXSLTProcessor\b/g],
  ['document.write', /\bdocument\s*(?:\.\s*|\[\s*['"`])write(?:ln)?\b/g],
  ['eval', /\beval\s*\(/g],
  ['new Function', /\bnew\s+Function\s*\(/g],
  ['setTimeout with a string', /\bset(?:Timeout|Interval)\s*(?:\(\s*['"`]|`)/g],
  ['Worker', /\bnew\s+(?:Shared)?Worker\s*\(/g],
  ['importScripts', /\bimportScripts\b/g],
  // A template result made by hand: Lit renders its `strings` as markup, so text put there becomes elements.
  ['hand-made template result', /_\$litType\$/g],
  // Not a text-to-markup API, but a style attribute built from data: themes go through CSS custom properties.
  ['styleMap', /\bstyleMap\b/g],
];

const MARKUP_PROPERTIES = new Set([
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'setHTMLUnsafe',
  'parseHTMLUnsafe',
  'createContextualFragment',
  'srcdoc',
]);
/** Names forbidden wherever they appear as identifiers or string values, escapes decoded. */
const FORBIDDEN_NAMES = new Map([
  ...[...MARKUP_PROPERTIES].filter((name) => name !== 'srcdoc').map((name) => [name, name]),
  ['unsafeHTML', 'unsafeHTML'],
  ['UnsafeHTMLDirective', 'unsafeHTML'],
  ['unsafeSVG', 'unsafeSVG'],
  ['UnsafeSVGDirective', 'unsafeSVG'],
  ['unsafeMathML', 'unsafeMathML'],
  ['UnsafeMathMLDirective', 'unsafeMathML'],
  ['unsafeStatic', 'unsafeStatic'],
  ['DOMParser', 'DOMParser'],
  ['parseFromString', 'DOMParser'],
  ['XSLTProcessor', 'XSLTProcessor'],
]);
/** The finding reported for a global that turns text into code, however it is reached. */
const CODE_GLOBALS = new Map([
  ['eval', 'eval'],
  ['Function', 'new Function'],
]);
/** Globals that load code from a URL, which may be a `blob:` or `data:` URL made from text. */
const SCRIPT_LOADERS = new Map([
  ['Worker', 'Worker'],
  ['SharedWorker', 'Worker'],
  ['importScripts', 'importScripts'],
]);
const TIMERS = new Set(['setTimeout', 'setInterval']);
const SET_ATTRIBUTE = new Set(['setAttribute', 'setAttributeNS']);
/** Calls whose argument (the second, for the NS forms) names an attribute they create, set or hand back to set. */
const ATTRIBUTE_CALLS = new Map([
  ['setAttribute', 0],
  ['setAttributeNS', 1],
  ['createAttribute', 0],
  ['createAttributeNS', 1],
  ['getAttributeNode', 0],
  ['getAttributeNodeNS', 1],
  ['getNamedItem', 0],
  ['getNamedItemNS', 1],
]);
const UNSAFE_MODULE = /unsafe-(html|svg|mathml)/i;
const UNSAFE_MODULE_NAMES = { html: 'unsafeHTML', svg: 'unsafeSVG', mathml: 'unsafeMathML' };
const SOURCE_EXTENSIONS = /\.(?:[cm]?[jt]sx?)$/;
/** Lit's template tags, and aliases such as `staticHtml`. */
/** Lit's `css` tag: its templates are style sheets, with no markup to read. */
const STYLE_TAG = /^css$/;
/** An attribute the browser may run as code: any `on…` (Lit's `@click` is a listener, not an attribute). */
const HANDLER_ATTRIBUTE = /^on/i;
// A URL parser drops ASCII tab, newline and carriage return anywhere, and C0 controls and spaces before the scheme.
const JAVASCRIPT = [...'javascript:'].join('[\\t\\n\\r]*');
const JAVASCRIPT_URL = new RegExp(`^[\\x00-\\x20]*${JAVASCRIPT}`, 'i');
/** In a template piece: at its start, or after what can open an attribute value or a URL in text. */
const JAVASCRIPT_IN_PIECE = new RegExp(`(?:^|["'=\\s])[\\x00-\\x20]*${JAVASCRIPT}`, 'i');
/**
 * A specifier `import()` loads from text or from elsewhere: a scheme (`data:`, `blob:`, `https:`…) or `//host`,
 * once tabs and newlines are taken out as a URL parser does.
 */
const REMOTE_SPECIFIER = new RegExp(`^[\\x00-\\x20]*(?:[a-z][a-z\\d+.-]*:|[/\\\\]{2})`, 'i');
/** The most values one expression is folded to before the check gives up on it. */
const MAX_VALUES = 64;

function attributeFinding(attribute) {
  if (typeof attribute !== 'string') return undefined;
  if (attribute.toLowerCase() === 'srcdoc') return 'srcdoc';
  return HANDLER_ATTRIBUTE.test(attribute) ? 'event handler attribute' : undefined;
}

/** The property names of `a.b` or `a['b']`, when written out or folded from constants; empty otherwise. */
function propertyNames(node, bindings) {
  if (ts.isPropertyAccessExpression(node)) return [node.name.text];
  if (ts.isElementAccessExpression(node)) return foldStrings(node.argumentExpression, bindings) ?? [];
  return [];
}

/** The names a callee or tag goes by: `eval`, `window.eval`, `w['ev' + 'al']`. */
function calleeNames(node, bindings) {
  const callee = unwrap(node);
  return ts.isIdentifier(callee) ? [callee.text] : propertyNames(callee, bindings);
}

function isStringLike(node) {
  if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) return true;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return isStringLike(node.left) || isStringLike(node.right);
  }
  return ts.isParenthesizedExpression(node) && isStringLike(node.expression);
}

/** The callee without parentheses, `as` casts and `!`: `(window as any).eval` → `window.eval`. */
function unwrap(node) {
  while (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isTypeAssertionExpression(node) ||
    (ts.isSatisfiesExpression?.(node) ?? false)
  ) {
    node = node.expression;
  }
  return node;
}

/** The expression a value sits in once parentheses, casts and `!` around it are taken off. */
function outermost(node) {
  while (
    ts.isParenthesizedExpression(node.parent) ||
    ts.isAsExpression(node.parent) ||
    ts.isNonNullExpression(node.parent) ||
    ts.isTypeAssertionExpression(node.parent) ||
    (ts.isSatisfiesExpression?.(node.parent) ?? false)
  ) {
    node = node.parent;
  }
  return node;
}

/**
 * Whether the expression is what a call or `new` calls, or only read by `typeof`, rather than a value handed on
 * (`.call`, `Reflect.apply`, an argument, a variable).
 */
function isCalled(node) {
  const outer = outermost(node);
  const parent = outer.parent;
  if (ts.isTypeOfExpression(parent)) return true;
  return (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === outer;
}

function product(lefts, rights) {
  if (lefts.length * rights.length > MAX_VALUES) return undefined;
  return lefts.flatMap((left) => rights.map((right) => left + right));
}

/**
 * The strings an expression can have, escapes decoded, or undefined: literals, templates and `+` of such, and names
 * a variable declaration gives one (every declaration of the name counts, so `k` bound twice folds to both).
 * `'inner' + 'HTML'` and `` `insertAdjacent${'HTML'}` `` are spelt out this way.
 */
function foldStrings(node, bindings, folding = new Set()) {
  if (!node) return undefined;
  node = unwrap(node);
  if (ts.isStringLiteralLike(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    let values = [node.head.text];
    for (const span of node.templateSpans) {
      const parts = foldStrings(span.expression, bindings, folding);
      values = parts && product(values, parts);
      if (!values) return undefined;
      values = values.map((value) => value + span.literal.text);
    }
    return values;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = foldStrings(node.left, bindings, folding);
    const right = left && foldStrings(node.right, bindings, folding);
    return right && product(left, right);
  }
  // By name only, not by scope or flow: a false match needs a variable that spells a sink, worth a look anyway.
  if (ts.isIdentifier(node) && bindings.has(node.text) && !folding.has(node.text)) {
    folding.add(node.text);
    const values = bindings.get(node.text).flatMap((initializer) => foldStrings(initializer, bindings, folding) ?? []);
    folding.delete(node.text);
    return values.length && values.length <= MAX_VALUES ? [...new Set(values)] : undefined;
  }
  return undefined;
}

/** Whether the identifier sits where a type is expected (`x: Function`, `typeof eval` in a type). */
function inTypePosition(node) {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    // `class X extends Function` is a value: its instances compile strings like Function itself.
    if (ts.isHeritageClause(parent))
      return parent.token === ts.SyntaxKind.ImplementsKeyword || ts.isInterfaceDeclaration(parent.parent);
    if (ts.isTypeNode(child) && !ts.isExpressionWithTypeArguments(child)) return true;
    if (ts.isExpression(parent) || ts.isStatement(parent)) return false;
  }
  return false;
}

/** Whether the identifier names a property (`a.eval`, `{ Function: 1 }`, `class { eval() {} }`), not a value. */
function isPropertyName(node) {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) || ts.isQualifiedName(parent)) return parent.name === node;
  return (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isGetAccessorDeclaration(parent) ||
      ts.isSetAccessorDeclaration(parent) ||
      ts.isEnumMember(parent)) &&
    parent.name === node
  );
}

/**
 * Whether `this` here is a class instance (or the class, in a static member): in a method, constructor, accessor,
 * property initializer or static block of a class, arrow functions inside them included. A plain `function` or an
 * object literal's method takes `this` from its caller, which may be a document.
 */
function inClassMember(node, { instanceOnly = false } = {}) {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isArrowFunction(parent)) continue;
    if (
      ts.isMethodDeclaration(parent) ||
      ts.isConstructorDeclaration(parent) ||
      ts.isGetAccessorDeclaration(parent) ||
      ts.isSetAccessorDeclaration(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isClassStaticBlockDeclaration(parent)
    ) {
      // In a static member `this` is the class, whose `constructor` is Function.
      const isStatic =
        ts.isClassStaticBlockDeclaration(parent) ||
        (ts.getCombinedModifierFlags(parent) & ts.ModifierFlags.Static) !== 0;
      return ts.isClassLike(parent.parent) && !(instanceOnly && isStatic);
    }
    if (ts.isFunctionLike(parent) || ts.isSourceFile(parent)) return false;
  }
  return false;
}

/** Every initializer each variable name is declared with (`const`, `let` or `var`), for folding strings. */
function bindingsOf(source) {
  const bindings = new Map();
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const initializers = bindings.get(node.name.text) ?? [];
      bindings.set(node.name.text, [...initializers, node.initializer]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return bindings;
}

function isDynamicImport(node) {
  return ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword;
}

/** The modules an import, export, `import()` or `require()` names, when they fold to constants. */
function moduleSpecifiers(node, bindings) {
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
    return foldStrings(node.moduleSpecifier, bindings);
  }
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument))
    return foldStrings(node.argument.literal, bindings);
  if (
    isDynamicImport(node) ||
    (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require')
  ) {
    return foldStrings(node.arguments[0], bindings);
  }
  return undefined;
}

/** Whether a call's callee is `Reflect.x` or `Object.x`: their string arguments are property keys. */
function takesKeys(callee) {
  return (
    ts.isPropertyAccessExpression(callee) &&
    ts.isIdentifier(callee.expression) &&
    ['Reflect', 'Object'].includes(callee.expression.text)
  );
}

/** A template's literal pieces, in order: the head and each span's text, or the whole of one without `${}`. */
function templatePieces(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [template];
  return [template.head, ...template.templateSpans.map((span) => span.literal)];
}

/** Character references a template's markup decodes before a URL is read: `&#106;`, `&#x61;`, `&colon;`, `&Tab;`. */
function decodeReferences(text) {
  const named = { colon: ':', tab: '\t', newline: '\n' };
  return text
    .replace(/&#x([\da-f]+);?/gi, (_, hex) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, decimal) => String.fromCodePoint(Math.min(Number(decimal), 0x10ffff)))
    .replace(/&(colon|tab|newline);/gi, (reference, name) => named[name.toLowerCase()] ?? reference);
}

/** Stands for a binding (`${…}`) in a template's joined text. */
const BINDING = '\uE000';
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title']);

/**
 * The attributes of every tag in a Lit template's text, with the piece each starts in and where in it. A small
 * tokenizer in the spirit of Lit's own: comments and raw-text elements are skipped, values may be quoted, unquoted
 * or a binding.
 */
function templateAttributes(text) {
  const attributes = [];
  const tagName = /<([a-z][^\s/>]*)/iy;
  const attributeName = /[\s/]*(=?[^\s/>=]*)/y;
  const value = /\s*=\s*("[^"]*"?|'[^']*'?|[^\s>]*)/y;
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('<', at);
    if (open < 0) break;
    if (text.startsWith('<!--', open)) {
      const close = text.indexOf('-->', open + 4);
      at = close < 0 ? text.length : close + 3;
      continue;
    }
    tagName.lastIndex = open;
    const tag = tagName.exec(text);
    if (!tag) {
      at = open + 1;
      continue;
    }
    at = tagName.lastIndex;
    for (;;) {
      attributeName.lastIndex = at;
      const name = attributeName.exec(text);
      at = attributeName.lastIndex;
      if (!name?.[1]) break;
      const before = text.slice(0, at - name[1].length).split(BINDING);
      const piece = before.length - 1;
      const offset = before[piece].length;
      value.lastIndex = at;
      if (value.exec(text)) at = value.lastIndex;
      attributes.push({ name: name[1], piece, offset });
    }
    while (at < text.length && text[at] !== '>') at++;
    at++;
    const element = tag[1].toLowerCase();
    if (RAW_TEXT_ELEMENTS.has(element)) {
      const close = text.toLowerCase().indexOf(`</${element}`, at);
      at = close < 0 ? text.length : close;
    }
  }
  return attributes;
}

/** Forbidden uses in one file's syntax tree, as [name, offset] pairs. */
function syntaxFindings(fileName, text) {
  const found = [];
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const bindings = bindingsOf(source);
  const at = (name, node, offset = 0) => found.push([name, node.getStart(source) + offset]);
  /** A property key, however reached (`el[k]`, `Reflect.set(el, k)`, `{ [k]: s }`): write and srcdoc too. */
  const checkKey = (name, node, { called = false, own = false } = {}) => {
    if (name === undefined) return;
    if (MARKUP_PROPERTIES.has(name)) at(name, node);
    if (CODE_GLOBALS.has(name)) at(CODE_GLOBALS.get(name), node);
    if (SCRIPT_LOADERS.has(name)) at(SCRIPT_LOADERS.get(name), node);
    // A worklet's (`CSS.paintWorklet`, `audioWorklet`) loads its code from a URL too.
    if (name === 'addModule') at('addModule', node);
    // `.write` on anything: `const d = document; d.write(s)` looks like any other object. A class's own method is
    // called through `this`, which in a class member is an instance, never a document.
    // `this.constructor` is how a class reaches its statics; the other uses are how code reaches Function.
    if (!own && (name === 'write' || name === 'writeln')) at('document.write', node);
    if (!own && name === 'constructor') at('new Function', node);
    // Called directly, their arguments are checked below; handed on (`.call`, `Reflect.apply`), they are not.
    if (!called && SET_ATTRIBUTE.has(name)) at('setAttribute called indirectly', node);
    if (!called && TIMERS.has(name)) at('setTimeout called indirectly', node);
  };
  const visit = (node) => {
    if (ts.isIdentifier(node)) {
      // Escapes are decoded here: `inner\u0048TML` is innerHTML.
      if (FORBIDDEN_NAMES.has(node.text)) at(FORBIDDEN_NAMES.get(node.text), node);
      if (!inTypePosition(node) && !isPropertyName(node)) {
        if (CODE_GLOBALS.has(node.text)) at(CODE_GLOBALS.get(node.text), node);
        if (SCRIPT_LOADERS.has(node.text)) at(SCRIPT_LOADERS.get(node.text), node);
        if (TIMERS.has(node.text) && !isCalled(node)) at('setTimeout called indirectly', node);
      }
    }
    if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node) || ts.isBinaryExpression(node)) {
      for (const value of foldStrings(node, bindings) ?? []) {
        if (FORBIDDEN_NAMES.has(value)) at(FORBIDDEN_NAMES.get(value), node);
        // As a value anywhere: a key (`{ e: 'eval' }`, `['eval'][0]`) reaches the global wherever it goes.
        // Not 'write': it is an ordinary word (`operation: 'write'`), and `.write` is caught where it is used.
        if (CODE_GLOBALS.has(value)) at(CODE_GLOBALS.get(value), node);
        if (value.toLowerCase() === 'inserthtml') at('insertHTML', node);
        if (JAVASCRIPT_URL.test(value)) at('javascript: URL', node);
      }
    }
    // `javascript:${s}`, html`<a href="javascript:${s}">`: a template with data in it does not fold.
    if (ts.isTemplateLiteralToken(node) && JAVASCRIPT_IN_PIECE.test(decodeReferences(node.text ?? ''))) {
      at('javascript: URL', node);
    }
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const viaThis = node.expression.kind === ts.SyntaxKind.ThisKeyword;
      for (const name of propertyNames(node, bindings)) {
        // `this.constructor` is the class only in an instance member; `this.write` is the class's own anywhere.
        const own = viaThis && inClassMember(node, { instanceOnly: name === 'constructor' });
        checkKey(name, node, { called: isCalled(node), own });
      }
      // `el.attributes.onclick.value = s`, `el.attributes['srcdoc']`: an attribute's node, to set.
      const owner = unwrap(node.expression);
      if (propertyNames(owner, bindings).includes('attributes')) {
        for (const name of propertyNames(node, bindings)) {
          const finding = attributeFinding(name);
          if (finding) at(finding, node);
        }
      }
    }
    // `{ write } = document`, `{ eval: e } = globalThis`, `Object.assign(el, { 'inner\u0048TML': s })`.
    if (ts.isBindingElement(node)) {
      const key = node.propertyName ?? node.name;
      if (ts.isIdentifier(key) || ts.isStringLiteralLike(key)) checkKey(key.text, node);
      else if (ts.isComputedPropertyName(key))
        for (const name of foldStrings(key.expression, bindings) ?? []) checkKey(name, node);
    }
    if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
      const key = node.name;
      const names = ts.isComputedPropertyName(key) ? (foldStrings(key.expression, bindings) ?? []) : [key.text];
      for (const name of names) if (MARKUP_PROPERTIES.has(name)) at(name, node);
    }
    for (const module of moduleSpecifiers(node, bindings) ?? []) {
      const unsafe = UNSAFE_MODULE.exec(module);
      if (unsafe) at(UNSAFE_MODULE_NAMES[unsafe[1].toLowerCase()], node);
    }
    // `import()` runs whatever module its URL names: only a constant path or package is known to be shipped code,
    // not `data:`/`blob:` text, another host, or a specifier computed at run time.
    if (isDynamicImport(node)) {
      const specifiers = foldStrings(node.arguments[0], bindings);
      const remote = (specifier) => REMOTE_SPECIFIER.test(specifier.replace(/[\t\n\r]/g, ''));
      if (!specifiers || specifiers.some(remote)) at('import of code from text', node);
    }
    if (ts.isTaggedTemplateExpression(node)) {
      const tagNames = calleeNames(node.tag, bindings);
      for (const tagName of tagNames) {
        if (TIMERS.has(tagName)) at('setTimeout with a string', node);
        if (CODE_GLOBALS.has(tagName)) at(CODE_GLOBALS.get(tagName), node);
      }
      // In Lit's markup, `srcdoc` holds a document and `on…` code, written out or bound: `<iframe srcdoc=${s}>`.
      // `@click=${f}` and `.onclick=${f}` are listeners, not attributes; `?onclick` sets only an empty one.
      // Any tag but Lit's `css`: `html` may be imported under another name (`html as h`) or held in a variable.
      if (!tagNames.every((tagName) => STYLE_TAG.test(tagName)) || tagNames.length === 0) {
        const pieces = templatePieces(node.template);
        // Cooked text: `.inner\u0048TML=${s}` binds innerHTML, whatever the source's escapes.
        const markup = pieces.map((piece) => piece.text ?? '').join(BINDING);
        for (const { name, piece, offset } of templateAttributes(markup)) {
          // Past the piece's opening `` ` `` or `}`; escapes in the source may shift it, but not off the piece.
          const where = Math.min(offset + 1, pieces[piece].getWidth(source) - 1);
          const plain = name.replace(/^[.?]/, '');
          if (plain.toLowerCase() === 'srcdoc' && !name.startsWith('?')) at('srcdoc', pieces[piece], where);
          if (plain === name && HANDLER_ATTRIBUTE.test(name)) at('event handler attribute', pieces[piece], where);
          // A property binding sets the property itself: `.innerHTML=${s}` is innerHTML.
          if (name.startsWith('.') && MARKUP_PROPERTIES.has(plain)) at(plain, pieces[piece], where);
        }
      }
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = unwrap(node.expression);
      const names = calleeNames(node.expression, bindings);
      const args = node.arguments ?? [];
      for (const calleeName of names) {
        if (CODE_GLOBALS.has(calleeName)) at(CODE_GLOBALS.get(calleeName), node);
        if (calleeName === 'constructor') at('new Function', node);
        // setAttribute('srcdoc', …) or ('onclick', …): markup or code by another name; createAttribute and the
        // attribute nodes fetched to set are the same. Reading, testing or removing is fine.
        if (ATTRIBUTE_CALLS.has(calleeName)) {
          const attributes = foldStrings(args[ATTRIBUTE_CALLS.get(calleeName)], bindings) ?? [];
          for (const attribute of attributes) {
            const finding = attributeFinding(attribute);
            if (finding) at(finding, node);
          }
        }
        if (SET_ATTRIBUTE.has(calleeName)) {
          if (args.some((argument) => foldStrings(argument, bindings)?.some((v) => v.toLowerCase() === 'srcdoc')))
            at('srcdoc', node);
        }
        if (calleeName === 'execCommand') {
          if (foldStrings(args[0], bindings)?.some((command) => command.toLowerCase() === 'inserthtml'))
            at('insertHTML', node);
        }
        if (
          TIMERS.has(calleeName) &&
          args[0] &&
          (isStringLike(unwrap(args[0])) || foldStrings(args[0], bindings) !== undefined)
        ) {
          at('setTimeout with a string', node);
        }
      }
      if (takesKeys(callee))
        for (const argument of args) for (const key of foldStrings(argument, bindings) ?? []) checkKey(key, argument);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function lineOf(text, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Every forbidden use in one file's text, one per name and line.
 * @param {string} fileName shown in the findings and used to pick the parser (TS or JS)
 * @param {string} text
 * @returns {{ line: number, name: string }[]}
 */
export function findForbidden(fileName, text) {
  const hits = [];
  for (const [name, pattern] of FORBIDDEN_WORDS) {
    for (const match of text.matchAll(pattern)) hits.push([name, match.index]);
  }
  if (SOURCE_EXTENSIONS.test(fileName)) hits.push(...syntaxFindings(fileName, text));
  const seen = new Set();
  return hits
    .map(([name, offset]) => ({ line: lineOf(text, offset), name }))
    .filter(({ line, name }) => !seen.has(`${line}:${name}`) && seen.add(`${line}:${name}`))
    .sort((a, b) => a.line - b.line || a.name.localeCompare(b.name));
}

/** Every file under a folder, whatever its extension: a .html or .svg holds markup too. */
function filesUnder(folder) {
  return readdirSync(folder, { recursive: true })
    .map((file) => join(folder, String(file)))
    .filter((file) => statSync(file).isFile());
}

function main() {
  const folder = process.argv[2] ?? 'src';
  const files = filesUnder(folder);
  const findings = files.flatMap((file) =>
    findForbidden(file, readFileSync(file, 'utf8')).map(
      ({ line, name }) => `${relative(process.cwd(), file)}:${line}: ${name} is not allowed in ${folder}/`,
    ),
  );
  if (findings.length) {
    console.error(findings.join('\n'));
    console.error(`\n${findings.length} forbidden API use(s). Render text with Lit templates instead.`);
    process.exit(1);
  }
  console.log(`check-source: ${files.length} files in ${folder}/ use no forbidden API.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
