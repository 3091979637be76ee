// A stored decision counts only when it is this browser's own latest one: signed with the device key the browser
// keeps in IndexedDB (or, where the site publishes its signer's keys, with one of them), and the head of the
// receipt chain the browser kept. Where IndexedDB cannot be used, that cannot be checked: `unavailable`, and no
// decision. Storage that never answers is a typed error, not a prompt that never shows.
import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { ConsentConfig } from '../../src/core/config/types.js';
import { generateSigningKeyPair } from '../../src/core/receipt/index.js';
import { encodeState, storageTimeout } from '../../src/core/storage/index.js';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { action, annualReport, collect, renderPrompt, shadow, signedStoredState, trustedClick } from './helpers.js';

const KEY = 'unticked:annual-report';

const promptShown = (element: ConsentPrompt) =>
  shadow(element).querySelector<HTMLElement>('[part="prompt"]')?.hidden === false;

/** What a tamperer can write: every optional purpose granted, signed with a key pair made for the purpose. */
async function forgedValue(config: ConsentConfig): Promise<string> {
  const optional = config.purposes.filter((purpose) => !purpose.necessary).map((purpose) => purpose.id);
  return encodeState(await signedStoredState(config, optional));
}

/** Whether `value` is a decision stored after `before`: not `before`, not removed, not a withdrawal's mark. */
const storedAfter = (value: string | null | undefined, before: string | null | undefined): boolean =>
  value != null && value !== before && !/^(unticked_annual-report=)?withdrawing:/.test(value);

