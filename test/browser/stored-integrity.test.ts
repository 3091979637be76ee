// A stored decision counts only when it is this browser's own latest one: signed with the device key the browser
// keeps in IndexedDB (or, where the site publishes its signer's keys, with one of them), and the head of the
// receipt chain the browser kept. Storage that never answers is a typed error, not a prompt that never shows.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { ConsentConfig } from '../../src/core/config/types.js';
import { generateSigningKeyPair } from '../../src/core/receipt/index.js';
import { encodeState, storageTimeout } from '../../src/core/storage/index.js';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { annualReport, collect, renderPrompt, shadow, signedStoredState } from './helpers.js';

const KEY = 'unticked:annual-report';

const promptShown = (element: ConsentPrompt) =>
  shadow(element).querySelector<HTMLElement>('[part="prompt"]')?.hidden === false;

/** What a tamperer can write: every optional purpose granted, signed with a key pair made for the purpose. */
async function forgedValue(config: ConsentConfig): Promise<string> {
  const optional = config.purposes.filter((purpose) => !purpose.necessary).map((purpose) => purpose.id);
  return encodeState(await signedStoredState(config, optional));
}

/** Records a host decision on `element` and waits until it is stored; the stored value. */
async function decideAndStore(element: ConsentPrompt, action: 'accept-all' | 'reject-all'): Promise<string> {
  const before = localStorage.getItem(KEY);
  element.recordHostDecision({ action });
  // A withdrawal removes the old grant at once and stores its own value once signed: wait for that value.
  await waitUntil(() => ![before, null].includes(localStorage.getItem(KEY)), 'stored', { timeout: 5000 });
  return localStorage.getItem(KEY) as string;
}

/** A later visit: a new prompt with `config`, its storage errors, and what it recalled. */
async function nextVisit(config: unknown): Promise<{ element: ConsentPrompt; errors: string[] }> {
  const errors: string[] = [];
  const element = document.createElement('consent-prompt');
  // A banner: it shows only when it asks.
  element.setAttribute('layout', 'banner');
  element.setAttribute('lang', 'en');
  element.addEventListener('consent-storage-error', (event) => errors.push(event.detail.code));
  const ready = oneEvent(element, 'consent-ready');
  element.config = config;
  document.body.append(element);
  await ready;
  await element.updateComplete;
  return { element, errors };
}

describe('a stored decision counts only when it is this browser’s latest', () => {
  afterEach(() => document.querySelectorAll('consent-prompt').forEach((element) => element.remove()));

  it('still recalls the genuine latest decision', async () => {
    const config = await annualReport();
    const first = await renderPrompt(config);
    await decideAndStore(first, 'accept-all');
    first.remove();
    const { element, errors } = await nextVisit(config);
    expect(errors).to.deep.equal([]);
    expect(element.decision('offers')).to.equal(true);
    expect(promptShown(element)).to.equal(false);
  });

  it('refuses a value signed with a key that came with it, not this browser’s device key', async () => {
    const config = await annualReport();
    // The browser has a device key of its own (an earlier decision), and the forged value brings another.
    await decideAndStore(await renderPrompt(config), 'reject-all');
    document.querySelectorAll('consent-prompt').forEach((element) => element.remove());
    localStorage.setItem(KEY, await forgedValue(config));
    const { element, errors } = await nextVisit(config);
    expect(errors).to.deep.equal(['tampered']);
    for (const purpose of ['offers', 'credit-scoring', 'partner-sharing']) {
      expect(element.decision(purpose), purpose).to.equal(null);
    }
    expect(promptShown(element)).to.equal(true);
    expect(shadow(element).querySelectorAll('input[part="toggle"]:checked')).to.have.length(0);
  });

  it('refuses a self-signed value where the site publishes its signer’s keys', async () => {
    const site = await generateSigningKeyPair();
    const config = {
      ...(await annualReport()),
      signer: { url: 'https://signer.example/sign', jwks: { keys: [site.publicJwk] } },
    } as unknown as ConsentConfig;
    localStorage.setItem(KEY, await forgedValue(config));
    const { element, errors } = await nextVisit(config);
    expect(errors).to.deep.equal(['tampered']);
    expect(element.decision('credit-scoring')).to.equal(null);
    expect(promptShown(element)).to.equal(true);
  });

  it('refuses an earlier grant put back after the visitor withdrew it', async () => {
    const config = await annualReport();
    const first = await renderPrompt(config);
    const granted = await decideAndStore(first, 'accept-all');
    await decideAndStore(first, 'reject-all');
    first.remove();
    // A restored backup, a sync tool or a hand edit: the old value is genuinely signed, but no longer the latest.
    localStorage.setItem(KEY, granted);
    const { element, errors } = await nextVisit(config);
    expect(errors).to.deep.equal(['tampered']);
    expect(element.decision('offers')).to.equal(null);
    expect(promptShown(element)).to.equal(true);
  });

  it('refuses a decision kept from before “forget everything”', async () => {
    const config = await annualReport();
    const first = await renderPrompt(config);
    const granted = await decideAndStore(first, 'accept-all');
    await first.forget();
    await waitUntil(() => localStorage.getItem(KEY) === null, 'forgotten', { timeout: 5000 });
    first.remove();
    localStorage.setItem(KEY, granted);
    const { element, errors } = await nextVisit(config);
    expect(errors).to.deep.equal(['tampered']);
    expect(element.decision('offers')).to.equal(null);
  });
});

describe('storage that never answers', () => {
  const original = storageTimeout.ms;
  afterEach(() => {
    storageTimeout.ms = original;
    document.querySelectorAll('consent-prompt').forEach((element) => element.remove());
  });

  it('a read that never settles is a typed error after storageTimeout.ms, and the prompt asks', async () => {
    storageTimeout.ms = 300;
    const element = document.createElement('consent-prompt');
    element.setAttribute('layout', 'inline');
    element.setAttribute('lang', 'en');
    const errors = collect(element, 'consent-storage-error');
    element.storage = { get: () => new Promise<string>(() => {}), set: () => {}, remove: () => {} };
    const ready = oneEvent(element, 'consent-ready');
    element.config = await annualReport();
    document.body.append(element);
    await ready;
    await element.updateComplete;
    expect(errors.map((event) => [event.detail.code, event.detail.operation])).to.deep.equal([['unavailable', 'read']]);
    expect(errors[0]!.detail.message).to.contain('300 ms');
    expect(promptShown(element)).to.equal(true);
    expect(element.decision('offers')).to.equal(null);
  });

  it('a write that never settles is a typed error, and the decision still holds for the page', async () => {
    storageTimeout.ms = 300;
    const element = document.createElement('consent-prompt');
    element.setAttribute('layout', 'inline');
    element.setAttribute('lang', 'en');
    element.storage = { get: () => Promise.resolve(null), set: () => new Promise<void>(() => {}), remove: () => {} };
    const ready = oneEvent(element, 'consent-ready');
    element.config = await annualReport();
    document.body.append(element);
    await ready;
    const failed = oneEvent(element, 'consent-storage-error');
    element.recordHostDecision({ action: 'reject-all' });
    const { detail } = await failed;
    expect([detail.code, detail.operation]).to.deep.equal(['unavailable', 'write']);
    expect(element.decision('offers')).to.equal(false);
  });
});
