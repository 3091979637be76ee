// Popovers positioned with Floating UI: glossary explanations of terms in the clause text, and who receives a
// purpose's data. They stay inside small viewports, close on Escape and outside clicks, return focus, and are
// reachable by keyboard and screen readers. The clause text itself stays exactly as written.
import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ConsentConfig } from '../../src/core/config/types.js';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { digestText } from '../../src/core/receipt/digest.js';
import { annualReport, renderPrompt, shadow, action, trustedClick } from './helpers.js';

const EXPLANATION = 'A number that estimates how likely you are to repay a loan, computed from your records.';

async function withGlossary(): Promise<ConsentConfig> {
  const config = (await annualReport()) as ConsentConfig & { glossary?: Record<string, Record<string, string>> };
  config.glossary = {
    'credit score': { en: EXPLANATION },
    信用评分: { 'zh-CN': '根据您的记录估计您偿还贷款可能性的数值。' },
  };
  return config;
}

const clauseOf = (element: ConsentPrompt, id: string) =>
  shadow(element).querySelector<HTMLElement>(`li[data-purpose="${id}"] [part="clause"]`)!;
const panelOf = (element: ConsentPrompt) => shadow(element).querySelector<HTMLElement>('[part="info-popover"]')!;

describe('popovers', () => {
  afterEach(async () => {
    document.querySelectorAll('consent-prompt').forEach((el) => el.remove());
    await setViewport({ width: 800, height: 600 });
  });

  it('marks the first occurrence of each term only, longest first, so a common term cannot flood the page', async () => {
    const config = (await annualReport()) as ConsentConfig & { glossary?: Record<string, Record<string, string>> };
    const purpose = config.purposes.find((p) => p.id === 'credit-scoring')!;
    // A valid config: a one-letter term in a long clause, and a longer term that contains another.
    const text = `${'a '.repeat(4000)}credit score, a credit score and a score.`;
    (purpose.clause as Record<string, string>)['en'] = text;
    config.glossary = {
      a: { en: 'The first letter.' },
      score: { en: 'A number.' },
      'credit score': { en: EXPLANATION },
    };
    const element = await renderPrompt(config);
    const clause = clauseOf(element, 'credit-scoring');
    expect(clause.textContent).to.equal(text);
    const terms = [...clause.querySelectorAll('[part="term"]')].map((button) => button.textContent);
    expect(terms).to.deep.equal(['a', 'credit score', 'score']);
    // The same split is reused when a toggle re-renders the prompt.
    await trustedClick(shadow(element).querySelector('input[data-purpose="offers"]')!);
    await element.updateComplete;
    expect(clause.querySelectorAll('[part="term"]')).to.have.length(3);
  });

  it('marks glossary terms in the clause without changing its text, and explains them', async () => {
    const config = await withGlossary();
    const element = await renderPrompt(config);
    const clause = clauseOf(element, 'credit-scoring');
    const original = config.purposes.find((p) => p.id === 'credit-scoring')!.clause['en']!;
    expect(clause.textContent).to.equal(original);
    const term = clause.querySelector<HTMLButtonElement>('[part="term"]')!;
    expect(term.textContent).to.equal('credit score');
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    await trustedClick(term);
    const panel = panelOf(element);
    await waitUntil(() => panel.hasAttribute('data-positioned'), 'the popover is placed');
    expect(panel.hidden).to.equal(false);
    expect(panel.getAttribute('role')).to.equal('dialog');
    expect(panel.textContent).to.contain(EXPLANATION);
    expect(term.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(element).activeElement).to.equal(panel);
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(panel.hidden).to.equal(true);
    expect(shadow(element).activeElement).to.equal(term);
  });

  it('explains in the visitor’s language, and the receipt’s digest is of the text as written', async () => {
    const config = await withGlossary();
    const element = await renderPrompt(config, { lang: 'zh-CN' });
    const clause = clauseOf(element, 'credit-scoring');
    const term = clause.querySelector<HTMLButtonElement>('[part="term"]')!;
    expect(term.textContent).to.equal('信用评分');
    await trustedClick(term);
    const panel = panelOf(element);
    await waitUntil(() => panel.hasAttribute('data-positioned'), 'the popover is placed');
    expect(panel.querySelector('.info-text')!.getAttribute('lang')).to.equal('zh-CN');
    await trustedClick(shadow(element).querySelector('[part="heading"]')!);
    await element.updateComplete;
    expect(panel.hidden, 'an outside click closes it').to.equal(true);
    const decision = oneEvent(element, 'consent-decision');
    await trustedClick(action(element, 'reject-all'));
    const { receipt } = (await decision).detail;
    const entry = receipt!.payload['urn:unticked:consent'].decisions.find(
      (d: { purpose: string }) => d.purpose === 'credit-scoring',
    )!;
    expect(entry.digest).to.equal(
      await digestText(config.purposes.find((p) => p.id === 'credit-scoring')!.clause['zh-CN']!),
    );
  });

  it('explains in the clause’s language when it can, and says so when it cannot', async () => {
    const config = await withGlossary();
    // The English clause names "credit score"; its explanation exists only in Chinese.
    (config as ConsentConfig & { glossary: Record<string, Record<string, string>> }).glossary['credit score'] = {
      'zh-CN': '根据您的记录估计您偿还贷款可能性的数值。',
    };
    const element = await renderPrompt(config, { lang: 'en' });
    const term = clauseOf(element, 'credit-scoring').querySelector<HTMLButtonElement>('[part="term"]')!;
    await trustedClick(term);
    const panel = panelOf(element);
    await waitUntil(() => panel.hasAttribute('data-positioned'), 'the popover is placed');
    expect(panel.querySelector('.info-text')!.getAttribute('lang')).to.equal('zh-CN');
    const notice = panel.querySelector('[part="language-notice"]');
    expect(notice, 'a notice that the explanation is in another language').to.not.equal(null);
    expect(notice!.textContent).to.contain('English').and.to.contain('Chinese');

    // With an English explanation, an English reader gets it, and no notice.
    const honest = await withGlossary();
    const second = await renderPrompt(honest, { lang: 'en' });
    await trustedClick(clauseOf(second, 'credit-scoring').querySelector<HTMLButtonElement>('[part="term"]')!);
    const secondPanel = panelOf(second);
    await waitUntil(() => secondPanel.hasAttribute('data-positioned'), 'the popover is placed');
    expect(secondPanel.querySelector('.info-text')!.getAttribute('lang')).to.equal('en');
    expect(secondPanel.querySelector('[part="language-notice"]')).to.equal(null);
  });

  it('shows who receives a purpose’s data, with each contact', async () => {
    const element = await renderPrompt(await annualReport());
    const button = shadow(element).querySelector<HTMLButtonElement>('[data-recipients="partner-sharing"]')!;
    await trustedClick(button);
    const panel = panelOf(element);
    await waitUntil(() => panel.hasAttribute('data-positioned'), 'the popover is placed');
    const config = await annualReport();
    for (const party of config.purposes.find((p) => p.id === 'partner-sharing')!.thirdParties!) {
      expect(panel.textContent).to.contain(party.name);
      expect(panel.textContent).to.contain(party.contact);
    }
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(panel.hidden).to.equal(true);
    expect(shadow(element).activeElement).to.equal(button);
  });

  it('stays inside a small viewport', async () => {
    await setViewport({ width: 320, height: 480 });
    const element = await renderPrompt(await withGlossary());
    const term = clauseOf(element, 'partner-sharing').querySelector<HTMLButtonElement>('[part="term"]')!;
    term.scrollIntoView({ block: 'end' });
    await trustedClick(term);
    const panel = panelOf(element);
    await waitUntil(() => panel.hasAttribute('data-positioned'), 'the popover is placed');
    const box = panel.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(window.innerWidth);
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(window.innerHeight);
  });
});
