// Holding back: gated scripts and iframes wait for their purposes, run once and in document order.
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { createConsentGate, type ConsentGate, type ConsentGateOptions } from '../../src/gating/index.js';
import type { Decisions } from '../../src/core/consent/decisions.js';
import { ConsentError } from '../../src/core/errors.js';
import { trustedClick } from './helpers.js';

interface GatingWindow extends Window {
  __gatingLog?: string[];
}

const page = window as GatingWindow;
const SCRIPT = '/test/pages/gating-script.js';
const FRAME = '/test/pages/gating-frame.html';
// Posts a message to this window each time it loads.
const EMBED = '/test/pages/gating-embed.html';

let container: HTMLElement;
let gate: ConsentGate | undefined;
let decisions: Decisions | null;

/** Puts gated markup on the page. innerHTML here is the test standing in for the page's own markup. */
function markup(html: string): HTMLElement {
  container.innerHTML = html;
  return container;
}

function startGate(options: Partial<ConsentGateOptions> = {}): ConsentGate {
  gate = createConsentGate({ root: container, decisions: () => decisions, onError: () => {}, ...options });
  return gate;
}

/** A blocked iframe with the given sandbox attribute, the gate started, and a count of the frame's loads. */
function startWithSandboxedFrame(sandbox: string): { frame: HTMLIFrameElement; frameLoads: () => number } {
  markup(`<iframe data-consent="video" data-src="${EMBED}" ${sandbox}></iframe>`);
  const frame = container.querySelector('iframe')!;
  let loads = 0;
  frame.addEventListener('load', () => loads++);
  startGate();
  return { frame, frameLoads: () => loads };
}

function log(): string[] {
  return page.__gatingLog ?? [];
}

/**
 * Makes a change and waits until mutation observers were told of it: ours, created last, is told after the gate's.
 */
async function afterMutationObservers(change: () => void): Promise<void> {
  await new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(container, { childList: true, subtree: true });
    change();
  });
}

/** The addresses of the embeds that load from now until `stop()`, as each tells this window. */
function embedLoads(): string[] & { stop(): void } {
  const seen: string[] = [];
  const listener = (event: MessageEvent) => {
    const data = event.data as { embedLoaded?: string } | null;
    if (typeof data?.embedLoaded === 'string') seen.push(data.embedLoaded);
  };
  window.addEventListener('message', listener);
  return Object.assign(seen, { stop: () => window.removeEventListener('message', listener) });
}

async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

beforeEach(() => {
  page.__gatingLog = [];
  decisions = null;
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  gate?.disconnect();
  gate = undefined;
  container.remove();
});

