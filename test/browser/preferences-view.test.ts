// The preferences view: the visitor's current choices, withdrawal as easy as granting, their receipts decoded in
// their language, the download, and "Forget my choices".
import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { verifyHistory } from '../../src/core/receipt/history.js';
import { verifyReceipt } from '../../src/core/receipt/verify.js';
import { annualReport, renderPrompt, shadow, toggle, action, trustedClick, nextFrame, collect } from './helpers.js';

const receiptItems = (element: ConsentPrompt) => [...shadow(element).querySelectorAll<HTMLElement>('[part="receipt"]')];

/** Waits until the receipt of `detail`'s decision heads the preferences view's list. */
async function newestListed(element: ConsentPrompt, detail: { receipt: { payload: { jti: string } } | null }) {
  await waitUntil(
    () => receiptItems(element)[0]?.dataset['receipt'] === detail.receipt!.payload.jti,
    'this decision is the newest receipt listed',
    { timeout: 5000 },
  );
}

async function decide(element: ConsentPrompt, click: () => Promise<void>) {
  const decision = oneEvent(element, 'consent-decision');
  await click();
  return (await decision).detail;
}

async function openPreferences(element: ConsentPrompt): Promise<void> {
  element.show();
  await element.updateComplete;
  const details = shadow(element).querySelector<HTMLDetailsElement>('[part="receipts"]')!;
  if (!details.open) await trustedClick(details.querySelector('summary')!);
  expect(details.open).to.equal(true);
  await waitUntil(
    () => shadow(element).querySelector('[part="receipts"]')?.getAttribute('data-state') === 'ready',
    'receipts load',
    { timeout: 5000 },
  );
  // The list has rendered and the layout settled before anything below it is clicked.
  await element.updateComplete;
  await nextFrame();
}