/** Records a host decision on `element` and waits until it is stored; the stored value. */
async function decideAndStore(element: ConsentPrompt, action: 'accept-all' | 'reject-all'): Promise<string> {
  const before = localStorage.getItem(KEY);
  element.recordHostDecision({ action });
  // A withdrawal first stores a mark naming what it ends, then its own value once signed: wait for that value.
  await waitUntil(() => storedAfter(localStorage.getItem(KEY), before), 'stored', { timeout: 5000 });
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

/** A visit with `storage="cookie"`: the prompt, once ready, and its storage errors. */
async function cookieVisit(
  config: ConsentConfig,
  layout: 'inline' | 'banner' = 'inline',
): Promise<{ element: ConsentPrompt; errors: string[] }> {
  const element = document.createElement('consent-prompt');
  element.setAttribute('layout', layout);
  element.setAttribute('lang', 'en');
  element.setAttribute('storage', 'cookie');
  const errors: string[] = [];
  element.addEventListener('consent-storage-error', (event) => errors.push(event.detail.code));
  const ready = oneEvent(element, 'consent-ready');
  element.config = config;
  document.body.append(element);
  await ready;
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

  it('refuses an earlier grant put back after the visitor withdrew it and the chain’s record was removed', async () => {
    const config = await annualReport();
    const first = await renderPrompt(config);
    const granted = await decideAndStore(first, 'accept-all');
    const refused = await decideAndStore(first, 'reject-all');
    first.remove();
    // A page script removes what the browser kept of the chain (its head, the kept receipts), not the device key.
    await removeKeptRecords((key) => key !== 'device-key');
    localStorage.setItem(KEY, granted);
    const { element, errors } = await nextVisit(config);
    expect(errors).to.deep.equal(['tampered']);
    expect(element.decision('offers')).to.equal(null);
    expect(promptShown(element)).to.equal(true);
    element.remove();
    // A refusal grants nothing, and is not asked about again for it.
    localStorage.setItem(KEY, refused);
    const again = await nextVisit(config);
    expect(again.errors).to.deep.equal([]);
    expect(again.element.decision('offers')).to.equal(false);
  });

  it('refuses an earlier grant put back after the visitor withdrew it while the signer failed', async () => {
    const config = await annualReport();
    const first = await renderPrompt(config);
    const granted = await decideAndStore(first, 'accept-all');
    // The withdrawal holds and is stored, without a receipt: the signer is down.
    first.signer = async () => {
      throw new Error('signer down');
    };
    const errors = collect(first, 'consent-error');
    await decideAndStore(first, 'reject-all');
    await waitUntil(() => errors.length > 0, 'the failed signature reported', { timeout: 5000 });
    first.remove();
    localStorage.setItem(KEY, granted);
    const { element, errors: storageErrors } = await nextVisit(config);
    expect(storageErrors).to.deep.equal(['tampered']);
    expect(element.decision('offers')).to.equal(null);
    expect(promptShown(element)).to.equal(true);
  });

  it('refuses an earlier grant’s cookie put back after the visitor withdrew it (storage="cookie")', async () => {
    const config = await annualReport();
    const cookie = () => document.cookie.split('; ').find((entry) => entry.startsWith('unticked_annual-report='));
    const visit = () => cookieVisit(config);
    try {
      const { element: first } = await visit();
      first.recordHostDecision({ action: 'accept-all' });
      await waitUntil(
        () => /\.[0-9a-z_-]{20,}[0-9a-z]+$/i.test(cookie() ?? ''),
        'the grant and its chain in the cookie',
        {
          timeout: 5000,
        },
      );
      const granted = cookie()!;
      first.recordHostDecision({ action: 'reject-all' });
      await waitUntil(() => storedAfter(cookie(), granted), 'the withdrawal stored', { timeout: 5000 });
      first.remove();
      document.cookie = `${granted}; path=/; SameSite=Lax`;
      const { element, errors } = await visit();
      expect(errors).to.deep.equal(['tampered']);
      expect(element.decision('offers')).to.equal(null);
    } finally {
      document.cookie = 'unticked_annual-report=; path=/; max-age=0';
    }
  });

  it('refuses a granting cookie whose chain this browser keeps no record of (storage="cookie")', async () => {
    const config = await annualReport();
    const cookie = () => document.cookie.split('; ').find((entry) => entry.startsWith('unticked_annual-report='));
    try {
      const { element: first } = await cookieVisit(config);
      first.recordHostDecision({ action: 'accept-all' });
      await waitUntil(() => /\.[\w-]{43}[0-9a-z]+$/.test(cookie() ?? ''), 'the grant and its chain', { timeout: 5000 });
      const granted = cookie()!;
      first.recordHostDecision({ action: 'reject-all' });
      await waitUntil(() => storedAfter(cookie(), granted), 'the withdrawal stored', { timeout: 5000 });
      first.remove();
      // The record of the chain removed by a page script (or the cookie copied into another browser).
      await removeKeptRecords(() => true);
      document.cookie = `${granted}; path=/; SameSite=Lax`;
      const { element, errors } = await cookieVisit(config);
      expect(errors).to.deep.equal(['tampered']);
      expect(element.decision('offers')).to.equal(null);
    } finally {
      document.cookie = 'unticked_annual-report=; path=/; max-age=0';
    }
  });

  it('refuses a cookie whose decisions were edited, or whose chain head was cut off, while granting', async () => {
    const config = await annualReport();
    const name = 'unticked_annual-report';
    const cookie = () => document.cookie.split('; ').find((entry) => entry.startsWith(`${name}=`));
    const visit = () => cookieVisit(config);
    // `1.<time>.<action>.<gpc>.<version>.<0|1 per purpose…>.<chain head>`: a refusal turned into grants.
    const granting = (value: string) =>
      value.replace(/^(1\.[0-9a-z]+\.)r\./, '$1a.').replace(/(^|~|\.)0(?=[\w-]{10}[a-z0-9-]+_)/g, '$11');
    try {
      const { element: first } = await visit();
      first.recordHostDecision({ action: 'reject-all' });
      await waitUntil(() => /\.[\w-]{43}[0-9a-z]+$/.test(cookie() ?? ''), 'the refusal and its chain', {
        timeout: 5000,
      });
      const refused = cookie()!.slice(name.length + 1);
      first.remove();
      const edited = granting(refused);
      expect(edited).to.not.equal(refused);
      for (const [what, value] of [
        ['the decisions edited, the chain head kept', edited],
        ['the decisions edited, the chain head cut off', edited.replace(/\.[\w-]{43}[0-9a-z]+$/, '')],
      ] as const) {
        document.cookie = `${name}=${value}; path=/; SameSite=Lax`;
        const { element, errors } = await visit();
        expect(errors, what).to.deep.equal(['tampered']);
        expect(element.decision('offers'), what).to.equal(null);
        element.remove();
      }
      // The genuine one still counts.
      document.cookie = `${name}=${refused}; path=/; SameSite=Lax`;
      const { element, errors } = await visit();
      expect(errors).to.deep.equal([]);
      expect(element.decision('offers')).to.equal(false);
    } finally {
      document.cookie = `${name}=; path=/; max-age=0`;
    }
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

  describe('a cookie whose other fields were edited, its chain head kept (storage="cookie")', () => {
    const name = 'unticked_annual-report';
    const cookie = () => document.cookie.split('; ').find((entry) => entry.startsWith(`${name}=`));
    /** `1.<time>.<action>.<gpc>.<version>.<purposes>.<chain head>`, with field `index` changed. */
    const edit = (value: string, index: number, to: string) =>
      value
        .split('.')
        .map((field, at) => (at === index ? to : field))
        .join('.');
    const optional = ['offers', 'credit-scoring', 'partner-sharing'];
    /** Asked again: nothing granted, nothing decided, the banner shown with nothing ticked. */
    const askedAgain = (element: ConsentPrompt, what: string) => {
      for (const purpose of optional) expect(element.decision(purpose), `${what}: ${purpose}`).to.equal(null);
      expect(promptShown(element), what).to.equal(true);
      expect(shadow(element).querySelectorAll('input[part="toggle"]:checked'), what).to.have.length(0);
    };
    /** Everything granted under `config`, in the cookie with its chain head; the cookie's value. */
    async function acceptAll(config: ConsentConfig): Promise<string> {
      const { element } = await cookieVisit(config);
      element.recordHostDecision({ action: 'accept-all' });
      const stored = /^[^=]+=1\.[0-9a-z]+\.a\..*\.[\w-]{43}[0-9a-z]+$/;
      await waitUntil(() => stored.test(cookie() ?? ''), 'the grant and its chain head', { timeout: 5000 });
      element.remove();
      return cookie()!.slice(name.length + 1);
    }
    const put = (value: string) => (document.cookie = `${name}=${value}; path=/; SameSite=Lax`);
    afterEach(() => (document.cookie = `${name}=; path=/; max-age=0`));

    it('an old policy version edited into the current one is tampered, and the visitor is asked again', async () => {
      const first = await annualReport();
      const granted = await acceptAll(first);
      const current = { ...first, policy: { ...first.policy, version: '2099-01-01' } } as ConsentConfig;
      expect(granted.split('.')[4]).to.equal(first.policy.version);
      // Untouched, the grant is for the old version: asked again, and nothing is wrong with the cookie.
      const control = await cookieVisit(current, 'banner');
      expect(control.errors).to.deep.equal([]);
      askedAgain(control.element, 'untouched');
      control.element.remove();

      put(edit(granted, 4, '2099-01-01'));
      const { element, errors } = await cookieVisit(current, 'banner');
      expect(errors).to.deep.equal(['tampered']);
      askedAgain(element, 'version edited');
    });

    it('an expired decision’s time edited to now is tampered, and the visitor is asked again', async () => {
      const config = { ...(await annualReport()), maxAgeDays: 30 } as ConsentConfig;
      const granted = await acceptAll(config);
      const realNow = Date.now;
      // 31 days later: the decision has expired.
      Date.now = () => realNow() + 31 * 86_400_000;
      try {
        const control = await cookieVisit(config, 'banner');
        expect(control.errors).to.deep.equal([]);
        askedAgain(control.element, 'untouched');
        control.element.remove();

        put(edit(granted, 1, Date.now().toString(36)));
        const { element, errors } = await cookieVisit(config, 'banner');
        expect(errors).to.deep.equal(['tampered']);
        askedAgain(element, 'time edited');
      } finally {
        Date.now = realNow;
      }
    });

    it('a “Reject all” cookie edited to grant, where no chain is kept to check it, is tampered: asked again', async function () {
      this.timeout(30_000);
      const config = await annualReport();
      const { element: first } = await cookieVisit(config);
      await trustedClick(action(first, 'reject-all'));
      const stored = /^[^=]+=1\.[0-9a-z]+\.r\..*\.[\w-]{43}[0-9a-z]+$/;
      await waitUntil(() => stored.test(cookie() ?? ''), 'the refusal and its chain head', { timeout: 5000 });
      first.remove();
      const refused = cookie()!.slice(name.length + 1);
      // A fresh browser: no device key and no receipt chain to compare the cookie with.
      await deleteDatabase();
      // The auditor's forgery: every purpose bit flipped to 1, the action letter `r` kept.
      const forged = refused.replace(/(^|~|\.)0(?=[\w-]{10}[a-z0-9-]+_)/g, '$11');
      expect(forged.split('.')[5]).to.match(/^1[^~]*~1[^~]*~1[^~]*$/);
      expect(forged.split('.')[2]).to.equal('r');

      // Untouched, the refusal still counts there.
      put(refused);
      const control = await cookieVisit(config, 'banner');
      expect(control.errors).to.deep.equal([]);
      for (const purpose of optional) expect(control.element.decision(purpose), purpose).to.equal(false);
      control.element.remove();

      put(forged);
      const { element, errors } = await cookieVisit(config, 'banner');
      expect(errors).to.deep.equal(['tampered']);
      expect(element.decisions).to.equal(null);
      askedAgain(element, 'purposes granted under “Reject all”');
    });
  });
});

/** A later visit in a new document of this origin (its own modules, nothing in memory), once `prepare` ran. */
async function visitInNewDocument(
  prepare: (win: Window & typeof globalThis) => unknown = () => undefined,
): Promise<{ element: ConsentPrompt; errors: { code: string; operation: string; message: string }[] }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = '<!doctype html><html lang="en"><body></body></html>';
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await prepare(win);
  const module = win.document.createElement('script');
  module.type = 'module';
  module.src = '/src/define.ts';
  win.document.head.append(module);
  await waitUntil(() => win.customElements.get('consent-prompt'), 'the library loaded', { timeout: 8000 });
  const element = win.document.createElement('consent-prompt');
  element.setAttribute('layout', 'banner');
  element.setAttribute('lang', 'en');
  element.setAttribute('src', '/test/fixtures/annual-report.json');
  const errors: { code: string; operation: string; message: string }[] = [];
  element.addEventListener('consent-storage-error', ({ detail: { code, operation, message } }) =>
    errors.push({ code, operation, message }),
  );
  const ready = oneEvent(element, 'consent-ready');
  win.document.body.append(element);
  await ready;
  await element.updateComplete;
  return { element, errors };
}

const DATABASE = 'unticked-receipts';
const UNCHECKED =
  'The stored decision cannot be checked: IndexedDB, where this browser keeps its device key and receipt chain, cannot be read';

/** Removes the keys of the library's IndexedDB store that `which` picks, as a page script could. */
async function removeKeptRecords(which: (key: string) => boolean): Promise<void> {
  const db = await settled(indexedDB.open(DATABASE));
  try {
    const store = db.transaction('state', 'readwrite').objectStore('state');
    const keys = (await settled(store.getAllKeys())).map(String);
    expect(keys, 'the chain’s head is kept').to.include('head:annual-report');
    await Promise.all(keys.filter(which).map((key) => settled(store.delete(key))));
  } finally {
    db.close();
  }
}

/** Settles an IndexedDB request: its result, or its error. */
function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Unloads the documents the tests opened, then removes them: unloading closes their IndexedDB connections, which a
 * removed frame's may otherwise keep a while (Firefox under load), blocking the database's deletion.
 */
async function closeDocuments(): Promise<void> {
  const frames = [...document.querySelectorAll('iframe')];
  await Promise.all(
    frames.map((frame) => {
      const unloaded = oneEvent(frame, 'load');
      frame.removeAttribute('srcdoc');
      frame.src = 'about:blank';
      // Removed below in any case: a load event that never comes must not hold every later test.
      return Promise.race([unloaded, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }),
  );
  for (const frame of frames) frame.remove();
  document.querySelectorAll('consent-prompt').forEach((element) => element.remove());
}

/**
 * Ends the test's documents and the library's database, so the next test starts with none (the library makes its own
 * again). The database is deleted first, while the documents still run: their library closes its connection on the
 * `versionchange` that brings. A frame removed with its connection open (its unload slow under load) keeps it in
 * Firefox until a garbage collection, and every later deletion waits for it.
 */
async function closeDatabaseEverywhere(): Promise<void> {
  await deleteDatabase();
  await closeDocuments();
  await deleteDatabase();
}

/**
 * Deletes the library's database; a deletion blocked by a connection closing late waits for it, up to 10 s. (Firefox
 * has kept one blocked for good, held by a page of another test file of this origin: the next test then starts on
 * the database as it is, which its own fault replaces or ignores.)
 */
function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DATABASE);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // Blocked, Firefox may not even say so: at most 10 s either way.
    setTimeout(resolve, 10_000);
  });
}

