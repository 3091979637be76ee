// Wording the dark-pattern linter must catch that an audit found it passing: placeholder recipient names, implied
// consent, titles that name no purpose, stock vague phrasings, sharing and sensitive data in more words, a necessary
// purpose with an analytics or data-sale DPV purpose, and nudging. Each with the fair wording it must leave alone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { lintConfig } from '../../src/core/lint/index.js';
import type { LintRuleId } from '../../src/core/lint/index.js';
import { oneLanguageConfig } from '../fixtures/lint-config.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FIXTURE_TEXT = readFileSync(new URL('../fixtures/annual-report.json', import.meta.url), 'utf8');
const fixture = (): Json => JSON.parse(FIXTURE_TEXT) as Json;

/** A config in one language whose purposes[0] is the purpose under test. */
const oneLanguage = (language: string, jurisdiction: string, title: string, clause: string): Json =>
  oneLanguageConfig(language, { title, clause }, jurisdiction);

/** The warnings (not info) of `rule` for `config`, which must be valid. */
function warned(config: Json, rule: LintRuleId): string[] {
  const result = lintConfig(config);
  assert.equal(result.valid, true, JSON.stringify(result.findings));
  return result.findings.filter((f) => f.rule === rule && f.severity !== 'info').map((f) => f.path);
}

const TAIL = ' we use your spending categories to choose which offers to show you in the app.';

