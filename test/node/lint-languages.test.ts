// The linter's text rules beyond English and Simplified Chinese, and the wording that used to slip past them:
// a negation earlier in the sentence that denies something else, Traditional Chinese, other languages, and the
// honest purposes (a consent cookie) they must leave alone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { lintConfig } from '../../src/core/lint/index.js';
import type { LintResult, LintRuleId } from '../../src/core/lint/index.js';
import { oneLanguageConfig, type LintPurpose } from '../fixtures/lint-config.js';

/** A mutable config shape for building variants. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FIXTURE = JSON.parse(readFileSync(new URL('../fixtures/annual-report.json', import.meta.url), 'utf8')) as {
  policy: unknown;
  controller: unknown;
};

type Purpose = LintPurpose;
const config = oneLanguageConfig;

function lint(language: string, purpose: Purpose, jurisdiction?: string): LintResult {
  const result = lintConfig(config(language, purpose, jurisdiction));
  assert.equal(result.valid, true, JSON.stringify(result.findings));
  return result;
}

function rulesOf(result: LintResult): LintRuleId[] {
  return result.findings.filter((finding) => finding.severity !== 'info').map((finding) => finding.rule);
}

function assertFinds(language: string, purpose: Purpose, rule: LintRuleId): void {
  const result = lint(language, purpose);
  assert.ok(rulesOf(result).includes(rule), `${rule} in ${language}: ${JSON.stringify(purpose)}`);
  const finding = result.findings.find((candidate) => candidate.rule === rule)!;
  assert.match(finding.path, /^purposes\[0\]\.(?:title|clause)\./);
}

function assertClean(language: string, purpose: Purpose, jurisdiction?: string): void {
  assert.deepEqual(rulesOf(lint(language, purpose, jurisdiction)), [], `${language}: ${JSON.stringify(purpose)}`);
}

describe('a negation reaches only its own part of the sentence', () => {
  it('reports sharing after an earlier, unrelated negation', () => {
    for (const clause of [
      'If you do not opt out, we share your browsing history with third parties.',
      'We collect no passwords, but we sell your browsing history to data brokers and other third parties.',
      'Unless you say no, your email is passed on to our partners.',
      'Without asking again, we pass on your email to our partners.',
    ]) {
      assertFinds('en', { title: 'History', clause }, 'third-parties-unnamed');
    }
    assertFinds(
      'zh-CN',
      { title: '记录', clause: '我们不会收取任何费用，但会将您的浏览记录提供给第三方。' },
      'third-parties-unnamed',
    );
  });

  it('reports bundling, mislabelling and sensitive data after an unrelated negation', () => {
    assertFinds(
      'en',
      { title: 'Use', clause: 'We do not sell data, but use it for analytics and advertising.' },
      'bundled-purpose',
    );
    assertFinds(
      'en',
      { title: 'Cookies', clause: 'These cookies are not optional and are used for advertising.', necessary: true },
      'necessary-mislabelled',
    );
    assertFinds(
      'en',
      { title: 'Offers', clause: 'No account is needed, and we analyse your health data to pick offers.' },
      'sensitive-undeclared',
    );
  });

  it('still reads a plain denial as one', () => {
    for (const clause of [
      'We do not share your data with third parties.',
      'We do not, under any circumstances, share your data with third parties.',
      'Your data is never sold to anyone or shared with partners.',
    ]) {
      assertClean('en', { title: 'Reading list', clause });
    }
    assertClean('zh-CN', { title: '阅读列表', clause: '您的数据不会与任何第三方共享，也不会用于其他目的。' }, 'CN');
  });
});

describe('records of the visitor’s choice', () => {
  it('are not the activities they record', () => {
    for (const clause of [
      'A cookie remembers whether you allowed analytics and advertising, so we do not ask again.',
      'A cookie stores your consent choices for statistics and marketing.',
      'A cookie records that you refused advertising and analytics.',
    ]) {
      assertClean('en', { title: 'Your consent choice', clause, necessary: true });
    }
  });

  it('and a transfer to the site’s own server is no sharing', () => {
    assertClean('en', {
      title: 'Reading list',
      clause: 'Your IP address is transferred to our own server in Frankfurt.',
    });
  });
});

describe('Traditional Chinese', () => {
  it('is read with the Chinese lists', () => {
    assertFinds('zh-TW', { title: '統計和廣告', clause: '我們使用Cookie。' }, 'bundled-purpose');
    assertFinds('zh-TW', { title: 'Cookie', clause: '我們使用Cookie進行流量分析和廣告推送。' }, 'bundled-purpose');
    assertFinds(
      'zh-TW',
      { title: '必要Cookie', clause: '這些Cookie用於廣告投放。', necessary: true },
      'necessary-mislabelled',
    );
    assertFinds('zh-TW', { title: '優惠', clause: '我們根據您的醫療記錄推薦優惠。' }, 'sensitive-undeclared');
    assertFinds('zh-TW', { title: 'Cookie', clause: '我們使用Cookie來改善您的體驗。' }, 'vague-purpose');
    assertFinds('zh-TW', { title: 'Cookie', clause: '強烈建議您開啟，否則無法使用。' }, 'pressure-language');
    assertFinds('zh-HK', { title: '記錄', clause: '我們會將您的瀏覽記錄提供給第三方。' }, 'third-parties-unnamed');
  });

  it('knows the big recipients by their Chinese and Japanese names, and by the names listed for them', () => {
    for (const [language, clause] of [
      ['zh-CN', '我们会把您的浏览记录提供给谷歌。'],
      ['zh-CN', '您的购物记录将用于脸书上的广告。'],
      ['zh-TW', '您的購物記錄會提供給亞馬遜。'],
      ['zh-CN', '我们使用微软的服务分析访问量。'],
      ['ja', 'お客様の閲覧履歴をグーグルに提供します。'],
      ['ja', '購入履歴をフェイスブックとティックトックの広告に使います。'],
      ['ja', 'アマゾンとマイクロソフトが統計を受け取ります。'],
    ] as const) {
      assertFinds(language, { title: '记录', clause }, 'third-parties-unnamed');
    }
    const listed = lint('zh-CN', {
      title: '记录',
      clause: '我们会把您的浏览记录提供给谷歌。',
      thirdParties: [{ name: 'Google Ireland Limited', contact: 'privacy@google.example' }],
    });
    assert.ok(!rulesOf(listed).includes('third-parties-unnamed'), JSON.stringify(listed.findings));
  });

  it('leaves an honest Traditional clause alone, reporting the original characters', () => {
    assertClean('zh-TW', { title: '閱讀清單', clause: '資料不會與任何人共享，也不會用於其他目的。' }, 'TW');
    assertClean('zh-HK', { title: '閱讀清單', clause: '我們不會與任何第三方分享您的資料。' }, 'HK');
    const result = lint('zh-TW', { title: 'Cookie', clause: '我們使用Cookie來改善您的體驗。' });
    assert.deepEqual(result.findings.find((finding) => finding.rule === 'vague-purpose')?.matches, ['改善您的體驗']);
  });
});

describe('other languages', () => {
  it('reports unnamed recipients in German, French, Spanish, Italian, Dutch, Portuguese and Japanese', () => {
    const cases: [string, string][] = [
      ['de', 'Wir geben Ihre Daten an unsere Partner weiter.'],
      ['de', 'Ihre Daten werden an Dritte übermittelt.'],
      ['fr', 'Nous partageons vos données avec nos partenaires.'],
      ['es', 'Compartimos sus datos con terceros.'],
      ['it', 'Condividiamo i tuoi dati con terzi.'],
      ['nl', 'Wij delen uw gegevens met derden.'],
      ['pt', 'Compartilhamos os seus dados com terceiros.'],
      ['ja', '当社はお客様の情報を第三者に提供します。'],
    ];
    for (const [language, clause] of cases) assertFinds(language, { title: 'Daten', clause }, 'third-parties-unnamed');
  });

  it('reports vague wording and titles that bundle activities', () => {
    assertFinds('de', { title: 'Cookies', clause: 'Wir nutzen Ihre Daten für Marketingzwecke usw.' }, 'vague-purpose');
    assertFinds(
      'fr',
      { title: 'Cookies', clause: 'Nous utilisons des cookies pour améliorer votre expérience, etc.' },
      'vague-purpose',
    );
    assertFinds('es', { title: 'Cookies', clause: 'Utilizamos cookies para mejorar su experiencia.' }, 'vague-purpose');
    assertFinds('de', { title: 'Analyse und Werbung', clause: 'Wir messen Besuche.' }, 'bundled-purpose');
    assertFinds('fr', { title: 'Statistiques et publicité', clause: 'Nous mesurons l’audience.' }, 'bundled-purpose');
  });

  it('leaves their denials alone', () => {
    assertClean('de', { title: 'Merkliste', clause: 'Wir geben Ihre Daten nicht an Dritte weiter.' }, 'DE');
    assertClean('fr', { title: 'Liste', clause: 'Nous ne partageons jamais vos données avec des tiers.' }, 'FR');
    assertClean('es', { title: 'Lista', clause: 'No compartimos sus datos con terceros.' }, 'ES');
    assertClean('ja', { title: 'リスト', clause: 'お客様の情報を第三者に提供することはありません。' }, 'JP');
    // Reflexive "se"/"si" is not "if": the denial before it still holds.
    assertClean('es', { title: 'Lista', clause: 'No se comparten sus datos con terceros.' }, 'ES');
    assertClean('pt', { title: 'Lista', clause: 'Os seus dados não se partilham com terceiros.' }, 'PT');
    assertClean('it', { title: 'Lista', clause: 'I tuoi dati non si condividono con terzi.' }, 'IT');
  });

  it('reports sensitive data, pressure and refusal-worded titles in them too', () => {
    const sensitive: [string, string][] = [
      ['de', 'Wir wählen Angebote anhand Ihrer Gesundheitsdaten aus.'],
      ['fr', 'Nous choisissons des offres selon vos données de santé.'],
      ['es', 'Elegimos ofertas según sus datos de salud.'],
      ['it', 'Scegliamo le offerte in base ai tuoi dati sulla salute.'],
      ['nl', 'Wij kiezen aanbiedingen op basis van uw gezondheidsgegevens.'],
      ['pt', 'Escolhemos ofertas com base nos seus dados de saúde.'],
      ['ja', '健康情報に基づいて特典を選びます。'],
    ];
    for (const [language, clause] of sensitive) assertFinds(language, { title: 'X', clause }, 'sensitive-undeclared');
    const pressure: [string, string][] = [
      ['de', 'Sonst können Sie die Seite nicht nutzen.'],
      ['fr', "Nous vous recommandons d'accepter."],
      ['es', 'De lo contrario, no podrá usar el sitio.'],
      ['it', 'Altrimenti non potrai usare il sito.'],
      ['nl', 'Anders kunt u de site niet gebruiken.'],
      ['pt', 'Caso contrário, não poderá usar o site.'],
      ['ja', '同意しないとサービスを利用できません。'],
    ];
    for (const [language, clause] of pressure) assertFinds(language, { title: 'X', clause }, 'pressure-language');
    const titles: [string, string][] = [
      ['de', 'Verkaufen Sie meine Daten nicht'],
      ['fr', 'Ne pas vendre mes données'],
      ['es', 'No vender mis datos'],
      ['it', 'Non vendere i miei dati'],
      ['nl', 'Verkoop mijn gegevens niet'],
      ['pt', 'Não vender os meus dados'],
      ['ja', 'データを販売しない'],
    ];
    for (const [language, title] of titles) {
      assertFinds(language, { title, clause: 'Lorem ipsum dolor sit amet.' }, 'negated-title');
    }
    // Their denials of sensitive data and plain titles pass.
    assertClean('de', { title: 'Merkliste', clause: 'Wir verarbeiten keine Gesundheitsdaten.' }, 'DE');
    // Health tips are no data about health; data about "Ihre Gesundheit" is.
    assertClean(
      'de',
      { title: 'Gesundheitstipps', clause: 'Wir senden Ihnen wöchentlich Gesundheitstipps per E-Mail.' },
      'DE',
    );
    assertFinds(
      'de',
      { title: 'Angebote', clause: 'Wir wählen Angebote anhand von Angaben zu Ihrer Gesundheit aus.' },
      'sensitive-undeclared',
    );
    assertClean('es', { title: 'Noticias', clause: 'Guardamos sus noticias favoritas.' }, 'ES');
  });

  it('says which languages it could not read, instead of passing them as clean', () => {
    const result = lint('pl', { title: 'Reklamy', clause: 'Udostępniamy Twoje dane partnerom.' }, 'PL');
    assert.deepEqual(
      result.findings.map(({ rule, severity, path }) => `${severity} ${rule} @ ${path}`),
      ['info wording-unchecked @ languages[0]'],
    );
    assert.equal(lint('de', { title: 'Merkliste', clause: 'Wir speichern Ihre Merkliste.' }, 'DE').findings.length, 0);
  });
});

describe('languages unticked ships no words in', () => {
  it('warns that Catalan readers get the buttons in English, and not for a shipped language', () => {
    const catalan = lint('ca', { title: 'Butlletí', clause: 'Us enviem el butlletí setmanal per correu.' });
    const missing = catalan.findings.filter((finding) => finding.rule === 'ui-words-missing');
    assert.deepEqual(
      missing.map(({ severity, path }) => `${severity} @ ${path}`),
      ['warning @ languages[0]'],
    );
    assert.match(missing[0]!.message, /strings\["ca"\]/);
    for (const language of ['pl', 'zh-CN', 'pt', 'de-AT']) {
      const result = lint(language, { title: 'X', clause: 'Y.' });
      assert.equal(result.findings.filter((finding) => finding.rule === 'ui-words-missing').length, 0, language);
    }
  });
});

describe('after a second red-team round', () => {
  it('keeps English lists in a denial, and reports sharing the old rules caught', () => {
    for (const clause of [
      'We do not sell, rent, or share your personal information with third parties.',
      'We do not share your IP address, your device ID or your email with third parties.',
      'No data is shared with advertisers, data brokers or other third parties.',
      'Under no circumstances will the statistics, which we keep for a year, be passed on to third parties.',
    ]) {
      assertClean('en', { title: 'Reading list', clause });
    }
    for (const clause of [
      'Your preferences and purchase history are shared with advertisers.',
      'We share your browsing history, without your name, with Google.',
    ]) {
      assertFinds('en', { title: 'History', clause }, 'third-parties-unnamed');
    }
    assertFinds(
      'en',
      {
        title: 'Preferences',
        clause: 'Remembers your preferences and measures how visitors use our pages.',
        necessary: true,
      },
      'necessary-mislabelled',
    );
  });

  it('reads German and Dutch denials at the end of the sentence, and asides as asides', () => {
    for (const clause of [
      'Eine Weitergabe an Dritte erfolgt nicht.',
      'Wir verkaufen Ihre Daten nicht.',
      'Cookies von Drittanbietern setzen wir nicht ein.',
      'Wir geben die Daten an niemanden weiter.',
      'Wir können Sie nicht identifizieren.',
    ]) {
      assertClean('de', { title: 'Merkliste', clause }, 'DE');
    }
    assertClean('nl', { title: 'Lijst', clause: 'Wij verkopen uw gegevens niet.' }, 'NL');
    assertFinds(
      'de',
      { title: 'Werbung', clause: 'Wir geben Ihre Surfdaten, auch wenn Sie nicht angemeldet sind, an Google weiter.' },
      'third-parties-unnamed',
    );
  });

  it('reads "only to" as sharing, records of choices as records, and the site’s own servers as no sharing', () => {
    assertFinds(
      'fr',
      { title: 'Publicité', clause: "Nous ne partageons vos données qu'avec nos partenaires." },
      'third-parties-unnamed',
    );
    assertFinds('ja', { title: '広告', clause: '閲覧履歴は提携先以外には提供しません。' }, 'third-parties-unnamed');
    assertClean(
      'fr',
      {
        title: 'Choix',
        clause: "Ce cookie enregistre si vous avez accepté les cookies de mesure d'audience.",
        necessary: true,
      },
      'FR',
    );
    assertClean(
      'it',
      { title: 'Statistiche', clause: 'I dati sono trasferiti in forma cifrata sui nostri server a Milano.' },
      'IT',
    );
  });
});

describe('English wording that slipped through', () => {
  it('reports more ways of naming recipients, and "marketing purposes"', () => {
    for (const clause of [
      'Your browsing history is made available to advertisers and data brokers.',
      'Our advertising vendors receive your device identifier.',
      'Your data is provided to other companies for their own marketing.',
    ]) {
      assertFinds('en', { title: 'History', clause }, 'third-parties-unnamed');
    }
    assertFinds('en', { title: 'Data', clause: 'We use your data for marketing purposes.' }, 'vague-purpose');
  });

  it('reports recipients beyond the named ones', () => {
    const result = lint('en', {
      title: 'Offers',
      clause: 'We share your spending categories with Example Ads and with our other advertising partners.',
      thirdParties: [{ name: 'Example Ads', contact: 'privacy@ads.example' }],
    });
    const finding = result.findings.find((candidate) => candidate.rule === 'third-parties-unnamed');
    assert.equal(finding?.path, 'purposes[0].clause.en');
    assert.deepEqual(finding?.matches, ['other advertising partners']);
  });

  it('reports titles bundling activities with commas', () => {
    assertFinds('en', { title: 'Statistics, ads', clause: 'Cookies set by us.' }, 'bundled-purpose');
    assertFinds(
      'en',
      { title: 'Statistics, advertising and social media', clause: 'Cookies set by us.' },
      'bundled-purpose',
    );
    assertClean('en', { title: 'Offers, based on your spending', clause: 'We pick offers from your spending.' });
  });
});

describe('gaps the third linter round closed', () => {
  it('reads an Italian objection without a comma as a condition, not a denial of the sharing', () => {
    assertFinds(
      'it',
      { title: 'Pubblicità', clause: 'Se non ti opponi i dati vengono condivisi con terzi.' },
      'third-parties-unnamed',
    );
    assertClean('it', { title: 'Elenco', clause: 'Non condividiamo i tuoi dati con terzi.' }, 'IT');
  });

  it('reads a bare 分析 in a title, and a bracket, as joining activities', () => {
    assertFinds('zh', { title: '分析與廣告', clause: '我們分析您的瀏覽紀錄，並顯示廣告。' }, 'bundled-purpose');
    assertFinds(
      'de',
      { title: 'Marketing (inkl. Statistik)', clause: 'Wir messen Besuche und zeigen Werbung.' },
      'bundled-purpose',
    );
    assertFinds('en', { title: 'Advertising (including analytics)', clause: 'Cookies set by us.' }, 'bundled-purpose');
    // One activity named twice is one purpose.
    assertClean('en', { title: 'Analytics (statistics)', clause: 'We count visits to our pages.' });
    assertClean('zh', { title: '分析', clause: '我们统计页面访问量。' }, 'CN');
  });

  it('reports tracking across sites in the other languages’ necessary purposes', () => {
    const tracking: Array<[string, string, string]> = [
      ['de', 'Sicherheit', 'Wir verfolgen Ihr Surfverhalten website- und geräteübergreifend, um Betrug zu erkennen.'],
      ['fr', 'Sécurité', 'Nous suivons votre navigation sur plusieurs sites et appareils pour détecter la fraude.'],
      ['es', 'Seguridad', 'Rastreamos su navegación entre sitios para detectar fraudes.'],
      ['it', 'Sicurezza', 'Effettuiamo il tracciamento della tua navigazione tra siti diversi.'],
      ['nl', 'Beveiliging', 'Wij volgen u op meerdere websites om fraude te herkennen.'],
      ['pt', 'Segurança', 'Rastreamos a sua navegação entre sites para detetar fraude.'],
      ['ja', 'セキュリティ', '不正を検知するため、サイト間でお客様の閲覧を追跡します。'],
    ];
    for (const [language, title, clause] of tracking) {
      assertFinds(language, { title, clause, necessary: true }, 'necessary-mislabelled');
    }
    assertClean(
      'de',
      { title: 'Sicherheit', clause: 'Wir verfolgen Sie nicht über andere Websites.', necessary: true },
      'DE',
    );
  });
});

describe('a denial reaches only the verb it governs', () => {
  it('reports sharing in a clause after a denied one, the example of the lint-rules page first', () => {
    const example = lint('en', { title: 'Offers', clause: 'We do not sell data, but share it with partners.' });
    const finding = example.findings.find((candidate) => candidate.rule === 'third-parties-unnamed');
    assert.deepEqual(finding?.matches, ['share it with', 'partners']);
    for (const clause of [
      'We do not sell your spending categories, but we share them with Acme Corp for offers.',
      'We never transfer your history, however we disclose your email to Acme.',
    ]) {
      assertFinds('en', { title: 'Offers', clause }, 'third-parties-unnamed');
    }
    const cases: [string, string][] = [
      ['de', 'Wir teilen keine Einkäufe, aber teilen Ihre Adresse mit Acme.'],
      ['fr', 'Nous ne partageons pas vos achats, mais partageons votre adresse avec Acme.'],
      ['es', 'No compartimos sus compras, pero compartimos su dirección con Acme.'],
      ['it', 'Non condividiamo i tuoi acquisti, ma condividiamo il tuo indirizzo con Acme.'],
      ['pt', 'Não partilhamos as suas compras, mas partilhamos o seu endereço com a Acme.'],
      ['nl', 'Wij delen geen aankopen, maar delen uw adres met Acme.'],
    ];
    for (const [language, clause] of cases) assertFinds(language, { title: 'X', clause }, 'third-parties-unnamed');
  });

  it('still denies the second verb when the denial covers it too', () => {
    for (const clause of [
      'We do not sell data, and do not share it with partners.',
      'We do not sell data, but we never share it with partners.',
      'We do not sell, rent, or share your personal information with third parties.',
    ]) {
      assertClean('en', { title: 'Reading list', clause });
    }
    // The part after "but" shares; asserted here too so the case above cannot pass by never reading that far.
    assertFinds(
      'en',
      { title: 'Offers', clause: 'We do not sell data, but we share it with partners.' },
      'third-parties-unnamed',
    );
  });
});

describe('honest denials', () => {
  it('reads "nothing", "none", "cannot" and 不对外 as denials of sharing', () => {
    for (const denial of [
      'Nothing is shared with third parties.',
      'None of it is shared with third parties.',
      'We cannot share them with third parties.',
      "Your data isn't shared with third parties.",
    ]) {
      const clause = `We use your spending categories to choose which offers to show you. ${denial}`;
      assertClean('en', { title: 'Personalised offers', clause });
    }
    assertClean(
      'zh-CN',
      {
        title: '个性化优惠',
        clause: '我们根据您的消费类别选择向您展示的优惠。您的信息仅保存在我们的服务器上，不对外共享。',
      },
      'CN',
    );
    assertClean('zh-TW', { title: '個性化優惠', clause: '我們無法與第三方分享您的資料。' }, 'TW');
  });

  it('reads "nothing" in the other languages too', () => {
    assertClean('de', { title: 'Merkliste', clause: 'Wir geben nichts davon an Dritte weiter.' }, 'DE');
    assertClean('es', { title: 'Lista', clause: 'Nada se comparte con terceros.' }, 'ES');
    assertClean('it', { title: 'Elenco', clause: 'Nulla viene condiviso con terzi.' }, 'IT');
    assertClean('nl', { title: 'Lijst', clause: 'Wij geven niets door aan derden.' }, 'NL');
    assertClean('pt', { title: 'Lista', clause: 'Nada é partilhado com terceiros.' }, 'PT');
  });

  it('leaves a necessary purpose that denies marketing alone', () => {
    assertClean('en', {
      title: 'Show your annual bill',
      clause: 'We use your payment records to build your annual bill. Nothing is used for marketing.',
      necessary: true,
    });
  });

  it('still reports sharing beside those words, and "not only" as no denial', () => {
    for (const clause of [
      'We not only share it with partners but also sell it.',
      'We not only use your data for offers but it is also shared with partners.',
      'We share it with partners, and nothing else.',
      'Nothing but your email is shared with partners.',
      'You cannot opt out; we share your data with partners.',
    ]) {
      assertFinds('en', { title: 'Offers', clause }, 'third-parties-unnamed');
    }
    assertFinds(
      'zh-CN',
      { title: '优惠', clause: '我们无法保证安全，但会将您的数据提供给合作伙伴。' },
      'third-parties-unnamed',
    );
  });
});

describe('recipients and goals named only by kind', () => {
  it('reports data given to external organisations, advertising companies or other businesses', () => {
    for (const clause of [
      'We provide your spending categories to external organisations so they can send you offers.',
      'We send your spending categories to advertising companies so they can send you offers.',
      'We give your spending categories to other businesses so they can send you offers.',
    ]) {
      assertFinds('en', { title: 'Personalised offers', clause }, 'third-parties-unnamed');
    }
    assertClean('en', {
      title: 'Reading list',
      clause: 'We never give your data to advertising companies or other businesses.',
    });
  });

  it('reports "improve our website" as vague, but not an improvement it names', () => {
    assertFinds(
      'en',
      { title: 'Offers', clause: 'We use your spending categories to improve our website.' },
      'vague-purpose',
    );
    assertFinds('zh-CN', { title: '优惠', clause: '我们使用您的消费类别来改善我们的网站。' }, 'vague-purpose');
    assertClean('en', { title: 'Speed', clause: "We measure page load times to improve the site's speed." });
  });
});

describe('gaps the fourth linter round closed', () => {
  const google = [{ name: 'Google Ireland Ltd', contact: 'privacy@google.example' }];

  it('reports unnamed recipients joined to the named ones, in every language it reads', () => {
    const cases: Array<[string, string]> = [
      ['en', 'We share your data with Google and third parties.'],
      ['en', 'We share your data with Google and data brokers.'],
      ['en', 'We share your data with Google and its partners.'],
      ['de', 'Wir geben Ihre Daten an Google und Dritte weiter.'],
      ['zh', '我们会将您的数据共享给谷歌及第三方。'],
      ['fr', 'Nous partageons vos données avec Google et des tiers.'],
      ['es', 'Compartimos sus datos con Google y terceros.'],
      ['it', 'Condividiamo i tuoi dati con Google e terzi.'],
      ['nl', 'Wij delen uw gegevens met Google en derden.'],
      ['pt', 'Partilhamos os seus dados com a Google e terceiros.'],
      ['ja', 'お客様のデータをGoogleおよび第三者に提供します。'],
    ];
    for (const [language, clause] of cases) {
      assertFinds(language, { title: 'Offers', clause, thirdParties: google }, 'third-parties-unnamed');
    }
    // The named recipient alone, and "partner institutions" that are the named ones, are fine.
    assertClean('en', { title: 'Offers', clause: 'We share your spending with Google.', thirdParties: google });
    assertClean('zh', { title: '优惠', clause: '与合作机构共享您的信用分析。', thirdParties: google }, 'CN');
  });

  it('reports selling and sharing that name no recipient at all', () => {
    for (const clause of [
      'We sell your personal information.',
      'We share your data.',
      'Partners receive your browsing history.',
      'We provide your data to service providers and ad networks.',
      'We do not share your data other than with advertising partners.',
      'We never share your data with anyone except partners.',
    ]) {
      assertFinds('en', { title: 'Offers', clause }, 'third-parties-unnamed');
    }
    for (const clause of [
      'We count visits with Matomo. Third parties never receive this data.',
      'We never share your data with partners.',
      'Our partners do not receive your data.',
    ]) {
      assertClean('en', { title: 'Statistics', clause });
    }
  });

  it('leaves a transfer to the site’s own servers alone in German and French', () => {
    assertClean(
      'de',
      { title: 'Statistik', clause: 'Wir übertragen die Daten auf unsere eigenen Server in Frankfurt.' },
      'DE',
    );
    assertClean(
      'fr',
      { title: 'Statistiques', clause: 'Les données sont transférées vers nos propres serveurs à Paris.' },
      'FR',
    );
    assertFinds('de', { title: 'Statistik', clause: 'Wir übertragen die Daten an Google.' }, 'third-parties-unnamed');
  });

  it('reports more vague wording', () => {
    const cases: Array<[string, string]> = [
      ['en', 'We collect data including, among other things, your email address.'],
      ['en', 'We use your data for internal purposes.'],
      ['en', 'We use your data for a variety of other uses.'],
      ['fr', "Nous utilisons vos données, y compris, mais sans s'y limiter, votre adresse e-mail."],
      ['zh-TW', '我們收集您的姓名、電話等資訊。'],
      ['ja', '氏名、電話番号等を収集します。'],
      ['it', 'Usiamo i tuoi dati per altri scopi.'],
      ['zh', '我们将您的数据用于商业用途。'],
      ['es', 'Usamos sus datos, incluyendo pero no limitado a su correo.'],
    ];
    for (const [language, clause] of cases) assertFinds(language, { title: 'Data', clause }, 'vague-purpose');
  });

  it('reports bundling named by a cookie category or by what is measured', () => {
    assertFinds('en', { title: 'Performance and targeting cookies', clause: 'Cookies set by us.' }, 'bundled-purpose');
    assertFinds(
      'en',
      { title: 'Cookies', clause: 'We use cookies to measure traffic and to show you ads.' },
      'bundled-purpose',
    );
    assertFinds(
      'de',
      { title: 'Cookies', clause: 'Wir analysieren Ihr Nutzungsverhalten und zeigen Ihnen Werbung.' },
      'bundled-purpose',
    );
    assertClean('en', { title: 'No-cookie statistics', clause: 'We measure visits with Matomo on our own server.' });
  });

  it('reports pressure, tracking in a necessary purpose and sensitive data it missed', () => {
    assertFinds(
      'en',
      { title: 'Access', clause: 'Without this consent you cannot use the site.' },
      'pressure-language',
    );
    assertFinds('en', { title: 'Offers', clause: 'We strongly recommend you to accept.' }, 'pressure-language');
    // Confirmshaming by loss: what a refusal costs the visitor.
    for (const clause of [
      'We send offers. If you refuse, you will lose your benefits.',
      'We send offers. Declining means losing your member discount.',
    ]) {
      assertFinds('en', { title: 'Offers', clause }, 'pressure-language');
    }
    // Saying what a refusal does not cost is not pressure.
    assertClean('en', {
      title: 'Offers',
      clause: 'We send you offers by email. You can refuse; nothing else changes.',
    });
    assertFinds(
      'en',
      {
        title: 'Essential cookies',
        clause: 'We use the Meta pixel to measure conversions and build a profile of your interests.',
        necessary: true,
      },
      'necessary-mislabelled',
    );
    assertFinds(
      'en',
      { title: 'Workouts', clause: 'We read your mental health questionnaire and heart rate to suggest workouts.' },
      'sensitive-undeclared',
    );
  });

  it('does not let invisible characters pad a short translation to the others’ length', () => {
    const english =
      'We count visits and the pages read with Matomo on our own server, to see which articles are useful. ' +
      'Your IP address is shortened and the data is not shared with anyone.';
    for (const padding of ['\u200b'.repeat(200), '\u00ad'.repeat(200), ('e' + '\u0301'.repeat(20)).repeat(10)]) {
      const base = config('en', { title: 'Stats', clause: english }, 'DE') as { languages: string[]; purposes: Json[] };
      base.languages = ['en', 'de'];
      base.purposes[0]!.title = { en: 'Stats', de: 'Statistik' };
      base.purposes[0]!.clause = { en: english, de: `Wir zählen Besuche.${padding}` };
      const result = lintConfig(base);
      assert.equal(result.valid, true, JSON.stringify(result.findings));
      assert.ok(
        result.findings.some((finding) => finding.rule === 'clause-length-mismatch'),
        JSON.stringify(padding.slice(0, 2)),
      );
    }
  });

  it('reports a retention period that is no limit, and a clause that keeps data without end', () => {
    const retention = (period: string, clause: string, language = 'en') => {
      const base = config(language, { title: 'Ads', clause }) as { purposes: Json[] };
      base.purposes[0]!.retention = period;
      const result = lintConfig(base);
      assert.equal(result.valid, true, JSON.stringify(result.findings));
      return result.findings.filter((finding) => finding.rule === 'retention-missing');
    };
    assert.deepEqual(
      retention('P50Y', 'We show you ads based on pages you read here.').map((finding) => finding.path),
      ['purposes[0].retention'],
    );
    const unlimited = retention('P6M', 'We keep your data indefinitely to show you ads based on pages you read here.');
    assert.deepEqual(
      unlimited.map((finding) => [finding.path, finding.matches]),
      [['purposes[0].clause.en', ['indefinitely']]],
    );
    assert.equal(retention('P6M', 'Wir speichern Ihre Daten unbegrenzt.', 'de').length, 1);
    assert.deepEqual(retention('P10Y', 'We do not keep your data indefinitely.'), []);
  });

  it('asks for French in Quebec and Simplified Chinese in mainland China', () => {
    const jurisdiction = (languages: string[], where: string) => {
      const base = config(languages[0]!, { title: 'Statistics', clause: 'We count visits.' }, where) as {
        languages: string[];
        purposes: Json[];
      };
      base.languages = languages;
      base.purposes[0]!.title = Object.fromEntries(languages.map((tag) => [tag, 'Statistics']));
      base.purposes[0]!.clause = Object.fromEntries(languages.map((tag) => [tag, 'We count visits.']));
      const result = lintConfig(base);
      assert.equal(result.valid, true, JSON.stringify(result.findings));
      return result.findings.filter((finding) => finding.rule === 'jurisdiction-language').length;
    };
    assert.equal(jurisdiction(['en'], 'CA-QC'), 1);
    assert.equal(jurisdiction(['en', 'fr'], 'CA-QC'), 0);
    assert.equal(jurisdiction(['en'], 'CA'), 0);
    assert.equal(jurisdiction(['zh-TW'], 'CN'), 1);
    assert.equal(jurisdiction(['zh-Hant'], 'CN'), 1);
    assert.equal(jurisdiction(['zh-CN'], 'CN'), 0);
    assert.equal(jurisdiction(['zh'], 'CN'), 0);
    assert.equal(jurisdiction(['zh-CN'], 'TW'), 1);
    assert.equal(jurisdiction(['zh-TW', 'en'], 'TW'), 0);
  });
});

describe('gaps the fifth linter round closed', () => {
  it('reports titles bundling a bare personalisation or analysis with ads', () => {
    const titles: Array<[string, string]> = [
      ['en', 'Personalisation and ads'],
      ['en', 'Analytics and Personalization'],
      ['zh', '个性化与广告'],
      ['de', 'Personalisierung und Werbung'],
      ['fr', 'Personnalisation et publicité'],
      ['fr', 'Analyse et marketing'],
      ['it', 'Analisi e pubblicità'],
    ];
    for (const [language, title] of titles) {
      assertFinds(language, { title, clause: 'Cookies.' }, 'bundled-purpose');
    }
    // Personalised ads are one purpose: advertising.
    assertClean('en', { title: 'Personalisation of ads', clause: 'We choose the ads you see from your reading.' });
    assertClean('zh', { title: '个性化广告', clause: '我们根据您的浏览记录展示广告。' }, 'CN');
  });

  it('reads 不 right before the verb as a denial, and "weder … noch" in German', () => {
    assertClean('zh', { title: '统计', clause: '我们不出售您的个人信息。' }, 'CN');
    assertClean('zh', { title: '统计', clause: '我们不共享您的数据。' }, 'CN');
    assertClean(
      'de',
      { title: 'Statistik', clause: 'Ihre Daten werden weder verkauft noch an Dritte weitergegeben.' },
      'DE',
    );
  });

  it('does not take a device fingerprint for a biometric one', () => {
    assertClean('en', {
      title: 'Fraud prevention',
      clause: 'We check your device fingerprint to stop fraudulent payments.',
    });
    assertFinds('en', { title: 'Login', clause: 'We read your fingerprint to log you in.' }, 'sensitive-undeclared');
  });

  it('reports sharing with advertisers in Chinese and Japanese', () => {
    assertFinds('zh', { title: '广告', clause: '我们向广告主提供您的设备信息。' }, 'third-parties-unnamed');
    assertFinds('zh', { title: '广告', clause: '您的信息将发送给广告商。' }, 'third-parties-unnamed');
    assertFinds(
      'ja',
      { title: '広告', clause: '取得した情報を外部の事業者に提供することがあります。' },
      'third-parties-unnamed',
    );
  });

  it('reports unnamed recipients and data kept without end in every language that says so', () => {
    const base = config('en', { title: 'Ads', clause: 'x' }, 'CN') as { languages: string[]; purposes: Json[] };
    base.languages = ['en', 'zh-CN'];
    base.purposes[0]!.title = { en: 'Ads', 'zh-CN': '广告' };
    base.purposes[0]!.clause = {
      en: 'We share your browsing history with third parties and keep it forever.',
      'zh-CN': '我们与第三方共享您的浏览记录并永久保存。',
    };
    const result = lintConfig(base);
    assert.equal(result.valid, true, JSON.stringify(result.findings));
    const paths = (rule: string) =>
      result.findings.filter((finding) => finding.rule === rule).map((finding) => finding.path);
    assert.deepEqual(paths('third-parties-unnamed'), ['purposes[0].clause.en', 'purposes[0].clause.zh-CN']);
    assert.deepEqual(paths('retention-missing'), ['purposes[0].clause.en', 'purposes[0].clause.zh-CN']);
  });
});

describe('gaps the fifth linter round closed, continued', () => {
  it('reports generic recipients around a named one, and leaves specific improvements alone', () => {
    const google = [{ name: 'Google Ireland Limited', contact: 'privacy@google.example' }];
    assertFinds(
      'en',
      {
        title: 'Ads',
        clause: 'We share your data with our partners, including Google Ireland Limited.',
        thirdParties: google,
      },
      'third-parties-unnamed',
    );
    assertFinds(
      'zh',
      {
        title: '广告',
        clause: '我们与谷歌及其关联公司共享您的信息。',
        thirdParties: [{ name: '谷歌', contact: 'privacy@google.example' }],
      },
      'third-parties-unnamed',
    );
    assertClean('en', { title: 'Search', clause: 'We log searches to improve the website search.' });
    assertClean('zh', { title: '崩溃报告', clause: '我们收集崩溃日志，用于优化应用的启动速度。' }, 'CN');
    assertFinds('en', { title: 'Data', clause: 'We use your data to improve the website.' }, 'vague-purpose');
  });
});

describe('the founding case: a bill that enrolled the visitor in credit scoring', () => {
  it('reports credit scoring in a necessary purpose, in every checked language', () => {
    const clauses: [string, string][] = [
      ['en', 'We show your annual bill and enrol you in credit scoring.'],
      ['en', 'To show your bill we calculate a credit score about you.'],
      ['zh-CN', '为生成年度账单，我们将对您进行信用评分。'],
      ['zh-CN', '查看账单时，我们会评估您的信用。'],
      ['de', 'Wir zeigen Ihre Jahresrechnung und prüfen dabei Ihre Bonität.'],
      ['fr', 'Nous affichons votre relevé et évaluons votre solvabilité.'],
      ['es', 'Mostramos su factura y calculamos su puntuación crediticia.'],
      ['it', 'Mostriamo il tuo estratto conto e valutiamo il tuo merito creditizio.'],
      ['nl', 'We tonen uw jaaroverzicht en bepalen uw kredietwaardigheid.'],
      ['pt', 'Mostramos a sua fatura e calculamos a sua pontuação de crédito.'],
      ['ja', '年間明細を表示し、お客様の信用スコアを算出します。'],
    ];
    for (const [language, clause] of clauses) {
      assertFinds(language, { title: 'Bill', clause, necessary: true }, 'necessary-mislabelled');
    }
  });

  it('reports scoring bundled with advertising, and a title joining tracking to another activity', () => {
    assertFinds(
      'en',
      { title: 'Offers', clause: 'We use your spending to show you ads and to calculate your credit score.' },
      'bundled-purpose',
    );
    assertFinds(
      'zh-CN',
      { title: '优惠', clause: '我们根据您的消费向您推送广告，并对您进行信用评分。' },
      'bundled-purpose',
    );
    for (const [language, title] of [
      ['en', 'Tracking and advertising'],
      ['en', 'Analytics and cross-site tracking'],
      ['fr', 'Pistage et publicité'],
      ['zh-CN', '追踪和广告'],
      ['ja', 'トラッキングと広告'],
    ] as const) {
      assertFinds(language, { title, clause: 'Lorem ipsum dolor sit amet.' }, 'bundled-purpose');
    }
  });

  it('reports recommending products and showing ads in one clause', () => {
    assertFinds(
      'en',
      {
        title: 'Recommendations',
        clause: 'We use your history to recommend products and to show you targeted ads on other sites.',
      },
      'bundled-purpose',
    );
  });

  it('leaves a credit score that is shared, and scoring that is the whole purpose, to the other rules', () => {
    assertClean('en', {
      title: 'Credit scoring by Sesame Credit',
      clause: 'Sesame Credit will analyse your payment records to compute a credit score about you.',
      thirdParties: [{ name: 'Sesame Credit', contact: 'privacy@credit.example' }],
    });
    assertClean('en', {
      title: 'Personalised ads',
      clause: 'We build a profile of your interests from the articles you read and choose the ads we show you with it.',
    });
    assertClean('en', {
      title: 'Analytics',
      clause: 'We count visits to our pages and track which articles are read, to decide what to write next.',
    });
  });
});

describe('implied-consent-wording', () => {
  it('reports using, viewing or going on counted as agreement, in every checked language', () => {
    const clauses: [string, string][] = [
      ['en', 'By continuing to browse this site you agree that we count your visits.'],
      ['en', 'Your continued use of the site constitutes consent to analytics.'],
      ['en', 'If you stay on this page, you will be deemed to have consented to analytics.'],
      ['zh-CN', '查看年度账单即表示您同意开通芝麻信用服务。'],
      ['zh-CN', '继续使用本应用，视为您已同意我们统计使用情况。'],
      ['de', 'Durch die weitere Nutzung der Website stimmen Sie der Analyse zu.'],
      ['fr', 'En poursuivant votre navigation, vous acceptez la mesure d’audience.'],
      ['es', 'Al continuar navegando, usted acepta la medición de audiencia.'],
      ['it', 'Proseguendo la navigazione, acconsenti alla misurazione del pubblico.'],
      ['nl', 'Door verder te gaan op deze website gaat u akkoord met statistieken.'],
      ['pt', 'Ao continuar a navegar, você concorda com a medição de audiência.'],
      ['ja', '本サービスのご利用をもって、分析に同意したものとみなします。'],
    ];
    for (const [language, clause] of clauses) {
      assertFinds(language, { title: 'Audience', clause }, 'implied-consent-wording');
    }
  });

  it('leaves the visitor’s own act, and how to withdraw, alone', () => {
    for (const clause of [
      'If you tick this box, we count your visits to our pages. By clicking Save you confirm your choices.',
      'We count your visits to our pages. You can withdraw your consent at any time in the preferences.',
    ]) {
      assertClean('en', { title: 'Analytics', clause });
    }
    assertClean('zh-CN', { title: '统计', clause: '勾选后，我们会统计您访问的页面。您可以随时撤回同意。' }, 'CN');
  });
});

describe('gaps a linter audit found after the founding-case round', () => {
  it('reports going on, closing or not unticking counted as agreement, and wording that says a box starts ticked', () => {
    const clauses: [string, string][] = [
      ['en', 'We count page views. If you continue browsing, we assume you accept.'],
      ['en', 'Unless you opt out, you agree to analytics.'],
      ['en', 'Closing this banner means you consent to analytics.'],
      ['en', 'If you do not untick this box, we assume you agree.'],
      ['en', 'This option is enabled by default.'],
      ['en', 'Pre-selected for your convenience.'],
      ['zh-CN', '默认开启。'],
      ['zh-CN', '已为您默认勾选。'],
      ['zh-CN', '如果您继续浏览，我们将视为您同意。'],
      ['es', 'Si continúa navegando, acepta su uso.'],
      ['es', 'Si sigue navegando, consideramos que acepta su uso.'],
    ];
    for (const [language, clause] of clauses) {
      assertFinds(language, { title: 'Audience', clause }, 'implied-consent-wording');
    }
  });

  it('reads analytics said with a verb, so bundling and mislabelling are seen', () => {
    for (const [language, clause] of [
      ['en', 'We analyse your visits and send you newsletters.'],
      ['zh-CN', '我们分析您的浏览行为并向您推送个性化广告。'],
    ] as const) {
      assertFinds(language, { title: 'Visits', clause }, 'bundled-purpose');
    }
    for (const [language, clause] of [
      ['en', 'These cookies let us count visits and see which pages are popular.'],
      ['en', 'These cookies measure the performance of our site.'],
      ['en', 'We use these cookies to show you relevant offers.'],
      ['zh-CN', '用于向您推荐您可能感兴趣的商品。'],
    ] as const) {
      assertFinds(language, { title: 'Cookies', clause, necessary: true }, 'necessary-mislabelled');
    }
  });

  it('reads 不含 and 不包含 as denials', () => {
    assertClean(
      'zh-CN',
      { title: '崩溃报告', clause: '我们收集崩溃日志以修复错误，但不含任何健康数据。日志不包含健康数据。' },
      'CN',
    );
  });

  it('reports more unnamed recipients', () => {
    for (const [language, clause] of [
      ['en', 'Selected companies receive your email address for their offers.'],
      ['en', 'Your purchase history is available to members of our group of companies.'],
      ['fr', 'Vos données sont transmises à des sociétés tierces sélectionnées.'],
    ] as const) {
      assertFinds(language, { title: 'Offers', clause }, 'third-parties-unnamed');
    }
    assertFinds(
      'en',
      {
        title: 'Offers',
        clause: 'We share your email with Acme Ads and similar companies for their offers.',
        thirdParties: [{ name: 'Acme Ads', contact: 'privacy@acme.example' }],
      },
      'third-parties-unnamed',
    );
  });

  it('reports social proof, loss framing and a pressing German recommendation', () => {
    for (const [language, clause] of [
      ['en', 'We count visits. Most visitors choose to allow this.'],
      ['en', 'We count visits. Please accept to help us keep this site free.'],
      ['en', 'We count visits. Refusing will degrade your experience.'],
      ['en', 'We count visits. Without this the site may not work properly.'],
      ['zh-CN', '我们统计访问量。拒绝后部分功能将无法使用。'],
      ['zh-CN', '我们统计访问量。不同意将影响您的使用体验。'],
      ['zh-CN', '我们统计访问量。大多数用户都选择了同意。'],
      ['de', 'Wir zählen Besuche. Wir empfehlen Ihnen dringend, zuzustimmen.'],
    ] as const) {
      assertFinds(language, { title: 'Visits', clause }, 'pressure-language');
    }
  });

  it('reports a clause that names no period ("as long as necessary")', () => {
    for (const [language, clause] of [
      ['en', 'We count visits and keep the data as long as necessary.'],
      ['en', 'We count visits and keep the data for as long as we need it.'],
      ['zh-CN', '我们统计访问量，数据将长期保存。'],
      ['zh-CN', '我们统计访问量，数据保存至实现目的所必需的期限。'],
    ] as const) {
      assertFinds(language, { title: 'Visits', clause }, 'retention-missing');
    }
  });
});

describe('clause-untranslated', () => {
  const twoLanguages = (languages: [string, string], clauses: [string, string], titles = ['Analytics', 'Analyse']) => ({
    policy: FIXTURE.policy,
    controller: FIXTURE.controller,
    jurisdiction: 'GB',
    languages,
    defaultLanguage: languages[0],
    purposes: [
      {
        id: 'analytics',
        title: { [languages[0]]: titles[0], [languages[1]]: titles[1] },
        clause: { [languages[0]]: clauses[0], [languages[1]]: clauses[1] },
        retention: 'P6M',
      },
    ],
  });
  const untranslated = (config: unknown) =>
    lintConfig(config)
      .findings.filter((finding) => finding.rule === 'clause-untranslated')
      .map((finding) => finding.path);
  const english = 'We count visits to our pages to learn which articles are read, and keep the counts for six months.';

  it('reports a clause that holds the whole clause of another language with a sentence added', () => {
    const chinese = '我们会定期检查这些统计数据的准确性，确保统计结果可靠，并在规定的期限届满后删除所有相关记录和备份';
    const padded = `${english.replace(/\.$/, '')}，${chinese}。`;
    assert.deepEqual(untranslated(twoLanguages(['en', 'zh-CN'], [english, padded], ['Analytics', '统计'])), [
      'purposes[0].clause.zh-CN',
    ]);
    const german = `${english} Wir löschen die Zählungen danach vollständig und geben sie an niemanden weiter.`;
    assert.deepEqual(untranslated(twoLanguages(['en', 'de'], [english, german])), ['purposes[0].clause.de']);
    // A name or an address carried over is not a whole clause.
    const named =
      'Wir zählen Besuche mit Matomo (InnoCraft Ltd, 7 Waterloo Quay, Wellington) und löschen sie nach sechs Monaten.';
    assert.deepEqual(untranslated(twoLanguages(['en', 'de'], [english, named])), []);
  });

  it('reports a clause left in another script, or copied word for word from another language', () => {
    assert.deepEqual(untranslated(twoLanguages(['en', 'zh-CN'], [english, english], ['Analytics', '统计'])), [
      'purposes[0].clause.zh-CN',
    ]);
    assert.deepEqual(untranslated(twoLanguages(['en', 'de'], [english, `  ${english.replace(/ /g, '  ')}`])), [
      'purposes[0].clause.de',
    ]);
    assert.deepEqual(
      untranslated(
        twoLanguages(
          ['ru', 'de'],
          [
            'Мы считаем посещения наших страниц, чтобы узнать, какие статьи читают.',
            'Мы считаем посещения наших страниц, чтобы узнать, какие статьи читают, и храним данные полгода.',
          ],
          ['Аналитика', 'Analyse'],
        ),
      ),
      ['purposes[0].clause.de'],
    );
  });

  it('reports a short title left in another script, or worded and copied from another language', () => {
    const chinese = '我们统计页面访问量，以了解哪些文章被阅读，并将统计数据保存六个月。';
    const german = 'Wir zählen Besuche unserer Seiten, um zu sehen, welche Artikel gelesen werden, sechs Monate lang.';
    for (const [languages, clauses, titles] of [
      [
        ['en', 'zh-CN'],
        [english, chinese],
        ['Analytics cookies', 'Analytics cookies'],
      ],
      [
        ['en', 'zh-CN'],
        [english, chinese],
        ['Count visits', 'Count visits'],
      ],
      [
        ['en', 'ja'],
        [english, 'ページへの訪問数を数え、どの記事が読まれているかを知り、六か月間保存します。'],
        ['Analytics', 'Count visits'],
      ],
      [
        ['en', 'de'],
        [english, german],
        ['Analytics', '统计访问'],
      ],
      [
        ['en', 'de'],
        [english, german],
        ['Count visits with Matomo on our server', 'Count visits with Matomo on our server'],
      ],
      [
        ['en', 'fr'],
        [english, 'Nous comptons les visites de nos pages pour savoir quels articles sont lus.'],
        ['Count visits', 'Count visits'],
      ],
    ] as [[string, string], [string, string], [string, string]][]) {
      assert.deepEqual(untranslated(twoLanguages(languages, clauses, titles)), [`purposes[0].title.${languages[1]}`]);
    }
  });

  it('leaves alone a title that is a name, the same in every language', () => {
    const german = 'Wir zählen Besuche unserer Seiten, um zu sehen, welche Artikel gelesen werden, sechs Monate lang.';
    for (const title of ['Google Analytics', 'Matomo', 'YouTube']) {
      assert.deepEqual(untranslated(twoLanguages(['en', 'de'], [english, german], [title, title])), [], title);
    }
  });

  it('leaves translations alone, names in another script, and one language in two regions', () => {
    assert.deepEqual(lintConfig(FIXTURE).findings, []);
    assert.deepEqual(
      untranslated(
        twoLanguages(
          ['en', 'zh-CN'],
          [english, '我们通过 Google Analytics 统计页面访问量，以了解哪些文章被阅读，并将统计数据保存六个月。'],
          ['Analytics', '统计'],
        ),
      ),
      [],
    );
    assert.deepEqual(
      untranslated(twoLanguages(['en-GB', 'en-US'], [english, english], ['Analytics', 'Analytics'])),
      [],
    );
  });
});

describe('vague purposes a linter audit found', () => {
  it('reports a lawful basis named instead of a purpose, research with no subject, and "melhorar nossos serviços"', () => {
    for (const [language, clause] of [
      ['en', 'We use your purchase history for our legitimate business interests.'],
      ['en', 'Your usage data is used for research and development.'],
      ['zh-CN', '您的使用数据将用于我们的研发。'],
      ['pt', 'Usamos os seus dados para melhorar nossos serviços.'],
    ] as const) {
      assertFinds(language, { title: 'Data', clause }, 'vague-purpose');
    }
    assertClean('en', {
      title: 'Analytics',
      clause: 'We count visits to our pages. We do not rely on legitimate interests.',
    });
  });
});
