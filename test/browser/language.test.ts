// Language: resolution order, the visitor's own choice in the prompt's menu, fallback with a notice, and
// right-to-left rendering.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { formatNumber, LATIN_DIGIT_LOCALES } from '../../src/core/i18n/numbers.js';
import { SHIPPED_LOCALES } from '../../src/locales/index.js';
import { likelyParts } from '../../src/core/i18n/likely-subtags.js';
import { compareWithEngine } from '../fixtures/likely-subtag-cases.js';
import type { ConsentErrorDetail } from '../../src/events/consent-error.js';
import { annualReport, renderPrompt, renderUnder, shadow, toggle, action, trustedClick } from './helpers.js';

const clauseOf = (element: ConsentPrompt, id: string) =>
  shadow(element).querySelector<HTMLElement>(`li[data-purpose="${id}"] [part="clause"]`)!;

/** The fixture config offering `tags` too, each with the English text (the menu's names are what is tested). */
function withLanguages<T extends Awaited<ReturnType<typeof annualReport>>>(config: T, tags: readonly string[]): T {
  for (const tag of tags) {
    (config.languages as string[]).push(tag);
    for (const text of [
      ...Object.values(config.dataCategories ?? {}),
      ...config.purposes.flatMap((p) => [p.title, p.clause]),
    ]) {
      (text as Record<string, string>)[tag] = text['en']!;
    }
  }
  return config;
}