/**
 * Puts a database of another make in place of the library's (this page's own connection steps aside). The library
 * of this page may still be writing its last receipt and open its own database again in between: then the
 * replacement is made again, until it is the one asked for.
 */
async function replaceDatabase(version: number, store: string): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    await deleteDatabase();
    const request = indexedDB.open(DATABASE, version);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const name of [...db.objectStoreNames]) db.deleteObjectStore(name);
      db.createObjectStore(store);
    };
    // Named, rather than the test's timeout: a deletion still blocked holds this open behind it.
    const db = await Promise.race([
      settled(request),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('the database stayed blocked by a connection left open')), 10_000),
      ),
    ]);
    const made = db.version === version && [...db.objectStoreNames].join() === store;
    db.close();
    if (made) return;
  }
  throw new Error(`could not replace the database with version ${version} holding "${store}"`);
}

describe('a return visit where IndexedDB cannot be used', () => {
  afterEach(async function () {
    this.timeout(40_000);
    await closeDatabaseEverywhere();
  });

  const faults: [string, (win: Window & typeof globalThis) => unknown][] = [
    [
      'indexedDB.open() throws a SecurityError (site data blocked)',
      (win) => {
        win.IDBFactory.prototype.open = () => {
          throw new win.DOMException('The operation is insecure.', 'SecurityError');
        };
      },
    ],
    ['there is no indexedDB', (win) => Object.defineProperty(win, 'indexedDB', { get: () => undefined })],
    [
      'the database opens but refuses to start a transaction',
      (win) => {
        win.IDBDatabase.prototype.transaction = () => {
          throw new win.DOMException('The database connection is closing.', 'InvalidStateError');
        };
      },
    ],
    [
      'the database opens but never answers a request',
      (win) => {
        // Requests whose events never fire, as some browsers leave them: the first unanswered one is the last asked.
        const store = { get: () => ({}), put: () => ({}), delete: () => ({}) };
        win.IDBDatabase.prototype.transaction = () => ({ objectStore: () => store }) as unknown as IDBTransaction;
      },
    ],
    // Real faults, no stand-ins: opening fails with a VersionError, or opens a database without the library's store.
    ['the database is at a later version', () => replaceDatabase(2, 'state')],
    ['the database was made by something else, without the library’s store', () => replaceDatabase(1, 'other')],
  ];

  for (const [name, fault] of faults) {
    it(`${name}: the remembered decision cannot be checked, is said to be unavailable, and is asked again`, async function () {
      this.timeout(20_000);
      const config = await annualReport();
      const stored = await decideAndStore(await renderPrompt(config), 'accept-all');
      document.querySelectorAll('consent-prompt').forEach((element) => element.remove());
      const { element, errors } = await visitInNewDocument(fault);
      expect(errors).to.deep.equal([{ code: 'unavailable', operation: 'read', message: UNCHECKED }]);
      // Safe as before: nothing counts as granted, and the visitor is asked.
      for (const purpose of ['offers', 'credit-scoring', 'partner-sharing']) {
        expect(element.decision(purpose), purpose).to.equal(null);
      }
      expect(promptShown(element)).to.equal(true);
      expect(shadow(element).querySelectorAll('input[part="toggle"]:checked')).to.have.length(0);
      // What was remembered is left as it was: a visit that can check it still may.
      expect(localStorage.getItem(KEY)).to.equal(stored);
    });
  }
});

