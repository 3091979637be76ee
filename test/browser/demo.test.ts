// The demo page the README's first command serves: the annual spending report with the prompt and a live log.
import { expect, waitUntil } from '@open-wc/testing';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';

describe('demo/index.html', () => {
  it('shows the annual report with the prompt, logs its events, and switches layout and language', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    frame.src = '/demo/index.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    const log = doc.querySelector('#event-log')!;
    await waitUntil(() => log.textContent!.includes('consent-ready'), 'consent-ready is logged', { timeout: 8000 });
    const prompt = doc.querySelector<ConsentPrompt>('consent-prompt')!;
    await prompt.updateComplete;
    const toggles = [...prompt.shadowRoot!.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    expect(toggles.map((t) => t.dataset['purpose'])).to.deep.equal(['credit-scoring', 'offers', 'partner-sharing']);
    expect(toggles.every((t) => !t.checked)).to.equal(true);

    const layout = doc.querySelector<HTMLSelectElement>('#layout')!;
    layout.value = 'inline';
    layout.dispatchEvent(new Event('change'));
    await prompt.updateComplete;
    expect(prompt.layout).to.equal('inline');
    expect(doc.querySelector('#inline-slot')!.contains(prompt)).to.equal(true);

    const language = doc.querySelector<HTMLSelectElement>('#language')!;
    expect(language.options.length).to.be.at.least(51);
    language.value = 'zh-CN';
    language.dispatchEvent(new Event('change'));
    const acceptAll = () => prompt.shadowRoot!.querySelector('button[data-action="accept-all"]')!.textContent!.trim();
    await waitUntil(() => acceptAll() === '全部接受', 'switches to Simplified Chinese', { timeout: 5000 });
    frame.remove();
  });
});
