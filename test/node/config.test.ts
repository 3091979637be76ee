import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { repeatedJsonKeys } from '../../src/core/config/json-keys.js';
import type { ConfigProblem } from '../../src/core/config/problems.js';
import { CONSENT_MODE_TYPES, type ConsentConfig } from '../../src/core/config/types.js';
import { consentModeState } from '../../src/core/integrations/consent-mode.js';
import { CONFIG_LIMITS, parseConfigJson, validateConfig } from '../../src/core/config/validate.js';
import type { ConfigValidation } from '../../src/core/config/validate.js';

/** The config as ordinary objects, to compare with what was written. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const FIXTURE_TEXT = readFileSync(new URL('../fixtures/annual-report.json', import.meta.url), 'utf8');

/** A mutable config shape for building broken variants of the fixture. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh, mutable copy of the fixture. */
function fixture(): Json {
  return JSON.parse(FIXTURE_TEXT) as Json;
}

/** Applies a change to a fresh fixture and validates it. */
function validateWith(change: (config: Json) => void): ConfigValidation {
  const config = fixture();
  change(config);
  return validateConfig(config);
}

function summary(result: ConfigValidation): string[] {
  return result.problems.map((problem) => `${problem.code} @ ${problem.path}`);
}

function assertValid(result: ConfigValidation): ConsentConfig {
  assert.deepEqual(summary(result), []);
  assert.equal(result.valid, true);
  assert.ok(result.config);
  return result.config;
}

/** Asserts the result is invalid with exactly these problems (code @ path), in any order. */
function assertProblems(result: ConfigValidation, expected: readonly string[]): void {
  assert.equal(result.valid, false);
  assert.equal(result.config, undefined);
  assert.deepEqual([...summary(result)].sort(), [...expected].sort());
}

function findProblem(result: ConfigValidation, path: string): ConfigProblem {
  const problem = result.problems.find((candidate) => candidate.path === path);
  assert.ok(problem, `expected a problem at ${path}, got ${JSON.stringify(summary(result))}`);
  return problem;
}

function assertDeepFrozen(value: unknown, path = 'config'): void {
  if (typeof value !== 'object' || value === null) return;
  assert.ok(Object.isFrozen(value), `${path} is not frozen`);
  for (const [key, child] of Object.entries(value)) assertDeepFrozen(child, `${path}.${key}`);
}