describe('another tab’s decision where IndexedDB cannot be used', () => {
  afterEach(async function () {
    this.timeout(40_000);
    await closeDatabaseEverywhere();
  });

  it('cannot be checked here, so what this tab granted no longer counts: the visitor is asked again', async function () {
    this.timeout(30_000);
    // Every document of the site fails to open the library's database, for real (a later version is there).
    await replaceDatabase(2, 'state');
    const here = await visitInNewDocument();
    here.element.recordHostDecision({ action: 'accept-all' });
    await waitUntil(() => localStorage.getItem(KEY)?.includes('"offers":true'), 'granted here', { timeout: 5000 });
    expect(here.element.decision('offers')).to.equal(true);
    const before = here.errors.length;

    // The other tab keeps its own in-memory device key: its withdrawal is signed with a key this tab never saw.
    const there = await visitInNewDocument();
    there.element.recordHostDecision({ action: 'reject-all' });
    await waitUntil(() => localStorage.getItem(KEY)?.includes('"offers":false'), 'withdrawn there', { timeout: 5000 });

    await waitUntil(() => here.element.decision('offers') !== true, 'the grant here no longer counts', {
      timeout: 5000,
    });
    expect(here.element.decision('offers')).to.equal(null);
    expect(promptShown(here.element)).to.equal(true);
    // (Heard twice, by the storage event and the BroadcastChannel: each read says the same.)
    const read = here.errors.slice(before).filter((error) => error.operation === 'read');
    expect([...new Set(read.map((error) => `${error.code}: ${error.message}`))]).to.deep.equal([
      `unavailable: ${UNCHECKED}`,
    ]);
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
