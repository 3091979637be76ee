// The importer for vanilla-cookieconsent and Klaro configs: realistic configs of each library (v3, v2, Klaro 0.7 and
// the older `apps` form), every kind of finding, runtime objects whose functions, getters and Proxy traps must never
// run, hostile JSON, and drafts that validate once the options supply what the source cannot say.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { initialDecisions } from '../../src/core/consent/decisions.js';
import type { ControllerConfig } from '../../src/core/config/types.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { purposeIdFrom } from '../../src/core/import/draft.js';
import { htmlToText } from '../../src/core/import/html.js';
import { IMPORT_LIMITS, importConfig } from '../../src/core/import/index.js';
import type { ImportFinding, ImportFindingCode, ImportOptions, ImportResult } from '../../src/core/import/index.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function text(name: string): string {
  return readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
}

function json(name: string): Json {
  return JSON.parse(text(name)) as Json;
}

const CONTROLLER = json('controller.json') as ControllerConfig;

/** Options that supply everything the sources cannot say. */
function complete(from: ImportOptions['from'] = 'auto'): ImportOptions {
  return {
    from,
    controller: CONTROLLER,
    policy: { id: 'main', version: '2025-01', url: 'https://shop.example/privacy' },
    jurisdiction: 'DE',
  };
}

function find(result: ImportResult, code: ImportFindingCode, path: string): ImportFinding {
  const found = result.findings.find((finding) => finding.code === code && finding.path === path);
  assert.ok(
    found,
    `expected ${code} at ${path}; got:\n${result.findings.map((f) => `${f.code} @ ${f.path}`).join('\n')}`,
  );
  return found;
}

function codesAt(result: ImportResult, path: string): ImportFindingCode[] {
  return result.findings.filter((finding) => finding.path === path).map((finding) => finding.code);
}

function assertValid(result: ImportResult): void {
  assert.equal(result.validation.valid, true, JSON.stringify(result.validation.problems, null, 2));
}

/** Every optional purpose of a valid draft starts unticked. */
function assertUnticked(result: ImportResult): void {
  assert.ok(result.validation.valid);
  const decisions = initialDecisions(result.validation.config);
  assert.ok(Object.keys(decisions).length > 0);
  for (const [id, granted] of Object.entries(decisions)) assert.equal(granted, false, id);
}

