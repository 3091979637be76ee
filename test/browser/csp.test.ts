import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
// Registers a beforeEach that clears remembered decisions: the pages below share this origin's storage.
import './helpers.js';

interface CspWindow extends Window {
  __violations: { directive: string; blocked: string; sample: string }[];
  __ready: string[];
  __errors: unknown[];
}

describe('under a strict Content-Security-Policy', () => {
  it('shows the prompt in every layout with zero violations', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '700px';
    frame.src = '/test/pages/csp.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as CspWindow;
    await waitUntil(() => win.__ready?.length === 3, 'three prompts ready', { timeout: 8000 });
    const doc = frame.contentDocument!;
    for (const id of ['banner', 'inline', 'dialog']) {
      const prompt = doc.getElementById(id) as ConsentPrompt;
      await prompt.updateComplete;
      const root = prompt.shadowRoot!;
      expect(root.querySelectorAll('input[role="switch"]').length, id).to.equal(3);
      expect(root.querySelectorAll('button[part="action"]').length, id).to.equal(3);
      // Styles applied (constructable stylesheets are allowed by style-src 'self').
      const action = root.querySelector('button[part="action"]')!;
      expect(getComputedStyle(action).fontWeight, id).to.equal('700');
    }
    const inline = doc.getElementById('inline') as ConsentPrompt;
    expect(inline.shadowRoot!.querySelector('button[data-action="reject-all"]')!.textContent!.trim()).to.equal(
      '全部拒绝',
    );
    expect(win.__errors).to.deep.equal([]);
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });
});

interface FullCspWindow extends Window {
  __violations: { directive: string; blocked: string; sample: string }[];
  __events: { type: string; detail: Record<string, unknown> }[];
  __gatedInline?: number;
  __gatingLog?: string[];
  dataLayer?: IArguments[];
}

describe('the whole journey under a strict Content-Security-Policy', () => {
  it('switches language, decides, signs a receipt, runs gated scripts with the nonce, and tells Google tags: zero violations', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '900px';
    frame.src = '/test/pages/csp-full.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as FullCspWindow;
    await waitUntil(() => win.__events?.some((e) => e.type === 'consent-ready'), 'ready', { timeout: 8000 });
    const prompt = frame.contentDocument!.getElementById('prompt') as ConsentPrompt;
    // The head script set the Consent Mode default before anything else.
    expect([...win.dataLayer![0]!]).to.deep.include('default');

    prompt.lang = 'zh-CN';
    await waitUntil(
      () => prompt.shadowRoot!.querySelector('button[data-action="accept-all"]')!.textContent!.trim() === '全部接受',
      'the prompt switches to Chinese',
      { timeout: 5000 },
    );
    expect(win.__gatedInline).to.equal(undefined);

    const button = prompt.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="accept-all"]')!;
    button.scrollIntoView({ block: 'center' });
    // The switch to Chinese also brings a notice under each clause: the button moves until that layout is done.
    // Clicked where it is once it stays put for two frames (a click computed earlier can miss it on a loaded machine).
    const frames = () => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
    let inner = button.getBoundingClientRect();
    for (let tries = 0; tries < 20; tries++) {
      await frames();
      const now = button.getBoundingClientRect();
      if (now.x === inner.x && now.y === inner.y) break;
      inner = now;
    }
    const outer = frame.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(outer.x + inner.x + inner.width / 2), Math.round(outer.y + inner.y + inner.height / 2)],
    });
    await resetMouse();
    await waitUntil(() => win.__events.some((e) => e.type === 'consent-decision'), 'a decision', {
      timeout: 10_000,
    }).catch((error: Error) => {
      // Say what came instead (a refused click comes as a consent-error).
      const seen = win.__events.map((e) => `${e.type} ${JSON.stringify(e.detail).slice(0, 300)}`).join('\n');
      throw new Error(`${error.message}; events seen:\n${seen}`);
    });
    const decision = win.__events.find((e) => e.type === 'consent-decision')!.detail as {
      source: string;
      receipt: { jws: string } | null;
    };
    expect(decision.source).to.equal('visitor');
    expect(decision.receipt!.jws.split('.')).to.have.length(3);
    await waitUntil(() => win.__gatedInline === 1, 'the gated inline script runs with the nonce', { timeout: 5000 });
    await waitUntil(() => win.__gatingLog?.includes('csp-full'), 'the gated external script runs', { timeout: 5000 });
    const updates = win.dataLayer!.map((entry) => [...entry]).filter((entry) => entry[1] === 'update');
    expect((updates.at(-1)![2] as Record<string, string>)['ad_personalization']).to.equal('granted');
    expect(win.__events.filter((e) => e.type === 'consent-error')).to.deep.equal([]);
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });
});

describe('a page script that ran before the elements loaded', () => {
  it('cannot make scripted clicks count as the visitor’s by handing out an isTrusted getter that lies', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '900px';
    frame.src = '/test/pages/preloaded-lies.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as CspWindow;
    await waitUntil(() => win.__ready?.length === 1, 'the prompt ready', { timeout: 8000 });
    const prompt = frame.contentDocument!.getElementById('inline') as ConsentPrompt;
    await prompt.updateComplete;
    const decided: unknown[] = [];
    prompt.addEventListener('consent-decision', (event) => decided.push(event));
    const root = prompt.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[data-purpose="partner-sharing"]')!.click();
    root.querySelector<HTMLButtonElement>('button[data-action="save"]')!.click();
    root.querySelector<HTMLButtonElement>('button[data-action="accept-all"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(decided).to.deep.equal([]);
    expect(prompt.decisions).to.equal(null);
    expect(root.querySelector<HTMLInputElement>('input[data-purpose="partner-sharing"]')!.matches(':checked')).to.equal(
      false,
    );
    frame.remove();
  });
});