describe('lint wording found passing by an audit', () => {
  it('third-parties-unnamed: a recipient "named" by its kind or a placeholder names no one', () => {
    for (const name of [
      'Our partners',
      'Third parties',
      'Selected partners',
      'Advertising partners',
      '第三方',
      '合作伙伴',
      'N/A',
      '-',
      // Kinds and placeholders in Chinese, Japanese and French, and names that add others they do not name.
      '第三方合作伙伴',
      '广告合作伙伴',
      '关联方',
      '暂无',
      '无',
      '未知',
      '広告パートナー',
      '提携先',
      'Partenaires publicitaires',
      'Google and others',
      'Google, Meta, etc.',
      'Google 等',
      '谷歌等',
      // Counted, qualified or compounded kinds are still kinds.
      '1,400 partners',
      'our 800 partners',
      'IAB TCF vendors',
      'Our ad tech partners',
      'Adtech partners',
      'Data brokers',
      'Ad networks',
      'Partnerunternehmen',
      'Werbenetzwerke',
      'Drittanbieter',
      'sociétés partenaires',
      'socios comerciales',
      'パートナー企業',
      '合作伙伴公司',
      '数据经纪商',
    ]) {
      const config = fixture();
      config.purposes[3].thirdParties = [{ name, contact: 'privacy@pay.example' }];
      assert.deepEqual(warned(config, 'third-parties-unnamed'), ['purposes[3].thirdParties[0].name'], name);
    }
    for (const name of [
      'Partners Bank AG',
      'Example Consumer Finance Co.',
      'Third Party Trust Ltd',
      'Smith and Sons Ltd',
      '蚂蚁集团',
      'Example Rentals Ltd.',
      'Allianz Partners SAS',
      'Meta Platforms Ireland Limited',
      'The Trade Desk',
      // "& Co." ends company names (Merck & Co.): not read as "and others".
      'Merck & Co.',
    ]) {
      const config = fixture();
      config.purposes[3].thirdParties = [{ name, contact: 'privacy@pay.example' }];
      assert.deepEqual(warned(config, 'third-parties-unnamed'), [], name);
    }
  });

  it('implied-consent-wording: scrolling, going on and opting out counted as agreement', () => {
    for (const start of [
      'Scrolling this page means you agree that',
      'You agree to this by continuing to use the app:',
      'Continuing to browse means you accept that',
      'Use of this app implies your consent:',
      'By navigating this app, you agree that',
      'Continued browsing is considered consent;',
      'Unless you opt out,',
      'You have been opted in:',
      'We have already ticked this for you:',
    ]) {
      const config = fixture();
      config.purposes[2].clause.en = start + TAIL;
      assert.deepEqual(warned(config, 'implied-consent-wording'), ['purposes[2].clause.en'], start);
    }
    const fair = fixture();
    fair.purposes[2].clause.en = 'If you agree,' + TAIL + ' You can withdraw at any time.';
    assert.deepEqual(warned(fair, 'implied-consent-wording'), []);
    const nl = oneLanguage(
      'nl',
      'NL',
      'Statistieken',
      'Door verder te surfen gaat u akkoord met het gebruik van cookies.',
    );
    assert.equal(warned(nl, 'implied-consent-wording').length, 1);
    const de = oneLanguage('de', 'DE', 'Statistik', 'Wenn Sie weitersurfen, erklären Sie sich damit einverstanden.');
    assert.equal(warned(de, 'implied-consent-wording').length, 1);
  });

  it('vague-purpose: a title "Other" in every language read, and stock promises of a better experience', () => {
    const counting = {
      'zh-CN': '我们统计您访问的页面，以找出失效的链接。',
      de: 'Wir zählen, welche Seiten Sie aufrufen, um defekte Links zu finden.',
      fr: 'Nous comptons les pages que vous consultez pour trouver les liens cassés.',
      es: 'Contamos las páginas que visita para encontrar enlaces rotos.',
      en: 'We count which pages you visit to find broken links.',
    } as const;
    for (const [language, title] of [
      ['zh-CN', '其他'],
      ['zh-CN', '其它'],
      ['de', 'Sonstiges'],
      ['fr', 'Autres'],
      ['es', 'Otros'],
      ['en', 'Other cookies'],
    ] as const) {
      const config = oneLanguage(language, 'DE', title, counting[language]);
      assert.deepEqual(warned(config, 'vague-purpose'), [`purposes[0].title.${language}`], title);
    }
    for (const [language, clause] of [
      ['en', 'We use cookies to give you the best possible experience on our website.'],
      ['zh-CN', '我们使用您的数据来提升您的用户体验。'],
      ['zh-CN', '为了向您提供更优质的服务，我们会收集您的数据。'],
      ['zh-CN', '我们会将您的信息用于其他合理用途。'],
      ['de', 'Wir verwenden Cookies, um Ihnen das bestmögliche Erlebnis zu bieten.'],
      ['de', 'Wir nutzen Ihre Daten, um Ihre Erfahrung auf unserer Website zu verbessern.'],
      ['fr', 'Nous utilisons des cookies pour vous offrir la meilleure expérience possible.'],
      ['fr', 'Nous utilisons vos données pour améliorer nos produits et services.'],
    ] as const) {
      const config = oneLanguage(language, 'DE', language === 'zh-CN' ? '统计' : 'Statistik', clause);
      assert.deepEqual(warned(config, 'vague-purpose'), [`purposes[0].clause.${language}`], clause);
    }
    assert.deepEqual(warned(oneLanguage('en', 'GB', 'Statistics', counting.en), 'vague-purpose'), []);
  });

  it('third-parties-unnamed: selling, sharing, renting and passing on in more words', () => {
    for (const [language, clause] of [
      ['de', 'Ihre Nutzungsdaten werden verkauft.'],
      ['de', 'Ihre Daten werden mit Partnern geteilt.'],
      ['de', 'Die Daten gehen an Werbefirmen.'],
      ['zh-CN', '我们会把您的数据卖给其他公司。'],
      ['zh-CN', '我们会向其他公司披露您的数据。'],
      ['en', 'We pass your spending categories on to an advertising company, which chooses the offers.'],
      ['en', 'We rent your spending categories to marketers who choose offers for you.'],
      ['en', 'We exchange your spending categories with other merchants to choose offers for you.'],
    ] as const) {
      const config = oneLanguage(language, 'DE', language === 'zh-CN' ? '统计' : 'Statistik', clause);
      assert.equal(warned(config, 'third-parties-unnamed').length, 1, clause);
    }
    const own = oneLanguage('en', 'GB', 'Statistics', 'We pass the counts on to our own team, never outside.');
    assert.deepEqual(warned(own, 'third-parties-unnamed'), []);
  });

  it('sensitive-undeclared: children, card numbers and voiceprints', () => {
    for (const clause of [
      "We use your children's ages to choose offers for you.",
      'We use data about minors to choose offers.',
      'We use your credit card number to choose offers.',
      'We use your voiceprint to choose offers.',
    ]) {
      const config = fixture();
      config.purposes[2].clause.en = clause;
      assert.deepEqual(warned(config, 'sensitive-undeclared'), ['purposes[2].clause.en'], clause);
    }
    for (const clause of ['我们使用儿童的年龄选择向您展示的优惠。', '我们使用您的银行卡号选择向您展示的优惠。']) {
      const config = fixture();
      config.purposes[2].clause['zh-CN'] = clause;
      assert.deepEqual(warned(config, 'sensitive-undeclared'), ['purposes[2].clause.zh-CN'], clause);
    }
  });

  it('necessary-mislabelled: a necessary purpose whose DPV purpose is analytics or selling data', () => {
    for (const dpv of [
      'https://w3id.org/dpv#ServiceUsageAnalytics',
      'https://w3id.org/dpv#PerformanceAnalytics',
      'https://w3id.org/dpv#SellDataToThirdParties',
    ]) {
      const config = fixture();
      config.purposes[0].dpv = dpv;
      assert.equal(warned(config, 'necessary-mislabelled').length, 1, dpv);
    }
    for (const dpv of ['https://w3id.org/dpv#ServiceProvision', 'https://w3id.org/dpv#Counselling']) {
      const fair = fixture();
      fair.purposes[0].dpv = dpv;
      assert.deepEqual(warned(fair, 'necessary-mislabelled'), [], dpv);
    }
  });

  it('pressure-language: "(recommended)" in a title, and refusing said to cost the visitor', () => {
    for (const [field, text] of [
      ['title', 'Personalised offers (recommended)'],
      ['title', 'Recommended: personalised offers'],
      ['clause', 'Refusing will cost you your discounts.' + TAIL],
      ['clause', 'Are you sure you want to pay more?' + TAIL],
    ] as const) {
      const config = fixture();
      config.purposes[2][field].en = text;
      assert.equal(warned(config, 'pressure-language').length, 1, text);
    }
    // A purpose about recommendations is not a recommendation to accept it.
    const fair = fixture();
    fair.purposes[2].title.en = 'Recommended articles';
    assert.deepEqual(warned(fair, 'pressure-language'), []);
  });
});
