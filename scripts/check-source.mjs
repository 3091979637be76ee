#!/usr/bin/env node
// Fails when src/ uses an API that can turn text into markup or code. Everything a visitor reads is rendered as
// text by Lit templates; these must never appear in shipped code. Run by `npm run lint` and `npm run build`.
//
// Two passes over every file under the folder (default src/): the words themselves anywhere in the text (comments
// and strings included), and the syntax tree for uses no word list can see: `window.eval(…)`, `(0, eval)(s)` and
// `eval` or `Function` handed on as a value, `Function(…)` without `new`, `.constructor(…)`, tagged templates,
// `document['write']` and any `.write`, `setTimeout` given a string, the sink names spelt with escapes or folded
// from constant pieces (`'inner' + 'HTML'`, `const k = "inner\x48TML"`), `Reflect.set` and `Object.assign` keys,
// the unsafe-* directive modules however imported, an iframe's `srcdoc`, `on…` attributes, `javascript:` URLs
// and DOMParser.
//
// It is a guard against mistakes and casual evasion, not a proof: a name built at run time (from data, `atob`,
// `String.fromCharCode`, a `join`) or a value reached through a function's return is beyond a static check, so
// review still reads what the check lets through.
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
  ['setHTMLUnsafe', /\bsetHTMLUnsafe\b/g],
  ['parseHTMLUnsafe', /\bparseHTMLUnsafe\b/g],
  ['createContextualFragment', /\bcreateContextualFragment\b/g],
  ['DOMParser', /\bDOMParser\b|\bparseFromString\b/g],
  ['document.write', /\bdocument\s*(?:\.\s*|\[\s*['"`])write(?:ln)?\b/g],
  ['eval', /\beval\s*\(/g],
  ['new Function', /\bnew\s+Function\s*\(/g],
  ['setTimeout with a string', /\bset(?:Timeout|Interval)\s*(?:\(\s*['"`]|`)/g],
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
]);
/** The finding reported for a global that turns text into code, however it is reached. */
const CODE_GLOBALS = new Map([
  ['eval', 'eval'],
  ['Function', 'new Function'],
]);
const TIMERS = new Set(['setTimeout', 'setInterval']);
const UNSAFE_MODULE = /unsafe-(html|svg|mathml)/i;
const UNSAFE_MODULE_NAMES = { html: 'unsafeHTML', svg: 'unsafeSVG', mathml: 'unsafeMathML' };
const SOURCE_EXTENSIONS = /\.(?:[cm]?[jt]sx?)$/;

/** The property name of `a.b` or `a['b']`, when it is written out or folds to a constant. */
function propertyName(node, constants) {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node)) return foldString(node.argumentExpression, constants);
  return undefined;
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

/**
 * The string an expression always has, escapes decoded, or undefined: literals, templates and `+` of such, and
 * names bound by `const` to one. `'inner' + 'HTML'` and `` `insertAdjacent${'HTML'}` `` are spelt out this way.
 */
function foldString(node, constants, depth = 0) {
  if (!node || depth > 20) return undefined;
  node = unwrap(node);
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const part = foldString(span.expression, constants, depth + 1);
      if (part === undefined) return undefined;
      text += part + span.literal.text;
    }
    return text;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = foldString(node.left, constants, depth + 1);
    const right = left === undefined ? undefined : foldString(node.right, constants, depth + 1);
    return right === undefined ? undefined : left + right;
  }
  // By name only, not by scope: a false match needs a constant that spells a sink, which is worth a look anyway.
  if (ts.isIdentifier(node) && constants.has(node.text))
    return foldString(constants.get(node.text), constants, depth + 1);
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

/** Names bound by `const` to an initializer, for folding strings through them. */
function constantsOf(source) {
  const constants = new Map();
  const visit = (node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.isVariableDeclarationList(node.parent) &&
      node.parent.flags & ts.NodeFlags.Const
    ) {
      constants.set(node.name.text, node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return constants;
}

/** The module an import, export, `import()` or `require()` names, when it is a constant. */
function moduleSpecifier(node, constants) {
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
    return foldString(node.moduleSpecifier, constants);
  }
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument))
    return foldString(node.argument.literal, constants);
  if (
    ts.isCallExpression(node) &&
    (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
      (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
  ) {
    return foldString(node.arguments[0], constants);
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

/** Forbidden uses in one file's syntax tree, as [name, offset] pairs. */
function syntaxFindings(fileName, text) {
  const found = [];
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const constants = constantsOf(source);
  const at = (name, node) => found.push([name, node.getStart(source)]);
  /** A property key, however reached (`el[k]`, `Reflect.set(el, k)`, `{ [k]: s }`): write and srcdoc too. */
  const checkKey = (name, node) => {
    if (name === undefined) return;
    if (MARKUP_PROPERTIES.has(name)) at(name, node);
    if (name === 'write' || name === 'writeln') at('document.write', node);
    if (CODE_GLOBALS.has(name)) at(CODE_GLOBALS.get(name), node);
    if (name === 'constructor') at('new Function', node);
  };
  const visit = (node) => {
    if (ts.isIdentifier(node)) {
      // Escapes are decoded here: `inner\u0048TML` is innerHTML.
      if (FORBIDDEN_NAMES.has(node.text)) at(FORBIDDEN_NAMES.get(node.text), node);
      if (CODE_GLOBALS.has(node.text) && !inTypePosition(node) && !isPropertyName(node)) {
        at(CODE_GLOBALS.get(node.text), node);
      }
    }
    if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node) || ts.isBinaryExpression(node)) {
      const value = foldString(node, constants);
      if (value !== undefined && FORBIDDEN_NAMES.has(value)) at(FORBIDDEN_NAMES.get(value), node);
      if (value !== undefined && /^\s*javascript:/i.test(value)) at('javascript: URL', node);
    }
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const name = propertyName(node, constants);
      // `.write` on anything: `const d = document; d.write(s)` looks like any other object. A class's own method is
      // called through `this`, which is never a document.
      // `this.constructor` is how a class reaches its statics; the other uses are how code reaches Function.
      const own = node.expression.kind === ts.SyntaxKind.ThisKeyword;
      if (!own || !['write', 'writeln', 'constructor'].includes(name)) checkKey(name, node);
    }
    // `{ write } = document`, `{ eval: e } = globalThis`, `Object.assign(el, { 'inner\u0048TML': s })`.
    if (ts.isBindingElement(node)) {
      const key = node.propertyName ?? node.name;
      if (ts.isIdentifier(key) || ts.isStringLiteralLike(key)) checkKey(key.text, node);
      else if (ts.isComputedPropertyName(key)) checkKey(foldString(key.expression, constants), node);
    }
    if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
      const key = node.name;
      const name = ts.isComputedPropertyName(key) ? foldString(key.expression, constants) : key.text;
      if (name !== undefined && MARKUP_PROPERTIES.has(name)) at(name, node);
    }
    const module = moduleSpecifier(node, constants);
    const unsafe = module === undefined ? null : UNSAFE_MODULE.exec(module);
    if (unsafe) at(UNSAFE_MODULE_NAMES[unsafe[1].toLowerCase()], node);
    if (ts.isTaggedTemplateExpression(node)) {
      const tag = unwrap(node.tag);
      const tagName = ts.isIdentifier(tag) ? tag.text : propertyName(tag, constants);
      if (TIMERS.has(tagName)) at('setTimeout with a string', node);
      if (CODE_GLOBALS.has(tagName)) at(CODE_GLOBALS.get(tagName), node);
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = unwrap(node.expression);
      const calleeName = ts.isIdentifier(callee) ? callee.text : propertyName(callee, constants);
      if (CODE_GLOBALS.has(calleeName)) at(CODE_GLOBALS.get(calleeName), node);
      if (calleeName === 'constructor') at('new Function', node);
      if (takesKeys(callee))
        for (const argument of node.arguments ?? []) checkKey(foldString(argument, constants), argument);
      // setAttribute('srcdoc', …) or ('onclick', …): markup or code by another name. Reading or removing is fine.
      if (calleeName === 'setAttribute' || calleeName === 'setAttributeNS') {
        const args = node.arguments ?? [];
        if (args.some((argument) => foldString(argument, constants)?.toLowerCase() === 'srcdoc')) at('srcdoc', node);
        const attribute = foldString(args[calleeName === 'setAttribute' ? 0 : 1], constants);
        if (attribute?.toLowerCase().startsWith('on')) at('event handler attribute', node);
      }
      if (
        TIMERS.has(calleeName) &&
        node.arguments?.[0] &&
        (isStringLike(unwrap(node.arguments[0])) || foldString(node.arguments[0], constants) !== undefined)
      ) {
        found.push(['setTimeout with a string', node.getStart(source)]);
      }
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
