/// <reference types="node" />
// scripts/check-source.mjs, the build's forbidden-API check, run as `npm run lint` and `npm run build` run it:
// a folder of planted files, each with one way of turning text into markup or code, must fail with each file named.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/check-source.mjs', import.meta.url));
const repository = fileURLToPath(new URL('../..', import.meta.url));

/** Each planted file, what it does, and the name the check must report for it. */
const PLANTED: [file: string, code: string, name: string][] = [
  ['inner.ts', 'export const f = (el: Element, s: string) => { el.innerHTML = s; };', 'innerHTML'],
  ['inner-bracket.ts', "export const f = (el: Element, s: string) => { (el as any)['innerHTML'] = s; };", 'innerHTML'],
  ['outer.ts', 'export const f = (el: Element, s: string) => { el.outerHTML = s; };', 'outerHTML'],
  [
    'adjacent.ts',
    "export const f = (el: Element, s: string) => el.insertAdjacentHTML('beforeend', s);",
    'insertAdjacentHTML',
  ],
  [
    'unsafe-html.ts',
    "import { unsafeHTML } from 'lit/directives/unsafe-html.js';\nexport { unsafeHTML };",
    'unsafeHTML',
  ],
  ['unsafe-svg.ts', "import { unsafeSVG } from 'lit/directives/unsafe-svg.js';\nexport { unsafeSVG };", 'unsafeSVG'],
  ['write.ts', 'export const f = (s: string) => document.write(s);', 'document.write'],
  ['writeln.ts', 'export const f = (s: string) => document\n  .writeln(s);', 'document.write'],
  ['write-bracket.ts', "export const f = (s: string) => (document as any)['write'](s);", 'document.write'],
  ['write-owner.ts', 'export const f = (el: Element, s: string) => el.ownerDocument.write(s);', 'document.write'],
  ['eval.ts', 'export const f = (s: string) => eval(s);', 'eval'],
  ['eval-window.ts', 'export const f = (s: string) => (window as any).eval(s);', 'eval'],
  ['eval-global.ts', "export const f = (s: string) => (globalThis as any)['eval'](s);", 'eval'],
  ['function-new.ts', 'export const f = (s: string) => new Function(s);', 'new Function'],
  ['function-split.ts', 'export const f = (s: string) => new\n  Function(\n    s);', 'new Function'],
  ['function-call.ts', "export const f = (s: string) => Function('x', s);", 'new Function'],
  ['timeout.ts', "setTimeout('alert(1)', 0);", 'setTimeout with a string'],
  [
    'timeout-concat.ts',
    "export const f = (s: string) => setInterval('run(' + s + ')', 10);",
    'setTimeout with a string',
  ],
  [
    'fragment.ts',
    'export const f = (r: Range, s: string) => r.createContextualFragment(s);',
    'createContextualFragment',
  ],
  ['set-html.ts', 'export const f = (el: any, s: string) => el.setHTMLUnsafe(s);', 'setHTMLUnsafe'],
  ['srcdoc.ts', 'export const f = (el: HTMLIFrameElement, s: string) => { el.srcdoc = s; };', 'srcdoc'],
  ['srcdoc-attribute.ts', "export const f = (el: Element, s: string) => el.setAttribute('srcdoc', s);", 'srcdoc'],
  ['plain.js', 'export const f = (el, s) => { el.innerHTML = s; };', 'innerHTML'],
  ['nested/deep.tsx', 'export const f = (el: Element, s: string) => { el.innerHTML = s; };', 'innerHTML'],
];

/** Runs the check on a folder, from the repository root as npm does. */
function check(folder: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [script, folder], { cwd: repository, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

let dir: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'unticked-check-source-'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('the forbidden-API source check', () => {
  it('passes on the shipped src/', () => {
    const { status, output } = check('src');
    assert.equal(status, 0, output);
    assert.match(output, /use no forbidden API/);
  });

  it('fails naming every planted use, file and line, however it is written', () => {
    const folder = join(dir, 'planted');
    for (const [file, code] of PLANTED) {
      mkdirSync(join(folder, file, '..'), { recursive: true });
      writeFileSync(join(folder, file), code);
    }
    const { status, output } = check(folder);
    assert.equal(status, 1, output);
    for (const [file, , name] of PLANTED) {
      const reported = output.split('\n').filter((line) => line.includes(`${file}:`));
      assert.ok(
        reported.some((line) => line.includes(`: ${name} is not allowed`)),
        `${file} should be reported as ${name}; got:\n${reported.join('\n') || '(nothing)'}`,
      );
    }
  });

  it('reports the line the use is on', () => {
    const folder = join(dir, 'lines');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'late.ts'),
      'export const a = 1;\n\n\nexport const f = (el: Element) => el.outerHTML;\n',
    );
    const { status, output } = check(folder);
    assert.equal(status, 1);
    assert.match(output, /late\.ts:4: outerHTML is not allowed/);
  });

  it('lets text-safe code through: words that only contain a forbidden name, and textContent', () => {
    const folder = join(dir, 'clean');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'fine.ts'),
      [
        'export const evaluation = 1;',
        'export const f = (el: Element, s: string) => { el.textContent = s; };',
        'export const g = (storage: { write(s: string): void }, s: string) => storage.write(s);',
        'export const h = (f: () => void) => setTimeout(f, 0);',
        'export type Fn = Function;',
        "export const i = (el: Element) => el.hasAttribute('srcdoc') && el.removeAttribute('srcdoc');",
      ].join('\n'),
    );
    const { status, output } = check(folder);
    assert.equal(status, 0, output);
  });
});