describe('<consent-prompt> languages', () => {
  afterEach(() => document.querySelectorAll('consent-prompt').forEach((el) => el.remove()));

  it('the element lang wins over the closest lang up the tree', async () => {
    const element = await renderUnder('en', await annualReport(), 'zh-CN');
    expect(clauseOf(element, 'offers').lang).to.equal('zh-CN');
    expect(element.language).to.equal('zh-Hans');
  });

  it('uses navigator.languages when no lang is set, then the config’s default', async () => {
    const original = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    const setLanguages = (languages: string[]) =>
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
    try {
      setLanguages(['fi-FI', 'zh-SG', 'en']);
      const element = await renderUnder(null, await annualReport());
      // Finnish words for the prompt (shipped); clauses in the first language the config offers: Simplified Chinese.
      expect(element.language).to.equal('fi');
      expect(clauseOf(element, 'offers').lang).to.equal('zh-CN');
      element.remove();
      setLanguages(['sw']);
      const fallback = await renderUnder(null, await annualReport());
      expect(fallback.language).to.equal('sw');
      expect(clauseOf(fallback, 'offers').lang).to.equal('en');
      expect(shadow(fallback).querySelector('[part="language-notice"]')).to.exist;
    } finally {
      delete (navigator as { languages?: unknown }).languages;
      if (original !== null) document.documentElement.setAttribute('lang', original);
    }
  });

  it('uses the closest lang up the tree when the element has none', async () => {
    const element = await renderUnder('zh-SG', await annualReport());
    expect(clauseOf(element, 'offers').lang).to.equal('zh-CN');
    expect(action(element, 'accept-all').textContent!.trim()).to.equal('全部接受');
  });

  it('fires consent-ready once the words of a language loaded on demand are there, naming it', async () => {
    const config = await annualReport();
    for (const lang of ['fi', 'ar', 'und', 'de']) {
      // The config is there from the first update, while the language's words are still loading.
      const element = document.createElement('consent-prompt') as ConsentPrompt;
      element.layout = 'inline';
      element.lang = lang;
      element.config = config;
      const ready = oneEvent(element, 'consent-ready');
      document.body.append(element);
      const { detail } = await ready;
      // "und" (undetermined) names no language: the browser's own preferences decide, as with no lang at all.
      const expected = lang === 'und' ? element.language : lang;
      expect(detail.language, lang).to.equal(expected);
      expect(shadow(element).querySelector('[data-action="accept-all"]'), lang).to.exist;
      element.remove();
    }
  });

  it('never shows a visitor the English words first while their language loads', async () => {
    for (const layout of ['banner', 'inline', 'dialog'] as const) {
      const element = document.createElement('consent-prompt') as ConsentPrompt;
      element.layout = layout;
      element.lang = 'de';
      document.body.append(element);
      // Every state the prompt is in after a change, as the next frame would paint it.
      const shown: string[] = [];
      const observer = new MutationObserver(() => {
        const prompt = shadow(element).querySelector<HTMLElement>('[part="prompt"]');
        const visible = prompt && (layout === 'dialog' ? (prompt as HTMLDialogElement).open : !prompt.hidden);
        const heading = shadow(element).querySelector('[part="heading"]')?.textContent?.trim();
        if (visible && heading) shown.push(heading);
      });
      observer.observe(shadow(element), { subtree: true, childList: true, attributes: true, characterData: true });
      const ready = oneEvent(element, 'consent-ready');
      element.config = await annualReport();
      await ready;
      await element.updateComplete;
      observer.disconnect();
      expect(shown.length, layout).to.be.greaterThan(0);
      expect(
        shown.filter((heading) => !/Entscheidungen/.test(heading)),
        layout,
      ).to.deep.equal([]);
      element.remove();
    }
  });

  it('reads lang="zh-cmn-Hans-CN" (an extended language subtag) and lang="de_DE" as the languages they name', async () => {
    const chinese = await renderUnder('en', await annualReport(), 'zh-cmn-Hans-CN');
    expect(clauseOf(chinese, 'offers').lang).to.equal('zh-CN');
    expect(chinese.language).to.equal('zh-Hans');
    chinese.remove();
    // The page's own lang, written the POSIX way: the words follow it (the config has no German clauses).
    const german = await renderUnder('de_DE', await annualReport());
    expect(german.language).to.equal('de');
  });

  it('does not read lang="und" (undetermined) as English', async () => {
    // The element says "und", the page around it Chinese: Intl would maximise "und" to en-Latn-US.
    const element = await renderUnder('zh-CN', await annualReport(), 'und');
    expect(clauseOf(element, 'offers').lang).to.equal('zh-CN');
    expect(element.language).to.equal('zh-Hans');
  });

  it('shows the best available text with a notice when the visitor’s language is not offered', async () => {
    const element = await renderUnder('zh-TW', await annualReport());
    // Traditional Chinese is not offered: the text is not silently swapped for Simplified.
    const item = shadow(element).querySelector('li[data-purpose="offers"]')!;
    const notice = item.querySelector('[part="language-notice"]')!;
    expect(notice).to.exist;
    expect(clauseOf(element, 'offers').textContent).to.equal((await annualReport()).purposes[2]!.clause.en);
    // The notice is in the visitor's language (Traditional Chinese ships for the prompt's own words).
    expect(notice.textContent).to.contain('英文');
    expect(element.language).to.equal('zh-Hant');
    const decision = oneEvent(element, 'consent-decision');
    await trustedClick(action(element, 'reject-all'));
    const { detail } = await decision;
    expect(detail.shown['offers']).to.deep.equal({ language: 'en', languageNotice: true });
  });

  it('refuses a config whose clause is missing in a declared language, naming it, rather than showing another', async () => {
    const config = structuredClone(await annualReport()) as unknown as {
      purposes: { id: string; title: Record<string, string>; clause: Record<string, string> }[];
    };
    delete config.purposes[2]!.clause['zh-CN'];
    const element = await fixture<ConsentPrompt>(html`<consent-prompt layout="inline" lang="zh-CN"></consent-prompt>`);
    const failed = oneEvent(element, 'consent-error');
    element.config = config;
    const { detail } = (await failed) as CustomEvent<ConsentErrorDetail>;
    expect(detail.problems.map((problem) => `${problem.code} @ ${problem.path}`)).to.deep.equal([
      'missing-translation @ purposes[2].clause.zh-CN',
    ]);
    expect(element.decisions).to.equal(null);
    expect(shadow(element).querySelector('[part="clause"]')).to.equal(null);
  });

  it('announces the clauses’ fallback when the language changes, and keeps focus on a clause', async () => {
    type Text = Record<string, string>;
    const config = structuredClone(await annualReport()) as unknown as {
      languages: string[];
      dataCategories: Record<string, Text>;
      purposes: { id: string; title: Text; clause: Text }[];
    };
    config.languages = ['en', 'zh-CN', 'de'];
    for (const text of [
      ...config.purposes.flatMap((purpose) => [purpose.title, purpose.clause]),
      ...Object.values(config.dataCategories),
    ]) {
      text['de'] = `${text['en']} (de)`;
    }
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"></div>`);
    const element = document.createElement('consent-prompt') as ConsentPrompt;
    element.layout = 'inline';
    element.lang = 'de';
    wrapper.append(element);
    const ready = oneEvent(element, 'consent-ready');
    element.config = config;
    await ready;
    await element.updateComplete;
    expect(clauseOf(element, 'credit-scoring').lang).to.equal('de');
    // The visitor is on the scoring clause when the page switches the prompt to French, which the config does not
    // offer: the prompt's words are French, the clauses German (the next language the page asks for), said so.
    const scoringClause = clauseOf(element, 'credit-scoring');
    scoringClause.focus();
    element.lang = 'fr';
    await waitUntil(() => element.language === 'fr', 'the French words');
    await element.updateComplete;
    expect(clauseOf(element, 'credit-scoring').lang).to.equal('de');
    expect(clauseOf(element, 'offers').lang).to.equal('de');
    const live = () => shadow(element).querySelector('[role="status"]')!.textContent!;
    await waitUntil(() => live().includes('allemand'), `the notice announced: ${live()}`);
    expect(shadow(element).activeElement === scoringClause, 'focus on the clause').to.equal(true);
    // The page's German goes: the clauses fall back to the default language, focus kept.
    wrapper.lang = 'en';
    await waitUntil(() => clauseOf(element, 'credit-scoring').lang === 'en', 'the clause in English');
    await element.updateComplete;
    expect(shadow(element).activeElement === clauseOf(element, 'credit-scoring'), 'focus kept on it').to.equal(true);
    await waitUntil(() => live().includes('anglais'), `the new notice announced: ${live()}`);
  });

  it('tells a reader in Portugal that the only Portuguese offered is Brazil’s, and records it', async () => {
    const config = structuredClone(await annualReport()) as unknown as {
      languages: string[];
      dataCategories: Record<string, Record<string, string>>;
      purposes: { title: Record<string, string>; clause: Record<string, string> }[];
    };
    // The seed's Simplified Chinese stands in as Brazil's text: what matters is the tag the config gives it.
    const rename = (text: Record<string, string>) => {
      text['pt-BR'] = text['zh-CN']!;
      delete text['zh-CN'];
    };
    config.languages = ['en', 'pt-BR'];
    for (const purpose of config.purposes) [purpose.title, purpose.clause].forEach(rename);
    Object.values(config.dataCategories).forEach(rename);
    const element = await renderUnder('pt-PT', config);
    expect(clauseOf(element, 'offers').lang).to.equal('pt-BR');
    expect(element.language).to.equal('pt-PT');
    const notice = shadow(element).querySelector('li[data-purpose="offers"] [part="language-notice"]');
    expect(notice, 'a notice').to.exist;
    const decision = oneEvent(element, 'consent-decision');
    await trustedClick(action(element, 'reject-all'));
    const { detail } = await decision;
    expect(detail.shown['offers']).to.deep.equal({ language: 'pt-BR', languageNotice: true });
  });

  it('writes language names in the notice as the visitor’s language writes them inside a sentence', async () => {
    const element = await renderUnder('fr', await annualReport());
    const notice = shadow(element).querySelector('li[data-purpose="offers"] [part="language-notice"]')!;
    const lower = (tag: string) => new Intl.DisplayNames(['fr'], { type: 'language' }).of(tag)!;
    // French writes language names in lower case: "en anglais", never "en Anglais".
    expect(lower('en')).to.equal('anglais');
    expect(notice.textContent)
      .to.contain(`en ${lower('fr')}`)
      .and.to.contain(`en ${lower('en')}`);
    // Vietnamese: CLDR gives "Tiếng Anh" standing alone; a sentence writes "bằng tiếng Anh".
    element.remove();
    const vietnamese = await renderUnder('vi', await annualReport());
    const text = shadow(vietnamese).querySelector('li[data-purpose="offers"] [part="language-notice"]')!.textContent!;
    expect(text).to.contain('tiếng Việt').and.to.contain('tiếng Anh').and.not.to.contain('Tiếng');
  });

  it('names a language given with extensions or private use by the language it is, not by its code', async () => {
    for (const [lang, name] of [
      ['de-u-co-phonebk', 'Deutsch'],
      ['fr-x-private', 'français'],
    ] as const) {
      const element = await renderUnder(lang, await annualReport());
      const notice = shadow(element).querySelector('li[data-purpose="offers"] [part="language-notice"]')!;
      expect(notice.textContent, lang).to.contain(name).and.not.to.contain(lang);
      element.remove();
    }
  });

  it('marks the titles named in words of another language with their own language', async () => {
    // German words for the prompt, English text from the config (it offers no German).
    const element = await renderUnder('de', await annualReport());
    expect(element.language).to.equal('de');
    const names = [...shadow(element).querySelectorAll('[part="accept-all-note"] bdi.purpose-name')];
    expect(names).to.have.length(2);
    for (const name of names) expect(name.getAttribute('lang'), name.textContent!).to.equal('en');
  });

  it('joins the purposes beside "Accept all" with the visitor’s "and", also where the browser has no list data', async () => {
    // Chromium's Intl has no list data in these four, and joined "A and B" inside an Irish sentence.
    const joiners: Record<string, string> = { ga: ' agus ', mt: ' u ', ha: ' da ', pa: ' ਅਤੇ ', de: ' und ' };
    for (const [language, joiner] of Object.entries(joiners)) {
      const element = await renderUnder(language, await annualReport());
      const note = shadow(element).querySelector('[part="accept-all-note"]')!;
      expect(note.textContent, language).to.contain(joiner);
      expect(note.textContent, language).not.to.contain(' and ');
      element.remove();
    }
  });

  it('names languages in Irish, Maltese, Hausa and Punjabi even where the browser has no Intl names in them', async () => {
    // Chromium's Intl has no names in these: it answered "Irish" and "English" inside an Irish sentence, and "en"
    // inside a Punjabi one (it claims Punjabi names, but answers with the codes).
    const expected: Record<string, [string, string]> = {
      ga: ['Gaeilge', 'Béarla'],
      mt: ['Malti', 'Ingliż'],
      ha: ['Hausa', 'Turanci'],
      pa: ['ਪੰਜਾਬੀ', 'ਅੰਗਰੇਜ਼ੀ'],
    };
    for (const [tag, [itself, english]] of Object.entries(expected)) {
      const element = await renderUnder(tag, await annualReport());
      const notice = shadow(element).querySelector('li[data-purpose="offers"] [part="language-notice"]')!;
      expect(notice.textContent, tag).to.contain(itself).and.to.contain(english);
      expect(notice.textContent, tag).not.to.match(/Irish|Maltese|English|Punjabi|\ben\b/);
      element.remove();
    }
    // The menu names every language in itself, whatever the visitor reads.
    const config = withLanguages(await annualReport(), ['ga', 'mt', 'ha', 'pa']);
    const element = await renderPrompt(config, { lang: 'en' });
    await trustedClick(shadow(element).querySelector<HTMLButtonElement>('[part="language-button"]')!);
    await element.updateComplete;
    const items = [...shadow(element).querySelectorAll<HTMLElement>('[part="language-menu"] [role="menuitemradio"]')];
    expect(items.map((item) => item.textContent!.trim()).slice(2)).to.deep.equal([
      'Gaeilge',
      'Malti',
      'Hausa',
      'ਪੰਜਾਬੀ',
    ]);
  });

  it('names in itself a language unticked ships no words for, where the browser has no Intl names in it', async () => {
    // Chromium's Intl has no names in Welsh, Basque, Khmer, Yoruba or Pashto: its menu read "Welsh", "Basque", ...
    // under lang="cy", "eu", ... CLDR's names come in a chunk loaded when a menu needs them.
    const expected: Record<string, string> = { cy: 'Cymraeg', eu: 'Euskara', km: 'ខ្មែរ', yo: 'Èdè Yorùbá', ps: 'پښتو' };
    const config = withLanguages(await annualReport(), Object.keys(expected));
    const element = await renderPrompt(config, { lang: 'en' });
    const names = () =>
      [...shadow(element).querySelectorAll<HTMLElement>('[part="language-menu"] [role="menuitemradio"]')]
        .slice(2)
        .map((item) => `${item.lang} ${item.textContent!.trim()}`);
    const wanted = Object.entries(expected).map(([tag, name]) => `${tag} ${name}`);
    await waitUntil(() => JSON.stringify(names()) === JSON.stringify(wanted), 'the menu names each in itself').catch(
      (error: Error) => {
        throw new Error(`${error.message}; it names ${names().join(', ')}`);
      },
    );
    // The button names the language shown in itself too.
    element.lang = 'cy';
    await waitUntil(
      () => shadow(element).querySelector('[part="language-button"]')!.textContent!.includes('Cymraeg'),
      'the button reads Cymraeg',
    );
  });

  it('writes retention periods in Irish, Hausa, Maltese and Punjabi where the browser has no Intl units in them', async () => {
    // Chromium's Intl has no unit data in these: it wrote "2 years" and "6 months" in an Irish or Punjabi prompt.
    // CLDR's, as Firefox writes them (Maltese has no long unit names in CLDR itself).
    const expected: Record<string, [string, string]> = {
      ga: ['2 bhl', '6 mhí'],
      ha: ['shekaru 2', 'watanni 6'],
      mt: ['2 y', '6 m'],
      pa: ['2 ਸਾਲ', '6 ਮਹੀਨੇ'],
    };
    const retention = (element: ConsentPrompt, id: string) =>
      [...shadow(element).querySelectorAll(`li[data-purpose="${id}"] [part="details"] dd`)].map((dd) =>
        dd.textContent!.trim(),
      );
    for (const [tag, [years, months]] of Object.entries(expected)) {
      const element = await renderUnder(tag, await annualReport());
      expect(retention(element, 'credit-scoring'), tag).to.include(years);
      expect(retention(element, 'offers'), tag).to.include(months);
      expect(shadow(element).querySelector('[part="purposes"]')!.textContent, tag).not.to.match(/years|months/);
      element.remove();
    }
  });

  it('lets the visitor switch language from the menu, keeping their toggles and focus', async () => {
    const element = await renderPrompt(await annualReport(), { lang: 'en' });
    await trustedClick(toggle(element, 'offers'));
    const button = shadow(element).querySelector<HTMLButtonElement>('[part="language-button"]')!;
    await trustedClick(button);
    await element.updateComplete;
    const menu = shadow(element).querySelector<HTMLElement>('[part="language-menu"]')!;
    expect(menu.hidden).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitemradio"]')];
    expect(items.map((i) => i.textContent!.trim())).to.deep.equal(['English', '中文（中国）']);
    // Floating UI loads on first use: focus moves to the current language once the menu is placed.
    await waitUntil(() => shadow(element).activeElement === items[0], 'focus moves into the menu');
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(element).activeElement).to.equal(items[1]);
    await sendKeys({ press: 'Enter' });
    // The key reaches the page asynchronously under load: wait for its effect rather than one update.
    await waitUntil(() => menu.hidden, 'the menu closes', { timeout: 5000 });
    await waitUntil(() => clauseOf(element, 'offers').lang === 'zh-CN', 'the clauses switch', { timeout: 5000 });
    await element.updateComplete;
    expect(shadow(element).activeElement).to.equal(button);
    expect(action(element, 'save').textContent!.trim()).to.equal('保存我的选择');
    expect(toggle(element, 'offers').checked).to.equal(true);
    expect(shadow(element).querySelector('[role="status"][aria-live="polite"]')!.textContent).to.contain('中文');
  });

  it('closes the menu on Escape and on an outside click, returning focus', async () => {
    const element = await renderPrompt(await annualReport());
    const button = shadow(element).querySelector<HTMLButtonElement>('[part="language-button"]')!;
    const menu = shadow(element).querySelector<HTMLElement>('[part="language-menu"]')!;
    await trustedClick(button);
    await element.updateComplete;
    expect(menu.hidden).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(menu.hidden).to.equal(true);
    expect(shadow(element).activeElement).to.equal(button);
    await trustedClick(button);
    await element.updateComplete;
    expect(menu.hidden).to.equal(false);
    await trustedClick(shadow(element).querySelector('[part="heading"]')!);
    await element.updateComplete;
    expect(menu.hidden).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('follows a change of <html lang> at runtime', async () => {
    const original = document.documentElement.lang;
    try {
      document.documentElement.lang = 'en';
      const element = document.createElement('consent-prompt') as ConsentPrompt;
      element.layout = 'inline';
      document.body.append(element);
      const ready = oneEvent(element, 'consent-ready');
      element.config = await annualReport();
      await ready;
      await element.updateComplete;
      expect(clauseOf(element, 'offers').lang).to.equal('en');
      document.documentElement.lang = 'zh-CN';
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(clauseOf(element, 'offers').lang).to.equal('zh-CN');
    } finally {
      document.documentElement.lang = original;
    }
  });

  it('follows a lang changed around it inside a shadow root, and removed', async () => {
    const original = document.documentElement.lang;
    const app = document.createElement('div');
    // A closed root, as a component may have: the prompt still finds it from below.
    const root = app.attachShadow({ mode: 'closed' });
    const inner = document.createElement('div');
    inner.lang = 'ja';
    root.append(inner);
    document.body.append(app);
    try {
      document.documentElement.lang = 'en';
      const element = document.createElement('consent-prompt') as ConsentPrompt;
      element.layout = 'inline';
      inner.append(element);
      const ready = oneEvent(element, 'consent-ready');
      element.config = await annualReport();
      await ready;
      await element.updateComplete;
      expect(element.language).to.equal('ja');
      inner.lang = 'zh-CN';
      await waitUntil(() => element.language === 'zh-Hans', 'follows the lang set inside the shadow root');
      await element.updateComplete;
      expect(clauseOf(element, 'offers').lang).to.equal('zh-CN');
      inner.removeAttribute('lang');
      await waitUntil(() => element.language === 'en', 'follows <html lang> once the inner lang is gone');
      await element.updateComplete;
      expect(clauseOf(element, 'offers').lang).to.equal('en');
    } finally {
      document.documentElement.lang = original;
      app.remove();
    }
  });

  it('follows the browser’s languages when they change (languagechange)', async () => {
    const original = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    const setLanguages = (languages: string[]) =>
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
    try {
      setLanguages(['fi-FI', 'en']);
      const element = await renderUnder(null, await annualReport());
      expect(element.language).to.equal('fi');
      setLanguages(['zh-CN', 'en']);
      window.dispatchEvent(new Event('languagechange'));
      await waitUntil(() => element.language === 'zh-Hans', 'follows languagechange');
    } finally {
      delete (navigator as { languages?: unknown }).languages;
      if (original !== null) document.documentElement.setAttribute('lang', original);
    }
  });

  it('never takes two different lists of languages for one (a lang holding U+0000)', async () => {
    const original = document.documentElement.getAttribute('lang');
    const setLanguages = (languages: string[]) =>
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
    try {
      setLanguages(['en-US']);
      document.documentElement.setAttribute('lang', 'de');
      const element = await renderUnder(null, await annualReport(), 'fr');
      expect(element.language).to.equal('fr');
      // ['fr', 'de', 'en-US'] then ['fr\u0000de', 'en-US']: joined with U+0000 the two read alike.
      document.documentElement.removeAttribute('lang');
      element.lang = 'fr\u0000de';
      await waitUntil(() => element.language === 'en', 'an invalid tag is passed over');
    } finally {
      delete (navigator as { languages?: unknown }).languages;
      if (original !== null) document.documentElement.setAttribute('lang', original);
      else document.documentElement.removeAttribute('lang');
    }
  });

  it('renders right-to-left languages with dir="rtl" and stays accessible', async () => {
    const config = (await annualReport()) as unknown as {
      languages: string[];
      defaultLanguage: string;
      purposes: { title: Record<string, string>; clause: Record<string, string> }[];
      dataCategories: Record<string, Record<string, string>>;
    };
    config.languages = ['en', 'ar'];
    config.defaultLanguage = 'en';
    for (const [index, purpose] of config.purposes.entries()) {
      purpose.title = { en: purpose.title['en']!, ar: `الغرض رقم ${index + 1}` };
      purpose.clause = { en: purpose.clause['en']!, ar: 'ستقوم Sesame Credit بتحليل سجلات الدفع الخاصة بك.' };
    }
    for (const label of Object.values(config.dataCategories)) {
      delete label['zh-CN'];
      label['ar'] = 'بيانات';
    }
    const element = await renderUnder(null, config, 'ar');
    const clause = clauseOf(element, 'offers');
    expect(clause.dir).to.equal('rtl');
    expect(clause.lang).to.equal('ar');
    expect(getComputedStyle(clause).direction).to.equal('rtl');
    expect(clause.textContent).to.contain('Sesame Credit');
    // The English name keeps its own left-to-right order inside the right-to-left sentence.
    const text = clause.firstChild as Text;
    const boxOf = (word: string) => {
      const range = document.createRange();
      const start = text.data.indexOf(word);
      range.setStart(text, start);
      range.setEnd(text, start + word.length);
      return range.getBoundingClientRect();
    };
    expect(boxOf('Sesame').left).to.be.below(boxOf('Credit').left);
    expect(boxOf('Credit').left).to.be.below(boxOf('ستقوم').left);
    await expect(element).to.be.accessible();
  });
});

describe('every shipped locale in the browser', () => {
  afterEach(() => document.querySelectorAll('consent-prompt').forEach((el) => el.remove()));

  it('loads each locale on demand and renders its words, right-to-left where the script is', async () => {
    const { SHIPPED_LOCALES, loadLocale } = await import('../../src/locales/index.js');
    const rtl = new Set(['ar', 'fa', 'he', 'ur']);
    const element = await renderPrompt(await annualReport(), { lang: 'en' });
    for (const tag of SHIPPED_LOCALES) {
      element.lang = tag;
      await element.updateComplete;
      const strings = await loadLocale(tag);
      expect(element.language, tag).to.equal(tag);
      expect(action(element, 'reject-all').textContent!.trim(), tag).to.equal(strings.actions.rejectAll);
      expect(action(element, 'accept-all').textContent!.trim(), tag).to.equal(strings.actions.acceptAll);
      const prompt = shadow(element).querySelector<HTMLElement>('[part="prompt"]')!;
      expect(prompt.lang, tag).to.equal(tag);
      expect(prompt.dir, tag).to.equal(rtl.has(tag) ? 'rtl' : 'ltr');
    }
  });
});

describe('the likely-subtags table in this browser', () => {
  it('gives the engine’s answer for every tag it answers', function () {
    this.timeout(60_000);
    const { answered, mismatches } = compareWithEngine(likelyParts);
    expect(mismatches.slice(0, 10)).to.deep.equal([]);
    expect(answered).to.be.greaterThan(20_000);
  });
});

describe('numbers in the prompt’s sentences in this browser', () => {
  it('write small whole numbers as Intl.NumberFormat does, in every shipped locale', () => {
    const mismatches: string[] = [];
    for (const locale of SHIPPED_LOCALES) {
      const engine = new Intl.NumberFormat(locale);
      for (const value of [...Array.from({ length: 1000 }, (_, i) => i), 1000, 12345, -3, 2.5]) {
        if (formatNumber(value, locale) !== engine.format(value)) mismatches.push(`${locale} ${value}`);
      }
    }
    expect(mismatches.slice(0, 10)).to.deep.equal([]);
    for (const locale of LATIN_DIGIT_LOCALES) expect(SHIPPED_LOCALES).to.include(locale);
  });
});
