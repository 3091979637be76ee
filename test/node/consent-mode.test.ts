import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { CONSENT_MODE_TYPES, type ConsentConfig, type ConsentModeConfig } from '../../src/core/config/types.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { initialDecisions } from '../../src/core/consent/decisions.js';
import {
  CONSENT_MODE_WAIT_FOR_UPDATE,
  consentModeState,
  deniedConsentModeState,
} from '../../src/core/integrations/consent-mode.js';
import { ensureGtag, updateConsentMode } from '../../src/integrations/consent-mode.js';

const FIXTURE_TEXT = readFileSync(new URL('../fixtures/annual-report.json', import.meta.url), 'utf8');

/** The fixture (purposes: bill [necessary], credit-scoring, offers, partner-sharing) with a Consent Mode mapping. */
function configWith(consentMode: ConsentModeConfig | undefined): ConsentConfig {
  const input = JSON.parse(FIXTURE_TEXT) as Record<string, unknown>;
  if (consentMode) input.consentMode = consentMode;
  const result = validateConfig(input);
  assert.deepEqual(result.problems, []);
  return result.config!;
}

const MAPPING: ConsentModeConfig = {
  ad_storage: ['offers'],
  ad_user_data: ['offers', 'partner-sharing'],
  ad_personalization: ['offers', 'partner-sharing'],
  analytics_storage: ['credit-scoring'],
};

describe('consentModeState', () => {
  it('denies all seven types before anything is granted, in the order Google lists them', () => {
    const config = configWith(MAPPING);
    const state = consentModeState(config, initialDecisions(config));
    assert.deepEqual(Object.keys(state), [...CONSENT_MODE_TYPES]);
    assert.deepEqual(state, deniedConsentModeState());
    for (const type of CONSENT_MODE_TYPES) assert.equal(state[type], 'denied', type);
  });

  it('grants a type only when every purpose mapped to it is granted', () => {
    const config = configWith(MAPPING);
    const state = consentModeState(config, { 'credit-scoring': false, offers: true, 'partner-sharing': false });
    assert.equal(state.ad_storage, 'granted');
    assert.equal(state.ad_user_data, 'denied', 'partner-sharing is refused');
    assert.equal(state.ad_personalization, 'denied');
    assert.equal(state.analytics_storage, 'denied');

    const all = consentModeState(config, { 'credit-scoring': true, offers: true, 'partner-sharing': true });
    assert.equal(all.ad_user_data, 'granted');
    assert.equal(all.ad_personalization, 'granted');
    assert.equal(all.analytics_storage, 'granted');
  });

  it('keeps unmapped types denied, security_storage included, whatever is granted', () => {
    const config = configWith(MAPPING);
    const state = consentModeState(config, { 'credit-scoring': true, offers: true, 'partner-sharing': true });
    assert.equal(state.functionality_storage, 'denied');
    assert.equal(state.personalization_storage, 'denied');
    assert.equal(state.security_storage, 'denied');
  });

  it('grants security_storage when it is mapped and its purposes are granted', () => {
    const config = configWith({ security_storage: ['credit-scoring'] });
    assert.equal(consentModeState(config, { 'credit-scoring': true }).security_storage, 'granted');
    assert.equal(consentModeState(config, { 'credit-scoring': false }).security_storage, 'denied');
  });

  it('denies everything without a consentMode mapping', () => {
    const config = configWith(undefined);
    const state = consentModeState(config, { 'credit-scoring': true, offers: true, 'partner-sharing': true });
    assert.deepEqual(state, deniedConsentModeState());
  });

  it('counts necessary purposes as granted and unknown ids as refused (configs built without validation)', () => {
    const config = configWith(undefined);
    const unvalidated = {
      purposes: config.purposes,
      consentMode: { security_storage: ['bill'], ad_storage: ['offers', 'no-such-purpose'], analytics_storage: [] },
    };
    const state = consentModeState(unvalidated, { offers: true, 'no-such-purpose': true });
    assert.equal(state.security_storage, 'granted', 'bill is necessary');
    assert.equal(state.ad_storage, 'denied', 'an id the config does not have is never granted');
    assert.equal(state.analytics_storage, 'denied', 'an empty list grants nothing');
  });

  it('reads only own decision entries that are exactly true', () => {
    const config = configWith(MAPPING);
    const inherited = Object.create({ offers: true }) as Record<string, boolean>;
    assert.equal(consentModeState(config, inherited).ad_storage, 'denied');
    const truthy = { offers: 'yes' } as unknown as Record<string, boolean>;
    assert.equal(consentModeState(config, truthy).ad_storage, 'denied');
  });

  it('returns frozen states', () => {
    const config = configWith(MAPPING);
    assert.ok(Object.isFrozen(consentModeState(config, {})));
    assert.ok(Object.isFrozen(deniedConsentModeState()));
    assert.equal(CONSENT_MODE_WAIT_FOR_UPDATE, 500);
  });
});

describe('updateConsentMode (with a stand-in window)', () => {
  it('defines gtag as Google does and pushes the arguments object of consent update', () => {
    const config = configWith(MAPPING);
    const win = {} as Window & { dataLayer?: unknown[]; gtag?: unknown };
    const state = updateConsentMode(config, { offers: true }, win);
    assert.equal(typeof win.gtag, 'function');
    assert.equal(win.dataLayer?.length, 1);
    const entry = win.dataLayer![0];
    assert.equal(Object.prototype.toString.call(entry), '[object Arguments]', 'an arguments object, not an array');
    assert.equal(Array.isArray(entry), false);
    const args = Array.from(entry as ArrayLike<unknown>);
    assert.equal(args[0], 'consent');
    assert.equal(args[1], 'update');
    assert.deepEqual(args[2], { ...state });
    assert.equal((args[2] as Record<string, string>).ad_storage, 'granted');
  });

  it('uses the page’s own gtag and dataLayer when they exist', () => {
    const config = configWith(MAPPING);
    const calls: unknown[][] = [];
    const dataLayer = ['earlier'];
    const win = { dataLayer, gtag: (...args: unknown[]) => calls.push(args) } as unknown as Window;
    updateConsentMode(config, {}, win);
    assert.equal(calls.length, 1);
    assert.deepEqual(calls[0]!.slice(0, 2), ['consent', 'update']);
    assert.deepEqual(dataLayer, ['earlier']);
    assert.equal(ensureGtag(win), (win as unknown as { gtag: unknown }).gtag);
  });

  it('sends nothing when the config has no consentMode mapping', () => {
    const win = {} as Window & { dataLayer?: unknown[] };
    assert.equal(updateConsentMode(configWith(undefined), { offers: true }, win), null);
    assert.equal(win.dataLayer, undefined);
  });
});
