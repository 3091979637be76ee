// The host's overrides of the prompt's own words (`strings`), numbers in the visitor's language, and the
// announcement of a language change with its notice.
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { ConsentError } from '../../src/core/errors.js';
import type { ConsentErrorEvent } from '../../src/events/consent-error.js';
import { completeLocale } from '../fixtures/complete-locale.js';
import { annualReport, renderPrompt, shadow, action, trustedClick, collect } from './helpers.js';

const label = (element: Parameters<typeof action>[0], name: Parameters<typeof action>[1]) =>
  action(element, name).textContent!.trim();

describe('<consent-prompt> strings', () => {
  afterEach(() => document.querySelectorAll('consent-prompt').forEach((el) => el.remove()));

  it('applies a partial override of a shipped locale, and restores the shipped words when removed', async () => {
    const element = await renderPrompt(await annualReport());
    element.strings = { en: { actions: { rejectAll: 'Decline all' } } };
    await element.updateComplete;
    expect(label(element, 'reject-all')).to.equal('Decline all');
    expect(label(element, 'accept-all')).to.equal('Accept all');
    expect(element.strings).to.deep.equal({ en: { actions: { rejectAll: 'Decline all' } } });
    expect(Object.isFrozen(element.strings['en'])).to.equal(true);
    element.strings = {};
    await element.updateComplete;
    expect(label(element, 'reject-all')).to.equal('Reject all');
  });

  it('overrides a locale loaded later, and only that locale', async () => {
    const element = await renderPrompt(await annualReport(), { lang: 'en' });
    element.strings = { 'zh-Hans': { actions: { rejectAll: '全部不同意' } } };
    await element.updateComplete;
    expect(label(element, 'reject-all')).to.equal('Reject all');
    element.lang = 'zh-CN';
    await element.updateComplete;
    expect(label(element, 'reject-all')).to.equal('全部不同意');
    expect(label(element, 'accept-all')).to.equal('全部接受');
  });

  it('throws a ConsentError naming the field, and applies nothing, for a refused override', async () => {
    const element = await renderPrompt(await annualReport());
    const attempts: [unknown, string][] = [
      [{ en: { actions: { rejectAll: '' } } }, 'strings.en.actions.rejectAll'],
      [{ en: { actions: { rejectAll: '\u202Ell\u0041 tpeccA' } } }, 'strings.en.actions.rejectAll'],
      [{ en: { actions: { rejectAll: 'Accept all', acceptAll: 'accept  ALL' } } }, 'strings.en.actions.rejectAll'],
      [{ en: { actions: { acceptAll: 'Reject all' } } }, 'strings.en.actions.acceptAll'],
      // Look-alikes: a Cyrillic е, a trailing dot, a tick.
      [{ en: { actions: { acceptAll: 'R\u0435ject all', rejectAll: 'Decline' } } }, 'strings.en.actions.acceptAll'],
      [{ en: { actions: { rejectAll: 'Accept all.' } } }, 'strings.en.actions.rejectAll'],
      [{ en: { actions: { rejectAll: 'Accept all \u2713' } } }, 'strings.en.actions.rejectAll'],
      [{ en: { intro: { asker: 'We ask.' } } }, 'strings.en.intro.asker'],
      [{ en: { heading: '$t(actions.acceptAll)' } }, 'strings.en.heading'],
      [{ en: { heading: { _$litType$: 1, strings: ['<b>x</b>'], values: [] } } }, 'strings.en.heading'],
      ['en', 'strings'],
    ];
    for (const [value, path] of attempts) {
      let thrown: unknown;
      try {
        element.strings = value;
      } catch (error) {
        thrown = error;
      }
      expect(thrown, JSON.stringify(value)).to.be.instanceOf(ConsentError);
      expect((thrown as ConsentError).code).to.equal('invalid-strings');
      expect((thrown as ConsentError).path).to.equal(path);
    }
    await element.updateComplete;
    expect(label(element, 'reject-all')).to.equal('Reject all');
    expect(element.strings).to.deep.equal({});
  });

  it('refuses labels that point the other way, applying none of them, with a consent-error naming each', async () => {
    const element = await renderPrompt(await annualReport());
    const errors: ConsentErrorEvent[] = [];
    element.addEventListener('consent-error', (event) => errors.push(event));
    const attempts: [unknown, string[]][] = [
      // The button that accepts says "Deny", the one that refuses "Allow": swapped meanings, not swapped labels.
      [
        { en: { actions: { acceptAll: 'Deny all', rejectAll: 'Allow all' } } },
        ['strings.en.actions.acceptAll', 'strings.en.actions.rejectAll'],
      ],
      [{ en: { actions: { close: 'Reject all' } } }, ['strings.en.actions.close']],
      [
        { en: { preferences: { granted: 'Not allowed', refused: 'Allowed' } } },
        ['strings.en.preferences.granted', 'strings.en.preferences.refused'],
      ],
      [{ 'zh-Hans': { actions: { acceptAll: '全部拒绝' } } }, ['strings.zh-Hans.actions.acceptAll']],
    ];
    for (const [value, paths] of attempts) {
      errors.length = 0;
      element.strings = value;
      await element.updateComplete;
      expect(
        errors.map((event) => event.detail.problems.map((problem) => problem.path)),
        JSON.stringify(value),
      ).to.deep.equal([paths]);
      expect(errors[0]!.detail.problems.every((problem) => problem.code === 'deceptive-label')).to.equal(true);
      expect(element.strings, JSON.stringify(value)).to.deep.equal({});
      expect(label(element, 'accept-all')).to.equal('Accept all');
      expect(label(element, 'reject-all')).to.equal('Reject all');
    }
    // A change of tone passes, once checked.
    errors.length = 0;
    element.strings = { en: { actions: { rejectAll: 'No thanks', acceptAll: 'Allow everything' } } };
    await element.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(label(element, 'reject-all')).to.equal('No thanks');
    expect(label(element, 'accept-all')).to.equal('Allow everything');
  });

  it('copies what it is given first, reading proxies and getters once: later reads and mutations cannot get past the checks', async () => {
    const element = await renderPrompt(await annualReport());
    const getterThrows = Object.defineProperty({}, 'en', {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    });
    const trapThrows = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    for (const [name, value] of [
      ['a trap that throws', trapThrows],
      ['a getter that throws', getterThrows],
    ] as const) {
      let thrown: unknown;
      try {
        element.strings = value;
      } catch (error) {
        thrown = error;
      }
      expect(thrown, name).to.be.instanceOf(ConsentError);
      expect((thrown as ConsentError).code, name).to.equal('invalid-strings');
      expect((thrown as ConsentError).path, name).to.equal('strings');
    }
    // A framework's reactive proxy over plain data (Vue's reactive(), Svelte's $state) is copied as the data it
    // shows, each value read once: a proxy answering differently on a second read cannot show the check one label
    // and the prompt another.
    const proxyReads = new Map<string, number>();
    const reactive = <T extends object>(target: T): T =>
      new Proxy(target, {
        get(object, key, receiver) {
          if (typeof key === 'string') proxyReads.set(key, (proxyReads.get(key) ?? 0) + 1);
          const value = Reflect.get(object, key, receiver) as unknown;
          if (key === 'rejectAll' && (proxyReads.get(key) ?? 0) > 1) return 'Accept all';
          return typeof value === 'object' && value !== null ? reactive(value) : value;
        },
      });
    element.strings = reactive({ en: { actions: { rejectAll: 'Decline all' } } });
    await element.updateComplete;
    expect(label(element, 'reject-all')).to.equal('Decline all');
    expect(proxyReads.get('rejectAll')).to.equal(1);
    expect(element.strings).to.deep.equal({ en: { actions: { rejectAll: 'Decline all' } } });
    element.strings = { en: new Proxy({ actions: { rejectAll: 'Decline every purpose' } }, {}) };
    await element.updateComplete;
    expect(label(element, 'reject-all')).to.equal('Decline every purpose');
    // A proxy over something that is not plain data is still refused, naming the field.
    expect(() => (element.strings = { en: new Proxy([], {}) })).to.throw(ConsentError);
    // A getter read once, by the copy: what was checked is what is shown.
    let reads = 0;
    const flipping = {
      en: {
        actions: {
          get rejectAll() {
            reads += 1;
            return reads === 1 ? 'Decline all' : '';
          },
        },
      },
    };
    element.strings = flipping;
    const kept = { en: { actions: { rejectAll: 'Decline everything' } } };
    element.strings = kept;
    kept.en.actions.rejectAll = 'Accept all';
    element.requestUpdate();
    await element.updateComplete;
    expect(reads).to.equal(1);
    expect(label(element, 'reject-all')).to.equal('Decline everything');
  });

  it('keeps the shipped labels and reports it when an override collides with a label it did not change', async () => {
    for (const [name, actions] of [
      // Only the shipped Finnish words show the collision: the setter cannot see them before Finnish loads (and
      // the check of what labels mean has no Finnish words; German ones it reads, so they never get this far).
      ['one label made to read as another', { acceptAll: 'Hylkää kaikki' }],
      ['both relabelled, swapped', { rejectAll: 'Hyväksy kaikki', acceptAll: 'Hylkää kaikki' }],
    ] as const) {
      const element = await renderPrompt(await annualReport(), { lang: 'fi' });
      const errors = collect(element, 'consent-error');
      const logged: unknown[] = [];
      const originalError = console.error;
      console.error = (...args: unknown[]) => logged.push(args[0]);
      try {
        element.strings = { fi: { actions } };
        await element.updateComplete;
      } finally {
        console.error = originalError;
      }
      expect(label(element, 'accept-all'), name).to.equal('Hyväksy kaikki');
      expect(label(element, 'reject-all'), name).to.equal('Hylkää kaikki');
      await waitUntil(() => errors.length === 1, `a consent-error for the collision: ${name}`);
      expect(errors[0]!.detail.problems[0], name).to.include({ code: 'deceptive-label', path: 'strings.fi.actions' });
      expect(logged.some((entry) => entry instanceof ConsentError && entry.code === 'invalid-strings')).to.equal(true);
      element.remove();
    }
  });

  it('adds a language the package does not ship when the host gives every string', async () => {
    const config = await annualReport();
    const element = await renderPrompt(config, { lang: 'ca' });
    expect(element.language).to.equal('en');
    element.strings = { ca: completeLocale('ca', { heading: 'Les vostres opcions sobre les vostres dades' }) };
    await element.updateComplete;
    expect(element.language).to.equal('ca');
    expect(shadow(element).querySelector('[part="heading"]')!.textContent!.trim()).to.equal(
      'Les vostres opcions sobre les vostres dades',
    );
    expect(shadow(element).querySelector('[part="prompt"]')!.getAttribute('lang')).to.equal('ca');
  });

  it('writes numbers the visitor’s way', async () => {
    const element = await renderPrompt(await annualReport(), { lang: 'fa' });
    const intro = shadow(element).querySelector('[part="intro"]')!.textContent!;
    const count = new Intl.NumberFormat('fa').format(3);
    expect(count).to.equal('۳');
    expect(intro).to.contain(count);
    expect(intro).not.to.match(/\b3\b/);
  });
});

