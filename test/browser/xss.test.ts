// The XSS suite: every hostile string (test/fixtures/hostile-strings.ts) in every text field of the config, given
// as a property, as an inline JSON child parsed by the HTML parser, and from `src`. Nothing may run, nothing outside
// the prompt may change, the prompt's DOM must have exactly the shape it has for benign text, and accepted text must
// show exactly as written, each piece inside an element that isolates its direction.
import { expect, nextFrame, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { html, svg } from 'lit';
import { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { ConsentError } from '../../src/core/errors.js';
import { CONFIG_LIMITS, validateConfig } from '../../src/core/config/validate.js';
import { OVERLAY_MARK } from '../../src/core/i18n/strings.js';
import {
  CANARY,
  HOSTILE_STRINGS,
  HOSTILE_VALUES,
  TEXT_FIELDS,
  hasDirectionControl,
  setField,
  withEveryField,
  type HostileString,
  type HostileValue,
  type MutableConfig,
  type TextField,
} from '../fixtures/hostile-strings.js';
import { annualReport, shadow } from './helpers.js';

// ---------------------------------------------------------------------------------------------------------------
// The canary
// ---------------------------------------------------------------------------------------------------------------

type Trapped = 'alert' | 'confirm' | 'prompt' | 'print';
const TRAPPED: readonly Trapped[] = ['alert', 'confirm', 'prompt', 'print'];
const topWindow = window.top as unknown as Record<string, unknown>;
let trapFired = false;
const originals = new Map<Trapped, unknown>();
const onMessage = (event: MessageEvent) => {
  if (event.data === CANARY) trapFired = true;
};

function canaryFired(): boolean {
  return trapFired || topWindow[CANARY] !== undefined;
}

function resetCanary(): void {
  trapFired = false;
  delete topWindow[CANARY];
}

function installTraps(): void {
  for (const name of TRAPPED) {
    originals.set(name, window[name]);
    (window as unknown as Record<string, unknown>)[name] = () => {
      trapFired = true;
    };
  }
  window.addEventListener('message', onMessage);
}

function removeTraps(): void {
  for (const [name, original] of originals) (window as unknown as Record<string, unknown>)[name] = original;
  window.removeEventListener('message', onMessage);
}

let settleCount = 0;

/**
 * Gives handlers a payload may have set up (image errors, toggle events) their turn: waits for a failing image
 * request of its own, which queues behind any started earlier, and a frame. (Frames a payload could load are ruled
 * out by the shape checks: no iframe may exist at all.)
 */
async function settle(): Promise<void> {
  const image = new Image();
  const failed = new Promise((resolve) => image.addEventListener('error', resolve, { once: true }));
  image.src = `/__xss-settle-${++settleCount}.png`;
  await failed;
  await nextFrame();
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering in three ways
// ---------------------------------------------------------------------------------------------------------------

type Mode = 'property' | 'json' | 'src';
const MODES: readonly Mode[] = ['property', 'json', 'src'];

interface Outcome {
  readonly element: ConsentPrompt;
  /** `ready`, or the problems of the `consent-error` event. */
  readonly result: 'ready' | readonly { readonly code: string; readonly path: string }[];
  /** The JSON text given to the element (json and src modes). */
  readonly json: string | undefined;
}

let host: HTMLElement;

function outsideSnapshot(): string {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  clone.querySelector('#xss-host')?.replaceChildren();
  return `${clone.outerHTML}|${document.adoptedStyleSheets.length}`;
}

function waitForOutcome(element: HTMLElement): Promise<Outcome['result']> {
  return new Promise((resolve) => {
    element.addEventListener('consent-ready', () => resolve('ready'), { once: true });
    element.addEventListener('consent-error', (event) => resolve(event.detail.problems), { once: true });
  });
}

/** What a careful server does to JSON inside a script element: no `<`, so no `</script>` can end it early. */
function jsonForScriptElement(json: string): string {
  return json.replace(/</g, '\\u003c');
}

// Kept in memory: a decision other test files of this origin left in localStorage would show the preferences view,
// whose shape differs from the one every outcome is compared with.
async function render(config: unknown, mode: Mode): Promise<Outcome> {
  let element: ConsentPrompt;
  let json: string | undefined;
  let blobUrl: string | undefined;
  if (mode === 'json') {
    json = JSON.stringify(config);
    const parsed = new DOMParser().parseFromString(
      `<consent-prompt layout="inline" lang="en"><script type="application/json">${jsonForScriptElement(json)}</script></consent-prompt>`,
      'text/html',
    );
    element = document.importNode(parsed.body.firstElementChild!, true) as ConsentPrompt;
  } else {
    element = document.createElement('consent-prompt');
    element.setAttribute('layout', 'inline');
    element.setAttribute('lang', 'en');
    if (mode === 'src') {
      json = JSON.stringify(config);
      blobUrl = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      element.setAttribute('src', blobUrl);
    }
  }
  element.storage = 'memory';
  const outcome = waitForOutcome(element);
  host.append(element);
  if (mode === 'property') {
    await element.updateComplete;
    element.config = config;
  }
  const result = await outcome;
  await element.updateComplete;
  if (blobUrl) URL.revokeObjectURL(blobUrl);
  await settle();
  return { element, result, json };
}

// ---------------------------------------------------------------------------------------------------------------
// What the prompt's DOM may contain
// ---------------------------------------------------------------------------------------------------------------

/** The shape of the prompt's shadow DOM: each element's name and attribute names, in tree order. */
function structure(element: ConsentPrompt): string[] {
  return [...shadow(element).querySelectorAll('*')].map(
    (node) => `${node.localName}[${node.getAttributeNames().sort().join(' ')}]${node.shadowRoot ? '#shadow' : ''}`,
  );
}

const FOREIGN_ELEMENTS =
  'script, img, svg, math, iframe, frame, object, embed, style, link, meta, base, form, details, video, audio, ' +
  'source, template, noscript, textarea, select';

/** Nothing but the prompt's own elements, no handlers in attributes, and links only to safe places. */
function expectOnlyOwnMarkup(element: ConsentPrompt, label: string): void {
  const root = shadow(element);
  expect(root.querySelectorAll(FOREIGN_ELEMENTS).length, `${label}: foreign elements`).to.equal(0);
  for (const node of root.querySelectorAll('*')) {
    for (const name of node.getAttributeNames()) {
      expect(name.startsWith('on'), `${label}: ${node.localName}[${name}]`).to.equal(false);
    }
    const href = node.getAttribute('href');
    if (href !== null) expect(href, `${label}: href`).to.match(/^(https?:\/\/|\/(?![/\\])|mailto:|tel:)/i);
  }
}

/** The element's light DOM is what was put there, and its attributes are the ones it was given (and `open`). */
function expectLightDomUnchanged(outcome: Outcome, mode: Mode, label: string): void {
  const { element } = outcome;
  expect([...host.children], `${label}: host`).to.deep.equal([element]);
  const expectedAttributes = mode === 'src' ? ['lang', 'layout', 'open', 'src'] : ['lang', 'layout', 'open'];
  expect(element.getAttributeNames().sort(), `${label}: attributes`).to.deep.equal(expectedAttributes);
  expect(element.getAttribute('layout')).to.equal('inline');
  expect(element.getAttribute('lang')).to.equal('en');
  if (mode === 'json') {
    expect(element.children.length, `${label}: light children`).to.equal(1);
    const script = element.firstElementChild as HTMLScriptElement;
    expect(script.localName).to.equal('script');
    expect(script.type).to.equal('application/json');
    expect(JSON.parse(script.textContent ?? '')).to.deep.equal(JSON.parse(outcome.json ?? ''));
  } else {
    expect(element.childNodes.length, `${label}: light children`).to.equal(0);
  }
}

/** A direction-isolating box: what is inside cannot reorder what is around it. */
function expectIsolated(node: Element, label: string): void {
  expect(['isolate', 'isolate-override', 'plaintext'], `${label}: unicode-bidi`).to.include(
    getComputedStyle(node).unicodeBidi,
  );
}

function one(root: ParentNode, selector: string): Element {
  const found = root.querySelectorAll(selector);
  expect(found.length, selector).to.equal(1);
  return found[0] as Element;
}

/**
 * Where each shown field's text appears: elements whose whole textContent is the field's text, each isolating
 * its direction. Fields not listed here (the address, ids, other URLs, the glossary) are not shown by the prompt.
 */
const SHOWN_TEXT: Readonly<Record<string, (root: ShadowRoot) => Element[]>> = {
  'controller.name': (root) => [one(root, '[part="intro"] strong > bdi')],
  'controller.contact': (root) => [one(root, '[part="intro"] p:nth-of-type(2) > bdi')],
  'controller.email': (root) => [one(root, '[part="intro"] a[href^="mailto:"] > bdi')],
  'controller.phone': (root) => [one(root, '[part="intro"] a[href^="tel:"] > bdi')],
  'purposes[1].title.en': (root) => [
    one(root, 'li[data-purpose="credit-scoring"] [part="purpose-title"]'),
    root.querySelectorAll('[part="accept-all-note"] bdi.purpose-name')[0] as Element,
  ],
  'purposes[2].clause.en': (root) => [one(root, 'li[data-purpose="offers"] [part="clause"]')],
  'dataCategories.spending-categories.en': (root) => [one(root, 'li[data-purpose="offers"] [part="details"] dd > bdi')],
  'purposes[1].thirdParties[0].name': (root) => [one(root, 'li[data-purpose="credit-scoring"] bdi.recipient-name')],
  'purposes[1].thirdParties[0].contact': (root) => [
    one(root, 'li[data-purpose="credit-scoring"] .recipients li > bdi:not(.recipient-name)'),
  ],
};

/** Attributes that carry a field's text. */
function expectShownAttributes(root: ShadowRoot, field: TextField, value: string, label: string): void {
  if (field.path === 'policy.url') {
    expect(one(root, 'a[part="policy-link"]').getAttribute('href'), label).to.equal(value);
  } else if (field.path === 'controller.email') {
    expect(one(root, '[part="intro"] a[href^="mailto:"]').getAttribute('href'), label).to.equal(`mailto:${value}`);
  } else if (field.path === 'purposes[1].title.en') {
    const label2 = one(root, 'input[data-purpose="credit-scoring"]').getAttribute('aria-label') ?? '';
    expect(label2.endsWith(` ${value}`), `${label}: aria-label`).to.equal(true);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Expectations per value
// ---------------------------------------------------------------------------------------------------------------

interface Verdict {
  readonly field: TextField;
  /** `accepted`, or `code @ path` of the one problem the field alone gives. */
  readonly verdict: string;
}

/** Each field's verdict for a value given alone: the suite then renders all accepting and all refusing fields. */
function verdicts(base: MutableConfig, value: unknown): Verdict[] {
  return TEXT_FIELDS.map((field) => {
    const config = structuredClone(base);
    setField(config, field, value);
    const result = validateConfig(config);
    if (result.valid) return { field, verdict: 'accepted' };
    expect(result.problems.length, `${field.path}: one problem`).to.equal(1);
    const [problem] = result.problems;
    expect(problem!.path, 'the problem names the field').to.equal(field.path);
    return { field, verdict: `${problem!.code} @ ${problem!.path}` };
  });
}

function withValue(base: MutableConfig, fields: readonly TextField[], value: unknown): MutableConfig {
  const config = structuredClone(base);
  for (const field of fields) setField(config, field, value);
  return config;
}

/** What a mode reports for config text beyond the size limits, which it refuses before reading any field. */
function wholeTextProblem(mode: Mode, json: string | undefined): string | undefined {
  if (mode === 'property' || json === undefined || json.length <= CONFIG_LIMITS.jsonText) return undefined;
  return mode === 'json' ? 'too-long @ ' : 'config-load @ src';
}

// ---------------------------------------------------------------------------------------------------------------
// The suite
// ---------------------------------------------------------------------------------------------------------------

describe('XSS: hostile text in the config', function () {
  let base: MutableConfig;
  const shapes = new Map<string, string[]>();

  before(async () => {
    host = document.createElement('div');
    host.id = 'xss-host';
    document.body.append(host);
    installTraps();
    base = withEveryField(await annualReport());
    expect(validateConfig(base).valid, 'the base config is valid').to.equal(true);
    // The shapes of a benign prompt and of a refused config, in every mode.
    for (const mode of MODES) {
      const ready = await render(base, mode);
      expect(ready.result, mode).to.equal('ready');
      shapes.set(`ready:${mode}`, structure(ready.element));
      host.replaceChildren();
      const broken = structuredClone(base);
      broken.controller.name = 1;
      const refused = await render(broken, mode);
      expect(refused.result, mode).to.not.equal('ready');
      shapes.set(`refused:${mode}`, structure(refused.element));
      host.replaceChildren();
    }
  });

  after(() => {
    removeTraps();
    host.remove();
  });

  beforeEach(() => {
    host.replaceChildren();
    resetCanary();
  });

  afterEach(() => {
    host.replaceChildren();
  });

  describe('the corpus', () => {
    it('sets the canary when a payload marked to run is parsed as HTML', async () => {
      for (const entry of HOSTILE_STRINGS.filter((candidate) => candidate.runs === 'html')) {
        resetCanary();
        // Deliberately unsafe, to prove the payload and the canary work. A frame's document is parsed the way a
        // page is (Chromium runs neither SVG onload nor SVG scripts from a fragment); alert() is trapped only in
        // this window, so payloads calling it go through a fragment inserted here.
        const inFragment = entry.value.includes('alert(');
        const sink = document.createElement(inFragment ? 'div' : 'iframe');
        if (sink instanceof HTMLIFrameElement) sink.srcdoc = entry.value;
        document.body.append(sink);
        try {
          if (inFragment) sink.append(document.createRange().createContextualFragment(entry.value));
          await waitUntil(canaryFired, `${entry.name} did not run when parsed as HTML`, { timeout: 5_000 });
        } finally {
          sink.remove();
        }
      }
      resetCanary();
    });

    it('sets the canary when a payload marked to run is loaded as an address', async () => {
      for (const entry of HOSTILE_STRINGS.filter((candidate) => candidate.runs === 'url')) {
        resetCanary();
        const frame = document.createElement('iframe');
        frame.src = entry.value;
        document.body.append(frame);
        try {
          await waitUntil(canaryFired, `${entry.name} did not run as a frame's address`, { timeout: 5_000 });
        } finally {
          frame.remove();
        }
      }
      resetCanary();
    });
  });

  /**
   * One hostile value in every field, in every mode: once in all fields that accept it (the prompt renders), once
   * in all fields that refuse it (the prompt shows its error and reports every field).
   */
  async function checkValue(value: unknown, name: string, modes: readonly Mode[]): Promise<Verdict[]> {
    const all = verdicts(base, value);
    const accepting = all.filter((item) => item.verdict === 'accepted').map((item) => item.field);
    const refusing = all.filter((item) => item.verdict !== 'accepted');
    for (const mode of modes) {
      if (accepting.length > 0) {
        const label = `${name}, accepted, ${mode}`;
        const before = outsideSnapshot();
        const outcome = await render(withValue(base, accepting, value), mode);
        expect(outcome.result, label).to.equal('ready');
        expect(canaryFired(), `${label}: canary`).to.equal(false);
        expect(outsideSnapshot(), `${label}: outside the prompt`).to.equal(before);
        expectLightDomUnchanged(outcome, mode, label);
        expect(structure(outcome.element), `${label}: shape`).to.deep.equal(shapes.get(`ready:${mode}`));
        expectOnlyOwnMarkup(outcome.element, label);
        const root = shadow(outcome.element);
        for (const field of accepting) {
          for (const shown of SHOWN_TEXT[field.path]?.(root) ?? []) {
            expect(shown.textContent, `${label}: ${field.path} as written`).to.equal(value);
            expectIsolated(shown, `${label}: ${field.path}`);
          }
          expectShownAttributes(root, field, value as string, label);
        }
        host.replaceChildren();
      }
      if (refusing.length > 0) {
        const label = `${name}, refused, ${mode}`;
        const before = outsideSnapshot();
        const outcome = await render(
          withValue(
            base,
            refusing.map((item) => item.field),
            value,
          ),
          mode,
        );
        const whole = wholeTextProblem(mode, outcome.json);
        const expected = whole ? [whole] : refusing.map((item) => item.verdict).sort();
        expect(outcome.result, label).to.not.equal('ready');
        const problems = outcome.result as readonly { code: string; path: string }[];
        expect(problems.map((problem) => `${problem.code} @ ${problem.path}`).sort(), label).to.deep.equal(expected);
        expect(canaryFired(), `${label}: canary`).to.equal(false);
        expect(outsideSnapshot(), `${label}: outside the prompt`).to.equal(before);
        expectLightDomUnchanged(outcome, mode, label);
        expect(structure(outcome.element), `${label}: shape`).to.deep.equal(shapes.get(`refused:${mode}`));
        expectOnlyOwnMarkup(outcome.element, label);
        const root = shadow(outcome.element);
        expect(root.querySelector('[part="error"]'), `${label}: error shown`).to.not.equal(null);
        expect(root.querySelectorAll('input, button[part="action"]').length, `${label}: nothing to decide`).to.equal(0);
        host.replaceChildren();
      }
    }
    return all;
  }

  describe('every hostile string in every text field', () => {
    for (const entry of HOSTILE_STRINGS) {
      it(entry.name, async () => {
        const all = await checkValue(entry.value, entry.name, MODES);
        checkKind(entry, all);
      });
    }
  });

  /** What each kind of string must get, beyond "accepted and shown as written, or refused naming the field". */
  function checkKind(entry: HostileString, all: readonly Verdict[]): void {
    for (const { field, verdict } of all) {
      const label = `${entry.name} in ${field.path}`;
      const unbroken = field.class === 'prose' && /\S{1001}/.test(entry.value);
      if (entry.value.length > field.max || unbroken) expect(verdict, label).to.equal(`too-long @ ${field.path}`);
      else if (entry.kind === 'unsafe') expect(verdict, label).to.equal(`unsafe-text @ ${field.path}`);
      else if (entry.kind === 'blank') expect(verdict, label).to.match(/^(empty|missing-translation) @ /);
      else if (entry.kind === 'direction-control' || entry.kind === 'reordering-mark') {
        expect(verdict, label).to.equal(field.class === 'prose' ? 'accepted' : `bidi-control @ ${field.path}`);
      } else if (field.class !== 'prose' && (OVERLAY_MARK.test(entry.value) || /[\u2028\u2029]/u.test(entry.value))) {
        // A mark drawn across a letter strikes a title or name through, a line separator breaks it: refused there,
        // kept in prose.
        expect(verdict, label).to.equal(`unsafe-text @ ${field.path}`);
      } else if (field.class === 'line' || field.class === 'prose') expect(verdict, label).to.equal('accepted');
      else if (entry.dangerousScheme && field.class === 'url')
        expect(verdict, label).to.equal(`format @ ${field.path}`);
    }
  }

  describe('values that are not text', () => {
    const litResult = html`<img src="x" alt="" onerror=${'top.__untickedXss=1'} />`;
    const litSvg = svg`<svg onload="top.__untickedXss=1"></svg>`;
    const values: readonly HostileValue[] = [
      ...HOSTILE_VALUES,
      { name: "Lit's own html`` result", value: litResult, json: false },
      { name: "Lit's own svg`` result", value: litSvg, json: false },
    ];
    for (const entry of values) {
      it(`refuses ${entry.name} in every field with a type problem naming it`, async () => {
        const all = await checkValue(entry.value, entry.name, entry.json ? MODES : ['property']);
        for (const { field, verdict } of all) expect(verdict, field.path).to.equal(`type @ ${field.path}`);
      });
    }
  });

  describe('direction controls', () => {
    it('keeps overrides in a clause verbatim, in its own isolated block that they cannot leave', async () => {
      const clause = 'Text before \u202Ella tpeccA and an unterminated \u202E override \u2067and isolate';
      const config = structuredClone(base);
      config.purposes[2].clause.en = clause;
      const { element, result } = await render(config, 'property');
      expect(result).to.equal('ready');
      const node = one(shadow(element), 'li[data-purpose="offers"] [part="clause"]');
      expect(node.textContent).to.equal(clause);
      // The text is the block's only child: nothing of the prompt's own sits inside the overridden run.
      expect([...node.childNodes].map((child) => child.nodeType)).to.deep.equal([Node.TEXT_NODE]);
      // A block that isolates: its overrides end with it and cannot reorder the title, switch or actions around it.
      expectIsolated(node, 'clause');
      expect(getComputedStyle(node).display).to.not.match(/^inline/);
      expect(node.getAttribute('dir')).to.equal('ltr');
      expect(canaryFired()).to.equal(false);
    });

    it('shows single-line text with direction marks inside isolating elements', async () => {
      const name = 'Example \u200Fעברית\u200E 123';
      const all = await checkValue(name, 'marks', ['property']);
      for (const field of TEXT_FIELDS.filter((candidate) => candidate.class === 'line')) {
        expect(all.find((item) => item.field === field)?.verdict, field.path).to.equal('accepted');
      }
    });

    it('refuses every override, embedding and isolate in titles, names and labels, naming the field', async () => {
      const config = structuredClone(base);
      config.purposes[1].title.en = '\u202Ella tpeccA';
      config.controller.name = 'Example \u2066Pay\u2069';
      config.purposes[1].thirdParties[0].name = 'Sesame\u202D Credit';
      config.dataCategories['spending-categories'].en = '\u202BSpending';
      const { element, result } = await render(config, 'property');
      expect(result).to.not.equal('ready');
      expect((result as { code: string; path: string }[]).map((p) => `${p.code} @ ${p.path}`).sort()).to.deep.equal(
        [
          'bidi-control @ controller.name',
          'bidi-control @ dataCategories.spending-categories.en',
          'bidi-control @ purposes[1].thirdParties[0].name',
          'bidi-control @ purposes[1].title.en',
        ].sort(),
      );
      expect(shadow(element).textContent).to.not.match(/[\u202A-\u202E\u2066-\u2069]/);
    });
  });

  describe('the config as given', () => {
    it('renders the validated copy: changing the given object afterwards changes nothing', async () => {
      const config = structuredClone(base);
      const { element } = await render(config, 'property');
      config.purposes[1].title.en = { _$litType$: 1, strings: ['<img src=x onerror=top.__untickedXss=1>'], values: [] };
      config.controller.name = '<img src=x onerror=top.__untickedXss=1>';
      element.requestUpdate();
      await element.updateComplete;
      await settle();
      const root = shadow(element);
      expect(one(root, 'li[data-purpose="credit-scoring"] [part="purpose-title"]').textContent).to.equal(
        base.purposes[1].title.en,
      );
      expect(one(root, '[part="intro"] strong > bdi').textContent).to.equal(base.controller.name);
      expect(canaryFired()).to.equal(false);
    });

    it('reads each field once: a getter cannot pass text to validation and markup to the render', async () => {
      const config = structuredClone(base);
      let reads = 0;
      Object.defineProperty(config.controller, 'name', {
        enumerable: true,
        get() {
          reads++;
          return reads === 1 ? 'Example Pay Ltd.' : { _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'] };
        },
      });
      const { element, result } = await render(config, 'property');
      expect(result).to.equal('ready');
      expect(reads).to.equal(1);
      expect(one(shadow(element), '[part="intro"] strong > bdi').textContent).to.equal('Example Pay Ltd.');
      expect(canaryFired()).to.equal(false);
    });

    it('refuses a Lit template result look-alike given as the whole config', async () => {
      const { element, result } = await render(
        { _$litType$: 1, strings: ['<img src=x onerror=top.__untickedXss=1>'], values: [] },
        'property',
      );
      const lines = (result as { code: string; path: string }[]).map((p) => `${p.code} @ ${p.path}`);
      expect(lines).to.include('unknown-key @ _$litType$');
      expect(lines).to.include('required @ policy');
      expectOnlyOwnMarkup(element, 'whole config');
      expect(canaryFired()).to.equal(false);
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The prompt's own words, overridden by the host (`strings`)
// ---------------------------------------------------------------------------------------------------------------

// Runs once the element has a `strings` property (the host API for the prompt's own words); skipped before.
const hasStringsApi = 'strings' in ConsentPrompt.prototype;

(hasStringsApi ? describe : describe.skip)('XSS: hostile overrides of the prompt’s own words', () => {
  let element: ConsentPrompt;
  let readyShape: string[];

  before(() => {
    installTraps();
  });

  after(() => {
    removeTraps();
  });

  beforeEach(async () => {
    resetCanary();
    host = document.createElement('div');
    host.id = 'xss-host';
    document.body.append(host);
    const outcome = await render(withEveryField(await annualReport()), 'property');
    element = outcome.element;
    readyShape = structure(element);
  });

  afterEach(() => {
    host.remove();
  });

  function acceptAll(): string {
    return one(shadow(element), 'button[data-action="accept-all"]').textContent?.trim() ?? '';
  }

  function setStrings(value: unknown): ConsentError | undefined {
    try {
      (element as unknown as { strings: unknown }).strings = value;
      return undefined;
    } catch (error) {
      expect(error).to.be.instanceOf(ConsentError);
      return error as ConsentError;
    }
  }

  /**
   * Refused, with nothing applied: by the setter (a `ConsentError` naming the field), or once the locale is merged
   * (a `consent-error` event naming the language's strings). Otherwise shown exactly as written. Returns the refusal.
   */
  async function expectLiteralOrRefused(
    value: unknown,
    field: string,
    read: () => string,
    shown: string,
  ): Promise<{ readonly code: string; readonly path: string } | undefined> {
    const before = read();
    const reported: { code: string; path: string }[] = [];
    const onError = (event: HTMLElementEventMap['consent-error']) => reported.push(...event.detail.problems);
    element.addEventListener('consent-error', onError);
    const originalError = console.error;
    console.error = () => undefined; // The element also logs what it refuses.
    let error: ConsentError | undefined;
    try {
      error = setStrings(field.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value));
      await element.updateComplete;
      await settle();
    } finally {
      console.error = originalError;
      element.removeEventListener('consent-error', onError);
    }
    const refusal = error ?? reported.find((problem) => problem.path.startsWith('strings.en'));
    if (error) {
      expect(error.code, field).to.equal('invalid-strings');
      expect(error.path, field).to.equal(`strings.${field}`);
    }
    if (refusal) expect(read(), `${field}: nothing applied`).to.equal(before);
    else expect(read(), `${field}: as written`).to.equal(shown);
    expect(canaryFired(), `${field}: canary`).to.equal(false);
    expect(structure(element), `${field}: shape`).to.deep.equal(readyShape);
    expectOnlyOwnMarkup(element, field);
    setStrings({});
    await element.updateComplete;
    return refusal;
  }

  for (const entry of HOSTILE_STRINGS) {
    it(`${entry.name} as a button label`, async () => {
      const refusal = await expectLiteralOrRefused(entry.value, 'en.actions.acceptAll', acceptAll, entry.value.trim());
      // A button label is a single short line: direction controls, marks that swap words, controls, blank and
      // long text are refused.
      if (hasDirectionControl(entry.value) || ['reordering-mark', 'unsafe', 'blank', 'long'].includes(entry.kind)) {
        expect(refusal, entry.name).to.not.equal(undefined);
      }
    });

    it(`${entry.name} in a sentence around the controller's name`, async () => {
      const intro = () => one(shadow(element), '[part="intro"] > p:first-child').textContent ?? '';
      const sentence = `${entry.value} {{controller}}`;
      await expectLiteralOrRefused(
        sentence,
        'en.intro.asker',
        intro,
        sentence.replaceAll('{{controller}}', 'Example Pay Ltd.'),
      );
    });
  }

  for (const entry of HOSTILE_VALUES) {
    it(`refuses ${entry.name} as a button label`, async () => {
      const refusal = await expectLiteralOrRefused(entry.value, 'en.actions.acceptAll', acceptAll, '');
      expect(refusal?.code, entry.name).to.equal('invalid-strings');
    });
  }

  it('refuses a combining-mark flood that would draw over the other actions', async () => {
    const flood = `Yes${'\u0336\u0353'.repeat(20)}`;
    const refusal = await expectLiteralOrRefused(flood, 'en.actions.acceptAll', acceptAll, flood);
    expect(refusal, 'refused').to.not.equal(undefined);
  });
});

describe('hostile attribute values', () => {
  afterEach(() => document.querySelectorAll('consent-prompt').forEach((element) => element.remove()));

  it('reports an unknown layout or storage as a consent-error naming the attribute, runs nothing, keeps defaults', async () => {
    const config = await annualReport();
    for (const [name, value, code] of [
      ['layout', '<svg onload="window.__unticked_attr=1">', 'invalid-layout'],
      ['layout', 'fullscreen\u202e', 'invalid-layout'],
      ['storage', 'javascript:window.__unticked_attr=1', 'invalid-storage'],
      ['storage', '__proto__', 'invalid-storage'],
    ] as const) {
      const element = document.createElement('consent-prompt') as ConsentPrompt;
      const problems: { code: string; path: string; message: string }[] = [];
      element.addEventListener('consent-error', (event) => problems.push(...event.detail.problems));
      const logged = console.error;
      console.error = () => {};
      try {
        element.setAttribute(name, value);
        element.config = config;
        document.body.append(element);
        await element.updateComplete;
        await waitUntil(() => problems.length > 0, `a consent-error for ${name}=${value}`);
      } finally {
        console.error = logged;
      }
      expect(
        problems.map(({ code, path }) => ({ code, path })),
        value,
      ).to.deep.equal([{ code, path: name }]);
      expect(problems[0]!.message).to.not.match(/[\u202a-\u202e]/);
      expect((window as { __unticked_attr?: number }).__unticked_attr, value).to.equal(undefined);
      if (name === 'layout') expect(element.layout).to.equal('banner');
      else expect(element.storage).to.equal('local');
      expect(shadow(element).querySelector('[part="prompt"]')).to.not.equal(null);
      element.remove();
    }
    // A storage in use is kept, not swapped for the default: a typo must not start keeping decisions where the
    // page chose not to (memory, this page only).
    const element = document.createElement('consent-prompt') as ConsentPrompt;
    const problems: { code: string; message: string }[] = [];
    element.addEventListener('consent-error', (event) => problems.push(...event.detail.problems));
    element.setAttribute('storage', 'memory');
    element.config = config;
    document.body.append(element);
    await element.updateComplete;
    element.setAttribute('storage', 'session');
    await waitUntil(() => problems.length > 0, 'a consent-error for storage=session');
    expect(element.storage).to.equal('memory');
    expect(problems[0]!.message).to.match(/storage in use is kept/);
    element.remove();
  });

  // React 19 and Vue (without .prop) write `config="[object Object]"` when the element is not yet defined.
  it('reports a config attribute and, with no other config, tells the visitor the form could not be loaded', async () => {
    const logged = console.error;
    console.error = () => {};
    try {
      for (const value of ['[object Object]', '{"policy":{}}', '<svg onload="window.__unticked_attr=1">']) {
        const element = document.createElement('consent-prompt') as ConsentPrompt;
        const problems: { code: string; path: string; message: string }[] = [];
        element.addEventListener('consent-error', (event) => problems.push(...event.detail.problems));
        element.setAttribute('config', value);
        document.body.append(element);
        await waitUntil(() => problems.length > 0, `a consent-error for config=${value}`);
        await element.updateComplete;
        expect(problems.map(({ code, path }) => ({ code, path }))).to.deep.equal([
          { code: 'config-load', path: 'config' },
        ]);
        expect(problems[0]!.message).to.match(/config is a property, not an attribute/);
        const shown = shadow(element).querySelector<HTMLElement>('[part="error"]');
        expect(shown?.textContent ?? '').to.contain('could not be loaded');
        expect(shadow(element).querySelectorAll('input, button').length, 'no purposes, no actions').to.equal(0);
        expect((window as { __unticked_attr?: number }).__unticked_attr).to.equal(undefined);
        // The property set afterwards, as a framework's next render or the host does, brings the prompt.
        const ready = oneEvent(element, 'consent-ready');
        element.config = await annualReport();
        await ready;
        expect(shadow(element).querySelectorAll('button[data-action]').length).to.equal(3);
        element.remove();
      }
      // With a config of its own (here a property set first), the attribute is reported and changes nothing.
      const element = document.createElement('consent-prompt') as ConsentPrompt;
      const problems: { code: string }[] = [];
      element.addEventListener('consent-error', (event) => problems.push(...event.detail.problems));
      element.config = await annualReport();
      document.body.append(element);
      await element.updateComplete;
      element.setAttribute('config', '[object Object]');
      await waitUntil(() => problems.length > 0, 'a consent-error for the late attribute');
      await element.updateComplete;
      expect(shadow(element).querySelector('[part="error"]') === null, 'no error shown').to.equal(true);
      expect(element.decisions).to.equal(null);
      element.remove();
    } finally {
      console.error = logged;
    }
  });
});