function nestedArray(depth: number): unknown {
  let value: unknown = [];
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

function nestedObject(depth: number): unknown {
  let value: unknown = {};
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

describe('the annual report fixture', () => {
  it('is valid exactly as written and comes back equal', () => {
    const config = assertValid(parseConfigJson(FIXTURE_TEXT));
    assert.deepEqual(plain(config), fixture());
    assert.deepEqual(config.languages, ['en', 'zh-CN']);
    assert.equal(config.purposes[1]?.thirdParties?.[0]?.contact, 'privacy@credit.example');
  });

  it('is refused as JSON text that gives a key twice in one object, naming each repeat', () => {
    // JSON.parse keeps the last of two equal keys: a setting written twice would be dropped without a word.
    const twice = FIXTURE_TEXT.replace('"jurisdiction"', '"jurisdiction": "EU", "jurisdiction"').replace(
      /"retention": ("[^"]*")/,
      '"retention": "P6M", "\\u0072etention": $1',
    );
    assert.notEqual(twice, FIXTURE_TEXT);
    const result = parseConfigJson(twice);
    assert.equal(result.valid, false);
    const duplicates = result.problems.filter((problem) => problem.code === 'duplicate').map((problem) => problem.path);
    assert.deepEqual(duplicates, ['jurisdiction', 'purposes[0].retention']);
    assert.match(result.problems.find((problem) => problem.path === 'jurisdiction')!.message, /given twice/);
    // The same key in two objects, or in an array's items, is no repeat.
    assert.equal(parseConfigJson(FIXTURE_TEXT).valid, true);
  });

  it('has its repeated keys found with the path to each, through arrays, escapes and strings that look like JSON', () => {
    const text = '{"a":[{"k":1},{"k":2,"\\u006b":3}],"s":"{\\"x\\":1,\\"x\\":2}","b":{"c":[[0],{"d":1,"d":2}]},"a":0}';
    assert.deepEqual(repeatedJsonKeys(text), [['a', 1, 'k'], ['b', 'c', 1, 'd'], ['a']]);
    assert.deepEqual(repeatedJsonKeys(text, 1), [['a', 1, 'k']]);
    assert.deepEqual(repeatedJsonKeys(FIXTURE_TEXT), []);
    // Text nested a million deep is read in linear time and memory (a path copied per level would need terabytes).
    const deep = `${'[{"a":'.repeat(500_000)}1${'}]'.repeat(500_000)}`;
    assert.deepEqual(repeatedJsonKeys(deep), []);
    assert.deepEqual(repeatedJsonKeys(`[[[{"a":1,"a":2}]]]`), [[0, 0, 0, 'a']]);
  });

  it('is made of objects without a prototype, so a polluted Object.prototype adds nothing to it', () => {
    const polluted = Object.prototype as Record<string, unknown>;
    try {
      polluted['necessary'] = true;
      polluted['signer'] = { url: 'https://attacker.example/sign' };
      polluted['thirdParties'] = [];
      const config = assertValid(validateConfig(fixture()));
      for (const purpose of config.purposes) {
        assert.equal(Object.getPrototypeOf(purpose), null);
        assert.equal(Object.getPrototypeOf(purpose.title), null);
      }
      assert.deepEqual(
        config.purposes.map((purpose) => purpose.necessary === true),
        [true, false, false, false],
      );
      assert.equal(config.signer, undefined);
      assert.equal(config.purposes[0]?.thirdParties, undefined);
    } finally {
      delete polluted['necessary'];
      delete polluted['signer'];
      delete polluted['thirdParties'];
    }
  });

  it('returns a deep-frozen copy that later changes to the input cannot reach', () => {
    const input = fixture();
    const config = assertValid(validateConfig(input));
    assertDeepFrozen(config);
    assert.notEqual(config, input);
    assert.notEqual(config.purposes, input.purposes);
    assert.notEqual(config.purposes[0]?.title, input.purposes[0].title);
    input.purposes[0].title.en = 'Changed';
    input.purposes.push({ id: 'added' });
    input.controller.address.country = 'DE';
    input.dataCategories.identity.en = 'Changed';
    assert.equal(config.purposes[0]?.title.en, 'Show your annual bill');
    assert.equal(config.purposes.length, 4);
    assert.equal(config.controller.address.country, 'CN');
    assert.equal(config.dataCategories?.identity?.en, 'Name and ID number');
    assert.throws(() => {
      (config.purposes[0]?.title as Record<string, string>).en = 'x';
    }, TypeError);
  });

  it('does not invent defaults for absent optional fields', () => {
    const config = assertValid(validateConfig(fixture()));
    assert.equal('maxAgeDays' in config, false);
    assert.equal('glossary' in config, false);
    assert.equal('region' in config.controller.address, false);
    assert.equal('necessary' in (config.purposes[2] ?? {}), false);
  });

  it('freezes the result object and its problem list', () => {
    const result = validateConfig(fixture());
    assert.ok(Object.isFrozen(result));
    assert.ok(Object.isFrozen(result.problems));
    const failed = validateConfig({});
    assert.ok(Object.isFrozen(failed.problems));
    assert.ok(failed.problems.every((problem) => Object.isFrozen(problem)));
  });
});

describe('messages', () => {
  it('start with the exact path and read as a sentence', () => {
    const result = validateWith((config) => {
      config.purposes[2].title.de = 'Titel';
      delete config.purposes[2].title['zh-CN'];
      delete config.purposes[1].clause.en;
      config.policy.version = 3;
    });
    for (const problem of result.problems) {
      assert.ok(problem.message.startsWith(`${problem.path || 'config'}: `), problem.message);
      assert.ok(problem.message.endsWith('.'), problem.message);
    }
    assert.match(findProblem(result, 'purposes[2].title.zh-CN').message, /missing in "zh-CN", a declared language/);
    assert.match(findProblem(result, 'purposes[1].clause.en').message, /missing in "en", a declared language/);
  });
});

describe('a clause in every declared language', () => {
  it('refuses a purpose without clause text in a declared language, naming it (issue 2), as it does a title', () => {
    for (const language of ['zh-CN', 'en']) {
      const result = validateWith((config) => {
        delete config.purposes[2].clause[language];
      });
      assertProblems(result, [`missing-translation @ purposes[2].clause.${language}`]);
    }
    const empty = validateWith((config) => {
      config.purposes[2].clause['zh-CN'] = '';
    });
    assertProblems(empty, ['missing-translation @ purposes[2].clause.zh-CN']);
  });

  it('refuses a title or a data category label missing in a declared language', () => {
    const result = validateWith((config) => {
      delete config.purposes[2].title['zh-CN'];
      delete config.dataCategories.identity['zh-CN'];
    });
    assertProblems(result, [
      'missing-translation @ purposes[2].title.zh-CN',
      'missing-translation @ dataCategories.identity.zh-CN',
    ]);
  });
});

describe('all problems at once', () => {
  it('reports five distinct mistakes together', () => {
    const result = validateWith((config) => {
      delete config.policy.version;
      config.controller.email = 'not an email';
      config.langauges = ['en'];
      config.purposes[1].checked = true;
      config.purposes[3].retention = 'forever';
    });
    assertProblems(result, [
      'required @ policy.version',
      'format @ controller.email',
      'unknown-key @ langauges',
      'pre-ticked @ purposes[1].checked',
      'format @ purposes[3].retention',
    ]);
    assert.match(findProblem(result, 'langauges').message, /Did you mean "languages"\?/);
  });

  it('caps the report at the limit and says more were left out', () => {
    const config = fixture();
    for (let index = 0; index < 300; index++) config[`extra${index}`] = index;
    const result = validateConfig(config);
    assert.equal(result.problems.length, CONFIG_LIMITS.problems + 1);
    const last = result.problems.at(-1);
    assert.equal(last?.code, 'too-long');
    assert.equal(last?.path, '');
    assert.match(last?.message ?? '', /left out/);
    assert.equal(result.problems[0]?.path, 'extra0');
  });
});

describe('required fields and types', () => {
  it('reports each missing top-level field', () => {
    assertProblems(validateConfig({}), [
      'required @ policy',
      'required @ controller',
      'required @ jurisdiction',
      'required @ languages',
      'required @ defaultLanguage',
      'required @ purposes',
    ]);
  });

  it('refuses values that are not plain objects', () => {
    class Custom {}
    for (const input of [null, undefined, 42, 'config', [], new Date(), new Map(), new Custom(), () => ({})]) {
      assertProblems(validateConfig(input), ['type @ ']);
    }
    assertProblems(validateConfig({ [Symbol.toStringTag]: 'Fake', ...fixture() }), ['type @ ']);
  });

  it('accepts objects without a prototype', () => {
    const config = Object.assign(Object.create(null) as Json, fixture());
    assertValid(validateConfig(config));
  });

  it('names the wrong type at each field', () => {
    const result = validateWith((config) => {
      config.policy = null;
      config.controller.name = 42;
      config.controller.address = ['1 Example Road'];
      config.jurisdiction = true;
      config.purposes[0].title = 'Show your bill';
      config.purposes[0].necessary = 'yes';
      config.purposes[1].dataCategories = 'identity';
      config.purposes[1].thirdParties = { name: 'x' };
      config.purposes[2].clause.en = 7;
      config.dataCategories.identity = null;
      config.maxAgeDays = '30';
    });
    assertProblems(result, [
      'type @ policy',
      'type @ controller.name',
      'type @ controller.address',
      'type @ jurisdiction',
      'type @ purposes[0].title',
      'type @ purposes[0].necessary',
      'type @ purposes[1].dataCategories',
      'type @ purposes[1].thirdParties',
      'type @ purposes[2].clause.en',
      'type @ dataCategories.identity',
      'type @ maxAgeDays',
    ]);
    assert.match(findProblem(result, 'controller.name').message, /must be text \(a string\), got a number/);
  });

  it('refuses non-object purposes and languages given as an object', () => {
    assertProblems(
      validateWith((config) => {
        config.purposes = { bill: config.purposes[0] };
      }),
      ['type @ purposes'],
    );
    assertProblems(
      validateWith((config) => {
        config.purposes[2] = 'offers';
      }),
      ['type @ purposes[2]'],
    );
  });

  it('treats undefined optional fields set by a script as absent', () => {
    const config = assertValid(
      validateWith((config) => {
        config.maxAgeDays = undefined;
        config.controller.address.region = undefined;
      }),
    );
    assert.equal('maxAgeDays' in config, false);
  });
});

describe('unknown keys', () => {
  it('refuses unknown keys anywhere, with a hint for near misses', () => {
    const result = validateWith((config) => {
      config.policy.verison = '1';
      config.controller.address.City = 'Shanghai';
      config.purposes[0].titel = { en: 'x' };
      config.purposes[1].thirdParties[0].email = 'x@y.example';
    });
    assertProblems(result, [
      'unknown-key @ policy.verison',
      'unknown-key @ controller.address.City',
      'unknown-key @ purposes[0].titel',
      'unknown-key @ purposes[1].thirdParties[0].email',
    ]);
    assert.match(findProblem(result, 'purposes[0].titel').message, /Did you mean "title"\?/);
    assert.match(findProblem(result, 'policy.verison').message, /Did you mean "version"\?/);
    assert.match(findProblem(result, 'controller.address.City').message, /Known fields: "street"/);
  });

  it('quotes keys that are not simple names in paths', () => {
    const result = validateWith((config) => {
      config['my field'] = 1;
      config.purposes[0]['2nd'] = 1;
    });
    assertProblems(result, ['unknown-key @ ["my field"]', 'unknown-key @ purposes[0]["2nd"]']);
  });
});

describe('prototype keys', () => {
  it('reports __proto__ from JSON.parse and pollutes nothing', () => {
    const text = FIXTURE_TEXT.replace('{', '{ "__proto__": { "polluted": true }, ');
    const parsed: unknown = JSON.parse(text);
    const result = validateConfig(parsed);
    assertProblems(result, ['unknown-key @ __proto__']);
    assert.match(findProblem(result, '__proto__').message, /prototype pollution/);
    assert.equal(({} as Json).polluted, undefined);
    assert.equal((Object.prototype as Json).polluted, undefined);
    assertProblems(parseConfigJson(text), ['unknown-key @ __proto__']);
    assert.equal(({} as Json).polluted, undefined);
  });

  it('reports __proto__, constructor and prototype in nested objects and records', () => {
    const text = JSON.stringify(fixture())
      .replace('"id":"bill"', '"id":"bill","__proto__":{"checked":true}')
      .replace('"en":"Payment records"', '"en":"Payment records","__proto__":"x"')
      .replace('"payment-records":', '"constructor":{"en":"a","zh-CN":"b"},"payment-records":');
    const result = parseConfigJson(text);
    assertProblems(result, [
      'unknown-key @ purposes[0].__proto__',
      'unknown-key @ dataCategories.payment-records.__proto__',
      'unknown-key @ dataCategories.constructor',
    ]);
    assert.equal(({} as Json).checked, undefined);
    assertProblems(
      validateWith((config) => {
        // `config.constructor = ...` would not type-check: every object has a `constructor` property.
        Reflect.set(config, 'constructor', { name: 'x' });
        config.prototype = {};
        config.controller.prototype = 1;
      }),
      ['unknown-key @ constructor', 'unknown-key @ prototype', 'unknown-key @ controller.prototype'],
    );
  });
});

describe('hostile values', () => {
  it('reports a getter that throws instead of throwing', () => {
    const config = fixture();
    Object.defineProperty(config.purposes[0], 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    Object.defineProperty(config, 'jurisdiction', {
      enumerable: true,
      get() {
        throw 'not even an Error';
      },
    });
    const result = validateConfig(config);
    assertProblems(result, ['not-an-object @ purposes[0].title', 'not-an-object @ jurisdiction']);
    assert.match(findProblem(result, 'purposes[0].title').message, /boom/);
  });

  it('reports a Proxy whose ownKeys trap throws', () => {
    const config = fixture();
    config.controller = new Proxy(config.controller, {
      ownKeys() {
        throw new Error('no keys for you');
      },
    });
    assertProblems(validateConfig(config), ['not-an-object @ controller']);
    const top = new Proxy(fixture(), {
      ownKeys() {
        throw new Error('no keys');
      },
    });
    assertProblems(validateConfig(top), ['not-an-object @ ']);
  });

  it('reports Proxies whose other traps throw, and revoked Proxies', () => {
    const config = fixture();
    config.policy = new Proxy(config.policy, {
      get() {
        throw new Error('get');
      },
    });
    config.purposes[1] = new Proxy(config.purposes[1], {
      getPrototypeOf() {
        throw new Error('prototype');
      },
    });
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    config.glossary = revocable.proxy;
    config.languages = new Proxy(['en', 'zh-CN'], {
      get(target, key) {
        if (key === '1') throw new Error('item');
        return Reflect.get(target, key);
      },
    });
    const result = validateConfig(config);
    assert.deepEqual(
      [...summary(result)].filter((line) => line.startsWith('not-an-object')).sort(),
      [
        'not-an-object @ glossary',
        'not-an-object @ languages[1]',
        'not-an-object @ policy',
        'not-an-object @ purposes[1]',
      ].sort(),
    );
  });

  it('never reads the values of unknown keys', () => {
    const config = fixture();
    let read = false;
    Object.defineProperty(config, 'surprise', {
      enumerable: true,
      get() {
        read = true;
        return 1;
      },
    });
    assertProblems(validateConfig(config), ['unknown-key @ surprise']);
    assert.equal(read, false);
  });

  it('returns quickly on 10,000 levels of nesting at an unknown key and at purposes', () => {
    for (const deep of [nestedArray(10_000), nestedObject(10_000)]) {
      const atUnknown = timed(() =>
        validateWith((config) => {
          config.deep = deep;
          config.ui = deep;
        }),
      );
      assertProblems(atUnknown.result, ['unknown-key @ deep', 'unknown-key @ ui']);
      assert.ok(atUnknown.ms < 1_000, `took ${atUnknown.ms} ms`);
      const atPurposes = timed(() =>
        validateWith((config) => {
          config.purposes = deep;
        }),
      );
      assert.ok(atPurposes.ms < 1_000, `took ${atPurposes.ms} ms`);
      assert.equal(atPurposes.result.valid, false);
      assert.ok(atPurposes.result.problems.length > 0);
    }
    assertProblems(
      validateWith((config) => {
        config.purposes = nestedArray(10_000);
      }),
      ['type @ purposes[0]'],
    );
    const text = FIXTURE_TEXT.replace(
      '"jurisdiction"',
      `"deep": ${'['.repeat(10_000)}${']'.repeat(10_000)}, "jurisdiction"`,
    );
    assertProblems(parseConfigJson(text), ['unknown-key @ deep']);
  });

  it('refuses a 1,000,000-entry purposes list without touching its entries', () => {
    const purposes: unknown[] = new Array(1_000_000);
    let touched = false;
    Object.defineProperty(purposes, 0, {
      get() {
        touched = true;
        return {};
      },
    });
    const { result, ms } = timed(() =>
      validateWith((config) => {
        config.purposes = purposes;
      }),
    );
    assertProblems(result, ['too-long @ purposes']);
    assert.equal(touched, false);
    assert.ok(ms < 500, `took ${ms} ms`);
  });

  it('refuses JSON text over the size limit before parsing it', () => {
    const text = `{"x":"${'a'.repeat(3_000_000)}"}`;
    const { result, ms } = timed(() => parseConfigJson(text));
    assertProblems(result, ['too-long @ ']);
    assert.ok(ms < 200, `took ${ms} ms`);
  });

  it('reports JSON syntax errors with the parser message', () => {
    const result = parseConfigJson('{ "policy": }');
    assertProblems(result, ['format @ ']);
    assert.match(result.problems[0]?.message ?? '', /^config: the text is not valid JSON: .+/);
    assertProblems(parseConfigJson(42 as unknown as string), ['type @ ']);
    assertValid(parseConfigJson(`\uFEFF${FIXTURE_TEXT}`));
  });

  it('cuts very long keys in paths', () => {
    const key = 'k'.repeat(100_000);
    const result = validateWith((config) => {
      config[key] = 1;
    });
    const path = result.problems[0]?.path ?? '';
    assert.equal(result.problems[0]?.code, 'unknown-key');
    assert.ok(path.length < 200, `path has ${path.length} characters`);
  });
});

describe('sizes', () => {
  it('refuses text beyond the limits', () => {
    const result = validateWith((config) => {
      config.purposes[0].title.en = 'T'.repeat(CONFIG_LIMITS.title + 1);
      config.purposes[1].clause.en = 'C'.repeat(CONFIG_LIMITS.clause + 1);
      config.controller.name = 'N'.repeat(CONFIG_LIMITS.shortText + 1);
      config.policy.url = `https://pay.example/${'p'.repeat(CONFIG_LIMITS.url)}`;
    });
    assertProblems(result, [
      'too-long @ purposes[0].title.en',
      'too-long @ purposes[1].clause.en',
      'too-long @ controller.name',
      'too-long @ policy.url',
    ]);
  });

  it('accepts text at the limits', () => {
    assertValid(
      validateWith((config) => {
        config.purposes[0].title.en = 'T'.repeat(CONFIG_LIMITS.title);
        // Long, but with places to break the line: an unbroken run that long is refused (it stalls layout).
        config.purposes[1].clause.en = 'C '.repeat(CONFIG_LIMITS.clause / 2);
      }),
    );
  });

  it('refuses lists and records beyond the limits', () => {
    const result = validateWith((config) => {
      config.languages = Array.from({ length: CONFIG_LIMITS.languages + 1 }, () => 'en');
      config.purposes[1].thirdParties = Array.from({ length: CONFIG_LIMITS.thirdPartiesPerPurpose + 1 }, () => ({}));
      config.purposes[2].sensitiveCategories = Array.from({ length: CONFIG_LIMITS.sensitiveCategories + 1 }, () => 'x');
      config.purposes[2].sensitive = true;
      config.purposes[2].separateConsent = true;
      config.glossary = Object.fromEntries(
        Array.from({ length: CONFIG_LIMITS.glossaryTerms + 1 }, (_, index) => [`term${index}`, { en: 'x' }]),
      );
    });
    assertProblems(result, [
      'too-long @ languages',
      'too-long @ purposes[1].thirdParties',
      'too-long @ purposes[2].sensitiveCategories',
      'too-long @ glossary',
    ]);
    assertProblems(
      validateWith((config) => {
        config.purposes = Array.from({ length: CONFIG_LIMITS.purposes + 1 }, () => ({}));
      }),
      ['too-long @ purposes'],
    );
  });
});

describe('policy, controller and jurisdiction', () => {
  it('accepts http(s) URLs and site paths', () => {
    for (const url of ['/privacy', '/privacy?v=2#top', 'http://pay.example/privacy', 'HTTPS://pay.example']) {
      assertValid(
        validateWith((config) => {
          config.policy.url = url;
          config.controller.url = url;
          config.purposes[1].thirdParties[0].url = url;
        }),
      );
    }
  });

  it('refuses other URLs', () => {
    const bad = [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://pay.example',
      '//evil.example/privacy',
      '/\\evil.example',
      'privacy.html',
      'https://pay.example@evil.example/',
      'https://pay .example',
      'https://',
    ];
    for (const url of bad) {
      const result = validateWith((config) => {
        config.policy.url = url;
      });
      assertProblems(result, ['format @ policy.url']);
    }
    assertProblems(
      validateWith((config) => {
        config.controller.url = 'javascript:void(0)';
        config.purposes[1].thirdParties[0].url = 'data:,x';
      }),
      ['format @ controller.url', 'format @ purposes[1].thirdParties[0].url'],
    );
  });

  // The URL fields a config has; the DPV IRI takes https: only.
  const URL_FIELDS = ['policy.url', 'controller.url', 'purposes[1].thirdParties[0].url', 'purposes[2].dpv'];

  function withUrl(path: string, url: string): ConfigValidation {
    return validateWith((config) => {
      if (path === 'policy.url') config.policy.url = url;
      else if (path === 'controller.url') config.controller.url = url;
      else if (path === 'purposes[2].dpv') config.purposes[2].dpv = url;
      else config.purposes[1].thirdParties[0].url = url;
    });
  }

  it('refuses a URL whose host as written is not the host it leads to, in every URL field', () => {
    // [as written, the host a browser goes to]
    const misleading = [
      ['https://evil.example\\@pay.example/privacy', 'evil.example'],
      ['https://pay.example\\evil.example/privacy', 'pay.example'],
      ['https://@pay.example/privacy', 'pay.example'],
      ['https://pay%2Eexample/privacy', 'pay.example'],
      ['https://pay.example:/privacy', 'pay.example'],
      ['https://0x7f.1/privacy', '127.0.0.1'],
      ['https://[0:0::1]/privacy', '[::1]'],
    ] as const;
    // Not ASCII: an ideographic full stop, a Unicode name, a Cyrillic look-alike, fullwidth letters, the Kelvin sign.
    const unicode = [
      ['https://pay.example\u3002evil.example/privacy', 'pay.example.evil.example'],
      ['https://b\u00FCcher.example/privacy', 'xn--bcher-kva.example'],
      ['https://\u0440ay.example/privacy', 'xn--ay-kmc.example'],
      ['https://\uFF50ay.example/privacy', 'pay.example'],
      ['https://\u212Aelvin.example/privacy', 'kelvin.example'],
    ] as const;
    for (const path of URL_FIELDS) {
      for (const [url, host] of [...misleading, ...unicode]) {
        const result = withUrl(path, url);
        assertProblems(result, [`format @ ${path}`]);
        const { message } = findProblem(result, path);
        assert.ok(message.startsWith(`${path}: `), message);
        assert.ok(message.includes(`leads to "${host}", not to the host as written`), message);
        if (unicode.some(([written]) => written === url))
          assert.match(message, /in ASCII \(a Unicode name in its "xn--" form\)/);
      }
      // A user name before "@" keeps its own reason, in site addresses too.
      assert.match(
        findProblem(withUrl(path, 'https://pay.example@evil.example/'), path).message,
        /must not contain a user name or password before "@"/,
      );
    }
  });

  it('accepts URLs written as they lead: any case, ports, queries, fragments, IP addresses and xn-- names', () => {
    const urls = [
      'https://pay.example/privacy',
      'https://pay.example:8443/privacy?v=2&lang=en#top',
      'https://PAY.Example/privacy',
      // A default port written out names the same host.
      'https://pay.example:443/privacy',
      'https://xn--bcher-kva.example/privacy',
      'https://127.0.0.1/privacy',
      'https://[::1]:8443/privacy',
      'https://pay.example/@team/privacy',
    ];
    for (const path of URL_FIELDS) {
      for (const url of urls) assertValid(withUrl(path, url));
      if (path !== 'purposes[2].dpv') {
        assertValid(withUrl(path, 'http://localhost:8000/x'));
        assertValid(withUrl(path, 'http://pay.example:80/privacy'));
      }
    }
  });

  it('checks email, phone, country and jurisdiction formats', () => {
    assertProblems(
      validateWith((config) => {
        config.controller.email = 'privacy at pay.example';
        config.controller.phone = 'call us';
        config.controller.address.country = 'cn';
        config.jurisdiction = 'China';
      }),
      [
        'format @ controller.email',
        'format @ controller.phone',
        'format @ controller.address.country',
        'format @ jurisdiction',
      ],
    );
    assertProblems(
      validateWith((config) => {
        config.controller.phone = '+1 (2)';
      }),
      ['format @ controller.phone'],
    );
    // A mailto: link may not carry more than the address: extra recipients, a subject or a body.
    for (const email of [
      'privacy@pay.example?bcc=x%40evil.example&body=Send%20your%20ID',
      'privacy@pay.example?cc=evil@attacker.example',
      'privacy@pay.example,evil@attacker.example',
      'privacy%40pay.example@evil.example',
      'privacy@pay.example#x',
      'privacy@pay.example&subject=hi',
    ]) {
      assertProblems(
        validateWith((config) => {
          config.controller.email = email;
        }),
        ['format @ controller.email'],
      );
    }
    for (const email of ["o'brien+privacy@pay.example", 'datenschutz@bücher.example', '隐私@支付.中国']) {
      assertValid(
        validateWith((config) => {
          config.controller.email = email;
        }),
      );
    }
    assertValid(
      validateWith((config) => {
        config.jurisdiction = 'US-CA';
        config.controller.phone = '(030) 1234-5678';
        config.controller.address.region = 'Shanghai';
        config.controller.address.postalCode = '200000';
      }),
    );
  });

  it('reports missing and empty controller fields', () => {
    assertProblems(
      validateWith((config) => {
        delete config.controller.contact;
        config.controller.name = '   ';
        delete config.controller.address.street;
        config.controller.address.region = '';
      }),
      [
        'required @ controller.contact',
        'empty @ controller.name',
        'required @ controller.address.street',
        'empty @ controller.address.region',
      ],
    );
  });
});

describe('languages', () => {
  it('requires a non-empty list of unique valid tags', () => {
    assertProblems(
      validateWith((config) => {
        config.languages = [];
      }),
      ['empty @ languages'],
    );
    assertProblems(
      validateWith((config) => {
        config.languages = ['en', 'zh-CN', 'zh-cn'];
      }),
      ['duplicate @ languages[2]'],
    );
    const invalid = validateWith((config) => {
      config.languages = ['en', 'zh_CN'];
    });
    // Texts in the invalid tag are not reported again; the missing "zh_CN" is not either.
    assertProblems(invalid, ['format @ languages[1]']);
    assert.match(findProblem(invalid, 'languages[1]').message, /did you mean "zh-CN"\?/);
  });

  it('requires the default language to be declared', () => {
    assertProblems(
      validateWith((config) => {
        config.defaultLanguage = 'fr';
      }),
      ['undeclared-language @ defaultLanguage'],
    );
    const config = assertValid(
      validateWith((config) => {
        config.defaultLanguage = 'zh-cn';
      }),
    );
    assert.equal(config.defaultLanguage, 'zh-CN');
  });

  it('matches text keys by canonical tag and returns the declared spelling', () => {
    const config = assertValid(
      validateWith((config) => {
        const clause = config.purposes[1].clause;
        config.purposes[1].clause = { 'zh-cn': clause['zh-CN'], en: clause.en };
      }),
    );
    assert.deepEqual(Object.keys(config.purposes[1]?.clause ?? {}), ['en', 'zh-CN']);
    assert.equal(config.purposes[1]?.clause['zh-CN'], fixture().purposes[1].clause['zh-CN']);
  });

  it('reports missing and undeclared translations at the language', () => {
    const result = validateWith((config) => {
      delete config.purposes[2].title['zh-CN'];
      config.purposes[0].clause.en = '   ';
      config.purposes[3].title.de = 'Teilen';
      config.purposes[3].clause['zh-cn'] = 'again';
      delete config.dataCategories.identity['zh-CN'];
    });
    assertProblems(result, [
      'missing-translation @ purposes[2].title.zh-CN',
      'missing-translation @ purposes[0].clause.en',
      'undeclared-language @ purposes[3].title.de',
      'duplicate @ purposes[3].clause.zh-cn',
      'missing-translation @ dataCategories.identity.zh-CN',
    ]);
    assert.equal(
      findProblem(result, 'purposes[2].title.zh-CN').message,
      'purposes[2].title.zh-CN: the title is missing in "zh-CN", a declared language. Add it, or remove "zh-CN" from "languages".',
    );
  });
});

describe('purposes', () => {
  it('checks purpose ids', () => {
    assertProblems(
      validateWith((config) => {
        config.purposes[0].id = 'Bill';
        config.purposes[3].id = 'offers';
      }),
      ['format @ purposes[0].id', 'duplicate @ purposes[3].id'],
    );
  });

  it('refuses two purposes a visitor could not tell apart by their titles, in any language', () => {
    const result = validateWith((config) => {
      config.purposes[3].title.en = config.purposes[2].title.en.toUpperCase();
      config.purposes[3].title['zh-CN'] = ` ${config.purposes[1].title['zh-CN']}\u200B!`;
    });
    assertProblems(result, ['duplicate @ purposes[3].title.en', 'duplicate @ purposes[3].title.zh-CN']);
    assert.match(findProblem(result, 'purposes[3].title.en').message, /purposes\[2\] has the same title in en/);
    // Look-alike letters read as the Latin ones they imitate.
    assertProblems(
      validateWith((config) => {
        config.purposes[3].title.en = config.purposes[2].title.en.replace(/o/g, '\u043E');
      }),
      ['duplicate @ purposes[3].title.en'],
    );
    // Titles of symbols only are compared as written.
    assertValid(
      validateWith((config) => {
        config.purposes[2].title.en = '📊';
        config.purposes[3].title.en = '📣';
      }),
    );
  });

  it('requires title and clause', () => {
    assertProblems(
      validateWith((config) => {
        delete config.purposes[0].title;
        delete config.purposes[1].clause;
      }),
      ['required @ purposes[0].title', 'required @ purposes[1].clause'],
    );
  });

  it('refuses contradicting flags', () => {
    const result = validateWith((config) => {
      config.purposes[0].separateConsent = true;
      config.purposes[0].saleOrSharing = true;
      config.purposes[2].sensitive = true;
      config.purposes[3].sensitiveCategories = ['health'];
    });
    assertProblems(result, [
      'conflict @ purposes[0].separateConsent',
      'conflict @ purposes[0].saleOrSharing',
      'conflict @ purposes[2].sensitive',
      'conflict @ purposes[3].sensitiveCategories',
    ]);
  });

  it('allows sensitive purposes that are necessary or separately consented', () => {
    const config = assertValid(
      validateWith((config) => {
        config.purposes[0].sensitive = true;
        config.purposes[1].sensitive = true;
        config.purposes[1].sensitiveCategories = ['financial', 'identity'];
        config.purposes[2].saleOrSharing = true;
      }),
    );
    assert.deepEqual(config.purposes[1]?.sensitiveCategories, ['financial', 'identity']);
  });

  it('checks data category references', () => {
    assertProblems(
      validateWith((config) => {
        config.purposes[0].dataCategories = ['payment-record'];
        config.purposes[1].dataCategories = ['identity', 'identity'];
      }),
      ['unknown-reference @ purposes[0].dataCategories[0]', 'duplicate @ purposes[1].dataCategories[1]'],
    );
    assertProblems(
      validateWith((config) => {
        delete config.dataCategories;
        config.purposes = [config.purposes[2]];
      }),
      ['unknown-reference @ purposes[0].dataCategories[0]'],
    );
  });

  it('requires a name and a contact for each recipient', () => {
    assertProblems(
      validateWith((config) => {
        delete config.purposes[1].thirdParties[0].contact;
        config.purposes[3].thirdParties[1].name = '';
      }),
      ['required @ purposes[1].thirdParties[0].contact', 'empty @ purposes[3].thirdParties[1].name'],
    );
  });

  it('checks retention, category and dpv', () => {
    assertProblems(
      validateWith((config) => {
        config.purposes[0].retention = 'P0Y0D';
        config.purposes[1].retention = 'PT12H';
        config.purposes[2].retention = 'P';
        config.purposes[2].category = 'marketing';
        config.purposes[3].dpv = 'http://w3id.org/dpv#Marketing';
      }),
      [
        'format @ purposes[0].retention',
        'format @ purposes[1].retention',
        'format @ purposes[2].retention',
        'enum @ purposes[2].category',
        'format @ purposes[3].dpv',
      ],
    );
    const result = validateWith((config) => {
      config.purposes[2].category = 'marketing';
    });
    assert.match(findProblem(result, 'purposes[2].category').message, /Did you mean "Marketing"\?/);
    const config = assertValid(
      validateWith((config) => {
        config.purposes[2].retention = 'P1Y6M2W3D';
        config.purposes[2].category = 'Personalized Experience';
        config.purposes[2].dpv = 'https://w3id.org/dpv#PersonalisedAdvertising';
      }),
    );
    assert.equal(config.purposes[2]?.category, 'Personalized Experience');
  });

  it('refuses a retention period too long to show in the visitor’s words', () => {
    for (const retention of ['P99999999999999999999Y', 'P10000Y', 'P1000000D']) {
      const result = validateWith((config) => {
        config.purposes[0].retention = retention;
      });
      assertProblems(result, ['format @ purposes[0].retention']);
      assert.match(findProblem(result, 'purposes[0].retention').message, /at most 9999 years/);
    }
    assertValid(
      validateWith((config) => {
        config.purposes[0].retention = 'P9999Y';
      }),
    );
  });
});

describe('refused fields', () => {
  it('reports each pre-ticking attempt by path', () => {
    const result = validateWith((config) => {
      config.purposes[1].checked = false;
      config.purposes[2].default = true;
      config.purposes[3].defaultChecked = true;
      config.purposes[0].enabled = true;
      config.purposes[1].initial = 'granted';
      config.purposes[2].preselected = true;
      config.purposes[3].default_consent = 'granted';
      config.purposes[0].required = true;
      config.defaults = { offers: true };
      config.initialDecisions = { offers: true };
    });
    assertProblems(result, [
      'pre-ticked @ purposes[1].checked',
      'pre-ticked @ purposes[2].default',
      'pre-ticked @ purposes[3].defaultChecked',
      'pre-ticked @ purposes[0].enabled',
      'pre-ticked @ purposes[1].initial',
      'pre-ticked @ purposes[2].preselected',
      'pre-ticked @ purposes[3].default_consent',
      'pre-ticked @ purposes[0].required',
      'pre-ticked @ defaults',
      'pre-ticked @ initialDecisions',
    ]);
    assert.equal(
      findProblem(result, 'purposes[1].checked').message,
      "purposes[1].checked: optional purposes always start unticked; unticked ignores nothing silently, so remove this field. Only the visitor's own action can grant a purpose.",
    );
    assert.match(findProblem(result, 'purposes[0].required').message, /"necessary": true/);
  });

  it('reports pre-ticking by any wording of where a purpose starts', () => {
    const result = validateWith((config) => {
      config.purposes[1].startTicked = true;
      config.purposes[2].isChecked = true;
      config.purposes[3].enabledByDefault = true;
      config.purposes[1].checkedInitially = true;
      config.purposes[2].optedIn = true;
      config.purposes[3].grantedOnLoad = true;
    });
    assertProblems(result, [
      'pre-ticked @ purposes[1].startTicked',
      'pre-ticked @ purposes[2].isChecked',
      'pre-ticked @ purposes[3].enabledByDefault',
      'pre-ticked @ purposes[1].checkedInitially',
      'pre-ticked @ purposes[2].optedIn',
      'pre-ticked @ purposes[3].grantedOnLoad',
    ]);
  });

  it('reports pre-ticking by the words other tools use for a purpose granted from the start', () => {
    const keys = ['grant', 'allow', 'accept', 'agree', 'agreed', 'approved', 'preset', 'stateDefault', 'valueDefault'];
    const result = validateWith((config) => {
      keys.forEach((key, index) => (config.purposes[1 + (index % 3)][key] = true));
    });
    assertProblems(
      result,
      keys.map((key, index) => `pre-ticked @ purposes[${1 + (index % 3)}].${key}`),
    );
  });

  it('reports pre-ticking however a purpose granted from the start is spelled (opt in, on, active, auto...)', () => {
    const keys = [
      'defaultOptIn',
      'optInByDefault',
      'autoOptIn',
      'isOptedIn',
      'initiallyOn',
      'isOn',
      'startOn',
      'defaultActive',
      'defaultAllow',
      'allowByDefault',
      'autoCheck',
      'autoSelect',
      'autoGrant',
      'autoEnable',
      'consentGiven',
      'hasConsent',
      'userConsent',
      'checkedState',
      'toggledOn',
      'switchedOn',
      'turnedOn',
      'prefill',
      'prefilled',
      'defaultStatus',
      'initialStatus',
      'defaultChoice',
      'initialChoice',
      'defaultPreference',
      'consentState',
      'consentStatus',
      'consentValue',
      'consentChoice',
      'givenConsent',
      'permitted',
      'initiallyChecked',
    ];
    const result = validateWith((config) => {
      keys.forEach((key, index) => (config.purposes[1 + (index % 3)][key] = true));
    });
    assertProblems(
      result,
      keys.map((key, index) => `pre-ticked @ purposes[${1 + (index % 3)}].${key}`),
    );
    const top = ['consentDefaults', 'purposeDefaults', 'checkedPurposes', 'grantedPurposes', 'enabledPurposes'];
    assertProblems(
      validateWith((config) => top.forEach((key) => (config[key] = ['offers']))),
      top.map((key) => `pre-ticked @ ${key}`),
    );
    assertProblems(
      validateWith((config) => {
        config.closeButtonAccepts = true;
        config.acceptAfterSeconds = 10;
      }),
      ['implied-consent @ closeButtonAccepts', 'implied-consent @ acceptAfterSeconds'],
    );
    const implied = [
      'acceptOnEscape',
      'escapeAccepts',
      'continueAccepts',
      'consentOnContinue',
      'acceptOnInteraction',
      'clickAnywhereAccepts',
      'acceptOnPageview',
      'acceptOnLeave',
      'consentTimeout',
    ];
    assertProblems(
      validateWith((config) => implied.forEach((key) => (config[key] = true))),
      implied.map((key) => `implied-consent @ ${key}`),
    );
  });

  it('calls an unknown key that only looks like one of those words what it is: unknown', () => {
    const keys = [
      'preferencesUrl',
      'presentation',
      'startButton',
      'isoCode',
      'hasVendors',
      'userAgent',
      'autoLoad',
      'defaultOptions',
      'userOptions',
      'autoOptimize',
      'autoSelectLanguage',
      'userAcceptLanguage',
      'userGivenName',
      'userState',
      'hasStatusPage',
      'hasCheckout',
      'hasTicket',
      'userActivity',
      'hashValue',
      'userConsentUrl',
      'hasConsentMode',
      'isSticky',
      'defaultSelector',
      'previousState',
      'storageTimeout',
      'fetchTimeout',
      'navigationLabel',
      'dismissible',
      'allowClose',
      'onClose',
      'defaultFill',
    ];
    const result = validateWith((config) => {
      keys.forEach((key, index) => (config.purposes[1 + (index % 3)][key] = 'x'));
    });
    assertProblems(
      result,
      keys.map((key, index) => `unknown-key @ purposes[${1 + (index % 3)}].${key}`),
    );
  });

  it('reports options that hide or weaken "Reject all", also one level inside option objects', () => {
    const result = validateWith((config) => {
      config.hideRejectAll = true;
      config.buttonOrder = ['accept', 'reject'];
      config.ui = { showRejectButton: false, theme: 'dark' };
      config.guiOptions = { equalWeightButtons: false, consentModal: { layout: 'box' } };
    });
    assertProblems(result, [
      'reject-hidden @ hideRejectAll',
      'reject-hidden @ buttonOrder',
      'unknown-key @ ui',
      'reject-hidden @ ui.showRejectButton',
      'unknown-key @ guiOptions',
      'reject-hidden @ guiOptions.equalWeightButtons',
    ]);
  });

  it('reports implied consent', () => {
    assertProblems(
      validateWith((config) => {
        config.acceptOnScroll = true;
        config.options = { timeout: 5000, closeAccepts: true };
        config.purposes[2].autoAccept = true;
      }),
      [
        'implied-consent @ acceptOnScroll',
        'unknown-key @ options',
        'implied-consent @ options.timeout',
        'implied-consent @ options.closeAccepts',
        'implied-consent @ purposes[2].autoAccept',
      ],
    );
  });

  it('reports bundling', () => {
    assertProblems(
      validateWith((config) => {
        config.groups = [{ purposes: ['offers', 'credit-scoring'] }];
        config.purposes[2].children = [];
        config.acceptAllIncludesSeparate = true;
      }),
      ['bundled @ groups', 'bundled @ purposes[2].children', 'bundled @ acceptAllIncludesSeparate'],
    );
  });
});

describe('text safety', () => {
  it('refuses bidi overrides, control characters and lone surrogates', () => {
    const result = validateWith((config) => {
      config.purposes[0].title.en = 'Show your \u202Ellib launna';
      config.purposes[1].clause.en = 'Bell\u0007';
      config.controller.name = 'Example \uD800 Pay';
      config.purposes[1].thirdParties[0].name = 'Sesame\u007F';
      config.dataCategories.identity.en = '\u202AName';
    });
    assertProblems(result, [
      'bidi-control @ purposes[0].title.en',
      'unsafe-text @ purposes[1].clause.en',
      'unsafe-text @ controller.name',
      'unsafe-text @ purposes[1].thirdParties[0].name',
      'bidi-control @ dataCategories.identity.en',
    ]);
    assert.match(findProblem(result, 'purposes[0].title.en').message, /U\+202E/);
  });

  it('keeps isolates, marks, joiners, emoji and line breaks', () => {
    const clause = 'Line one\nLine\ttwo \u2067عربي\u2069 \u200F \u200D 👩‍💻\r\n';
    const config = assertValid(
      validateWith((config) => {
        config.purposes[2].clause.en = clause;
      }),
    );
    assert.equal(config.purposes[2]?.clause.en, clause);
  });

  it('treats markup and template syntax as plain text and returns it unchanged', () => {
    const clause = '<script>alert(1)</script> {{x}} $t(x) ${x} <img src=x onerror=alert(1)>';
    const config = assertValid(
      validateWith((config) => {
        config.purposes[2].clause.en = clause;
        config.purposes[2].title.en = '{{title}}';
      }),
    );
    assert.equal(config.purposes[2]?.clause.en, clause);
    assert.equal(config.purposes[2]?.title.en, '{{title}}');
  });
});

describe('optional top-level parts', () => {
  const jwk = {
    kty: 'EC',
    crv: 'P-256',
    x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
    y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
    kid: 'k1',
    key_ops: ['verify'],
  };

  it('accepts a full optional set and copies it', () => {
    const input = fixture();
    input.glossary = {
      'sensitive personal information': { en: 'Information that...', 'zh-CN': '敏感个人信息是指...' },
    };
    input.signer = { url: 'https://pay.example/consent/sign', jwks: { keys: [jwk] } };
    input.maxAgeDays = 180;
    input.consentMode = { ad_storage: ['offers'], analytics_storage: ['offers', 'credit-scoring'] };
    const config = assertValid(validateConfig(input));
    assert.deepEqual(plain(config.signer), input.signer);
    assert.notEqual(config.signer?.jwks.keys[0], jwk);
    assert.equal(config.maxAgeDays, 180);
    assert.deepEqual(plain(config.consentMode), input.consentMode);
    assert.deepEqual(plain(config.glossary), input.glossary);
    assertDeepFrozen(config);
  });

  it('checks the glossary', () => {
    assertProblems(
      validateWith((config) => {
        config.glossary = { term: { fr: 'x' }, other: { en: '' }, '': { en: 'x' }, third: 'text' };
      }),
      [
        'undeclared-language @ glossary.term.fr',
        'empty @ glossary.other.en',
        'empty @ glossary[""]',
        'type @ glossary.third',
      ],
    );
    // A term may be explained in only some languages.
    assertValid(
      validateWith((config) => {
        config.glossary = { 个人信息: { 'zh-CN': '以电子或者其他方式记录的...' } };
      }),
    );
  });

  it('checks the signer', () => {
    assertProblems(
      validateWith((config) => {
        config.signer = { url: 'http://pay.example/sign', jwks: { keys: [{ ...jwk, d: 'secret' }, 'key'] } };
      }),
      ['format @ signer.url', 'format @ signer.jwks.keys[0].d', 'type @ signer.jwks.keys[1]'],
    );
    assertProblems(
      validateWith((config) => {
        config.signer = { url: 'https://pay.example/sign', jwks: { keys: [{ crv: 'P-256' }] }, alg: 'ES256' };
      }),
      ['unknown-key @ signer.alg', 'required @ signer.jwks.keys[0].kty'],
    );
    assertProblems(
      validateWith((config) => {
        config.signer = { url: 'https://pay.example/sign', jwks: [] };
      }),
      ['type @ signer.jwks'],
    );
    // A set none of whose keys can verify an ES256 signature would refuse every answer as forged.
    const rsa = { kty: 'RSA', n: 'sXch', e: 'AQAB', kid: 'r1' };
    for (const keys of [[rsa], [{ ...jwk, crv: 'P-384' }], [{ ...jwk, alg: 'ES384' }], [{ ...jwk, use: 'enc' }]]) {
      assertProblems(
        validateWith((config) => {
          config.signer = { url: 'https://pay.example/sign', jwks: { keys } };
        }),
        ['format @ signer.jwks.keys'],
      );
    }
    // Other keys beside one that verifies are the server's business.
    assertValid(
      validateWith((config) => {
        config.signer = {
          url: 'https://pay.example/sign',
          jwks: { keys: [rsa, { ...jwk, alg: 'ES256', use: 'sig' }] },
        };
      }),
    );
    // Keys alone check the answers of the element's signer function; a url always needs them.
    const keysOnly = validateWith((config) => {
      config.signer = { jwks: { keys: [jwk] } };
    });
    assertValid(keysOnly);
    assert.equal(JSON.stringify(keysOnly.config?.signer), JSON.stringify({ jwks: { keys: [jwk] } }));
    assertProblems(
      validateWith((config) => {
        config.signer = { url: 'https://pay.example/sign' };
      }),
      ['required @ signer.jwks'],
    );
    // HTTPS, a path on this site, or plain http: on this machine only (browsers treat it as secure).
    const withSignerAt = (url: string) =>
      validateWith((config) => {
        config.signer = { url, jwks: { keys: [jwk] } };
      });
    for (const url of [
      '/consent/sign',
      'http://localhost:8000/sign',
      'http://app.localhost/sign',
      'http://127.0.0.1:9/s',
      'http://[::1]/s',
    ]) {
      assertValid(withSignerAt(url));
    }
    for (const url of [
      'http://localhost.evil.example/s',
      'http://127.0.0.1.evil.example/s',
      'http://10.0.0.1/s',
      '//evil.example/s',
      '/\\evil.example/s',
      'ftp://localhost/s',
      'http://user@localhost/s',
    ]) {
      assertProblems(withSignerAt(url), ['format @ signer.url']);
    }
  });

  it('checks maxAgeDays', () => {
    for (const days of [0, -1, 1.5, 3_651, Number.NaN, Number.POSITIVE_INFINITY]) {
      assertProblems(
        validateWith((config) => {
          config.maxAgeDays = days;
        }),
        ['format @ maxAgeDays'],
      );
    }
    for (const days of [1, 3_650]) {
      assert.equal(assertValid(validateWith((config) => (config.maxAgeDays = days))).maxAgeDays, days);
    }
  });

  it('lets a necessary purpose grant only the Consent Mode types a site may use without consent', () => {
    assertProblems(
      validateWith((config) => {
        config.consentMode = {
          security_storage: ['bill'],
          functionality_storage: ['bill', 'offers'],
          personalization_storage: ['bill'],
        };
      }),
      ['conflict @ consentMode.personalization_storage[0]'],
    );
    const result = validateWith((c) => (c.consentMode = { security_storage: ['bill'] }));
    assert.equal(result.valid, true);
    assert.deepEqual(result.valid && consentModeState(result.config, {}), {
      ...Object.fromEntries(CONSENT_MODE_TYPES.map((type) => [type, 'denied'])),
      security_storage: 'granted',
    });
  });

  it('checks Consent Mode mappings', () => {
    assertProblems(
      validateWith((config) => {
        config.consentMode = {
          ad_storage: ['bill'],
          analytics_storage: ['nope'],
          ad_user_data: [],
          ad_storge: ['offers'],
          default: { ad_storage: 'granted' },
          ad_personalization: ['offers', 'offers'],
        };
      }),
      [
        'conflict @ consentMode.ad_storage[0]',
        'unknown-reference @ consentMode.analytics_storage[0]',
        'empty @ consentMode.ad_user_data',
        'unknown-key @ consentMode.ad_storge',
        'pre-ticked @ consentMode.default',
        'duplicate @ consentMode.ad_personalization[1]',
      ],
    );
  });
});
