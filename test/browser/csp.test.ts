import { expect, waitUntil } from '@open-wc/testing';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';

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
      expect(getComputedStyle(action).fontWeight, id).to.equal('600');
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