describe('importConfig: vanilla-cookieconsent 3', () => {
  const result = importConfig(text('vanilla-cookieconsent-v3.json'), complete('vanilla-cookieconsent'));

  it('reads the format and maps categories to purposes in the order of the default language', () => {
    assert.equal(result.format, 'vanilla-cookieconsent-v3');
    assert.deepEqual(
      result.purposes.map((purpose) => [purpose.id, purpose.sourceName, purpose.necessary]),
      [
        ['necessary', 'necessary', true],
        ['analytics', 'analytics', false],
        ['ads', 'ads', false],
      ],
    );
    assert.deepEqual(result.config?.languages, ['en', 'de']);
    assert.equal(result.config?.defaultLanguage, 'en');
  });

  it('drafts a config that validates, with every optional purpose unticked', () => {
    assertValid(result);
    assertUnticked(result);
    assert.deepEqual(result.missing, []);
    assert.equal(result.counts.error, 0);
  });

  it('refuses the enabled analytics category, and says why', () => {
    const finding = find(result, 'pre-ticked', 'categories.analytics.enabled');
    assert.equal(finding.severity, 'warning');
    assert.match(finding.reference ?? '', /Planet49/);
    assert.match(finding.reference ?? '', /Recital 32/);
    // A read-only category is necessary, not pre-ticked.
    assert.deepEqual(codesAt(result, 'categories.necessary.enabled'), []);
    assert.equal(result.config?.purposes.find((p) => p.id === 'necessary')?.necessary, true);
  });

  it('reports the category that bundled two services, with their labels as text', () => {
    const finding = find(result, 'bundled', 'categories.analytics.services');
    assert.match(finding.message, /"Google Analytics", "Hotjar"/);
    assert.match(finding.reference ?? '', /05\/2020 .*granularity/);
  });

  it('refuses unequal buttons', () => {
    find(result, 'reject-hidden', 'guiOptions.consentModal.equalWeightButtons');
    assert.deepEqual(codesAt(result, 'guiOptions.preferencesModal.equalWeightButtons'), []);
  });

  it('converts markup to plain text: badges dropped, links written out', () => {
    const purposes = result.config?.purposes ?? [];
    assert.equal(purposes[0]?.title.en, 'Strictly Necessary Cookies');
    assert.equal(purposes[0]?.title.de, 'Unbedingt erforderliche Cookies');
    assert.match(purposes[1]?.clause.en ?? '', /See our privacy policy \(\/privacy#analytics\)\.$/);
    assert.match(
      find(result, 'html', 'language.translations.en.preferencesModal.sections[1].title').message,
      /Always Enabled/,
    );
    find(result, 'html', 'language.translations.en.preferencesModal.sections[2].description');
  });

  it('reports what has no equivalent, and what JSON did to regular expressions', () => {
    find(result, 'no-equivalent', 'guiOptions');
    find(result, 'no-equivalent', 'cookie.name');
    find(result, 'no-equivalent', 'autoClearCookies');
    find(result, 'no-equivalent', 'language.translations.en.preferencesModal.sections[0]');
    find(result, 'no-equivalent', 'language.translations.en.preferencesModal.sections[2].cookieTable');
    assert.match(find(result, 'no-equivalent', 'categories.analytics.autoClear').message, /JSON\.stringify emptied/);
  });

  it('maps the cookie lifetime to maxAgeDays, and the revision to the version when none is given', () => {
    assert.equal(result.config?.maxAgeDays, 182);
    find(result, 'mapped', 'cookie.expiresAfterDays');
    const withoutVersion = importConfig(text('vanilla-cookieconsent-v3.json'), {
      ...complete(),
      policy: { id: 'main', url: '/privacy' },
    });
    assert.equal(withoutVersion.config?.policy?.version, '3');
    find(withoutVersion, 'mapped', 'revision');
    assertValid(withoutVersion);
  });

  it('reports opt-out mode and a first layer without a reject button', () => {
    const config = json('vanilla-cookieconsent-v3.json');
    config.mode = 'opt-out';
    delete config.language.translations.en.consentModal.acceptNecessaryBtn;
    const changed = importConfig(config, complete());
    assert.match(find(changed, 'opt-out', 'mode').reference ?? '', /Art\. 4\(11\)/);
    assert.match(find(changed, 'pre-ticked', 'categories.analytics.enabled').message, /before any choice/);
    find(changed, 'reject-hidden', 'language.translations.en.consentModal');
    assertValid(changed);
    assertUnticked(changed);
  });

  it('reports each missing translation at the place it belongs, and the draft does not validate', () => {
    const config = json('vanilla-cookieconsent-v3.json');
    config.language.translations.de.preferencesModal.sections.pop();
    const changed = importConfig(config, complete());
    const missing = changed.findings.filter((finding) => finding.code === 'missing-translation');
    assert.equal(missing.length, 2);
    assert.ok(missing.every((finding) => finding.path === 'language.translations.de.preferencesModal.sections'));
    assert.match(missing[0]?.message ?? '', /"ads" has no title in "de".*purposes\[2\]\.title\.de/);
    assert.equal(changed.validation.valid, false);
    assert.deepEqual(
      changed.validation.problems.map((problem) => `${problem.code} ${problem.path}`),
      ['missing-translation purposes[2].title.de', 'missing-translation purposes[2].clause.de'],
    );
  });

  it('reports translations it cannot read: a URL, a loader function, a bad tag', () => {
    const config = json('vanilla-cookieconsent-v3.json');
    config.language.translations.fr = '/assets/fr.json';
    config.language.translations.it = async () => ({});
    config.language.translations['not a tag!'] = config.language.translations.de;
    const changed = importConfig(config, complete());
    assert.match(find(changed, 'language', 'language.translations.fr').message, /never fetches/);
    find(changed, 'callback', 'language.translations.it');
    find(changed, 'language', 'language.translations["not a tag!"]');
    assert.deepEqual(changed.config?.languages, ['en', 'de']);
  });
});

describe('importConfig: vanilla-cookieconsent 3 at run time (callbacks)', () => {
  it('reports every callback with what to use instead, and calls none of them', () => {
    const calls: string[] = [];
    const config = json('vanilla-cookieconsent-v3.json');
    config.onFirstConsent = () => calls.push('onFirstConsent');
    config.onConsent = () => calls.push('onConsent');
    config.onChange = () => calls.push('onChange');
    config.onModalShow = () => calls.push('onModalShow');
    config.onModalReady = () => calls.push('onModalReady');
    config.cookie.expiresAfterDays = () => calls.push('expiresAfterDays');
    config.categories.analytics.services.ga.onAccept = () => calls.push('ga.onAccept');
    config.categories.analytics.services.ga.onReject = () => calls.push('ga.onReject');
    config.categories.analytics.autoClear.cookies[0].name = /^(_ga|_gid)/;
    const result = importConfig(config, complete());
    assert.deepEqual(calls, []);
    assert.match(find(result, 'callback', 'onConsent').message, /data-consent/);
    assert.match(find(result, 'callback', 'onChange').message, /consent-decision/);
    assert.match(find(result, 'callback', 'onFirstConsent').message, /consent-decision/);
    find(result, 'callback', 'onModalShow');
    find(result, 'callback', 'onModalReady');
    assert.match(find(result, 'callback', 'cookie.expiresAfterDays').message, /maxAgeDays/);
    assert.match(find(result, 'callback', 'categories.analytics.services.ga.onAccept').message, /granted\(/);
    assert.match(find(result, 'callback', 'categories.analytics.services.ga.onReject').message, /subscribe\(\)/);
    assert.match(find(result, 'no-equivalent', 'categories.analytics.autoClear').message, /\/\^\(_ga\|_gid\)\//);
    assert.equal(result.config?.maxAgeDays, undefined);
    assertValid(result);
  });
});

describe('importConfig: vanilla-cookieconsent 2', () => {
  const result = importConfig(text('vanilla-cookieconsent-v2.json'), complete('vanilla-cookieconsent'));

  it("reads the categories from the blocks' toggles", () => {
    assert.equal(result.format, 'vanilla-cookieconsent-v2');
    assert.deepEqual(
      result.purposes.map((purpose) => [purpose.id, purpose.necessary]),
      [
        ['necessary', true],
        ['analytics', false],
        ['targeting', false],
      ],
    );
    assert.deepEqual(result.config?.languages, ['en', 'fr']);
    assertValid(result);
    assertUnticked(result);
  });

  it('refuses the pre-ticked targeting toggle and the missing reject buttons', () => {
    find(result, 'pre-ticked', 'languages.en.settings_modal.blocks[3].toggle.enabled');
    // The flags come from the default language only: French repeats them and is not reported again.
    assert.deepEqual(codesAt(result, 'languages.fr.settings_modal.blocks[2].toggle.enabled'), []);
    find(result, 'reject-hidden', 'languages.en.consent_modal');
    find(result, 'reject-hidden', 'languages.en.settings_modal');
    assert.deepEqual(codesAt(result, 'languages.fr.consent_modal'), []);
  });

  it('decodes entities, maps the cookie lifetime and reports the rest', () => {
    assert.equal(result.config?.purposes[1]?.title.fr, "Cookies de performance et d'analyse");
    assert.equal(result.config?.maxAgeDays, 182);
    find(result, 'no-equivalent', 'languages.en.settings_modal.blocks[3].toggle.reload');
    find(result, 'no-equivalent', 'languages.en.settings_modal.blocks[2].cookie_table');
    find(result, 'no-equivalent', 'page_scripts');
    find(result, 'no-equivalent', 'gui_options');
  });

  it('reports opt-out mode and the v2 callbacks without calling them', () => {
    const calls: string[] = [];
    const config = json('vanilla-cookieconsent-v2.json');
    config.mode = 'opt-out';
    config.onAccept = () => calls.push('onAccept');
    config.onFirstAction = () => calls.push('onFirstAction');
    config.onChange = () => calls.push('onChange');
    const changed = importConfig(config, complete());
    assert.deepEqual(calls, []);
    find(changed, 'opt-out', 'mode');
    find(changed, 'callback', 'onAccept');
    find(changed, 'callback', 'onFirstAction');
    find(changed, 'callback', 'onChange');
  });
});

describe('importConfig: Klaro', () => {
  const result = importConfig(text('klaro.json'), complete('klaro'));

  it('makes each service a purpose; required services are necessary', () => {
    assert.equal(result.format, 'klaro');
    assert.deepEqual(
      result.purposes.map((purpose) => [purpose.id, purpose.sourceName, purpose.necessary]),
      [
        ['google-analytics', 'googleAnalytics', false],
        ['youtube', 'youtube', false],
        ['intercom', 'intercom', false],
        ['cloudflare', 'cloudflare', true],
      ],
    );
    assertValid(result);
    assertUnticked(result);
  });

  it('renames ids that do not fit, and says how to update the gated scripts', () => {
    assert.match(
      find(result, 'renamed', 'services[0]').message,
      /data-name="googleAnalytics".*data-consent="google-analytics"/,
    );
  });

  it('refuses default, optOut, bundled purposes and a hidden decline button', () => {
    find(result, 'pre-ticked', 'services[0].default');
    find(result, 'opt-out', 'services[2].optOut');
    assert.match(find(result, 'bundled', 'services[2].purposes').message, /"Live chat", "Analytics"/);
    find(result, 'reject-hidden', 'hideDeclineAll');
  });

  it('reports callbacks given as code strings, with a Consent Mode hint, and runs none', () => {
    const onAccept = find(result, 'callback', 'services[0].onAccept');
    assert.match(onAccept.message, /JavaScript code in a string.*Function constructor/);
    assert.match(onAccept.message, /analytics_storage.*consentMode/);
    find(result, 'callback', 'services[0].onDecline');
  });

  it('carries contextual consent as separate consent, titles from zz, texts per language', () => {
    const youtube = result.config?.purposes.find((purpose) => purpose.id === 'youtube');
    assert.equal(youtube?.separateConsent, true);
    assert.deepEqual(youtube?.title, { en: 'YouTube', de: 'YouTube' });
    find(result, 'mapped', 'services[1].contextualConsentOnly');
    assert.equal(
      result.config?.purposes.find((purpose) => purpose.id === 'intercom')?.clause.en,
      'The chat window lets you ask us questions; Intercom also records which pages you visit.',
    );
    find(result, 'html', 'services[2].translations.en.description');
    find(result, 'no-equivalent', 'htmlTexts');
  });

  it('takes the policy URL and the cookie lifetime from the source when the options do not give them', () => {
    const partial = importConfig(text('klaro.json'), { from: 'klaro', controller: CONTROLLER, jurisdiction: 'DE' });
    assert.deepEqual(partial.config?.policy, { url: '/en/privacy' });
    assert.equal(partial.config?.maxAgeDays, 365);
    find(partial, 'mapped', 'translations.en.privacyPolicyUrl');
    assert.deepEqual(partial.missing, ['policy.id', 'policy.version']);
    assert.equal(partial.validation.valid, false);
    assert.deepEqual(
      partial.validation.problems.map((problem) => problem.path),
      ['policy.id', 'policy.version'],
    );
  });

  it('says so when a service marked required bundles several purposes: all of them become necessary', () => {
    const config = json('klaro.json');
    const services = config.services as Json[];
    services[2] = { ...services[2], required: true };
    const changed = importConfig(config, complete());
    const bundled = find(changed, 'bundled', 'services[2].purposes');
    assert.match(bundled.message, /marked "required".*"Live chat", "Analytics".*necessary/);
    assert.equal(bundled.severity, 'warning');
    assert.equal(changed.purposes.find((purpose) => purpose.id === 'intercom')?.necessary, true);
  });

  it('refuses a top-level required: true and imports the services as optional', () => {
    const config = json('klaro.json');
    config.required = true;
    config.optOut = true;
    config.default = true;
    config.hideLearnMore = true;
    const changed = importConfig(config, complete());
    assert.match(find(changed, 'forced', 'required').reference ?? '', /freely given/);
    find(changed, 'opt-out', 'optOut');
    find(changed, 'pre-ticked', 'default');
    find(changed, 'pre-ticked', 'services[1].default');
    find(changed, 'reject-hidden', 'hideLearnMore');
    assert.deepEqual(
      changed.purposes.filter((purpose) => purpose.necessary).map((purpose) => purpose.id),
      ['cloudflare'],
    );
    assertUnticked(changed);
  });

  it('reports runtime callbacks (callback, onInit) and regular expressions without running them', () => {
    const calls: string[] = [];
    const config = json('klaro.json');
    config.callback = () => calls.push('callback');
    config.services[0].callback = () => calls.push('service.callback');
    config.services[0].onInit = () => calls.push('onInit');
    config.services[0].cookies = [/^_ga(_.*)?/, [/^_gid$/, '/', 'shop.example']];
    const changed = importConfig(config, complete());
    assert.deepEqual(calls, []);
    find(changed, 'callback', 'callback');
    find(changed, 'callback', 'services[0].callback');
    find(changed, 'callback', 'services[0].onInit');
    assert.match(find(changed, 'no-equivalent', 'services[0].cookies').message, /\/\^_ga\(_\.\*\)\?\/, \/\^_gid\$\//);
  });
});

describe('importConfig: Klaro before 0.7 (apps)', () => {
  const result = importConfig(text('klaro-apps.json'), complete());

  it('reads apps, global translations by service name and the default language', () => {
    assert.equal(result.format, 'klaro');
    find(result, 'mapped', 'apps');
    assert.equal(result.config?.defaultLanguage, 'de');
    assert.deepEqual(result.config?.purposes[0]?.clause, {
      de: 'Sammeln von Besucherstatistiken',
      en: 'Collecting of visitor statistics',
    });
    assert.deepEqual(result.config?.purposes[0]?.title, { de: 'Matomo/Piwik', en: 'Matomo/Piwik' });
  });

  it('refuses the top-level default, and reports the service with no description', () => {
    find(result, 'pre-ticked', 'default');
    find(result, 'pre-ticked', 'apps[0].default');
    find(result, 'missing-translation', 'translations.de.adsense.description');
    find(result, 'missing-translation', 'translations.en.adsense.description');
    assert.equal(result.validation.valid, false);
    assert.ok(result.validation.problems.every((problem) => problem.code === 'missing-translation'));
  });

  it('validates once the missing clauses are written into the draft', () => {
    const draft = structuredClone(result.config) as Json;
    draft.purposes[1].clause = {
      de: 'Google zeigt auf dieser Website Anzeigen und erhält dafür Ihre IP-Adresse.',
      en: 'Google shows ads on this website and receives your IP address for this.',
    };
    assert.equal(validateConfig(draft).valid, true);
  });

  it('uses the service name when a service has no title, and says so', () => {
    const config = json('klaro-apps.json');
    delete config.apps[0].title;
    const changed = importConfig(config, complete());
    assert.equal(changed.config?.purposes[0]?.title.de, 'matomo');
    find(changed, 'missing-translation', 'apps[0].title');
  });
});

describe('importConfig: detection, options and languages', () => {
  it('tells the libraries apart with auto, and refuses a config of another library', () => {
    assert.equal(importConfig(text('klaro.json'), complete()).format, 'klaro');
    assert.equal(importConfig(text('vanilla-cookieconsent-v2.json'), complete()).format, 'vanilla-cookieconsent-v2');
    const wrong = importConfig(text('klaro.json'), complete('vanilla-cookieconsent'));
    assert.equal(wrong.config, undefined);
    assert.equal(wrong.format, 'klaro');
    assert.match(find(wrong, 'unrecognized', '').message, /looks like a Klaro config/);
    assert.equal(wrong.validation.valid, false);
  });

  it('never evaluates source: JavaScript text is refused with a way to export it', () => {
    const source = `var klaroConfig = { services: [{ name: 'x', callback: function () { globalThis.ran = true } }] };`;
    const result = importConfig(source, complete());
    assert.equal(result.config, undefined);
    assert.equal(result.counts.error, 1);
    assert.match(find(result, 'unrecognized', '').message, /not valid JSON.*JSON\.stringify/);
    assert.equal((globalThis as { ran?: boolean }).ran, undefined);
  });

  it('refuses what is not a config', () => {
    for (const input of ['[]', '42', 'null', '{}', '{"foo": 1}', 42, null, undefined, ['services']]) {
      const result = importConfig(input, complete());
      assert.equal(result.config, undefined, JSON.stringify(input));
      assert.equal(result.findings[0]?.code, 'unrecognized');
    }
  });

  it('lists what the options must still give, and reports malformed options', () => {
    const bare = importConfig(text('klaro-apps.json'), { from: 'auto' });
    // Klaro's privacyPolicy gives the URL; nothing gives the rest.
    assert.deepEqual(bare.missing, ['controller', 'policy.id', 'policy.version', 'jurisdiction']);
    const v3 = importConfig(text('vanilla-cookieconsent-v3.json'), { from: 'auto' });
    // The revision number gives the version.
    assert.deepEqual(v3.missing, ['controller', 'policy.id', 'policy.url', 'jurisdiction']);
    assert.equal(bare.config?.controller, undefined);
    assert.equal(bare.validation.valid, false);
    const bad = importConfig(text('klaro.json'), { from: 'orejime' } as unknown as ImportOptions);
    assert.equal(bad.config, undefined);
    find(bad, 'options', 'options.from');
    const none = importConfig(text('klaro.json'), undefined as unknown as ImportOptions);
    find(none, 'options', 'options');
    const typed = importConfig(text('klaro.json'), {
      ...complete(),
      jurisdiction: 7,
      maxAgeDays: 'soon',
    } as unknown as ImportOptions);
    find(typed, 'options', 'options.jurisdiction');
    find(typed, 'options', 'options.maxAgeDays');
  });

  it('keeps the languages the options ask for, and their default', () => {
    const result = importConfig(text('klaro.json'), { ...complete(), languages: ['de'], defaultLanguage: 'de' });
    assert.deepEqual(result.config?.languages, ['de']);
    assert.equal(result.config?.defaultLanguage, 'de');
    assert.deepEqual(Object.keys(result.config?.purposes[0]?.clause ?? {}), ['de']);
    assertValid(result);
  });

  it('drops a language that holds no purpose text, and canonicalises tags', () => {
    const config = json('klaro.json');
    config.translations.fr = { consentModal: { description: 'Bonjour' } };
    for (const service of config.services) {
      service.translations['pt_br'] = { description: 'Um serviço.' };
    }
    const result = importConfig(config, complete());
    assert.deepEqual(result.config?.languages, ['en', 'de', 'pt-BR']);
    find(result, 'language', 'translations.fr');
    assertValid(result);
  });

  it('makes valid, unique purpose ids', () => {
    assert.equal(purposeIdFrom('googleAnalytics'), 'google-analytics');
    assert.equal(purposeIdFrom('Google_Tag Manager'), 'google-tag-manager');
    assert.equal(purposeIdFrom('_ga'), 'ga');
    assert.equal(purposeIdFrom('4ads'), 'p-4ads');
    assert.equal(purposeIdFrom('Präferenzen'), 'praferenzen');
    assert.equal(purposeIdFrom('__proto__'), 'proto');
    assert.equal(purposeIdFrom('分析'), 'purpose');
    assert.equal(purposeIdFrom('x'.repeat(500)).length, 64);
    const config = json('vanilla-cookieconsent-v3.json');
    config.categories.Analytics = {};
    config.categories['analytics!'] = {};
    const result = importConfig(config, complete());
    assert.deepEqual(
      result.purposes.map((purpose) => purpose.id),
      ['necessary', 'analytics', 'ads', 'analytics-2', 'analytics-3'],
    );
    assert.match(find(result, 'renamed', 'categories.Analytics').message, /"analytics-2"/);
    assert.match(find(result, 'renamed', 'categories["analytics!"]').message, /"analytics-3"/);
  });

  it('never changes its input', () => {
    const config = json('klaro.json');
    const before = structuredClone(config);
    importConfig(config, complete());
    assert.deepEqual(config, before);
    const frozen = deepFreeze(json('vanilla-cookieconsent-v3.json'));
    assertValid(importConfig(frozen, complete()));
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

describe('importConfig: hostile runtime objects are read, never run', () => {
  it('never calls a getter, reports it, and imports the rest', () => {
    let called = false;
    const config = json('vanilla-cookieconsent-v3.json');
    Object.defineProperty(config.categories, 'analytics', {
      enumerable: true,
      get() {
        called = true;
        throw new Error('the getter ran');
      },
    });
    Object.defineProperty(config, 'onConsent', {
      enumerable: true,
      get() {
        called = true;
        return () => undefined;
      },
    });
    const result = importConfig(config, complete());
    assert.equal(called, false);
    assert.match(find(result, 'unreadable', 'categories.analytics').message, /getter or setter; it was not called/);
    find(result, 'unreadable', 'onConsent');
    assert.deepEqual(
      result.purposes.map((purpose) => purpose.id),
      ['necessary', 'ads'],
    );
  });

  it("never uses a Proxy's get, set or apply traps, and survives traps that throw", () => {
    const traps: string[] = [];
    const record = <T extends object>(target: T): T =>
      new Proxy(target, {
        get: (t, key, receiver) => (traps.push(`get ${String(key)}`), Reflect.get(t, key, receiver)),
        set: (t, key, value) => (traps.push(`set ${String(key)}`), Reflect.set(t, key, value)),
        has: (t, key) => (traps.push(`has ${String(key)}`), Reflect.has(t, key)),
        apply: (t, self, args) => (traps.push('apply'), Reflect.apply(t as () => unknown, self, args)),
        defineProperty: (t, key, attributes) => (
          traps.push('defineProperty'),
          Reflect.defineProperty(t, key, attributes)
        ),
        deleteProperty: (t, key) => (traps.push('deleteProperty'), Reflect.deleteProperty(t, key)),
      });
    const config = json('klaro.json');
    config.services[0] = record(config.services[0]);
    config.services[0].translations = record(config.services[0].translations);
    traps.length = 0;
    config.services[1].callback = record(() => traps.push('called'));
    config.translations = record(config.translations);
    traps.length = 0;
    const result = importConfig(record(config), complete());
    assert.deepEqual(traps, []);
    assertValid(result);
    find(result, 'callback', 'services[1].callback');

    const throwing = json('klaro.json');
    throwing.services[2] = new Proxy(throwing.services[2], {
      ownKeys() {
        throw new Error('ownKeys trap');
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    throwing.services[3] = proxy;
    const survived = importConfig(throwing, complete());
    assert.match(find(survived, 'unreadable', 'services[2]').message, /ownKeys trap/);
    find(survived, 'unreadable', 'services[3]');
    assert.deepEqual(
      survived.purposes.map((purpose) => purpose.id),
      ['google-analytics', 'youtube'],
    );
  });

  it('does not follow cycles, and skips class instances, symbols and non-enumerable properties', () => {
    const config = json('vanilla-cookieconsent-v3.json');
    config.categories.ads.self = config.categories.ads;
    config.categories.ads.loop = config;
    config.categories.ads.when = new Date(0);
    config.categories.ads.map = new Map([['a', 1]]);
    config.categories.ads[Symbol('hidden')] = true;
    Object.defineProperty(config.categories.ads, 'enabled', { value: true, enumerable: false });
    const result = importConfig(config, complete());
    find(result, 'unreadable', 'categories.ads.self');
    find(result, 'unreadable', 'categories.ads.loop');
    find(result, 'unreadable', 'categories.ads.when');
    find(result, 'unreadable', 'categories.ads.map');
    assert.deepEqual(codesAt(result, 'categories.ads.enabled'), []);
    assertValid(result);
  });

  it('caps depth, list length and object size', () => {
    let deep: Json = {};
    const root = deep;
    for (let level = 0; level < 100_000; level++) deep = deep.next = {};
    const config = json('klaro.json');
    config.services[0].vars = root;
    config.services.length = 10_000_000;
    const wide: Json = {};
    for (let key = 0; key < IMPORT_LIMITS.keys + 10; key++) wide[`k${key}`] = key;
    config.styling = wide;
    const result = importConfig(config, complete());
    assert.ok(
      result.findings.some((finding) => finding.code === 'unreadable' && /nested more than/.test(finding.message)),
    );
    assert.match(find(result, 'unreadable', 'services').message, /10000000 entries; only the first 2000/);
    assert.match(find(result, 'unreadable', 'styling').message, /only the first 2000 were read/);
    assert.equal(result.purposes.length, 4);
  });

  it('reads functions only as functions: a Proxy around a function is neither called nor asked', () => {
    const traps: string[] = [];
    const callback = new Proxy(() => traps.push('called'), {
      apply: () => traps.push('apply'),
      get: () => traps.push('get'),
      getOwnPropertyDescriptor: () => (traps.push('gopd'), undefined),
      ownKeys: () => (traps.push('ownKeys'), []),
    });
    const config = json('klaro.json');
    config.services[0].onAccept = callback;
    const result = importConfig(config, complete());
    assert.deepEqual(traps, []);
    assert.match(find(result, 'callback', 'services[0].onAccept').message, /This is a function\. It was not called/);
  });
});

describe('importConfig: hostile JSON', () => {
  it('keeps __proto__ as data and never pollutes a prototype', () => {
    const config = json('vanilla-cookieconsent-v3.json');
    const text = JSON.stringify(config).replace(
      '"categories":{',
      '"categories":{"__proto__":{"enabled":true,"polluted":true},"constructor":{},',
    );
    const controller = JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}') as ControllerConfig;
    const result = importConfig(text, { ...complete(), controller });
    assert.equal(({} as Json).polluted, undefined);
    assert.equal(Object.getPrototypeOf(result.config?.controller), Object.prototype);
    assert.ok(Object.hasOwn(result.config?.controller as object, '__proto__'));
    assert.deepEqual(
      result.purposes.map((purpose) => purpose.id),
      ['necessary', 'analytics', 'ads', 'proto', 'constructor'],
    );
    find(result, 'pre-ticked', 'categories.__proto__.enabled');
    // The validator refuses the controller's "__proto__" key by name.
    assert.ok(result.validation.problems.some((problem) => problem.path === 'controller.__proto__'));
  });

  it('refuses JSON text beyond the limit without parsing it, and survives deep nesting', () => {
    const huge = importConfig(`{"services": [], "x": "${'a'.repeat(IMPORT_LIMITS.jsonText)}"}`, complete());
    assert.equal(huge.config, undefined);
    assert.match(find(huge, 'unrecognized', '').message, /at most 2000000 are accepted/);
    const nested = importConfig(`{"services":[],"vars":${'['.repeat(5000)}${']'.repeat(5000)}}`, complete());
    assert.ok(nested.findings.some((finding) => /nested more than/.test(finding.message)));
    const longText = importConfig(
      JSON.stringify({ services: [{ name: 'x'.repeat(IMPORT_LIMITS.text + 1) }] }),
      complete(),
    );
    find(longText, 'unreadable', 'services[0].name');
  });

  it('accepts a byte order mark, and refuses comments and trailing commas (strict JSON)', () => {
    assert.equal(importConfig(`\uFEFF${text('klaro.json')}`, complete()).format, 'klaro');
    assert.equal(importConfig('{"services": [], } ', complete()).config, undefined);
    assert.equal(importConfig('{"services": [] /* c */}', complete()).config, undefined);
  });

  it('keeps control and direction characters visible in paths and messages', () => {
    const result = importConfig(JSON.stringify({ categories: { 'a\u202Eb\u0000': { enabled: true } } }), complete());
    const finding = result.findings.find((item) => item.code === 'pre-ticked');
    assert.ok(finding);
    assert.equal(finding.path, 'categories["a\\u202Eb\\u0000"].enabled');
    assert.ok(!finding.message.includes('\u0000') && !finding.message.includes('\u202E'), finding.message);
  });
});

describe('htmlToText', () => {
  it('removes tags, decodes entities and keeps line breaks from blocks and <br>', () => {
    const result = htmlToText(
      '<p>We use <b>cookies</b> &amp; similar&nbsp;tools.</p><p>Line<br>two &#x263A; &#9731; &unknown;</p>',
    );
    assert.equal(result.text, 'We use cookies & similar\u00A0tools.\n\nLine\ntwo ☺ ☃ &unknown;');
    assert.equal(htmlToText('<div><div>a</div></div><div>b<br><br>c</div>').text, 'a\nb\n\nc');
    assert.equal(result.hadMarkup, true);
  });

  it('writes links out after their text, and drops script links and content', () => {
    const result = htmlToText(
      'Read <a href="/privacy">our policy</a> or <a href=\'https://x.example/p\'>https://x.example/p</a>. ' +
        '<a href="javascript:alert(1)">Click</a><script>alert("x")</script><style>p{}</style><!-- note --> end',
    );
    assert.equal(result.text, 'Read our policy (/privacy) or https://x.example/p. Click end');
    assert.deepEqual(result.links, ['/privacy', 'https://x.example/p']);
    assert.deepEqual(result.droppedLinks, ['javascript:alert(1)']);
    assert.deepEqual(result.droppedElements, ['script', 'style']);
  });

  it('leaves text without markup alone, and treats a lone "<" as text', () => {
    assert.deepEqual(htmlToText('  a < b and c > d  ').text, 'a < b and c > d');
    assert.equal(htmlToText('a < b').hadMarkup, false);
    // A tag that never ends is kept as text: a clause must not lose words.
    assert.equal(htmlToText('1 <2 and <b>x</b><y').text, '1 <2 and x<y');
    assert.equal(htmlToText('x </3 <b>y</b> </ z').text, 'x </3 y </ z');
  });

  it('handles quotes with ">" in attributes, lists, badges and unterminated tags', () => {
    assert.equal(htmlToText('<a title="a > b" href="/x">go</a>').text, 'go (/x)');
    assert.equal(htmlToText('<ul><li>one</li><li>two</li></ul>').text, '• one\n• two');
    assert.deepEqual(htmlToText('Title <span class="pm__badge">Always on</span>').droppedBadges, ['Always on']);
    assert.equal(htmlToText('<i>text</i> <b class="x').text, 'text <b class="x');
    assert.equal(htmlToText('<script>never closed').text, '');
  });

  it('finishes on hostile markup', () => {
    const hostile = `${'<span class="badge">'.repeat(2000)}${'<'.repeat(20_000)}${'<script>'.repeat(2000)}`;
    assert.equal(typeof htmlToText(hostile).text, 'string');
    assert.equal(typeof htmlToText('<a href="'.repeat(10_000)).text, 'string');
  });
});
