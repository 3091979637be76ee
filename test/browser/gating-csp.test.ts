// Gated scripts and iframes on a page with a strict nonce-based CSP that enforces Trusted Types.
import { expect, waitUntil } from '@open-wc/testing';
import type { ConsentGate } from '../../src/gating/index.js';
import type { Decisions } from '../../src/core/consent/decisions.js';

interface GatedPage extends Window {
  __violations: { directive: string; blocked: string; sample: string }[];
  __gatingLog?: string[];
  __decisions: Decisions | null;
  __gate?: ConsentGate;
  __gateErrors: string[];
}

async function openPage(): Promise<{ frame: HTMLIFrameElement; win: GatedPage; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '600';
  frame.src = '/test/pages/gating-csp.html';
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
});
