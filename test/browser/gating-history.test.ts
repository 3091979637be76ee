// The gate and the tab's session history: unloading an iframe adds no entry, and the browser's Back button never
// brings a withdrawn embed back into a frame the gate holds back.
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { ConsentGate } from '../../src/gating/index.js';
import type { Decisions } from '../../src/core/consent/decisions.js';

interface TestWindow extends Window {
  __historyDecisions?: Decisions | null;
  __historyOwnScript?: boolean;
}

interface VisitedPage extends Window {
  __gate?: ConsentGate;
  __started?: boolean;
}

const tests = window as TestWindow;
// A page with a gated iframe in its markup, and one without: the visitor goes from one to the other and back.
const VISITED = '/test/pages/gating-history.html';
const ELSEWHERE = '/test/pages/gating-frame.html';

// Stands for the visitor's tab: its navigations and its Back are real history operations of this window's session
// history, and never take the test page itself away.
let tab: HTMLIFrameElement;
let embedLoads: string[];

function onMessage(event: MessageEvent): void {
  const data = event.data as { embedLoaded?: string } | null;
  if (typeof data?.embedLoaded === 'string') embedLoads.push(data.embedLoaded);
}

function shown(): VisitedPage {
  return tab.contentWindow as VisitedPage;
}

function path(): string | undefined {
  return shown().location.pathname;
}

/** Waits until the tab shows `url` with its script done. */
async function arrived(url: string): Promise<VisitedPage> {
  await waitUntil(() => path() === url && shown().document.readyState === 'complete', `the tab shows ${url}`, {
    timeout: 8000,
  });
  if (url === VISITED) await waitUntil(() => shown().__started === true, 'the page ran its script');
  return shown();
}

/** Opens the visited page the way a visitor does: from another page, so that Back has somewhere to go. */
async function visit(): Promise<VisitedPage> {
  tab.src = ELSEWHERE;
  document.body.append(tab);
  await arrived(ELSEWHERE);
  shown().location.href = VISITED;
  return arrived(VISITED);
}

/** Lets messages on their way arrive (each embed that loads posts one). */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 400));
}

beforeEach(() => {
  embedLoads = [];
  tests.__historyDecisions = null;
  tests.__historyOwnScript = false;
  window.addEventListener('message', onMessage);
  tab = document.createElement('iframe');
  tab.width = '400';
  tab.height = '300';
});

afterEach(() => {
  window.removeEventListener('message', onMessage);
  tab.remove();
});

describe('consent gate: iframes and the session history', () => {
  it('unloads on withdrawal without adding to the history: Back leaves the page, it does not reload the embed', async () => {
    tests.__historyDecisions = { video: true };
    const page = await visit();
    const iframe = page.document.querySelector('iframe')!;
    await waitUntil(() => embedLoads.length === 1, 'the embed loaded');
    const length = history.length;
    expect(length, 'room in the session history to see it grow').to.be.below(50);
    tests.__historyDecisions = { video: false };
    expect(page.__gate!.update().blocked).to.deep.equal([iframe]);
    await waitUntil(() => iframe.contentDocument?.URL === 'about:blank', 'the embed is unloaded');
    expect(history.length, 'no entry added').to.equal(length);
    expect(iframe.isConnected).to.equal(true);
    expect(iframe.hasAttribute('src')).to.equal(false);
    expect(iframe.dataset.consentState).to.equal('blocked');
    expect(iframe.previousElementSibling!.className).to.equal('unticked-placeholder');
    // The visitor presses Back: the tab goes back to the page before, and the embed is not requested again.
    shown().history.back();
    await arrived(ELSEWHERE);
    await settle();
    expect(embedLoads).to.deep.equal(['/test/pages/gating-embed.html']);
  });

  it('after a withdrawal on another page, Back to the page loads nothing into its iframe', async () => {
    tests.__historyDecisions = { video: true };
    await visit();
    await waitUntil(() => embedLoads.length === 1, 'the embed loaded');
    shown().location.href = ELSEWHERE;
    await arrived(ELSEWHERE);
    // Withdrawn there (or in another tab); then Back loads the page again, its iframe created by the parser.
    tests.__historyDecisions = { video: false };
    shown().history.back();
    const page = await arrived(VISITED);
    const iframe = page.document.querySelector('iframe')!;
    await settle();
    expect(embedLoads, 'the browser restored nothing into the frame').to.have.length(1);
    expect(iframe.contentDocument?.URL).to.equal('about:blank');
    expect(iframe.hasAttribute('src')).to.equal(false);
    expect(iframe.dataset.consentState).to.equal('blocked');
  });

  it('unloads at once a page the browser restores into a blocked iframe the page had navigated itself', async () => {
    // The first visit's own script gives the parsed frame its address, as versions before this one did: browsers
    // restore that frame's address from session history when the visitor comes back, before any script runs.
    tests.__historyOwnScript = true;
    await visit();
    await waitUntil(() => embedLoads.length === 1, 'the embed loaded');
    shown().location.href = ELSEWHERE;
    await arrived(ELSEWHERE);
    tests.__historyOwnScript = false;
    tests.__historyDecisions = { video: false };
    shown().history.back();
    const page = await arrived(VISITED);
    const iframe = page.document.querySelector('iframe')!;
    await waitUntil(() => iframe.contentDocument?.URL === 'about:blank', 'what the browser restored is unloaded');
    await settle();
    expect(iframe.contentDocument?.URL).to.equal('about:blank');
    expect(iframe.hasAttribute('src')).to.equal(false);
    expect(iframe.dataset.consentState).to.equal('blocked');
    expect(iframe.hidden).to.equal(true);
    expect(iframe.previousElementSibling!.className).to.equal('unticked-placeholder');
  });
});
