// The code that writes a decision (stored-value), whose request the server accepts and never answers: the load is
// given up after a while, and the host hears the decision was not stored, as when the code answers an error. Its
// own page (see stall.ts).
import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { rejections, stall } from './stall.js';
import { action, annualReport, collect, renderPrompt, trustedClick } from './helpers.js';

describe('<consent-prompt> when a part it loads later never arrives', () => {
  it('tells the host it could not store a decision when the stored-value code stalls', async () => {
    stall('stored-value');
    const element = await renderPrompt(await annualReport());
    const storageErrors = collect(element, 'consent-storage-error');
    const decision = oneEvent(element, 'consent-decision');
    await trustedClick(action(element, 'reject-all'));
    expect((await decision).detail.decisions['offers']).to.equal(false);
    await waitUntil(() => storageErrors.length > 0, 'the host hears the decision was not stored');
    expect(storageErrors[0]!.detail.message).to.contain('did not load within');
    expect(rejections.map(String)).to.deep.equal([]);
  });
});
