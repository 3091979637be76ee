// The script-tag build (dist/unticked.min.js), loaded the way a site without a build step loads it. `npm test`
// builds dist/ before the browser tests run.
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';

interface PageWindow extends Window {
  __violations: unknown[];
}

describe('dist/unticked.min.js from one script tag', () => {
  /** Loads a test page in a frame and waits for its prompt. */
  async function openPage(src: string): Promise<{ frame: HTMLIFrameElement; win: PageWindow; doc: Document }> {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('consent-prompt')?.shadowRoot?.querySelector('[data-action]'), 'prompt', {
      timeout: 8000,
    });
    return { frame, win: frame.contentWindow as PageWindow, doc };
  }

  it('registers the element, loads its locale chunk from beside itself, and needs nothing else', async () => {
    const probe = await fetch('/dist/unticked.min.js');
    expect(probe.ok, 'dist/unticked.min.js exists: run npm run build first').to.equal(true);
    const source = await probe.text();
    // Every import the minified module makes (`import{a}from"./x"`, `import"./x"`, `import("./x")`) is relative:
    // no bare specifier to resolve and nothing from another origin. (Prose such as "import unticked/define first"
    // in a message is not an import.)
    const specifiers = [...source.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?from\s*)?\(?\s*(["'`])([^"'`]*)\1/g)].map(
      (match) => match[2]!,
    );
    expect(specifiers.length, 'the entry imports its lazily loaded chunks').to.be.greaterThan(0);
    expect(specifiers.filter((specifier) => !/^\.\.?\//.test(specifier))).to.deep.equal([]);

    const { frame, win, doc } = await openPage('/test/pages/script-tag.html');
    await waitUntil(
      () =>
        doc
          .querySelector('consent-prompt')
          ?.shadowRoot?.querySelector('button[data-action="reject-all"]')
          ?.textContent?.trim() === '全部拒绝',
      'the prompt shows in Simplified Chinese from the lazily loaded chunk',
      { timeout: 8000 },
    );
    const root = doc.querySelector('consent-prompt')!.shadowRoot!;
    expect(root.querySelector<HTMLInputElement>('input[data-purpose="offers"]')!.checked).to.equal(false);
    const loaded = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
      (entry) => new URL(entry.name),
    );
    for (const url of loaded) expect(url.origin, url.href).to.equal(location.origin);
    expect(loaded.some((url) => /\/dist\/unticked-zh-Hans-[\w-]+\.min\.js$/.test(url.pathname))).to.equal(true);
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });

  interface ComputedPart {
    name: string;
    style: Record<string, string>;
    box: string;
    text: string;
  }

  /**
   * Every element of every unticked shadow root in a page, in document order: all its computed styles, its box and
   * its text as rendered (`innerText`, where whitespace shows only if the layout keeps it).
   */
  function computedParts(doc: Document): ComputedPart[] {
    const parts: ComputedPart[] = [];
    for (const host of doc.querySelectorAll('consent-prompt, consent-preferences')) {
      for (const element of host.shadowRoot!.querySelectorAll('*')) {
        const computed = doc.defaultView!.getComputedStyle(element);
        const style: Record<string, string> = {};
        // Custom properties keep their text as written ("0.5rem" minified is ".5rem"): what they set is compared
        // through the properties that use them.
        for (const property of computed)
          if (!property.startsWith('--')) style[property] = computed.getPropertyValue(property);
        const { x, y, width, height } = element.getBoundingClientRect();
        const box = [x, y, width, height].map((value) => value.toFixed(2)).join(' ');
        const text = element instanceof HTMLElement ? element.innerText : '';
        parts.push({ name: `${host.localName} ${element.localName}.${element.className}`, style, box, text });
      }
    }
    return parts;
  }

  // The build minifies the elements' CSS (scripts/minify-lit-css.mjs) and drops the indentation between block-level
  // tags of their templates (scripts/collapse-template-whitespace.mjs): what it ships must style, place and word
  // every part exactly as the source does, on a phone (where the short-screen rules apply) and on a desktop.
  for (const [width, height] of [
    [320, 568],
    [1024, 768],
  ] as const) {
    it(`styles, places and words every part exactly as the source does, at ${width} x ${height}`, async () => {
      const open = async (src: string) => {
        const frame = document.createElement('iframe');
        frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
        frame.src = src;
        document.body.append(frame);
        await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        const doc = frame.contentDocument!;
        await waitUntil(
          () =>
            doc.querySelectorAll('consent-prompt').length === 2 &&
            [...doc.querySelectorAll('consent-prompt')].every((prompt) =>
              prompt.shadowRoot?.querySelector('[data-action]'),
            ) &&
            doc.querySelector('consent-preferences')?.shadowRoot?.querySelector('button'),
          `${src} renders`,
          { timeout: 8000 },
        );
        return { frame, doc };
      };
      const built = await open('/test/pages/styles.html?from=build');
      const source = await open('/test/pages/styles.html?from=source');
      const builtParts = computedParts(built.doc);
      const sourceParts = computedParts(source.doc);
      expect(builtParts.map((part) => part.name)).to.deep.equal(sourceParts.map((part) => part.name));
      expect(builtParts.length).to.be.greaterThan(40);
      builtParts.forEach((part, index) => {
        const expected = sourceParts[index]!.style;
        const differing = Object.keys(expected).filter((property) => part.style[property] !== expected[property]);
        expect(
          differing.map((property) => `${property}: ${part.style[property]} (source: ${expected[property]})`),
          part.name,
        ).to.deep.equal([]);
        expect(part.box, `${part.name}: box`).to.equal(sourceParts[index]!.box);
        expect(part.text, `${part.name}: text`).to.equal(sourceParts[index]!.text);
      });

      // The preferences view, whose templates went through the same build: the same words, in the same places.
      interface Prompt extends HTMLElement {
        recordHostDecision(decision: unknown): unknown;
        show(): void;
      }
      const preferencesText = async (doc: Document) => {
        const prompt = doc.querySelector<Prompt>('consent-prompt')!;
        prompt.recordHostDecision({ action: 'save', decisions: { offers: true } });
        prompt.show();
        await waitUntil(() => prompt.shadowRoot!.querySelector('[part="receipts"]'), 'the preferences view', {
          timeout: 5000,
        });
        // Everything shown but the receipts, whose list depends on what this origin has stored meanwhile. (A hidden
        // part's innerText is its raw text, indentation included.)
        return [...prompt.shadowRoot!.querySelectorAll<HTMLElement>('[part]')]
          .filter((part) => part.checkVisibility() && !part.closest('[part="receipts"]'))
          .map((part) => `${part.getAttribute('part')}: ${part.innerText}`);
      };
      const builtView = await preferencesText(built.doc);
      const sourceView = await preferencesText(source.doc);
      expect(builtView.length).to.be.greaterThan(20);
      // Only the parts that differ, so a failure shows them rather than two long lists.
      expect(builtView.filter((text, index) => text !== sourceView[index])).to.deep.equal(
        sourceView.filter((text, index) => text !== builtView[index]),
      );
      built.frame.remove();
      source.frame.remove();
    });
  }

  /** The control's own button, rendered in the page's language once the element is defined. */
  const controlButton = (control: Element | null | undefined) =>
    control?.shadowRoot?.querySelector<HTMLButtonElement>('button[part="button"]')?.textContent?.trim();

  it('defines <consent-preferences> with the prompt, so the markup one renders and a page script finds it', async () => {
    const { frame, win, doc } = await openPage('/test/pages/script-tag-preferences.html');
    await waitUntil(() => controlButton(doc.querySelector('consent-preferences')), 'the control renders', {
      timeout: 8000,
    });
    // The entry exports both element classes and the events; both are defined by the time a later module runs.
    const exported = (win as unknown as { __unticked: Record<string, unknown> }).__unticked;
    const defined = (win as unknown as { __definedWhenImported: Record<string, boolean> }).__definedWhenImported;
    expect(defined).to.deep.equal({ 'consent-prompt': true, 'consent-preferences': true });
    expect(exported.ConsentPrompt).to.equal(win.customElements.get('consent-prompt'));
    expect(exported.ConsentPreferences).to.equal(win.customElements.get('consent-preferences'));
    expect(exported.ConsentDecisionEvent).to.be.a('function');
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });

  it('says at once when it is loaded under another address than its chunks import (a ?v= query)', async () => {
    type ErrorsWindow = PageWindow & { __errors: { code?: string; message?: string }[][] };
    const plain = await openPage('/test/pages/script-tag-address.html');
    expect((plain.win as ErrorsWindow).__errors).to.deep.equal([]);
    plain.frame.remove();
    const queried = await openPage('/test/pages/script-tag-address.html?v=3');
    const errors = (queried.win as ErrorsWindow).__errors.flat();
    expect(errors.map((error) => error.code)).to.deep.equal(['script-address']);
    expect(errors[0]!.message).to.contain('?v=3').and.to.contain('version the folder');
    queried.frame.remove();
  });

  // Each decision's receipt code loads when it is made: a decision signed by the host waits for the host signer's
  // code too, one signed on the device only for the issuer's. Fresh pages, so that the code is loading when both
  // decisions are made: the later one must not be chained or announced before the earlier.
  it('announces and chains two decisions made at once in the order they were made', async () => {
    for (let round = 0; round < 6; round++) {
      const { frame, doc } = await openPage(`/test/pages/script-tag.html?decision-order=${round}`);
      type Prompt = HTMLElement & {
        config?: unknown;
        storage: string;
        decisions: Record<string, boolean> | null;
        recordHostDecision(decision: object): unknown;
        forget(): Promise<void>;
        signer: ((payload: unknown) => Promise<string>) | null;
      };
      const prompt = doc.querySelector('consent-prompt') as Prompt;
      await waitUntil(() => prompt.config !== undefined, 'config loaded', { timeout: 8000 });
      const heard: { action: string; offers: boolean | undefined; sequence: number | undefined }[] = [];
      prompt.addEventListener('consent-decision', (event) => {
        const { detail } = event as CustomEvent<{
          action: string;
          decisions: Record<string, boolean>;
          chainHead: { sequence: number } | null;
        }>;
        heard.push({ action: detail.action, offers: detail.decisions['offers'], sequence: detail.chainHead?.sequence });
      });
      const hostSigns = round % 2 === 0;
      // A host signer whose answer is refused (`signer-forged`): the decision stands, announced without a receipt.
      if (hostSigns) prompt.signer = () => Promise.resolve('not.a.jws');
      prompt.recordHostDecision({ action: 'save', decisions: { offers: true } });
      prompt.signer = null;
      prompt.recordHostDecision({ action: 'save', decisions: { offers: false } });
      await waitUntil(() => heard.length === 2, 'both decisions announced', { timeout: 8000 });
      expect(
        heard.map((event) => `${event.action} ${event.offers}`),
        `round ${round}`,
      ).to.deep.equal(['save true', 'withdraw false']);
      if (hostSigns) expect(heard.map((event) => event.sequence === undefined)).to.deep.equal([true, false]);
      else expect(heard[1]!.sequence, `round ${round}`).to.equal(heard[0]!.sequence! + 1);
      expect(prompt.decisions).to.deep.equal({ offers: false });
      await prompt.forget();
      frame.remove();
    }
  });

  it('renders a <consent-preferences> that a script adds later', async () => {
    const { frame, win, doc } = await openPage('/test/pages/script-tag.html');
    const control = doc.createElement('consent-preferences');
    doc.body.append(control);
    await waitUntil(() => controlButton(control), 'the control renders', { timeout: 8000 });
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });
});