describe('consent gate: scripts', () => {
  it('runs nothing before any decision and marks gated scripts blocked', async () => {
    markup(`
      <script type="text/plain" data-consent="analytics" src="${SCRIPT}?name=external"></script>
      <script type="text/plain" data-consent="analytics">window.__gatingLog.push('inline')</script>`);
    const result = startGate().update();
    await gate!.settled();
    expect(result.activated).to.deep.equal([]);
    expect(log()).to.deep.equal([]);
    const states = [...container.querySelectorAll('script')].map((script) => script.dataset.consentState);
    expect(states).to.deep.equal(['blocked', 'blocked']);
  });

  it('runs granted scripts once, in document order, external and inline mixed', async () => {
    markup(`
      <script type="text/plain" data-consent="analytics" src="${SCRIPT}?name=external-1"></script>
      <script type="text/plain" data-consent="analytics">window.__gatingLog.push('inline-1')</script>
      <script type="text/plain" data-consent="analytics" src="${SCRIPT}?name=external-2"></script>
      <script type="text/plain" data-consent="analytics" src="${SCRIPT}?name=external-3"></script>
      <script type="text/plain" data-consent="analytics">window.__gatingLog.push('inline-2')</script>
      <script type="text/plain" data-consent="analytics" data-type="module" src="/test/pages/gating-module.js?name=module"></script>
      <script type="text/plain" data-consent="analytics">window.__gatingLog.push('inline-3')</script>
      <script type="text/plain" data-consent="analytics" data-type="module">window.__gatingLog.push('inline-module')</script>`);
    startGate();
    decisions = { analytics: true };
    const first = gate!.update();
    // Updating again before they ran, and after, queues nothing twice.
    const second = gate!.update();
    await gate!.settled();
    const third = gate!.update();
    await gate!.settled();
    // Inline modules fire no load event: like parsed ones, they run when their (empty) module graph is ready.
    await waitUntil(() => log().includes('inline-module'), 'the inline module ran');
    expect(first.activated).to.have.length(8);
    expect(second.activated).to.deep.equal([]);
    expect(third.activated).to.deep.equal([]);
    expect(log()).to.deep.equal([
      'external-1',
      'inline-1',
      'external-2',
      'external-3',
      'inline-2',
      'module',
      'inline-3',
      'inline-module',
    ]);
    // The fresh scripts replaced the gated ones: no text/plain copies remain, none carries data-consent.
    const scripts = [...container.querySelectorAll('script')];
    expect(scripts).to.have.length(8);
    for (const script of scripts) {
      expect(script.hasAttribute('data-consent')).to.equal(false);
      expect(script.getAttribute('type')).to.be.oneOf([null, 'module']);
    }
  });

  it('runs an inline module after a slow external script before it, and after it the inline classic ones', async () => {
    markup(`
      <script type="text/plain" data-consent="analytics" src="${SCRIPT}?name=external-slow&delay=600"></script>
      <script type="text/plain" data-consent="analytics" data-type="module">window.__gatingLog.push('inline-module')</script>
      <script type="text/plain" data-consent="analytics">window.__gatingLog.push('inline-classic')</script>`);
    startGate();
    decisions = { analytics: true };
    gate!.update();
    await gate!.settled();
    await waitUntil(() => log().includes('inline-module'), 'the inline module ran', { timeout: 5000 });
    // Deferred, as a parsed inline module is: after the external script before it, not before later inline ones.
    expect(log()).to.deep.equal(['external-slow', 'inline-classic', 'inline-module']);
  });

  it('keeps scripts blocked while their purpose is refused, misspelt or unknown', async () => {
    markup(`
      <script type="text/plain" data-consent="analytics">window.__gatingLog.push('analytics')</script>
      <script type="text/plain" data-consent="offers">window.__gatingLog.push('offers')</script>
      <script type="text/plain" data-consent="analytic">window.__gatingLog.push('misspelt')</script>
      <script type="text/plain" data-consent="">window.__gatingLog.push('empty')</script>
      <script type="text/plain" data-consent="toString">window.__gatingLog.push('inherited')</script>`);
    startGate();
    decisions = { analytics: true, offers: false };
    gate!.update();
    await gate!.settled();
    expect(log()).to.deep.equal(['analytics']);
  });

  it('needs every purpose of a space-separated list', async () => {
    markup(`<script type="text/plain" data-consent="analytics  offers">window.__gatingLog.push('both')</script>`);
    startGate();
    decisions = { analytics: true, offers: false };
    gate!.update();
    await gate!.settled();
    expect(log()).to.deep.equal([]);
    decisions = { analytics: true, offers: true };
    gate!.update();
    await gate!.settled();
    expect(log()).to.deep.equal(['both']);
  });

  it('carries integrity, crossorigin, referrerpolicy and other attributes; a wrong hash stops the script', async () => {
    const integrity = await sha384(`${SCRIPT}?name=good`);
    markup(`
      <script type="text/plain" data-consent="analytics" id="good" class="tracker" data-extra="1"
        integrity="${integrity}" crossorigin="anonymous" referrerpolicy="no-referrer"
        src="${SCRIPT}?name=good"></script>
      <script type="text/plain" data-consent="analytics" id="bad"
        integrity="sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
        src="${SCRIPT}?name=bad"></script>`);
    startGate();
    decisions = { analytics: true };
    gate!.update();
    await gate!.settled();
    expect(log()).to.deep.equal(['good']);
    const good = container.querySelector<HTMLScriptElement>('#good')!;
    expect(good.getAttribute('type')).to.equal(null);
    expect(good.integrity).to.equal(integrity);
    expect(good.crossOrigin).to.equal('anonymous');
    expect(good.referrerPolicy).to.equal('no-referrer');
    expect(good.className).to.equal('tracker');
    expect(good.dataset.extra).to.equal('1');
    expect(good.async, 'dynamically inserted scripts keep document order').to.equal(false);
    expect(container.querySelector<HTMLScriptElement>('#bad')!.integrity).to.match(/^sha384-A+$/);
  });

  it('keeps an explicit async attribute', async () => {
    markup(`<script type="text/plain" data-consent="analytics" async src="${SCRIPT}?name=async"></script>`);
    startGate();
    decisions = { analytics: true };
    gate!.update();
    await waitUntil(() => log().includes('async'), 'the async script ran');
    expect(container.querySelector('script')!.async).to.equal(true);
  });

  it('handles gated scripts added later, also deep inside added subtrees', async () => {
    startGate();
    decisions = { analytics: true };
    gate!.update();
    const section = document.createElement('section');
    section.innerHTML = `
      <div><div><script type="text/plain" data-consent="analytics" src="${SCRIPT}?name=deep-external"></script></div></div>
      <script type="text/plain" data-consent="analytics">window.__gatingLog.push('deep-inline')</script>
      <script type="text/plain" data-consent="offers">window.__gatingLog.push('not-granted')</script>`;
    container.append(section);
    await waitUntil(() => log().length === 2, 'both granted scripts ran');
    await gate!.settled();
    expect(log()).to.deep.equal(['deep-external', 'deep-inline']);
    const lone = document.createElement('script');
    lone.type = 'text/plain';
    lone.dataset.consent = 'analytics';
    lone.text = "window.__gatingLog.push('lone')";
    container.append(lone);
    await waitUntil(() => log().includes('lone'), 'a script added on its own ran');
    expect(log()).to.deep.equal(['deep-external', 'deep-inline', 'lone']);
  });

  it('holds back scripts added before a decision until the grant', async () => {
    startGate();
    const added = document.createElement('div');
    added.innerHTML = `<script type="text/plain" data-consent="analytics">window.__gatingLog.push('later')</script>`;
    container.append(added);
    await waitUntil(() => container.querySelector('script')!.dataset.consentState === 'blocked', 'seen as blocked');
    expect(container.querySelector('script')!.dataset.consentState).to.equal('blocked');
    expect(log()).to.deep.equal([]);
    decisions = { analytics: true };
    gate!.update();
    await gate!.settled();
    expect(log()).to.deep.equal(['later']);
  });

  it('after a withdrawal runs nothing new and reports the purposes whose scripts still run', async () => {
    markup(`
      <script type="text/plain" data-consent="analytics">window.__gatingLog.push('analytics')</script>
      <script type="text/plain" data-consent="analytics offers">window.__gatingLog.push('both')</script>`);
    startGate();
    decisions = { analytics: true, offers: false };
    expect(gate!.update().stillRunning).to.deep.equal([]);
    await gate!.settled();
    decisions = { analytics: false, offers: true };
    const withdrawn = gate!.update();
    await gate!.settled();
    expect(withdrawn.stillRunning).to.deep.equal(['analytics']);
    expect(withdrawn.activated).to.deep.equal([]);
    expect(log()).to.deep.equal(['analytics']);
    decisions = { analytics: true, offers: true };
    gate!.update();
    await gate!.settled();
    expect(log(), 'the first script ran once; the second runs now').to.deep.equal(['analytics', 'both']);
  });

  it('drops a queued script whose purpose is withdrawn before its turn, and runs it after a new grant', async () => {
    markup(`
      <script type="text/plain" data-consent="analytics" src="${SCRIPT}?name=first"></script>
      <script type="text/plain" data-consent="offers">window.__gatingLog.push('offers')</script>`);
    startGate();
    decisions = { analytics: true, offers: true };
    gate!.update();
    // The inline script waits for the external one; withdraw offers meanwhile.
    decisions = { analytics: true, offers: false };
    await gate!.settled();
    expect(log()).to.deep.equal(['first']);
    const inline = container.querySelector<HTMLScriptElement>('script[data-consent="offers"]')!;
    expect(inline.dataset.consentState).to.equal('blocked');
    decisions = { analytics: true, offers: true };
    gate!.update();
    await gate!.settled();
    expect(log()).to.deep.equal(['first', 'offers']);
  });

  it('stops an external script still loading when its purpose is withdrawn: it never runs, and runs after a new grant', async () => {
    markup(`
      <script type="text/plain" data-consent="analytics" src="${SCRIPT}?name=slow&delay=1500" onerror="window.__gatingLog.push('onerror')"></script>
      <script type="text/plain" data-consent="offers">window.__gatingLog.push('offers')</script>`);
    startGate();
    decisions = { analytics: true, offers: true };
    gate!.update();
    await waitUntil(() => container.querySelector('script[src*="name=slow"]:not([type])'), 'the script is loading');
    // Withdrawn while it loads.
    decisions = { analytics: false, offers: true };
    const withdrawn = gate!.update();
    await gate!.settled();
    expect(withdrawn.stillRunning, 'it never ran').to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(log(), 'the inline script behind it still runs; the withdrawn one never, nor its onerror').to.deep.equal([
      'offers',
    ]);
    const blocked = container.querySelector<HTMLScriptElement>('script[data-consent="analytics"]')!;
    expect(blocked.type).to.equal('text/plain');
    expect(blocked.dataset.consentState).to.equal('blocked');
    decisions = { analytics: true, offers: true };
    gate!.update();
    await gate!.settled();
    expect(log()).to.deep.equal(['offers', 'slow']);
  });

  it('counts necessary purposes as granted once there is a decision', async () => {
    markup(`<script type="text/plain" data-consent="security">window.__gatingLog.push('security')</script>`);
    startGate({ necessary: ['security'] });
    await gate!.settled();
    expect(log(), 'nothing before a decision').to.deep.equal([]);
    decisions = { analytics: false };
    gate!.update();
    await gate!.settled();
    expect(log()).to.deep.equal(['security']);
  });

  it('with requireNonce runs only scripts that carry that nonce', async () => {
    markup(`
      <script type="text/plain" data-consent="analytics" nonce="n0nce">window.__gatingLog.push('nonced')</script>
      <script type="text/plain" data-consent="analytics">window.__gatingLog.push('injected')</script>
      <script type="text/plain" data-consent="analytics" nonce="guess">window.__gatingLog.push('guessed')</script>`);
    const errors: Element[] = [];
    startGate({ requireNonce: 'n0nce', onError: (_error, element) => errors.push(element) });
    decisions = { analytics: true };
    gate!.update();
    await gate!.settled();
    expect(log()).to.deep.equal(['nonced']);
    expect(errors).to.have.length(2);
  });

  it('reports gated scripts that were not held back (no type="text/plain")', async () => {
    const errors: string[] = [];
    markup(`<script data-consent="analytics" data-probe="x"></script>`);
    startGate({ onError: (error) => errors.push(error.message) });
    decisions = { analytics: true };
    gate!.update();
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('text/plain');
  });

  it('skips a classic nomodule script as the parser does, and runs what follows it', async () => {
    markup(`
      <script type="text/plain" data-consent="analytics" data-type="module" src="/test/pages/gating-module.js?name=modern"></script>
      <script type="text/plain" data-consent="analytics" nomodule src="${SCRIPT}?name=legacy"></script>
      <script type="text/plain" data-consent="analytics" nomodule>window.__gatingLog.push('legacy-inline')</script>
      <script type="text/plain" data-consent="analytics">window.__gatingLog.push('inline-after')</script>`);
    startGate();
    decisions = { analytics: true };
    gate!.update();
    await gate!.settled();
    // A script added after them for the same purpose is not held up either.
    const later = document.createElement('script');
    later.type = 'text/plain';
    later.dataset.consent = 'analytics';
    later.text = "window.__gatingLog.push('added-later')";
    container.append(later);
    await waitUntil(() => log().includes('added-later'), 'the script added later ran');
    await gate!.settled();
    expect(log()).to.deep.equal(['modern', 'inline-after', 'added-later']);
  });

  it('reports an external script of a data-type no browser runs, keeps it blocked, and runs what follows it', async () => {
    const errors: ConsentError[] = [];
    markup(`
      <script type="text/plain" data-consent="analytics" data-type="text/javascript; charset=utf-8" src="${SCRIPT}?name=never"></script>
      <script type="text/plain" data-consent="analytics" data-type=" Text/JavaScript ">window.__gatingLog.push('typed')</script>
      <script type="text/plain" data-consent="analytics" data-type="application/ld+json" id="data">{"@type": "Offer"}</script>
      <script type="text/plain" data-consent="analytics">window.__gatingLog.push('inline-after')</script>`);
    startGate({ onError: (error) => errors.push(error) });
    decisions = { analytics: true };
    gate!.update();
    await gate!.settled();
    expect(log()).to.deep.equal(['typed', 'inline-after']);
    expect(errors.map((error) => [error.code, error.path])).to.deep.equal([['gating-markup', 'data-type']]);
    expect(container.querySelector('script[data-consent]')!.getAttribute('data-consent-state')).to.equal('blocked');
    // An inline data block is put in the page as the parser keeps it, with its type.
    const data = container.querySelector<HTMLScriptElement>('#data')!;
    expect([data.type, data.text]).to.deep.equal(['application/ld+json', '{"@type": "Offer"}']);
  });

  it('checks a waiting script again when its turn comes: moved to a purpose not granted, it stays blocked', async () => {
    markup(`
      <script type="text/plain" data-consent="analytics" src="${SCRIPT}?name=slow&delay=600"></script>
      <script type="text/plain" data-consent="analytics">window.__gatingLog.push('moved')</script>`);
    startGate();
    decisions = { analytics: true, offers: false };
    gate!.update();
    const inline = container.querySelector<HTMLScriptElement>('script:not([src])')!;
    inline.dataset.consent = 'offers';
    await gate!.settled();
    expect(log()).to.deep.equal(['slow']);
    expect(inline.dataset.consentState).to.equal('blocked');
    decisions = { analytics: true, offers: true };
    gate!.update();
    await gate!.settled();
    expect(log()).to.deep.equal(['slow', 'moved']);
  });

  it('hands what a replaced gate had queued to the gate in force, after what it still had loading', async () => {
    markup(`
      <script type="text/plain" data-consent="analytics" src="${SCRIPT}?name=slow&delay=600"></script>
      <script type="text/plain" data-consent="analytics">window.__gatingLog.push('inline')</script>
      <script type="text/plain" data-consent="analytics" src="${SCRIPT}?name=last"></script>`);
    decisions = { analytics: true };
    const old = createConsentGate({ root: container, decisions: () => decisions, onError: () => {} });
    // A new config: the old gate goes, the new one starts while the slow script still loads.
    old.disconnect();
    startGate();
    // Added under the new gate while the old one's script still loads: it waits for that too.
    const added = document.createElement('script');
    added.type = 'text/plain';
    added.dataset.consent = 'analytics';
    added.text = "window.__gatingLog.push('added')";
    container.append(added);
    await waitUntil(() => log().includes('added'), 'the scripts the old gate had queued ran', { timeout: 5000 });
    await gate!.settled();
    expect(log()).to.deep.equal(['slow', 'inline', 'last', 'added']);
    for (const script of container.querySelectorAll('script'))
      expect(script.hasAttribute('data-consent')).to.equal(false);
  });

  it('two gates never run the same script twice', async () => {
    markup(`<script type="text/plain" data-consent="analytics">window.__gatingLog.push('once')</script>`);
    decisions = { analytics: true };
    const other = createConsentGate({ root: container, decisions: () => decisions });
    startGate();
    await Promise.all([other.settled(), gate!.settled()]);
    other.disconnect();
    expect(log()).to.deep.equal(['once']);
  });
});

