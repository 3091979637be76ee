#!/usr/bin/env node
// Fails when src/ uses an API that can turn text into markup or code. Everything a visitor reads is rendered as
// text by Lit templates; these must never appear in shipped code. Run by `npm run lint` and `npm run build`.
//
// Two passes over every file under the folder (default src/): the words themselves anywhere in the text (comments
// and strings included, so `el['inner' + 'HTML']` is the only way past, and review catches that), and the syntax
// tree for uses no word list can see: `window.eval(…)`, `Function(…)` without `new`, `document['write']`,
// `setTimeout` given a string, an iframe's `srcdoc` set as a property or attribute, and the same spread over
// several lines.
//
//   node scripts/check-source.mjs [folder]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/** Names that may not appear anywhere in the text, with the reason shown. */
const FORBIDDEN_WORDS = [
  ['unsafeHTML', /\bunsafeHTML\b/g],
  ['unsafeSVG', /\bunsafeSVG\b/g],
  ['unsafeMathML', /\bunsafeMathML\b/g],
  ['unsafeStatic', /\bunsafeStatic\b/g],
  ['innerHTML', /\binnerHTML\b/g],
  ['outerHTML', /\bouterHTML\b/g],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/g],
  ['setHTMLUnsafe', /\bsetHTMLUnsafe\b/g],
  ['parseHTMLUnsafe', /\bparseHTMLUnsafe\b/g],
  ['createContextualFragment', /\bcreateContextualFragment\b/g],
  ['document.write', /\bdocument\s*(?:\.\s*|\[\s*['"`])write(?:ln)?\b/g],
  ['eval', /\beval\s*\(/g],
  ['new Function', /\bnew\s+Function\s*\(/g],
  ['setTimeout with a string', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/g],
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
const SOURCE_EXTENSIONS = /\.(?:[cm]?[jt]sx?)$/;

/** The property name of `a.b` or `a['b']`, when it is written out. */
function propertyName(node) {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
    return node.argumentExpression.text;
  }
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

/** Forbidden uses in one file's syntax tree, as [name, offset] pairs. */
function syntaxFindings(fileName, text) {
  const found = [];
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const name = propertyName(node);
      if (name !== undefined && MARKUP_PROPERTIES.has(name)) found.push([name, node.getStart(source)]);
      if (name === 'eval') found.push(['eval', node.getStart(source)]);
      if (name === 'write' || name === 'writeln') {
        const object = unwrap(node.expression);
        const objectName = ts.isIdentifier(object) ? object.text : propertyName(object);
        if (objectName === 'document' || objectName === 'ownerDocument') {
          found.push(['document.write', node.getStart(source)]);
        }
      }
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = unwrap(node.expression);
      const calleeName = ts.isIdentifier(callee) ? callee.text : propertyName(callee);
      if (calleeName === 'eval') found.push(['eval', node.getStart(source)]);
      if (calleeName === 'Function') found.push(['new Function', node.getStart(source)]);
      // setAttribute('srcdoc', …): markup by another name. Reading or removing the attribute is fine.
      if (
        (calleeName === 'setAttribute' || calleeName === 'setAttributeNS') &&
        node.arguments?.some((argument) => ts.isStringLiteralLike(argument) && argument.text.toLowerCase() === 'srcdoc')
      ) {
        found.push(['srcdoc', node.getStart(source)]);
      }
      if (
        (calleeName === 'setTimeout' || calleeName === 'setInterval') &&
        node.arguments?.[0] &&
        isStringLike(unwrap(node.arguments[0]))
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
