// Remembering decisions in a real browser: localStorage and document.cookie round trips, the cookie size limit,
// a localStorage that throws on access, and another document's change arriving as a real storage event.
import { expect, oneEvent } from '@open-wc/testing';
import type { ConsentConfig } from '../../src/core/config/types.js';
import {
  channelName,
  cookieAdapter,
  cookieName,
  forgetConsent,
  isSyncFor,
  localStorageAdapter,
  MAX_COOKIE_LENGTH,
  recallConsent,
  saveConsent,
  StorageError,
  syncConsent,
  syncMessage,
  type CookieJar,
} from '../../src/core/storage/index.js';
import { signedStoredState } from './helpers.js';

const KEY = 'unticked:annual-report';
const COOKIE = 'unticked_annual-report';

async function loadConfig(): Promise<ConsentConfig> {
  return (await (await fetch('/test/fixtures/annual-report.json')).json()) as ConsentConfig;
}

/** The real document.cookie, with every write recorded. */
function recordingJar(): CookieJar & { writes: string[] } {
  const writes: string[] = [];
  return {
    writes,
    get cookie() {
      return document.cookie;
    },
    set cookie(text: string) {
      writes.push(text);
      document.cookie = text;
    },
  };
}

describe('remembering decisions in the browser', () => {
  afterEach(() => {
    localStorage.removeItem(KEY);
    document.cookie = `${COOKIE}=; Path=/; Max-Age=0`;
  });

  it('round-trips a signed decision through the real localStorage, and catches tampering there', async () => {
    const config = await loadConfig();
    const state = await signedStoredState(config, ['offers']);
    const adapter = localStorageAdapter();
    expect(await saveConsent(adapter, state)).to.equal(null);
    expect(localStorage.getItem(KEY)).to.include(state.receipt!.jws);
    const recalled = await recallConsent(adapter, config);
    expect(recalled.error).to.equal(null);
    expect(recalled.reasons).to.deep.equal([]);
    expect(recalled.decisions).to.deep.equal({ 'credit-scoring': false, offers: true, 'partner-sharing': false });

    const edited = JSON.parse(localStorage.getItem(KEY)!);
    edited.decisions['partner-sharing'] = true;
    localStorage.setItem(KEY, JSON.stringify(edited));
    const tampered = await recallConsent(adapter, config);
    expect(tampered.error?.code).to.equal('tampered');
    expect(tampered.decisions).to.equal(null);

    expect(await forgetConsent(adapter, 'annual-report')).to.equal(null);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('round-trips the compact form through the real document.cookie on http://localhost, without Secure', async () => {
    expect(location.protocol).to.equal('http:');
    const config = await loadConfig();
    const state = await signedStoredState(config, ['offers', 'partner-sharing']);
    const jar = recordingJar();
    const adapter = cookieAdapter({ document: jar, maxAgeDays: 30 });
    expect(await saveConsent(adapter, state)).to.equal(null);
    expect(jar.writes[0]).to.match(/^unticked_annual-report=1\.[^;]+; Path=\/; Max-Age=2592000; SameSite=Lax$/);
    expect(document.cookie).to.include(`${COOKIE}=1.`);
    expect(document.cookie).not.to.include(state.receipt!.jws.split('.')[2]!);
    // Where the Cookie Store API reports attributes, check what the browser actually kept.
    const store = (window as { cookieStore?: { get(name: string): Promise<Record<string, unknown> | null> } })
      .cookieStore;
    const kept = await store?.get(COOKIE);
    if (kept && typeof kept['secure'] === 'boolean') {
      expect(kept['secure']).to.equal(false);
      expect(kept['path']).to.equal('/');
      expect(kept['sameSite']).to.equal('lax');
      expect(kept['expires']).to.be.within(Date.now() + 29 * 86_400_000, Date.now() + 31 * 86_400_000);
    }

    // The default document and protocol give the same cookie.
    const recalled = await recallConsent(cookieAdapter(), config);
    expect(recalled.error).to.equal(null);
    expect(recalled.state?.receipt).to.equal(null);
    expect(recalled.decisions).to.deep.equal({ 'credit-scoring': false, offers: true, 'partner-sharing': true });

    expect(await forgetConsent(cookieAdapter(), 'annual-report')).to.equal(null);
    expect(document.cookie).not.to.include(`${COOKIE}=`);
  });

  it('keeps a cookie up to the size limit, which the browser accepts, and refuses one byte more', async () => {
    const adapter = cookieAdapter();
    const fits = 'x'.repeat(MAX_COOKIE_LENGTH - cookieName(KEY).length - 1);
    await adapter.set(KEY, fits);
    expect(await adapter.get(KEY)).to.equal(fits);
    let refused: unknown;
    try {
      await adapter.set(KEY, `${fits}x`);
    } catch (error) {
      refused = error;
    }
    expect(refused).to.be.instanceOf(StorageError);
    expect((refused as StorageError).code).to.equal('too-large');

    // A decision too large for a cookie: refused, and the earlier cookie removed so it cannot outlive it.
    const config = await loadConfig();
    const template = config.purposes.find((purpose) => purpose.id === 'offers')!;
    const many = Array.from({ length: 120 }, (_, i) => ({ ...template, id: `purpose-${'x'.repeat(30)}-${i}` }));
    const big = await signedStoredState({ ...config, purposes: [...config.purposes, ...many] }, []);
    const error = await saveConsent(adapter, big);
    expect(error?.code).to.equal('too-large');
    expect(document.cookie).not.to.include(`${COOKIE}=`);
  });

  it('reports a localStorage that throws on access as unavailable, and assumes nothing', async () => {
    const config = await loadConfig();
    const state = await signedStoredState(config, ['offers']);
    expect(await saveConsent(localStorageAdapter(), state)).to.equal(null);
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      expect(() => window.localStorage).to.throw();
      const adapter = localStorageAdapter();
      const saved = await saveConsent(adapter, state);
      expect(saved?.code).to.equal('unavailable');
      expect((saved?.cause as DOMException).name).to.equal('SecurityError');
      const recalled = await recallConsent(adapter, config);
      expect(recalled.decisions).to.equal(null);
      expect(recalled.error?.code).to.equal('unavailable');
      expect((await forgetConsent(adapter, 'annual-report'))?.code).to.equal('unavailable');
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
    expect((await recallConsent(localStorageAdapter(), config)).decisions?.['offers']).to.equal(true);
  });

  it('hears another document save and forget through a real storage event, and re-reads validated state', async () => {
    const config = await loadConfig();
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const other = localStorageAdapter(() => frame.contentWindow!.localStorage);
      const mine = localStorageAdapter();

      const saved = oneEvent(window, 'storage');
      expect(await saveConsent(other, await signedStoredState(config, ['partner-sharing']))).to.equal(null);
      const event = (await saved) as unknown as StorageEvent;
      expect(event.key).to.equal(KEY);
      expect(isSyncFor(event, 'annual-report')).to.equal(true);
      const synced = await syncConsent(event, mine, config);
      expect(synced?.error).to.equal(null);
      expect(synced?.decisions).to.deep.equal({ 'credit-scoring': false, offers: false, 'partner-sharing': true });

      const forgot = oneEvent(window, 'storage');
      expect(await forgetConsent(other, 'annual-report')).to.equal(null);
      const gone = await syncConsent(await forgot, mine, config);
      expect(gone).to.deep.equal({ state: null, error: null, reasons: [], decisions: null });
    } finally {
      frame.remove();
    }
  });

  it('hears a BroadcastChannel message for the policy and re-reads', async () => {
    const config = await loadConfig();
    const sender = new BroadcastChannel(channelName('annual-report'));
    const receiver = new BroadcastChannel(channelName('annual-report'));
    try {
      expect(await saveConsent(cookieAdapter(), await signedStoredState(config, ['offers']))).to.equal(null);
      const message = new Promise<MessageEvent>((resolve) => (receiver.onmessage = resolve));
      sender.postMessage(syncMessage('annual-report'));
      const synced = await syncConsent(await message, cookieAdapter(), config);
      expect(synced?.decisions).to.deep.equal({ 'credit-scoring': false, offers: true, 'partner-sharing': false });
    } finally {
      sender.close();
      receiver.close();
    }
  });
});