describe('<consent-prompt> preferences view', function () {
  // Every decision here signs a receipt under the chain lock and IndexedDB, which the other test files of this origin
  // share and some hold for seconds on purpose (receipt-faults.test.ts): more than mocha's default 10 s.
  this.timeout(40_000);
  afterEach(() => document.querySelectorAll('consent-prompt').forEach((el) => el.remove()));

  it('reopens with the visitor’s current choices and their receipts, newest first, verified', async () => {
    const element = await renderPrompt(await annualReport());
    await trustedClick(toggle(element, 'offers'));
    const first = await decide(element, () => trustedClick(action(element, 'save')));
    await openPreferences(element);
    expect(shadow(element).querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Your privacy choices');
    expect(toggle(element, 'offers').checked).to.equal(true);
    expect(toggle(element, 'credit-scoring').checked).to.equal(false);
    await waitUntil(
      () => receiptItems(element)[0]?.dataset['receipt'] === first.receipt!.payload.jti,
      'this decision is the newest receipt listed',
      { timeout: 5000 },
    );
    const [newest] = receiptItems(element);
    expect(newest!.textContent).to.contain('Save my choices');
    expect(newest!.textContent).to.contain('Signed by this browser');
    expect(newest!.querySelector('[data-verified]')!.getAttribute('data-verified')).to.equal('true');
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(
      first.receipt!.payload.iat * 1000,
    );
    expect(newest!.textContent).to.contain(date);
    expect(newest!.textContent).to.contain('Text shown in English');
    // Which text: the start of the digest of the exact clause shown, as the receipt records it.
    const scoring = first.receipt!.payload['urn:unticked:consent'].decisions.find(
      (d: { purpose: string }) => d.purpose === 'credit-scoring',
    )!;
    expect(newest!.textContent).to.contain(scoring.digest.slice(0, 12));
    await expect(element).to.be.accessible();
  });

  it('withdraws with no more clicks than it took to grant, and records the action withdraw', async () => {
    const element = await renderPrompt(await annualReport());
    // Granting one purpose: its switch, then "Save my choices". Two clicks.
    await trustedClick(toggle(element, 'offers'));
    const granted = await decide(element, () => trustedClick(action(element, 'save')));
    expect(granted.decisions['offers']).to.equal(true);
    element.show();
    await element.updateComplete;
    // Withdrawing it: its switch, then "Save my choices". Two clicks.
    await trustedClick(toggle(element, 'offers'));
    const withdrawn = await decide(element, () => trustedClick(action(element, 'save')));
    expect(withdrawn.action).to.equal('withdraw');
    expect(withdrawn.decisions['offers']).to.equal(false);
    expect(withdrawn.receipt!.payload['urn:unticked:consent'].action).to.equal('withdraw');
    // "Accept all" is one click; so is withdrawing everything with "Reject all".
    element.show();
    await element.updateComplete;
    await decide(element, () => trustedClick(action(element, 'accept-all')));
    element.show();
    await element.updateComplete;
    const all = await decide(element, () => trustedClick(action(element, 'reject-all')));
    expect(all.action).to.equal('withdraw');
    const history = await verifyHistory(
      [granted, withdrawn].map((d) => d.receipt!.jws),
      { jwks: { keys: [granted.receipt!.publicJwk!] } },
    );
    expect(history.overrides.map((o) => o.purpose)).to.deep.equal(['offers']);
  });

  it('keeps the keyboard in an inline prompt after "Withdraw": on that purpose’s switch, now off', async () => {
    const element = await renderPrompt(await annualReport(), { layout: 'inline' });
    await trustedClick(toggle(element, 'offers'));
    await decide(element, () => trustedClick(action(element, 'save')));
    await element.updateComplete;
    const withdraw = shadow(element).querySelector<HTMLButtonElement>('[part="withdraw"]')!;
    withdraw.focus();
    // Enter on the focused button: the keyboard's own trusted click.
    const withdrawn = await decide(element, () => sendKeys({ press: 'Enter' }));
    expect(withdrawn.decisions['offers']).to.equal(false);
    expect(element.open).to.equal(true);
    await waitUntil(() => shadow(element).activeElement === toggle(element, 'offers'), 'focus on the switch');
    expect(toggle(element, 'offers').checked).to.equal(false);
  });

  it('shows dates and language names in the visitor’s language', async () => {
    const element = await renderPrompt(await annualReport(), { lang: 'zh-CN' });
    const detail = await decide(element, () => trustedClick(action(element, 'reject-all')));
    await openPreferences(element);
    await newestListed(element, detail);
    const [newest] = receiptItems(element);
    const date = new Intl.DateTimeFormat('zh-Hans', { dateStyle: 'long', timeStyle: 'short' }).format(
      detail.receipt!.payload.iat * 1000,
    );
    expect(newest!.textContent).to.contain(date);
    expect(newest!.textContent).to.contain('中文');
    // Labels end with the full-width colon Chinese writes, not an ASCII ": " ("操作: 全部拒绝").
    const text = newest!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('操作：全部拒绝');
    expect(text).not.to.match(/\p{Script=Han}: /u);
  });

  it('names a purpose whose clause was shown in another language than the words by its title in that language', async () => {
    // The config offers English and Chinese; the visitor reads French: the prompt's words are French, the clauses
    // English, and the receipt view says so for each.
    const config = await annualReport();
    const element = await renderPrompt(config, { lang: 'fr' });
    const detail = await decide(element, () => trustedClick(action(element, 'accept-all')));
    expect(detail.shown['offers']!.language).to.equal('en');
    await openPreferences(element);
    await newestListed(element, detail);
    const lines = [...receiptItems(element)[0]!.querySelectorAll('.receipt-lines li')].map((li) => li.textContent!);
    const offers = lines.find((line) => line.includes(config.purposes[2]!.title.en!));
    expect(offers, lines.join(' | ')).to.exist;
    expect(offers).to.match(/anglais/);
    // Each title says which language it is in, for a screen reader's voice (WCAG 3.1.2).
    const titles = [...receiptItems(element)[0]!.querySelectorAll('.receipt-lines li > bdi')];
    const langOf = (text: string) => titles.find((bdi) => bdi.textContent === text)?.getAttribute('lang');
    expect(langOf(config.purposes[2]!.title.en!)).to.equal('en');
  });

  it('writes the colon after a label as French does, after a no-break space', async () => {
    const element = await renderPrompt(await annualReport(), { lang: 'fr' });
    const detail = await decide(element, () => trustedClick(action(element, 'reject-all')));
    await openPreferences(element);
    await newestListed(element, detail);
    const text = receiptItems(element)[0]!.textContent!;
    expect(text).to.match(/Action\u00a0: /);
  });

  it('writes dates in Irish and Punjabi where the browser has no Intl dates in them', async () => {
    // Chromium wrote "December 1, 2026 at 9:05 AM" in an Irish receipt view: CLDR's patterns, as Firefox writes.
    for (const [lang, formats] of [
      ['ga', (await import('../../src/locales/formats/ga.js')).patterns],
      ['pa', (await import('../../src/locales/formats/pa.js')).patterns],
    ] as const) {
      const element = await renderPrompt(await annualReport(), { lang });
      const detail = await decide(element, () => trustedClick(action(element, 'reject-all')));
      await openPreferences(element);
      await newestListed(element, detail);
      const decided = new Date(detail.receipt!.payload.iat * 1000);
      const text = receiptItems(element)[0]!.textContent!;
      expect(text, lang).to.contain(`${decided.getDate()} ${formats.dateTime.months[decided.getMonth()]}`);
      expect(text, lang).to.contain(String(decided.getFullYear()));
      expect(text, lang).not.to.match(
        /January|February|March|April|May|June|July|August|September|October|November|December/,
      );
      element.remove();
    }
  });

  it('comes after a decision in one update: nothing it shows is set from updated(), which would schedule another', async () => {
    const element = await renderPrompt(await annualReport());
    // Lit warns of this (change-in-update) in development only, and once per page: watched here instead.
    const watched = element as unknown as {
      updated(changed: unknown): void;
      requestUpdate(name?: PropertyKey, ...rest: unknown[]): void;
    };
    const { updated, requestUpdate } = watched;
    let inUpdated = false;
    const scheduled: string[] = [];
    watched.updated = function (this: typeof watched, changed) {
      inUpdated = true;
      try {
        updated.call(this, changed);
      } finally {
        inUpdated = false;
      }
    };
    watched.requestUpdate = function (this: typeof watched, name, ...rest) {
      if (inUpdated) scheduled.push(String(name));
      requestUpdate.call(this, name, ...rest);
    };
    await decide(element, () => trustedClick(action(element, 'reject-all')));
    await openPreferences(element);
    expect(scheduled).to.deep.equal([]);
  });

  it('downloads every receipt as JSON that verifies as a history', async () => {
    const element = await renderPrompt(await annualReport());
    const detail = await decide(element, () => trustedClick(action(element, 'reject-all')));
    await openPreferences(element);
    // The list has caught up with this decision, so nothing lands above the download button as it is clicked.
    await newestListed(element, detail);
    await nextFrame();
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      blobs.push(object as Blob);
      return original.call(URL, object);
    };
    // Keep the file from being saved for real: a browser's download UI would take the keyboard from later tests.
    const keepFromSaving = (event: Event) => {
      if ((event.target as Element).matches('a[download]')) event.preventDefault();
    };
    shadow(element).addEventListener('click', keepFromSaving, true);
    try {
      await trustedClick(shadow(element).querySelector('[part="download"]')!);
      await waitUntil(() => blobs.length === 1, 'a file is offered', { timeout: 5000 });
    } finally {
      URL.createObjectURL = original;
    }
    const file = JSON.parse(await blobs[0]!.text()) as {
      format: string;
      receipts: { jws: string; publicJwk: JsonWebKey; selfSigned: boolean }[];
    };
    expect(file.format).to.equal('unticked-receipts/1');
    // Every receipt this browser keeps for the policy, whatever the list on screen has caught up with.
    const { keptReceipts } = await import('../../src/receipt/receipt-issuer.js');
    expect(file.receipts.length).to.equal((await keptReceipts('annual-report')).length);
    // Receipts kept by earlier tests of this origin may be host-signed; each device-signed one verifies with its key.
    for (const receipt of file.receipts.filter((r) => r.selfSigned)) {
      const result = await verifyReceipt(receipt.jws, { trustEmbeddedKey: receipt.publicJwk });
      expect(result.failures).to.deep.equal([]);
    }
    expect(file.receipts.at(-1)!.selfSigned).to.equal(true);
  });

  it('does not take the second click of a double click on "Accept all" for "Forget my choices" that took its place', async () => {
    const element = await renderPrompt(await annualReport());
    const errors = collect(element, 'consent-error');
    const decision = oneEvent(element, 'consent-decision');
    // Two clicks in quick succession: the first decides; the view that replaces the first screen has Forget on it.
    await trustedClick(action(element, 'accept-all'));
    await element.updateComplete;
    // At once, where it is now (as a second click would), not after waiting for the layout to settle.
    const forget = shadow(element).querySelector<HTMLButtonElement>('[part="forget"]')!;
    forget.scrollIntoView({ block: 'center' });
    const box = forget.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    expect((await decision).detail.action).to.equal('accept-all');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(element.decision('offers')).to.equal(true);
    const refused = errors.map((event) => event.detail.problems[0]!).find((problem) => problem.path === 'forget');
    expect(refused?.code).to.equal('not-shown');
    // A click that is not part of the double click counts.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await trustedClick(shadow(element).querySelector<HTMLButtonElement>('[part="forget"]')!);
    await waitUntil(() => element.decisions === null, 'forgotten', { timeout: 30_000 });
  });

  it('forgets everything: receipts gone, asked again unticked, and the next receipt starts a new chain', async () => {
    const element = await renderPrompt(await annualReport());
    const before = await decide(element, () => trustedClick(action(element, 'accept-all')));
    await openPreferences(element);
    // The list has caught up with this decision, so the button does not move down as it is clicked.
    await newestListed(element, before);
    await nextFrame();
    // A page script's click() on it, or a look-alike event, is not the visitor's: nothing is forgotten.
    const forget = shadow(element).querySelector<HTMLButtonElement>('[part="forget"]')!;
    const errors = collect(element, 'consent-storage-error');
    forget.click();
    forget.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    // Also long enough after the decision that the visitor's click is no second click of a double click on it.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(element.decisions).not.to.equal(null);
    expect(errors).to.have.length(0);
    await trustedClick(forget);
    // Forgetting waits for IndexedDB and the receipt lock, which other test files in this origin share: generous.
    await waitUntil(() => element.decisions === null, 'forgotten', { timeout: 30_000 });
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="heading"]')!.textContent!.trim()).to.equal(
      'Your choices about your data',
    );
    expect(element.decisions).to.equal(null);
    for (const id of ['credit-scoring', 'offers', 'partner-sharing'])
      expect(toggle(element, id).checked).to.equal(false);
    const after = await decide(element, () => trustedClick(action(element, 'reject-all')));
    const chain = after.receipt!.payload['urn:unticked:consent'].chain;
    expect(chain).to.deep.equal({ sequence: 0, previous: null, reason: 'forget' });
    expect(after.receipt!.payload.sub).not.to.equal(before.receipt!.payload.sub);
    expect(after.receipt!.publicJwk!.x).not.to.equal(before.receipt!.publicJwk!.x);
    await openPreferences(element);
    // Listed once it is kept: the list may still show the empty one from before this decision.
    await newestListed(element, after);
    expect(receiptItems(element)).to.have.length(1);
  });
});
