// The page the README's first command serves (`npm start`, then /demo/): the playground, previewing the annual
// spending report that started this project.
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { setViewport } from '@web/test-runner-commands';
import { openPlayground, sizePage } from './playground-helpers.js';

describe('demo/ (npm start)', function () {
  this.timeout(20_000);
  before(sizePage);
  after(() => setViewport({ width: 800, height: 600 }));

  it('is the playground, previewing the annual report with every optional purpose unticked', async () => {
    const playground = await openPlayground('', '/demo/');
    try {
      expect(playground.doc.title).to.equal('unticked playground');
      expect(playground.$<HTMLSelectElement>('#preset').value).to.equal('annual-report');
      const prompt = playground.prompt();
      expect(prompt.layout).to.equal('banner');
      const toggles = [...prompt.shadowRoot!.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
      expect(toggles.map((t) => t.dataset['purpose'])).to.deep.equal(['credit-scoring', 'offers', 'partner-sharing']);
      expect(toggles.every((t) => !t.checked)).to.equal(true);
      // The ready event follows the first render once storage has been read: wait for it to be logged.
      await waitUntil(
        () => playground.$('#event-log').textContent?.includes('consent-ready'),
        'consent-ready is logged',
        { timeout: 5000 },
      );
      expect(playground.$('#problem-summary').textContent).to.equal('The config is valid.');
    } finally {
      playground.remove();
    }
  });
});
