// Google Consent Mode v2: the head script's default, then updates, read back by a stand-in for gtag.js.
// Loads dist/consent-mode-default.js: run `npm run build` first (`npm test` does).
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { CONSENT_MODE_TYPES, type ConsentConfig } from '../../src/core/config/types.js';
import type { Decisions } from '../../src/core/consent/decisions.js';
import { updateConsentMode } from '../../src/integrations/consent-mode.js';
import { annualReport } from './helpers.js';

interface TagRecord {
  command: 'default' | 'update';
  state: Record<string, string>;
  options: { waitForUpdate?: number };
}

interface ConsentModePage extends Window {
  __violations: unknown[];
  __tag: { consentAtLoad: Record<string, string>; history: TagRecord[]; ignored: unknown[] };
  __updateConsentMode?: typeof updateConsentMode;
  dataLayer: unknown[];
  gtag: unknown;
}

const ALL_DENIED = Object.fromEntries(CONSENT_MODE_TYPES.map((type) => [type, 'denied']));

async function mappedConfig(): Promise<ConsentConfig> {
  return {
    ...(await annualReport()),
    consentMode: {
      ad_storage: ['offers'],
      ad_user_data: ['offers', 'partner-sharing'],
      analytics_storage: ['credit-scoring'],
    },
  };
}

describe('Google Consent Mode v2', () => {
  it('ships consent-mode-default.js as a classic script', async () => {
    const response = await fetch('/dist/consent-mode-default.js');
    expect(response.ok, 'dist/consent-mode-default.js exists: run npm run build first').to.equal(true);
    const source = await response.text();
    expect(source, 'no import or export: it must run as a classic script').not.to.match(
      /(?:^|[;}\s])(?:import|export)[\s{*]/m,
    );
  });

  it('sets every type denied before any tag loads, then updates it from the decisions, under a strict CSP', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/pages/gating-consent-mode.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as ConsentModePage;
    await waitUntil(() => win.__updateConsentMode !== undefined, 'the page module ran', { timeout: 8000 });

    // The tag, loaded right after the head script, already saw the default.
    expect(win.__tag.consentAtLoad).to.deep.equal(ALL_DENIED);
    expect(win.__tag.history).to.have.length(1);
    expect(win.__tag.history[0]!.command).to.equal('default');
    expect(win.__tag.history[0]!.options.waitForUpdate).to.equal(500);
    expect(typeof win.gtag).to.equal('function');

    const config = await mappedConfig();
    const decisions: Decisions = { 'credit-scoring': false, offers: true, 'partner-sharing': false };
    win.__updateConsentMode!(config, decisions);
    expect(win.__tag.history).to.have.length(2);
    expect(win.__tag.history[1]!.command).to.equal('update');
    expect(win.__tag.history[1]!.state).to.deep.equal({ ...ALL_DENIED, ad_storage: 'granted' });

    win.__updateConsentMode!(config, { 'credit-scoring': true, offers: true, 'partner-sharing': true });
    expect(win.__tag.history[2]!.state).to.deep.equal({
      ...ALL_DENIED,
      ad_storage: 'granted',
      ad_user_data: 'granted',
      analytics_storage: 'granted',
    });

    // Withdrawal goes back to denied.
    win.__updateConsentMode!(config, { 'credit-scoring': false, offers: false, 'partner-sharing': false });
    expect(win.__tag.history[3]!.state).to.deep.equal(ALL_DENIED);

    expect(win.__tag.ignored, 'every entry was an arguments object').to.deep.equal([]);
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });

  it('pushes to the dataLayer the page has when gtag is called, as Google’s gtag does', async () => {
    // A tag manager page declares `dataLayer = [...]` above its container snippet, after the head script ran.
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const win = frame.contentWindow as unknown as ConsentModePage;
    const head = win.document.createElement('script');
    head.src = '/dist/consent-mode-default.js';
    await new Promise((resolve) => {
      head.addEventListener('load', resolve, { once: true });
      win.document.head.append(head);
    });
    const first = win.dataLayer;
    expect(first).to.have.length(1);
    win.dataLayer = [{ pageType: 'report' }];
    (win.gtag as (...args: unknown[]) => void)('consent', 'update', { ad_storage: 'granted' });
    expect(win.dataLayer).to.have.length(2);
    expect(Array.from(win.dataLayer[1] as ArrayLike<unknown>)).to.deep.equal([
      'consent',
      'update',
      { ad_storage: 'granted' },
    ]);
    expect(first).to.have.length(1);
    frame.remove();
    // The gtag updateConsentMode defines where the page has none does the same.
    const page = window as unknown as Partial<ConsentModePage>;
    try {
      updateConsentMode(await mappedConfig(), { offers: true });
      page.dataLayer = [];
      const state = updateConsentMode(await mappedConfig(), { offers: false });
      expect(page.dataLayer.map((entry) => Array.from(entry as ArrayLike<unknown>))).to.deep.equal([
        ['consent', 'update', { ...state }],
      ]);
    } finally {
      delete page.gtag;
      delete page.dataLayer;
    }
  });

  it('defines gtag as Google does on a page that has none', async () => {
    const page = window as unknown as Partial<ConsentModePage>;
    expect(page.gtag).to.equal(undefined);
    try {
      const state = updateConsentMode(await mappedConfig(), { offers: true });
      expect(typeof page.gtag).to.equal('function');
      expect(page.dataLayer).to.have.length(1);
      const entry = page.dataLayer![0];
      expect(Object.prototype.toString.call(entry)).to.equal('[object Arguments]');
      expect(Array.from(entry as ArrayLike<unknown>)).to.deep.equal(['consent', 'update', { ...state }]);
    } finally {
      delete page.gtag;
      delete page.dataLayer;
    }
  });
});
