#!/usr/bin/env node
// Fails when src/ uses an API that can turn text into markup or code. Everything a visitor reads is rendered as
// text by Lit templates; these must never appear in shipped code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FORBIDDEN = [
  ['unsafeHTML', /\bunsafeHTML\b/],
  ['unsafeSVG', /\bunsafeSVG\b/],
  ['unsafeStatic', /\bunsafeStatic\b/],
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\b/],
  ['eval', /(?<![\w.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['setTimeout with a string', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['styleMap', /\bstyleMap\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
];

const files = readdirSync('src', { recursive: true })
  .map(String)
  .filter((file) => /\.(ts|js|mjs)$/.test(file))
  .map((file) => join('src', file));

const findings = [];
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, index) => {
    for (const [name, pattern] of FORBIDDEN) {
      if (pattern.test(line)) findings.push(`${file}:${index + 1}: ${name} is not allowed in src/`);
    }
  });
}

if (findings.length) {
  console.error(findings.join('\n'));
  console.error(`\n${findings.length} forbidden API use(s). Render text with Lit templates instead.`);
  process.exit(1);
}
console.log(`check-source: ${files.length} files in src/ use no forbidden API.`);
