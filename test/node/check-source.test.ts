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
  [
    'lit-type.ts',
    "export const f = (s: string) => ({ ['_$litType$']: 1, strings: [s], values: [] });",
    'hand-made template result',
  ],
  ['srcdoc.ts', 'export const f = (el: HTMLIFrameElement, s: string) => { el.srcdoc = s; };', 'srcdoc'],
  ['srcdoc-attribute.ts', "export const f = (el: Element, s: string) => el.setAttribute('srcdoc', s);", 'srcdoc'],
  // Ways past the first version of the check, found by an audit.
  ['eval-alias.ts', 'export const f = (s: string) => { const e = eval; return e(s); };', 'eval'],
  ['eval-indirect.ts', 'export const f = (s: string) => (0, eval)(s);', 'eval'],
  ['eval-optional.ts', 'export const f = (s: string) => eval?.(s);', 'eval'],
  ['eval-reflect.ts', 'export const f = (s: string) => Reflect.apply(eval, null, [s]);', 'eval'],
  ['eval-destructured.ts', 'export const f = (s: string) => { const { eval: e } = globalThis; return e(s); };', 'eval'],
  ['function-alias.ts', 'export const f = (s: string) => { const F = Function; return new F(s); };', 'new Function'],
  ['function-constructor.ts', 'export const f = (s: string) => (() => 0).constructor(s);', 'new Function'],
  ['function-constructor-key.ts', "export const f = (s: string) => (() => 0)['constructor'](s);", 'new Function'],
  ['function-reflect.ts', 'export const f = (s: string) => Reflect.construct(Function, [s]);', 'new Function'],
  ['function-tagged.ts', 'export const f = () => Function`alert(1)`;', 'new Function'],
  ['function-extends.ts', 'export class Code extends Function {}', 'new Function'],
  ['timeout-tagged.ts', 'export const f = () => setTimeout`alert(1)`;', 'setTimeout with a string'],
  ['timeout-template.ts', 'export const f = (s: string) => setTimeout(`run(${s})`, 0);', 'setTimeout with a string'],
  [
    'timeout-const.ts',
    "const code = 'alert(1)';\nexport const f = () => setTimeout(code, 0);",
    'setTimeout with a string',
  ],
  [
    'write-destructured.ts',
    'export const f = (s: string) => { const { write } = document; write.call(document, s); };',
    'document.write',
  ],
  ['write-alias.ts', 'export const f = (s: string) => { const d = document; d.write(s); };', 'document.write'],
  [
    'write-reflect.ts',
    "export const f = (s: string) => Reflect.get(document, 'write').call(document, s);",
    'document.write',
  ],
  ['escape-identifier.ts', 'export const f = (el: any, s: string) => { el.inner\\u0048TML = s; };', 'innerHTML'],
  ['escape-key.ts', 'export const f = (el: any, s: string) => { el["inner\\u0048TML"] = s; };', 'innerHTML'],
  [
    'escape-const.ts',
    'const k = "inner\\x48TML";\nexport const f = (el: any, s: string) => { el[k] = s; };',
    'innerHTML',
  ],
  ['concat-key.ts', "export const f = (el: any, s: string) => { el['inner' + 'HTML'] = s; };", 'innerHTML'],
  [
    'template-key.ts',
    'export const f = (el: any, s: string) => el[`insertAdjacent${"HTML"}`]("beforeend", s);',
    'insertAdjacentHTML',
  ],
  ['reflect-set.ts', 'export const f = (el: Element, s: string) => Reflect.set(el, "outer\\x48TML", s);', 'outerHTML'],
  [
    'assign.ts',
    'export const f = (el: Element, s: string) => Object.assign(el, { "inner\\u0048TML": s });',
    'innerHTML',
  ],
  ['assign-srcdoc.ts', 'export const f = (el: Element, s: string) => Object.assign(el, { srcdoc: s });', 'srcdoc'],
  [
    'directive-class.ts',
    "import { directive } from 'lit/directive.js';\nimport { UnsafeHTMLDirective as D } from 'lit/directives/unsafe-html.js';\nexport const raw = directive(D);",
    'unsafeHTML',
  ],
  [
    'directive-namespace.ts',
    "import * as m from 'lit/directives/unsafe-html.js';\nexport const raw = Object.values(m);",
    'unsafeHTML',
  ],
  ['directive-dynamic.ts', "export const raw = () => import('lit/directives/unsafe-svg.js');", 'unsafeSVG'],
  ['directive-escaped.ts', "export const raw = () => import('lit/directives/unsafe\\x2dsvg.js');", 'unsafeSVG'],
  ['directive-reexport.ts', "export * from 'lit/directives/unsafe-mathml.js';", 'unsafeMathML'],
  [
    'on-attribute.ts',
    "export const f = (el: Element, s: string) => el.setAttribute('onclick', s);",
    'event handler attribute',
  ],
  [
    'javascript-url.ts',
    "export const f = (a: HTMLAnchorElement, s: string) => { a.href = 'javascript:' + s; };",
    'javascript: URL',
  ],
  ['dom-parser.ts', "export const f = (s: string) => new DOMParser().parseFromString(s, 'text/html');", 'DOMParser'],
  // Ways past the second version, found by a later audit.
  // Names held in `let` and `var`, and a name bound twice in a file: each binding is folded.
  ['let-eval.ts', "let k = 'eval';\nexport const f = (s: string) => (globalThis as any)[k](s);", 'eval'],
  ['let-write.ts', "let k = 'write';\nexport const f = (s: string) => (document as any)[k](s);", 'document.write'],
  ['let-inner.ts', "let a = 'inner';\nexport const f = (el: any, s: string) => { el[a + 'HTML'] = s; };", 'innerHTML'],
  ['var-outer.ts', "var a = 'outer';\nexport const f = (el: any, s: string) => { el[a + 'HTML'] = s; };", 'outerHTML'],
  ['let-timeout.ts', "let code = 'alert(1)';\nexport const f = () => setTimeout(code, 0);", 'setTimeout with a string'],
  [
    'let-shadowed.ts',
    "export const f = (s: string) => { let k = 'write'; (document as any)[k](s); };\nexport const g = () => { const k = 'title'; return k; };",
    'document.write',
  ],
  // The names of the code globals as values, wherever they go.
  [
    'eval-object.ts',
    "const names = { e: 'eval' };\nexport const f = (s: string) => (globalThis as any)[names.e](s);",
    'eval',
  ],
  ['eval-array.ts', "export const f = (s: string) => (globalThis as any)[['eval'][0]](s);", 'eval'],
  [
    'function-object.ts',
    "const names = { F: 'Function' };\nexport const f = (s: string) => new (globalThis as any)[names.F](s);",
    'new Function',
  ],
  // `this` outside a class's own members is whatever the caller gives.
  [
    'write-this-function.ts',
    'function w(this: Document, s: string) { this.write(s); }\nexport const f = (s: string) => w.call(document, s);',
    'document.write',
  ],
  [
    'write-this-arrow.ts',
    'export const f = function (this: Document, s: string) { return [s].map((t) => this.write(t)); };',
    'document.write',
  ],
  [
    'write-this-object.ts',
    'const o = { w(this: Document, s: string) { this.writeln(s); } };\nexport const f = (s: string) => o.w.call(document, s);',
    'document.write',
  ],
  [
    'constructor-this-function.ts',
    'function c(this: () => void, s: string) { const F = this.constructor as FunctionConstructor; return F(s); }\nexport const f = (s: string) => c.call(() => 0, s);',
    'new Function',
  ],
  // Lit templates: srcdoc holds a document, on… attributes code, written out or bound.
  [
    'lit-srcdoc.ts',
    "import { html } from 'lit';\nexport const t = (s: string) => html`<iframe srcdoc=${s}></iframe>`;",
    'srcdoc',
  ],
  [
    'lit-srcdoc-quoted.ts',
    'import { html } from \'lit\';\nexport const t = (s: string) => html`<iframe title="x" srcdoc="${s}"></iframe>`;',
    'srcdoc',
  ],
  [
    'lit-srcdoc-property.ts',
    "import { html } from 'lit';\nexport const t = (s: string) => html`<iframe .srcdoc=${s}></iframe>`;",
    'srcdoc',
  ],
  [
    'lit-srcdoc-static.ts',
    'import { html } from \'lit\';\nexport const t = () => html`<iframe srcdoc="<b>hi</b>"></iframe>`;',
    'srcdoc',
  ],
  [
    'lit-member-tag.ts',
    "import * as lit from 'lit';\nexport const t = (s: string) => lit.html`<p>${s}</p><iframe\n  SRCDOC=${s}></iframe>`;",
    'srcdoc',
  ],
  [
    'lit-onclick.ts',
    "import { html } from 'lit';\nexport const t = (s: string) => html`<button onclick=${s}>go</button>`;",
    'event handler attribute',
  ],
  [
    'lit-onerror.ts',
    'import { html } from \'lit\';\nexport const t = (s: string) => html`<img src="x.png" onerror="${s}">`;',
    'event handler attribute',
  ],
  [
    'lit-static-html.ts',
    "import { html as staticHtml } from 'lit/static-html.js';\nexport const t = (s: string) => staticHtml`<img onError='${s}'>`;",
    'event handler attribute',
  ],
  [
    'lit-svg.ts',
    'import { svg } from \'lit\';\nexport const t = (s: string) => svg`<rect width="1" onclick=${s}></rect>`;',
    'event handler attribute',
  ],
  [
    'lit-on-static.ts',
    'import { html } from \'lit\';\nexport const t = () => html`<a onclick="go()">go</a>`;',
    'event handler attribute',
  ],
  // javascript: URLs in template pieces, and as a browser's URL parser reads a string.
  [
    'javascript-template.ts',
    'export const f = (a: HTMLAnchorElement, s: string) => { a.href = `javascript:${s}`; };',
    'javascript: URL',
  ],
  [
    'javascript-lit.ts',
    'import { html } from \'lit\';\nexport const t = (s: string) => html`<a href="javascript:${s}">x</a>`;',
    'javascript: URL',
  ],
  [
    'javascript-middle.ts',
    "import { html } from 'lit';\nexport const t = (p: string, s: string) => html`<a title=${p} href=javascript:${s}>x</a>`;",
    'javascript: URL',
  ],
  [
    'javascript-reference.ts',
    'import { html } from \'lit\';\nexport const t = (s: string) => html`<a href="&#106;ava&#x73;cript&colon;${s}">x</a>`;',
    'javascript: URL',
  ],
  [
    'javascript-tab.ts',
    "export const f = (a: HTMLAnchorElement, s: string) => { a.href = 'java\\tscript:' + s; };",
    'javascript: URL',
  ],
  [
    'javascript-newline.ts',
    "export const f = (a: HTMLAnchorElement, s: string) => { a.href = 'java\\nscript:' + s; };",
    'javascript: URL',
  ],
  [
    'javascript-control.ts',
    "export const f = (a: HTMLAnchorElement, s: string) => { a.href = '\\x01javascript:' + s; };",
    'javascript: URL',
  ],
  // Attribute nodes made or fetched to be set.
  [
    'create-attribute.ts',
    "export const f = (el: Element, s: string) => { const a = document.createAttribute('onclick'); a.value = s; el.setAttributeNode(a); };",
    'event handler attribute',
  ],
  [
    'create-attribute-ns.ts',
    "export const f = (s: string) => { const a = document.createAttributeNS(null, 'srcdoc'); a.value = s; return a; };",
    'srcdoc',
  ],
  [
    'attribute-node.ts',
    "export const f = (el: Element, s: string) => { el.getAttributeNode('onclick')!.value = s; };",
    'event handler attribute',
  ],
  [
    'attributes-map.ts',
    'export const f = (el: Element, s: string) => { (el.attributes as any).onclick.value = s; };',
    'event handler attribute',
  ],
  // setAttribute and the timers handed on as values, where their arguments are out of sight.
  [
    'set-attribute-call.ts',
    "export const f = (el: Element, s: string) => el.setAttribute.call(el, 'onclick', s);",
    'setAttribute called indirectly',
  ],
  [
    'set-attribute-reflect.ts',
    "export const f = (el: Element, s: string) => Reflect.apply(el.setAttribute, el, ['onclick', s]);",
    'setAttribute called indirectly',
  ],
  [
    'timeout-call.ts',
    "export const f = () => (setTimeout as any).call(window, 'alert(1)');",
    'setTimeout called indirectly',
  ],
  [
    'timeout-reflect.ts',
    "export const f = () => Reflect.apply(setTimeout, window, ['alert(1)']);",
    'setTimeout called indirectly',
  ],
  // Code loaded from text or from elsewhere.
  ['import-data.ts', "export const f = () => import('data:text/javascript,alert(1)');", 'import of code from text'],
  [
    'import-template.ts',
    'export const f = (s: string) => import(`data:text/javascript,${s}`);',
    'import of code from text',
  ],
  [
    'import-blob.ts',
    'export const f = (s: string) => import(URL.createObjectURL(new Blob([s])));',
    'import of code from text',
  ],
  ['import-remote.ts', "export const f = () => import('https://example.com/x.js');", 'import of code from text'],
  ['import-host.ts', "export const f = () => import('//example.com/x.js');", 'import of code from text'],
  ['worker.ts', 'export const f = (u: string) => new Worker(u);', 'Worker'],
  ['shared-worker.ts', "export const f = (u: string) => new SharedWorker(u, { type: 'module' });", 'Worker'],
  ['import-scripts.ts', 'export const f = (u: string) => (self as any).importScripts(u);', 'importScripts'],
  ['worklet.ts', 'export const f = (u: string) => (CSS as any).paintWorklet.addModule(u);', 'addModule'],
  ['exec-command.ts', "export const f = (s: string) => document.execCommand('insertHTML', false, s);", 'insertHTML'],
  ['xslt.ts', 'export const f = () => new XSLTProcessor();', 'XSLTProcessor'],
  ['alias.js', 'export const f = (s) => { const e = eval; return e(s); };', 'eval'],
  ['constructor.js', 'export const f = (s) => (() => 0).constructor(s);', 'new Function'],
  ['plain.js', 'export const f = (el, s) => { el.innerHTML = s; };', 'innerHTML'],
  ['nested/deep.tsx', 'export const f = (el: Element, s: string) => { el.innerHTML = s; };', 'innerHTML'],
  // From the issue-7 audit of stop 35: escapes inside a template, an aliased tag, a static member's `this`.
  [
    'template-escaped-property.ts',
    "import { html } from 'lit';\nexport const f = (s: string) => html`<div .inner\\u0048TML=${s}></div>`;",
    'innerHTML',
  ],
  [
    'template-outer-property.ts',
    "import { html } from 'lit';\nexport const f = (s: string) => html`<div .outerHTML=${s}></div>`;",
    'outerHTML',
  ],
  [
    'template-alias-srcdoc.ts',
    "import { html as h } from 'lit';\nexport const f = (s: string) => h`<iframe srcdoc=${s}></iframe>`;",
    'srcdoc',
  ],
  [
    'template-variable-handler.ts',
    "import { html } from 'lit';\nconst tpl = html;\nexport const f = (s: string) => tpl`<img onerror=${s}>`;",
    'event handler attribute',
  ],
  [
    'static-this-constructor.ts',
    'export class C {\n  static run(s: string) {\n    const F = this.constructor as (t: string) => () => void;\n    return F(s)();\n  }\n}',
    'new Function',
  ],
  [
    'static-block-constructor.ts',
    'export class C {\n  static {\n    (this.constructor as (t: string) => () => void)(String(1))();\n  }\n}',
    'new Function',
  ],
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
    // Every missed file at once, so a failure lists each way past the check, not only the first.
    const lines = output.split('\n');
    const missed = PLANTED.filter(
      ([file, , name]) =>
        !lines.some((line) => line.includes(`/${file}:`) && line.includes(`: ${name} is not allowed`)),
    ).map(([file, , name]) => `${file} (${name})`);
    assert.deepEqual(missed, [], `not reported as expected:\n${missed.join('\n')}\n\ngot:\n${output}`);
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

  it('lets text-safe code through: words that only contain a forbidden name, types, own methods, textContent', () => {
    const folder = join(dir, 'clean');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'fine.ts'),
      [
        "import { html } from 'lit';",
        'export const evaluation = 1;',
        'export const f = (el: Element, s: string) => { el.textContent = s; };',
        // A class's own write is called through `this`; `.write` on anything else is refused.
        'export class Store { write(s: string) { return s; } save(s: string) { return this.write(s); } }',
        'export class Base { static label = 1; label() { return (this.constructor as typeof Base).label; } }',
        "export const j = (s: string) => ({ operation: 'write', s });",
        'export const k = (f: Function, e: typeof eval): [Function, typeof eval] => [f, e];',
        "export const l = (el: Element, s: string) => el.setAttribute('aria-label', s);",
        "export const m = () => import('./chunk.js');",
        'export const h = (f: () => void) => setTimeout(f, 0);',
        'export type Fn = Function;',
        "export const i = (el: Element) => el.hasAttribute('srcdoc') && el.removeAttribute('srcdoc');",
        // Own members through `this` in every kind of class member, arrow functions inside them included.
        'export class Pad { write(s: string) { return s; } flush = (s: string) => this.write(s); static { void 0; } }',
        "export class Keep { writeln(s: string) { return s; } get last() { return [1].map(() => this.writeln('x')); } }",
        'export type Timer = ReturnType<typeof setTimeout>;',
        'export const n = (f: () => void) => window.setTimeout(f, 0);',
        "export const o = () => import('@floating-ui/dom');",
        "export const q = () => typeof setTimeout === 'function';",
        // Listeners and property bindings in Lit, and on…= as text, are not attributes the browser runs.
        'export const p = (f: () => void, s: string) =>',
        '  html`<button @click=${f} .onclick=${f} title=${s} aria-label="on=${s}">onclick=${s}</button>`;',
        'export const r = (s: string) => html`<a href="./page#${s}">${\'javascript\'}</a>`;',
      ].join('\n'),
    );
    const { status, output } = check(folder);
    assert.equal(status, 0, output);
  });
});
