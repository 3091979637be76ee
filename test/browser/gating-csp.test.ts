// Gated scripts and iframes on a page with a strict nonce-based CSP that enforces Trusted Types.
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { ConsentGate } from '../../src/gating/index.js';
import type { Decisions } from '../../src/core/consent/decisions.js';

interface GatedPage extends Window {
  __violations: { directive: string; blocked: string; sample: string }[];
  __gatingLog?: string[];
  __decisions: Decisions | null;
  __gate?: ConsentGate;
  __gateErrors: string[];
  __gateReports: { code: string; path: string; id: string; inPage: boolean; blocked: string | undefined }[];
}

/** Opens the page; `nonceOptional` starts its gate without `requireNonce`, leaving scripts without it to the CSP. */
async function openPage({ nonceOptional = false } = {}): Promise<{
  frame: HTMLIFrameElement;
  win: GatedPage;
  doc: Document;
}> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '600';
  frame.src = `/test/pages/gating-csp.html${nonceOptional ? '?nonce=optional' : ''}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as GatedPage;
  await waitUntil(() => win.__gate !== undefined, 'the page started its gate', { timeout: 8000 });
  return { frame, win, doc: frame.contentDocument! };
}

describe('consent gate under a strict CSP (nonces, Trusted Types)', () => {
  it('runs nothing before a decision and shows a styled placeholder, with zero violations', async () => {
    const { frame, win, doc } = await openPage();
    await win.__gate!.settled();
    expect(win.__gatingLog ?? []).to.deep.equal([]);
    const iframe = doc.querySelector('iframe')!;
    expect(iframe.hasAttribute('src')).to.equal(false);
    const placeholder = doc.querySelector<HTMLElement>('.unticked-placeholder')!;
    expect(placeholder.querySelector('p')!.textContent).to.equal('Blocked until you allow video.');
    // The adopted stylesheet applies under style-src 'self'; no style attribute was needed.
    const style = win.getComputedStyle(placeholder);
    expect(style.display).to.equal('flex');
    expect(style.width).to.equal('400px');
    expect(style.height).to.equal('200px');
    expect(doc.querySelector('[style]')).to.equal(null);
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });

  it('runs granted scripts with their nonce, through the unticked-gate policy, in order, with zero violations', async () => {
    const { frame, win, doc } = await openPage();
    win.__decisions = { analytics: true, offers: false, video: true };
    const result = win.__gate!.update();
    await win.__gate!.settled();
    await waitUntil(() => (win.__gatingLog ?? []).includes('external-2'), 'the last script ran');
    expect(win.__gatingLog).to.deep.equal(['external-1', 'inline', 'module', 'external-2']);
    expect(result.activated).to.have.length(5, 'four scripts and the iframe');
    // The injected script (no nonce) stayed blocked without ever reaching the CSP.
    expect(win.__gateErrors).to.have.length(1);
    expect(win.__gateErrors[0]).to.contain('nonce');
    const iframe = doc.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).to.equal('/test/pages/gating-frame.html');
    await waitUntil(() => iframe.contentDocument?.querySelector('p') !== null, 'the iframe loaded');
    expect(doc.querySelector('.unticked-placeholder')).to.equal(null);
    expect(win.__violations).to.deep.equal([]);

    // The page really enforces its policy: a plain string into a script sink is refused and recorded.
    if ('trustedTypes' in win) {
      const probe = doc.createElement('script');
      let refusal: unknown;
      try {
        probe.text = 'window.__probe = 1';
      } catch (error) {
        refusal = error;
      }
      // The frame's own TypeError: compare by name, not by this window's class.
      expect((refusal as Error | undefined)?.name).to.equal('TypeError');
      await waitUntil(() => win.__violations.length > 0, 'the refusal is reported');
      expect(win.__violations[0]!.directive).to.equal('require-trusted-types-for');
    }
    frame.remove();
  });

  it('reports a granted script the CSP refuses (no nonce, another origin) as gating-failed, naming it', async () => {
    const { frame, win, doc } = await openPage({ nonceOptional: true });
    win.__decisions = { analytics: true, partners: true, offers: false, video: false };
    const result = win.__gate!.update();
    expect(result.activated).to.have.length(6, 'the four scripts with the nonce, the one without, the foreign one');
    await win.__gate!.settled();
    await waitUntil(() => win.__gateReports.length >= 2, 'both refusals are reported', { timeout: 5000 });
    const byId = [...win.__gateReports].sort((a, b) => a.id.localeCompare(b.id));
    // The element named is the script the gate put in the page; the cause is the browser's violation event.
    expect(byId).to.deep.equal([
      { code: 'gating-failed', path: 'script', id: 'foreign', inPage: true, blocked: 'https://scripts.invalid/tag.js' },
      { code: 'gating-failed', path: 'script', id: 'injected', inPage: true, blocked: 'inline' },
    ]);
    expect(win.__gateErrors.join('\n')).to.contain('https://scripts.invalid/tag.js');
    expect(win.__gatingLog).to.deep.equal(['external-1', 'inline', 'module', 'external-2']);
    // The browser refused both, as the page's own violation log shows.
    expect(win.__violations.map((violation) => violation.blocked)).to.have.members([
      'inline',
      'https://scripts.invalid/tag.js',
    ]);
    expect(doc.getElementById('injected')!.getAttribute('type')).to.equal(null);
    // Neither ran: withdrawing partners leaves nothing that would need a reload.
    win.__decisions = { analytics: true, partners: false, offers: false, video: false };
    expect(win.__gate!.update().stillRunning).to.deep.equal([]);
    frame.remove();
  });

  it('reports no refusal of a script it did not activate, nor one that comes after it disconnects', async () => {
    const { frame, win, doc } = await openPage({ nonceOptional: true });
    // Scripts are made in this (unenforced) document and moved into the page: under Trusted Types the page itself
    // could not give them their text or src. Moving them is no sink, and the CSP still judges them when inserted.
    const script = (id: string, attributes: Record<string, string>, text = ''): HTMLScriptElement => {
      const element = document.createElement('script');
      element.id = id;
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      element.text = text;
      return element;
    };
    // Another origin, which script-src allows only with the nonce; answered late, so that it is still loading when
    // the CSP refuses the page's own script from the same address.
    const crossOrigin = `http://127.0.0.1:${location.port}/test/pages/gating-script.js?name=cross&delay=400`;
    win.__decisions = { analytics: false, partners: true, offers: false, video: false };
    win.__gate!.update();
    // A gated script from there, with the nonce (it loads), then the page's own scripts the CSP refuses at once:
    // inline without the nonce, and from the same address without it. Neither is the gate's to report.
    const cross = script('cross', { type: 'text/plain', 'data-consent': 'partners', nonce: 'XYZ', src: crossOrigin });
    doc.body.append(cross);
    await waitUntil(() => !cross.isConnected, 'the gate put its copy of the gated script in the page');
    doc.body.append(script('plain', {}, 'window.__plain = true'), script('plain-external', { src: crossOrigin }));
    // The script is answered 400 ms late; a loaded machine (the whole suite in two browsers) needs more than the
    // default second. Say what happened instead when it does not run.
    const state = (): string =>
      JSON.stringify({ log: win.__gatingLog, violations: win.__violations, reports: win.__gateReports });
    await waitUntil(() => (win.__gatingLog ?? []).includes('cross'), 'the gated cross-origin script ran', {
      timeout: 5000,
    }).catch((error: Error) => {
      throw new Error(`${error.message}: ${state()}`);
    });
    await waitUntil(() => win.__violations.length === 3, 'the CSP refused the foreign and the two plain scripts', {
      timeout: 5000,
    });
    expect(win.__violations.map((violation) => violation.blocked)).to.have.members([
      'https://scripts.invalid/tag.js',
      'inline',
      crossOrigin,
    ]);
    await waitUntil(() => win.__gateReports.length > 0, 'the refusal of the foreign script is reported', {
      timeout: 5000,
    });

    // A gated script added now is put in the page before the browser reports refusing it: the gate is gone by then.
    const late = script('late', { type: 'text/plain', 'data-consent': 'partners' }, 'window.__late = true');
    doc.body.append(late);
    await win.__gate!.settled();
    expect(late.isConnected).to.equal(false, 'the gate put its copy in the page');
    win.__gate!.disconnect();
    await waitUntil(() => win.__violations.length === 4, 'the CSP refused the late one too', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.__gateReports.map((report) => report.id)).to.deep.equal(['foreign']);
    expect(win.__gatingLog).to.deep.equal(['cross']);
    frame.remove();
  });
});
