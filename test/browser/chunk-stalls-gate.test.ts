// The gate for data-consent content, whose request the server accepts and never answers: the load is given up
// after a while, and the host hears why while gated content stays held back. Its own page (see stall.ts).
import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { rejections, stall } from './stall.js';
import { action, annualReport, collect, heldScript, renderPrompt, trustedClick } from './helpers.js';

describe('<consent-prompt> when a part it loads later never arrives', () => {
  it('reports chunk-load and keeps gated content held back when the gate stalls', async () => {
    stall('gate');
    const gated = heldScript('offers', 'window.__stalledGateRan = 1;');
    try {
      const element = await renderPrompt(await annualReport());
      const errors = collect(element, 'consent-error');
      const decision = oneEvent(element, 'consent-decision');
      await trustedClick(action(element, 'accept-all'));
      expect((await decision).detail.decisions['offers']).to.equal(true);
      const gate = () => errors.find((event) => event.detail.problems[0]?.path === 'data-consent')?.detail.problems[0];
      await waitUntil(() => gate() !== undefined, 'the host hears the gate did not load');
      expect(gate()!.code).to.equal('chunk-load');
      expect((window as { __stalledGateRan?: number }).__stalledGateRan).to.equal(undefined);
      expect(gated.type).to.equal('text/plain');
      expect(rejections.map(String)).to.deep.equal([]);
    } finally {
      gated.remove();
      delete (window as { __stalledGateRan?: number }).__stalledGateRan;
    }
  });
});