describe('consent gate: iframes', () => {
  const frameMarkup = `<iframe data-consent="video" data-src="${FRAME}" width="560" height="315" title="Video"></iframe>`;

  it('loads nothing before a decision and shows a placeholder sized like the iframe', async () => {
    markup(frameMarkup);
    startGate({ placeholder: { texts: (id) => ({ blocked: `Blocked: ${id}`, allow: `Allow ${id}`, lang: 'en' }) } });
    const iframe = container.querySelector('iframe')!;
    expect(iframe.hasAttribute('src')).to.equal(false);
    expect(iframe.dataset.consentState).to.equal('blocked');
    expect(iframe.hidden).to.equal(true);
    expect(getComputedStyle(iframe).display).to.equal('none');
    const placeholder = iframe.previousElementSibling as HTMLElement;
    expect(placeholder.className).to.equal('unticked-placeholder');
    expect(placeholder.querySelector('p')!.textContent).to.equal('Blocked: video');
    const button = placeholder.querySelector('button')!;
    expect(button.textContent).to.equal('Allow video');
    expect(button.type).to.equal('button');
    expect(placeholder.hasAttribute('style'), 'no inline style').to.equal(false);
    expect(getComputedStyle(placeholder).width).to.equal('560px');
    expect(getComputedStyle(placeholder).height).to.equal('315px');
    expect(getComputedStyle(placeholder).display).to.equal('flex');
  });

  it('uses the English words with the purpose id by default', async () => {
    markup(frameMarkup);
    startGate();
    const placeholder = container.querySelector('.unticked-placeholder')!;
    expect(placeholder.querySelector('p')!.textContent).to.equal('This content is blocked until you allow “video”.');
    expect(placeholder.querySelector('button')!.textContent).to.equal('Allow “video”');
    expect(placeholder.getAttribute('lang')).to.equal('en');
  });

  it('asks for the purpose only on a trusted click, then loads once it is granted', async () => {
    markup(frameMarkup);
    const requests: [string, Element][] = [];
    startGate({
      onRequestGrant: (purposeId, element) => {
        requests.push([purposeId, element]);
        // What the prompt does: record the visitor's grant, then update the gate.
        decisions = { ...decisions, [purposeId]: true };
        gate!.update();
      },
    });
    decisions = { video: false };
    gate!.update();
    const iframe = container.querySelector('iframe')!;
    const button = container.querySelector<HTMLButtonElement>('.unticked-placeholder button')!;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(requests, "a script's click() asks for nothing").to.deep.equal([]);
    await trustedClick(button);
    expect(requests).to.deep.equal([['video', iframe]]);
    expect(iframe.getAttribute('src')).to.equal(FRAME);
    expect(iframe.dataset.consentState).to.equal('activated');
    expect(iframe.hidden).to.equal(false);
    expect(container.querySelector('.unticked-placeholder')).to.equal(null);
    await waitUntil(() => iframe.contentDocument?.querySelector('p')?.textContent === 'Embedded content.', 'loaded');
  });

  it('goes back to the placeholder after a withdrawal, unloading the page, and loads again after a new grant', async () => {
    markup(frameMarkup);
    startGate();
    decisions = { video: true };
    gate!.update();
    const iframe = container.querySelector('iframe')!;
    await waitUntil(() => iframe.contentDocument?.querySelector('p') !== null, 'loaded');
    decisions = { video: false };
    const result = gate!.update();
    expect(result.blocked).to.deep.equal([iframe]);
    expect(iframe.hasAttribute('src')).to.equal(false);
    expect(iframe.dataset.consentState).to.equal('blocked');
    expect(iframe.hidden).to.equal(true);
    expect(iframe.previousElementSibling!.className).to.equal('unticked-placeholder');
    await waitUntil(() => iframe.contentDocument?.URL === 'about:blank', 'the embedded page is unloaded');
    expect(iframe.contentDocument!.querySelector('p')).to.equal(null);
    decisions = { video: true };
    expect(gate!.update().activated).to.deep.equal([iframe]);
    await waitUntil(() => iframe.contentDocument?.querySelector('p') !== null, 'loaded again');
    expect(container.querySelectorAll('.unticked-placeholder')).to.have.length(0);
  });

  it('needs every purpose of a list, offering a button for each missing one', async () => {
    markup(`<iframe data-consent="video offers" data-src="${FRAME}"></iframe>`);
    startGate();
    decisions = { video: true, offers: false };
    gate!.update();
    const iframe = container.querySelector('iframe')!;
    expect(iframe.hasAttribute('src')).to.equal(false);
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('.unticked-placeholder button')];
    expect(buttons.map((button) => button.dataset.purpose)).to.deep.equal(['offers']);
    decisions = { video: false, offers: false };
    gate!.update();
    const again = [...container.querySelectorAll<HTMLButtonElement>('.unticked-placeholder button')];
    expect(again.map((button) => button.dataset.purpose)).to.deep.equal(['video', 'offers']);
    expect(container.querySelectorAll('.unticked-placeholder')).to.have.length(1);
    decisions = { video: true, offers: true };
    gate!.update();
    expect(iframe.getAttribute('src')).to.equal(FRAME);
  });

  it('keeps an iframe for an unknown purpose blocked', async () => {
    markup(`<iframe data-consent="vidoe" data-src="${FRAME}"></iframe>`);
    startGate();
    decisions = { video: true };
    gate!.update();
    expect(container.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
  });

  it('reports a purpose the config does not have, and offers no button for it', async () => {
    const errors: ConsentError[] = [];
    markup(`
      <iframe data-consent="vidoe" data-src="${FRAME}"></iframe>
      <iframe data-consent="video vidoe" data-src="${FRAME}"></iframe>
      <script type="text/plain" data-consent="analytic">window.__gatingLog.push('misspelt')</script>`);
    startGate({ purposes: ['video', 'analytics'], onError: (error) => errors.push(error) });
    expect(errors.map((error) => [error.code, error.path])).to.deep.equal([
      ['gating-markup', 'data-consent'],
      ['gating-markup', 'data-consent'],
      ['gating-markup', 'data-consent'],
    ]);
    expect(errors[0]!.message).to.contain('"vidoe"');
    const [alone, both] = [...container.querySelectorAll('iframe')];
    expect(alone!.previousElementSibling, 'no placeholder for a purpose nobody can grant').to.equal(null);
    const buttons = [...both!.previousElementSibling!.querySelectorAll('button')].map(
      (button) => button.dataset.purpose,
    );
    expect(buttons).to.deep.equal(['video']);
    decisions = { video: true, analytics: true };
    gate!.update();
    await gate!.settled();
    expect(log()).to.deep.equal([]);
    expect([alone, both].map((frame) => frame!.hasAttribute('src'))).to.deep.equal([false, false]);
    expect(errors, 'each reported once').to.have.length(3);
  });

  it('unloads a loaded iframe whose data-consent a script moves to a purpose not granted, and loads it when it is', async () => {
    markup(frameMarkup);
    decisions = { video: true, maps: false };
    startGate();
    const iframe = container.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).to.equal(FRAME);
    iframe.setAttribute('data-consent', 'maps');
    await waitUntil(() => !iframe.hasAttribute('src'), 'unloaded at once, not at the next decision');
    expect(iframe.getAttribute('data-consent-state')).to.equal('blocked');
    iframe.setAttribute('data-consent', 'video');
    await waitUntil(() => iframe.getAttribute('src') === FRAME, 'loaded again for a granted purpose');
  });

  it('handles iframes added later, and takes a placeholder away with its iframe', async () => {
    startGate();
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<figure>${frameMarkup}</figure>`;
    container.append(wrapper);
    await waitUntil(() => container.querySelector('.unticked-placeholder') !== null, 'placeholder shown');
    wrapper.remove();
    await waitUntil(() => wrapper.querySelector('.unticked-placeholder') === null, 'placeholder removed');
    decisions = { video: true };
    gate!.update();
    const late = document.createElement('div');
    late.innerHTML = frameMarkup;
    container.append(late);
    await waitUntil(() => late.querySelector('iframe')!.getAttribute('src') === FRAME, 'activated on arrival');
  });

  it('renders a custom placeholder whose grant requests also need trusted input', async () => {
    markup(frameMarkup);
    const requests: string[] = [];
    startGate({
      onRequestGrant: (purposeId) => requests.push(purposeId),
      placeholder: {
        render: ({ purposes, requestGrant }) => {
          const button = document.createElement('button');
          button.className = 'mine';
          button.textContent = `Show ${purposes.join(', ')}`;
          button.addEventListener('click', (event) => {
            requestGrant('video', event);
            requestGrant('not-listed', event);
          });
          return button;
        },
      },
    });
    const button = container.querySelector<HTMLButtonElement>('button.mine')!;
    expect(button.textContent).to.equal('Show video');
    button.click();
    expect(requests).to.deep.equal([]);
    await trustedClick(button);
    expect(requests).to.deep.equal(['video']);
  });

  it('without a placeholder leaves the empty iframe as it is', async () => {
    markup(frameMarkup);
    startGate({ placeholder: false });
    const iframe = container.querySelector('iframe')!;
    expect(container.querySelector('.unticked-placeholder')).to.equal(null);
    expect(iframe.hidden).to.equal(false);
    expect(iframe.hasAttribute('src')).to.equal(false);
  });

  it('disconnect removes placeholders and styles, and stops watching', async () => {
    markup(frameMarkup);
    const before = document.adoptedStyleSheets.length;
    startGate();
    expect(document.adoptedStyleSheets.length).to.equal(before + 1);
    gate!.disconnect();
    expect(document.adoptedStyleSheets.length).to.equal(before);
    expect(container.querySelector('.unticked-placeholder')).to.equal(null);
    expect(container.querySelector('iframe')!.hidden).to.equal(false);
    decisions = { video: true, analytics: true };
    const late = document.createElement('div');
    late.innerHTML = `<script type="text/plain" data-consent="analytics">window.__gatingLog.push('late')</script>`;
    await afterMutationObservers(() => container.append(late));
    expect(gate!.update().activated).to.deep.equal([]);
    expect(log()).to.deep.equal([]);
  });

  it('shows placeholders inside a shadow root, styled there', async () => {
    const host = document.createElement('div');
    container.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = frameMarkup;
    startGate({ root: shadow });
    const placeholder = shadow.querySelector<HTMLElement>('.unticked-placeholder')!;
    expect(shadow.adoptedStyleSheets).to.have.length(1);
    expect(getComputedStyle(placeholder).width).to.equal('560px');
  });
});

describe('consent gate: markup it must not let through', () => {
  function errors(): { message: string; element: Element; code: string; path: string }[] {
    const seen: { message: string; element: Element; code: string; path: string }[] = [];
    startGate({
      onError: (error, element) => {
        expect(error).to.be.instanceOf(ConsentError);
        seen.push({ message: error.message, element, code: error.code, path: error.path });
      },
    });
    return seen;
  }

  it('unloads an iframe that also has srcdoc or src, holds it back and says so', async () => {
    (window as { __srcdocRan?: number }).__srcdocRan = 0;
    markup(`
      <iframe data-consent="video" data-src="${FRAME}" srcdoc="<p>inline</p>"></iframe>
      <iframe data-consent="video" data-src="${FRAME}" src="${FRAME}?both"></iframe>`);
    const seen = errors();
    const frames = [...container.querySelectorAll('iframe')];
    for (const frame of frames) {
      expect(frame.hasAttribute('srcdoc')).to.equal(false);
      expect(frame.hasAttribute('src')).to.equal(false);
      expect(frame.dataset.consentState).to.equal('blocked');
    }
    expect(seen.map(({ element }) => element)).to.deep.equal(frames);
    expect(seen[0]!.message).to.match(/must not have src or srcdoc/);
    expect(seen.map(({ code, path }) => `${code} @ ${path}`)).to.deep.equal([
      'gating-markup @ srcdoc',
      'gating-markup @ src',
    ]);
    // Granted, each loads its data-src, as any gated iframe does.
    decisions = { video: true };
    gate!.update();
    for (const frame of frames) expect(frame.getAttribute('src')).to.equal(FRAME);
  });

  it('says whether a data-consent script without type="text/plain" ran or never will', async () => {
    const page = window as { __typedRan?: number };
    page.__typedRan = 0;
    // A page's own <script> in innerHTML never runs; the gate reads the markup as it finds it.
    markup(`
      <script data-consent="video" type="text/javascript">window.__typedRan++</script>
      <script data-consent="video" type="text/plain; charset=utf-8">window.__typedRan++</script>`);
    const seen = errors();
    expect(seen.map(({ code, path }) => `${code} @ ${path}`)).to.deep.equal([
      'gating-markup @ type',
      'gating-markup @ type',
    ]);
    expect(seen[0]!.message).to.match(/one of a script type runs when it is put in the page/);
    expect(seen[1]!.message).to.match(/is no script type, so it never runs, not even once its purposes are granted/);
    decisions = { video: true };
    gate!.update();
    expect(page.__typedRan).to.equal(0);
  });

  it('never gives an iframe a data-src that is not an http(s) address', async () => {
    const page = window as { __jsUrlRan?: number };
    page.__jsUrlRan = 0;
    markup(`
      <iframe data-consent="video" data-src="javascript:parent.__jsUrlRan=1"></iframe>
      <iframe data-consent="video" data-src=" JaVaScRiPt:parent.__jsUrlRan=2"></iframe>
      <iframe data-consent="video" data-src="data:text/html,<script>parent.__jsUrlRan=3</script>"></iframe>`);
    const seen = errors();
    decisions = { video: true };
    gate!.update();
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const frame of container.querySelectorAll('iframe')) {
      expect(frame.hasAttribute('src')).to.equal(false);
      expect(frame.dataset.consentState).to.equal('blocked');
    }
    expect(page.__jsUrlRan).to.equal(0);
    expect(seen).to.have.length(3);
    expect(seen[0]!.message).to.match(/must be an http\(s\) address/);
    expect(seen[0]).to.include({ code: 'gating-markup', path: 'data-src' });
  });

  it('splits purpose ids at ASCII whitespace only: "offers\\uFEFF" is not "offers"', async () => {
    markup(`
      <script type="text/plain" data-consent="video\uFEFF">window.__gatingLog.push('bom')</script>
      <script type="text/plain" data-consent="video\u00A0">window.__gatingLog.push('nbsp')</script>
      <script type="text/plain" data-consent="video\u3000">window.__gatingLog.push('ideographic')</script>
      <script type="text/plain" data-consent=" video\t">window.__gatingLog.push('tab')</script>`);
    decisions = { video: true };
    startGate().update();
    await gate!.settled();
    expect(log()).to.deep.equal(['tab']);
  });

  it('reports data-consent on elements it cannot hold back, also when added later', async () => {
    markup(`<img data-consent="video" alt=""><object data-consent="video"></object>`);
    const seen = errors();
    expect(seen.map(({ element }) => element.localName)).to.deep.equal(['img', 'object']);
    expect(seen[0]!.message).to.match(/Only scripts and iframes can be held back/);
    expect(seen[0]).to.include({ code: 'gating-markup', path: 'data-consent' });
    await afterMutationObservers(() => container.append(document.createElement('div')));
    const video = document.createElement('video');
    video.dataset['consent'] = 'video';
    await afterMutationObservers(() => container.append(video));
    expect(seen.map(({ element }) => element.localName)).to.deep.equal(['img', 'object', 'video']);
  });

  it('reports an SVG <script> with data-consent as markup it cannot hold back, not as a refused script', async () => {
    markup(`<svg><script type="text/plain" data-consent="video">window.__gatingLog.push('svg')</script></svg>`);
    decisions = { video: true };
    const seen = errors();
    gate!.update();
    await gate!.settled();
    expect(log()).to.deep.equal([]);
    expect(seen.map(({ element }) => element.localName)).to.deep.equal(['script']);
    expect(seen[0]).to.include({ code: 'gating-markup', path: 'data-consent' });
    expect(seen[0]!.message).to.match(/Only scripts and iframes can be held back/);
  });
});

describe('consent gate: iframes whose markup changes', () => {
  it('unloads on withdrawal even when data-src was changed or removed after it loaded', async () => {
    markup(`
      <iframe data-consent="video" data-src="${FRAME}?one"></iframe>
      <iframe data-consent="video" data-src="${FRAME}?two"></iframe>`);
    decisions = { video: true };
    startGate().update();
    const [one, two] = [...container.querySelectorAll('iframe')] as [HTMLIFrameElement, HTMLIFrameElement];
    expect([one.hasAttribute('src'), two.hasAttribute('src')]).to.deep.equal([true, true]);
    one.setAttribute('data-src', 'javascript:void 0');
    two.removeAttribute('data-src');
    decisions = { video: false };
    const result = gate!.update();
    expect(result.blocked).to.have.members([one, two]);
    expect([one.hasAttribute('src'), two.hasAttribute('src')]).to.deep.equal([false, false]);
  });

  it('does not trust a state attribute the markup brings: src beside data-src is unloaded and reported', async () => {
    markup(
      `<iframe data-consent="video" data-consent-state="activated" data-src="${FRAME}" src="${FRAME}?other"></iframe>`,
    );
    const seen: string[] = [];
    startGate({ onError: (error) => seen.push(error.message) });
    const frame = container.querySelector('iframe')!;
    expect(frame.hasAttribute('src')).to.equal(false);
    expect(seen[0]).to.match(/must not have src or srcdoc/);
    decisions = { video: true };
    gate!.update();
    expect(frame.getAttribute('src')).to.equal(FRAME);
  });

  it('unloads at once whatever a blocked iframe loads anyway, and keeps it blocked', async () => {
    markup(`<iframe data-consent="video" data-src="${EMBED}"></iframe>`);
    startGate();
    const frame = container.querySelector('iframe')!;
    const loads = embedLoads();
    // Not the gate: a script of the page (or the browser, from session history) navigates the frame.
    frame.contentWindow!.location.href = `${EMBED}?behind-the-gate`;
    // A frame's navigation can take over a second on a busy machine: waited for up to 5 s.
    await waitUntil(() => loads.length === 1, 'the page loaded in the frame', { timeout: 5000 });
    await waitUntil(() => frame.contentDocument?.URL === 'about:blank', 'and was unloaded', { timeout: 5000 });
    loads.stop();
    expect(frame.isConnected).to.equal(true);
    expect(frame.hasAttribute('src')).to.equal(false);
    expect(frame.dataset.consentState).to.equal('blocked');
    expect(frame.hidden).to.equal(true);
    expect(container.querySelectorAll('.unticked-placeholder')).to.have.length(1);
    expect(frame.previousElementSibling!.className).to.equal('unticked-placeholder');
  });

  it('never loops on the empty document of a blocked iframe with a bare sandbox attribute', async () => {
    const { frame, frameLoads } = startWithSandboxedFrame('sandbox');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(frameLoads()).to.be.below(3);
    expect(frame.dataset.consentState).to.equal('blocked');
  });

  it('unloads a sandboxed blocked iframe it cannot look into once it navigates, and never loops on its empty frame', async () => {
    const { frame, frameLoads } = startWithSandboxedFrame('sandbox="allow-scripts"');
    // Its empty document has an opaque origin: nothing tells it from a page, so it may be renewed once, not more.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(frameLoads()).to.be.below(3);
    const before = frameLoads();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(frameLoads(), 'no load after load').to.equal(before);
    const loads = embedLoads();
    const first = frame.contentWindow!;
    first.location.href = EMBED;
    await waitUntil(() => loads.length === 1, 'the page loaded in the frame');
    // A new frame (a new window) took its place.
    await waitUntil(() => frame.contentWindow !== first, 'the frame was renewed');
    loads.stop();
    expect(frame.dataset.consentState).to.equal('blocked');
    expect(frame.hasAttribute('src')).to.equal(false);
  });

  it('puts a blocked iframe’s placeholder back beside it when the iframe moves', async () => {
    markup(`<div class="a"><iframe data-consent="video" data-src="${FRAME}"></iframe></div><div class="b"></div>`);
    startGate({ placeholder: { texts: (id) => ({ blocked: `Blocked: ${id}`, allow: `Allow ${id}`, lang: 'en' }) } });
    const frame = container.querySelector('iframe')!;
    await afterMutationObservers(() => container.querySelector('.b')!.append(frame));
    const placeholders = container.querySelectorAll('.unticked-placeholder');
    expect(placeholders).to.have.length(1);
    expect(placeholders[0]!.nextElementSibling).to.equal(frame);
  });
});