describe('<consent-prompt> language change announcement', () => {
  afterEach(() => document.querySelectorAll('consent-prompt').forEach((el) => el.remove()));

  it('announces the new language and the notice of a clause not available in it', async () => {
    const config = await annualReport();
    // Offer a second language in which one clause is missing its own text: the notice must be read out.
    const element = await renderPrompt(config, { lang: 'en' });
    const live = shadow(element).querySelector('[role="status"][aria-live="polite"]')!;
    expect(live.textContent!.trim()).to.equal('');
    element.lang = 'zh-TW';
    await element.updateComplete;
    await waitUntil(() => live.textContent!.trim() !== '', 'an announcement', { timeout: 5000 });
    // Traditional Chinese words for the prompt; the clauses are shown in English with a notice that says so.
    const notice = shadow(element).querySelector('[part="language-notice"]')!.textContent!.trim();
    expect(live.textContent).to.contain(notice);
    expect(element.language).to.equal('zh-Hant');
  });

  it('announces a switch from the menu, keeping focus on the language button', async () => {
    const element = await renderPrompt(await annualReport(), { lang: 'en' });
    const button = shadow(element).querySelector<HTMLButtonElement>('[part="language-button"]')!;
    await trustedClick(button);
    await element.updateComplete;
    const items = [...shadow(element).querySelectorAll<HTMLElement>('[role="menuitemradio"]')];
    await waitUntil(() => shadow(element).activeElement === items[0], 'focus moves into the menu');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => shadow(element).activeElement === items[1], 'focus on the second language');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    const live = shadow(element).querySelector('[role="status"][aria-live="polite"]')!;
    // Loading the new locale's chunk can take a while on a busy machine.
    await waitUntil(() => live.textContent!.includes('中文'), 'the new language is announced', { timeout: 5000 });
    expect(shadow(element).activeElement).to.equal(button);
  });
});
