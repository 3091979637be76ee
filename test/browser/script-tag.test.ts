// The script-tag build (dist/unticked.min.js), loaded the way a site without a build step loads it. `npm test`
// builds dist/ before the browser tests run.
import { expect, waitUntil } from '@open-wc/testing';

interface PageWindow extends Window {
  __violations: unknown[];
}

describe('dist/unticked.min.js from one script tag', () => {
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

    const frame = document.createElement('iframe');
    frame.src = '/test/pages/script-tag.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
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
    const loaded = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
      (entry) => new URL(entry.name),
    );
    for (const url of loaded) expect(url.origin, url.href).to.equal(location.origin);
    expect(loaded.some((url) => /\/dist\/unticked-zh-Hans-[\w-]+\.min\.js$/.test(url.pathname))).to.equal(true);
    expect(win.__violations).to.deep.equal([]);
    // No <consent-preferences> on this page: its code is neither fetched nor defined.
    expect(loaded.some((url) => /\/unticked-consent-preferences-/.test(url.pathname))).to.equal(false);
    expect(win.customElements.get('consent-preferences')).to.equal(undefined);
    frame.remove();
  });

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

  const preferencesChunks = (win: Window) =>
    (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
      /\/dist\/unticked-consent-preferences-[\w-]+\.min\.js$/.test(new URL(entry.name).pathname),
    );

  /** The control's own button, rendered in the page's language once the element is defined. */
  const controlButton = (control: Element | null | undefined) =>
    control?.shadowRoot?.querySelector<HTMLButtonElement>('button[part="button"]')?.textContent?.trim();

  it('defines <consent-preferences> when the markup has one, from a chunk beside the entry', async () => {
    const { frame, win, doc } = await openPage('/test/pages/script-tag-preferences.html');
    await waitUntil(() => controlButton(doc.querySelector('consent-preferences')), 'the control renders', {
      timeout: 8000,
    });
    expect(win.customElements.get('consent-preferences')).to.be.a('function');
    expect(preferencesChunks(win)).to.have.length(1);
    // The entry exports the prompt's class, the events and the loader; the control's class comes with its chunk.
    const exported = (win as unknown as { __unticked: Record<string, unknown> }).__unticked;
    expect(exported.ConsentPrompt).to.equal(win.customElements.get('consent-prompt'));
    expect(exported.defineConsentPreferences).to.be.a('function');
    expect(exported.ConsentDecisionEvent).to.be.a('function');
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });

  it('defines <consent-preferences> when a script adds one later, loading its chunk once', async () => {
    const { frame, win, doc } = await openPage('/test/pages/script-tag.html');
    const footer = doc.createElement('footer');
    footer.append(doc.createElement('consent-preferences'), doc.createElement('consent-preferences'));
    doc.body.append(footer);
    await waitUntil(() => [...footer.children].every((control) => controlButton(control)), 'both controls render', {
      timeout: 8000,
    });
    const more = doc.createElement('consent-preferences');
    doc.body.append(more);
    await waitUntil(() => controlButton(more), 'a third control renders', { timeout: 8000 });
    expect(preferencesChunks(win)).to.have.length(1);
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });

  it('defineConsentPreferences() defines one that only a shadow root holds', async () => {
    const { frame, win, doc } = await openPage('/test/pages/script-tag-shadow.html');
    const defined = await (win as unknown as { __defined: Promise<boolean> }).__defined;
    expect(defined).to.equal(true);
    const control = doc.getElementById('component')!.shadowRoot!.querySelector('consent-preferences');
    await waitUntil(() => controlButton(control), 'the control in the shadow root renders', { timeout: 8000 });
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });
});
