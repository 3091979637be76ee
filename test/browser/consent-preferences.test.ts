// <consent-preferences>: the link, button or floating button that reopens the prompt so a visitor can review or
// withdraw. Trusted input only, as a visitor would use it.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import type { ConsentPreferences } from '../../src/elements/consent-preferences/consent-preferences.js';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { ConsentError } from '../../src/core/errors.js';
import { annualReport, shadow, toggle, action, trustedClick, trustedKey, nextFrame } from './helpers.js';

interface CspWindow {
  __violations: { directive: string; blocked: string; sample: string }[];
  __ready: string[];
  __errors: unknown[];
}

const CONSENT_EVENTS = ['consent-ready', 'consent-toggle', 'consent-decision', 'consent-error'] as const;

const buttonOf = (control: ConsentPreferences) =>
  control.shadowRoot!.querySelector<HTMLButtonElement>('button[part="button"]')!;
const builtInLabel = (control: ConsentPreferences) => buttonOf(control).querySelector<HTMLElement>('span')!;

/** Gives a prompt the fixture config and waits until it is ready. */
async function configure(prompt: ConsentPrompt): Promise<void> {
  const ready = oneEvent(prompt, 'consent-ready');
  prompt.config = await annualReport();
  await ready;
  await prompt.updateComplete;
}

/** A banner prompt, not yet configured, with a link to reopen it in the footer below. */
async function bannerWithLink(): Promise<{ prompt: ConsentPrompt; control: ConsentPreferences }> {
  const page = await fixture<HTMLDivElement>(
    html`<div lang="en">
      <consent-prompt layout="banner"></consent-prompt>
      <footer><consent-preferences></consent-preferences></footer>
    </div>`,
  );
  return { prompt: page.querySelector('consent-prompt')!, control: page.querySelector('consent-preferences')! };
}

async function decide(prompt: ConsentPrompt, click: () => Promise<void>) {
  const decision = oneEvent(prompt, 'consent-decision');
  await click();
  return (await decision).detail;
}

/** Every consent event that reaches the document while `run` runs. */
async function consentEventsDuring(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const record = (event: Event) => seen.push(event.type);
  for (const type of CONSENT_EVENTS) document.addEventListener(type, record);
  try {
    await run();
    await nextFrame();
  } finally {
    for (const type of CONSENT_EVENTS) document.removeEventListener(type, record);
  }
  return seen;
}

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Replaces console.error while `run` runs; returns what was logged. */
async function capturingErrors(run: () => Promise<void>): Promise<unknown[][]> {
  const logged: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args);
  try {
    await run();
  } finally {
    console.error = original;
  }
  return logged;
}

describe('<consent-preferences>', () => {
  // Every test starts as a first visit: a decision remembered (in localStorage, the default) by an earlier test
  // would be recalled by the next prompt for the same policy.
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.querySelectorAll('consent-prompt, consent-preferences').forEach((el) => el.remove());
    document.documentElement.removeAttribute('dir');
  });

  it('is accessible in every variant: a real button that says “Privacy choices”', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <p>© Example Pay Ltd. <consent-preferences></consent-preferences></p>
        <consent-preferences variant="button"></consent-preferences>
        <consent-preferences variant="floating"></consent-preferences>
      </div>`,
    );
    const controls = [...page.querySelectorAll('consent-preferences')];
    for (const control of controls) {
      await control.updateComplete;
      const button = buttonOf(control);
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      expect(button.textContent!.trim()).to.equal('Privacy choices');
      expect(builtInLabel(control).lang).to.equal('en');
    }
    expect(controls[0]!.getAttribute('variant'), 'link by default').to.equal('link');
    expect(controls[2]!.getAttribute('placement'), 'bottom-start by default').to.equal('bottom-start');
    await waitUntil(() => buttonOf(controls[2]!).hasAttribute('data-positioned'), 'floating button placed');
    await expect(page).to.be.accessible();
  });

  it('keeps its styles when moved through another document and back, and into an iframe', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en"><consent-preferences variant="button"></consent-preferences></div>`,
    );
    const control = page.querySelector('consent-preferences')!;
    await control.updateComplete;
    const styles = () => {
      const view = control.ownerDocument.defaultView!;
      const style = view.getComputedStyle(buttonOf(control));
      return [style.borderRadius, style.cursor, style.display];
    };
    const styled = styles();
    // The button's own styles, not the browser's: the sheet is what draws it.
    expect(control.shadowRoot!.adoptedStyleSheets.length > 0).to.equal(true);
    document.implementation.createHTMLDocument('').body.append(control);
    page.append(control);
    expect(styles(), 'back from another document').to.deep.equal(styled);
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      frame.contentDocument!.body.append(control);
      expect(styles(), 'in an iframe').to.deep.equal(styled);
      expect(control.shadowRoot!.adoptedStyleSheets.length > 0, 'in an iframe').to.equal(true);
    } finally {
      page.append(control);
      frame.remove();
    }
    // Firefox ESR 140.12 gives an element adopted into another document that document's HTMLElement prototype.
    expect(control instanceof customElements.get('consent-preferences')!, 'still a <consent-preferences>').to.equal(
      true,
    );
  });

  it('logs a variant or placement it does not have, naming the field, and shows the default', async () => {
    let control!: ConsentPreferences;
    const logged = await capturingErrors(async () => {
      control = await fixture<ConsentPreferences>(
        html`<consent-preferences lang="en" variant="hover" placement="middle"></consent-preferences>`,
      );
      await control.updateComplete;
    });
    expect(control.variant).to.equal('link');
    expect(control.placement).to.equal('bottom-start');
    const errors = logged.map(([error]) => error).filter((error) => error instanceof ConsentError);
    expect(errors.map((error) => `${error.code} ${error.path}`)).to.deep.equal([
      'invalid-layout variant',
      'invalid-layout placement',
    ]);
    expect((errors[0] as ConsentError).message).to.contain('"hover"');
  });

  it('logs the read-only language set before its definition loaded, and throws a typed error after', async () => {
    const early = document.implementation.createHTMLDocument('').createElement('consent-preferences');
    early.setAttribute('lang', 'de');
    (early as unknown as { language: string }).language = 'en';
    let control!: ConsentPreferences;
    const logged = await capturingErrors(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(early);
      control = early as unknown as ConsentPreferences;
      await control.updateComplete;
    });
    expect(control.language).to.equal('de');
    const errors = logged.map(([error]) => error).filter((error) => error instanceof ConsentError);
    expect(errors.map((error) => `${error.code} ${error.path}`)).to.deep.equal(['invalid-argument language']);
    expect(() => ((control as unknown as { language: string }).language = 'en')).to.throw(ConsentError, /read-only/);
    expect(control.language).to.equal('de');
  });

  it('shows a visible focus ring when reached with the keyboard', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <button type="button">Before</button>
        <consent-preferences variant="button"></consent-preferences>
      </div>`,
    );
    const control = page.querySelector('consent-preferences')!;
    await control.updateComplete;
    expect(getComputedStyle(buttonOf(control)).outlineStyle).to.equal('none');
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(buttonOf(control));
    expect(buttonOf(control).matches(':focus-visible')).to.equal(true);
    const style = getComputedStyle(buttonOf(control));
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('3px');
  });

  it('reopens the prompt after a decision with the visitor’s current choices, and fires nothing itself', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <consent-prompt layout="banner"></consent-prompt>
        <footer>© Example Pay Ltd. · <consent-preferences></consent-preferences></footer>
      </div>`,
    );
    const prompt = page.querySelector('consent-prompt')!;
    const control = page.querySelector('consent-preferences')!;
    await configure(prompt);
    await trustedClick(toggle(prompt, 'offers'));
    await decide(prompt, () => trustedClick(action(prompt, 'save')));
    await prompt.updateComplete;
    expect(prompt.open, 'the banner closes after deciding').to.equal(false);

    const events = await consentEventsDuring(async () => {
      await trustedClick(buttonOf(control));
      await prompt.updateComplete;
    });
    expect(prompt.open).to.equal(true);
    expect(shadow(prompt).querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Your privacy choices');
    expect(toggle(prompt, 'offers').checked).to.equal(true);
    expect(toggle(prompt, 'credit-scoring').checked).to.equal(false);
    expect(toggle(prompt, 'partner-sharing').checked).to.equal(false);
    expect(events, 'no consent event from opening').to.deep.equal([]);
  });

  it('opens with Enter and with Space: it is a real button', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <consent-prompt layout="banner"></consent-prompt>
        <consent-preferences variant="button"></consent-preferences>
      </div>`,
    );
    const prompt = page.querySelector('consent-prompt')!;
    const control = page.querySelector('consent-preferences')!;
    await configure(prompt);
    // ' ' is the space bar in both Chromium and Firefox (Firefox's driver does not know the name "Space").
    for (const key of ['Enter', ' ']) {
      prompt.close();
      await prompt.updateComplete;
      await trustedKey(buttonOf(control), key);
      await prompt.updateComplete;
      expect(prompt.open, JSON.stringify(key)).to.equal(true);
    }
  });

  // The counting rule: every trusted click the visitor makes, from the same starting point on both sides, a page
  // where the prompt is not on screen. Reopening costs the same one click whether the visitor comes back to grant or
  // to withdraw, and inside the prompt both are "switch, then Save my choices".
  it('withdrawing through it takes no more clicks than granting did, from the same starting point', async () => {
    const { prompt, control } = await bannerWithLink();
    await configure(prompt);
    // First visit: the visitor dismisses the banner without deciding (records nothing, counted on neither side).
    await trustedClick(shadow(prompt).querySelector('[part="close"]')!);
    await prompt.updateComplete;
    expect(prompt.open).to.equal(false);

    let clicks = 0;
    const click = async (target: Element) => {
      clicks++;
      await trustedClick(target);
      await prompt.updateComplete;
    };

    clicks = 0;
    await click(buttonOf(control));
    await click(toggle(prompt, 'offers'));
    const granted = await decide(prompt, () => click(action(prompt, 'save')));
    const grantClicks = clicks;
    expect(granted.decisions['offers']).to.equal(true);
    expect(prompt.open).to.equal(false);

    clicks = 0;
    await click(buttonOf(control));
    expect(toggle(prompt, 'offers').checked, 'the grant is shown ticked').to.equal(true);
    await click(toggle(prompt, 'offers'));
    const withdrawn = await decide(prompt, () => click(action(prompt, 'save')));
    const withdrawClicks = clicks;
    expect(withdrawn.action).to.equal('withdraw');
    expect(withdrawn.decisions['offers']).to.equal(false);

    expect(withdrawClicks).to.be.at.most(grantClicks);
    expect({ grantClicks, withdrawClicks }).to.deep.equal({ grantClicks: 3, withdrawClicks: 3 });

    // The same for everything at once: "Accept all" from the control, then "Reject all" from it.
    clicks = 0;
    await click(buttonOf(control));
    const all = await decide(prompt, () => click(action(prompt, 'accept-all')));
    expect(all.decisions['offers']).to.equal(true);
    const acceptAllClicks = clicks;
    clicks = 0;
    await click(buttonOf(control));
    const none = await decide(prompt, () => click(action(prompt, 'reject-all')));
    expect(none.action).to.equal('withdraw');
    expect(Object.values(none.decisions).every((granted) => granted === false)).to.equal(true);
    expect({ acceptAllClicks, rejectAllClicks: clicks }).to.deep.equal({ acceptAllClicks: 2, rejectAllClicks: 2 });
  });

  // Measured against a grant on the first visit, when the site put the prompt on screen unasked: granting one
  // purpose is its switch and "Save my choices" (2); withdrawing it later is this control and the purpose's own
  // "Withdraw" button in the preferences view (2).
  it('withdraws one purpose in as many clicks as a first-visit grant took', async () => {
    const { prompt, control } = await bannerWithLink();
    await configure(prompt);
    let clicks = 0;
    const click = async (target: Element) => {
      clicks++;
      await trustedClick(target);
      await prompt.updateComplete;
    };
    await click(toggle(prompt, 'offers'));
    await decide(prompt, () => click(action(prompt, 'save')));
    const grant = clicks;
    clicks = 0;
    await click(buttonOf(control));
    const withdrawButton = shadow(prompt).querySelector('[part="withdraw"][data-withdraw="offers"]')!;
    const withdrawn = await decide(prompt, () => click(withdrawButton));
    expect(withdrawn.action).to.equal('withdraw');
    expect(withdrawn.decisions['offers']).to.equal(false);
    expect({ grant, withdraw: clicks }).to.deep.equal({ grant: 2, withdraw: 2 });
  });

  // The same rule for the keyboard: from the control focused, every key press counted. Eight optional purposes, all
  // granted by "Accept all": withdrawing the last of them, far down the preferences view, still takes no more.
  it('withdraws a purpose in no more key presses than granting it did, one by one or with "Accept all"', async function () {
    this.timeout(30_000);
    const { prompt, control } = await bannerWithLink();
    const config = (await annualReport()) as unknown as { purposes: Record<string, unknown>[] };
    const offers = config.purposes.find((purpose) => purpose['id'] === 'offers')!;
    for (const n of [1, 2, 3, 4, 5, 6]) {
      config.purposes.push({
        ...offers,
        id: `offers-${n}`,
        title: { en: `Offers, part ${n}`, 'zh-CN': `优惠 ${n}` },
      });
    }
    const ready = oneEvent(prompt, 'consent-ready');
    prompt.config = config;
    await ready;
    await trustedClick(shadow(prompt).querySelector('[part="close"]')!);
    await prompt.updateComplete;

    let keys = 0;
    const press = async (key: string) => {
      keys++;
      await sendKeys({ press: key });
      await prompt.updateComplete;
    };
    const tabTo = async (target: () => Element | null, what: string) => {
      for (let i = 0; i < 80 && deepActiveElement() !== target(); i++) await press('Tab');
      expect(deepActiveElement(), what).to.equal(target());
    };
    const withdrawOf = (id: string) => shadow(prompt).querySelector(`[part="withdraw"][data-withdraw="${id}"]`);
    const start = async () => {
      buttonOf(control).focus();
      keys = 0;
      await press('Enter');
      await waitUntil(() => shadow(prompt).contains(deepActiveElement()), 'the keyboard is in the prompt');
    };

    /** Enter on what has focus, and the decision it makes. */
    const enterDecides = async () => {
      const decided = oneEvent(prompt, 'consent-decision');
      await press('Enter');
      return (await decided).detail;
    };
    const withdrawOffers6 = async () => {
      await start();
      await tabTo(() => withdrawOf('offers-6'), 'its Withdraw');
      return enterDecides();
    };

    // One purpose: its switch, Space, then Save my choices.
    await start();
    await tabTo(() => toggle(prompt, 'offers-6'), 'the switch');
    await press(' ');
    await tabTo(() => action(prompt, 'save'), 'Save my choices');
    expect((await enterDecides()).decisions['offers-6']).to.equal(true);
    const grantOne = keys;
    expect((await withdrawOffers6()).action).to.equal('withdraw');
    const withdrawOne = keys;
    expect(withdrawOne, `grant ${grantOne}, withdraw ${withdrawOne}`).to.be.at.most(grantOne);

    // Every purpose at once, then the last of them withdrawn.
    await start();
    await tabTo(() => action(prompt, 'accept-all'), 'Accept all');
    expect((await enterDecides()).decisions['offers-6']).to.equal(true);
    const grantAll = keys;
    const detail = await withdrawOffers6();
    expect([detail.action, detail.decisions['offers-6'], detail.decisions['offers-5']]).to.deep.equal([
      'withdraw',
      false,
      true,
    ]);
    expect(keys, `grant all ${grantAll}, withdraw the last ${keys}`).to.be.at.most(grantAll);
  });

  it('reopens the prompt named by `for`, and the first prompt in the document without it', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <consent-prompt id="shop" layout="banner"></consent-prompt>
        <consent-prompt id="newsletter" layout="banner"></consent-prompt>
        <consent-preferences for="newsletter"></consent-preferences>
        <consent-preferences></consent-preferences>
      </div>`,
    );
    const [shop, newsletter] = [...page.querySelectorAll('consent-prompt')] as [ConsentPrompt, ConsentPrompt];
    const [forNewsletter, first] = [...page.querySelectorAll('consent-preferences')] as [
      ConsentPreferences,
      ConsentPreferences,
    ];
    await Promise.all([configure(shop), configure(newsletter)]);
    const closeBoth = async () => {
      shop.close();
      newsletter.close();
      await Promise.all([shop.updateComplete, newsletter.updateComplete]);
    };
    await closeBoth();
    expect(forNewsletter.htmlFor).to.equal('newsletter');
    await trustedClick(buttonOf(forNewsletter));
    await newsletter.updateComplete;
    expect([shop.open, newsletter.open]).to.deep.equal([false, true]);
    await closeBoth();
    await trustedClick(buttonOf(first));
    await shop.updateComplete;
    expect([shop.open, newsletter.open]).to.deep.equal([true, false]);
  });

  it('without a prompt logs a ConsentError naming `for`, throws nothing, and finds a prompt added later', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en"><consent-preferences for="late-prompt"></consent-preferences></div>`,
    );
    const control = page.querySelector('consent-preferences')!;
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    try {
      const logged = await capturingErrors(async () => {
        await trustedClick(buttonOf(control));
        await nextFrame();
      });
      expect(logged).to.have.length(1);
      const [error] = logged[0]!;
      expect(error).to.be.instanceOf(ConsentError);
      expect((error as ConsentError).code).to.equal('not-ready');
      expect((error as ConsentError).path).to.equal('for');
      expect((error as ConsentError).message).to.contain('for="late-prompt"');

      // Looked up at click time: the prompt may come after the control.
      const prompt = document.createElement('consent-prompt');
      prompt.id = 'late-prompt';
      prompt.layout = 'banner';
      page.prepend(prompt);
      await configure(prompt);
      prompt.close();
      await prompt.updateComplete;
      const none = await capturingErrors(async () => {
        await trustedClick(buttonOf(control));
        await prompt.updateComplete;
      });
      expect(none).to.deep.equal([]);
      expect(prompt.open).to.equal(true);

      // Without `for` and without any prompt, the message says so.
      prompt.remove();
      control.removeAttribute('for');
      await control.updateComplete;
      const logged2 = await capturingErrors(async () => {
        await trustedClick(buttonOf(control));
        await nextFrame();
      });
      expect((logged2[0]![0] as ConsentError).message).to.contain('there is no <consent-prompt> in this document');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
  });

  it('takes the keyboard to a banner already open on the first visit, and gets it back when the banner closes', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <consent-prompt layout="banner"></consent-prompt>
        <p>Footer <consent-preferences></consent-preferences></p>
      </div>`,
    );
    const prompt = page.querySelector('consent-prompt')!;
    const control = page.querySelector('consent-preferences')!;
    await configure(prompt);
    expect(prompt.open, 'the first visit shows the banner').to.equal(true);
    // A page script showing it again (a playground's preview does on every edit) leaves the keyboard where it is.
    const field = document.createElement('input');
    page.append(field);
    field.focus();
    prompt.show();
    await prompt.updateComplete;
    await nextFrame();
    expect(document.activeElement, 'show() from a script takes nothing').to.equal(field);
    buttonOf(control).focus();
    await sendKeys({ press: 'Enter' });
    await prompt.updateComplete;
    await waitUntil(() => shadow(prompt).contains(deepActiveElement()), 'focus moves into the banner');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !prompt.open, 'Escape closes the banner');
    await prompt.updateComplete;
    expect(deepActiveElement()).to.equal(buttonOf(control));
  });

  it('returns focus to itself when the dialog it opened is closed with Escape', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <consent-prompt layout="dialog"></consent-prompt>
        <p>Footer <consent-preferences></consent-preferences></p>
      </div>`,
    );
    const prompt = page.querySelector('consent-prompt')!;
    const control = page.querySelector('consent-preferences')!;
    await configure(prompt);
    // The modal opens on the first visit; deciding closes it and frees the page.
    await decide(prompt, () => trustedClick(action(prompt, 'reject-all')));
    await prompt.updateComplete;
    expect(prompt.open).to.equal(false);

    await trustedClick(buttonOf(control));
    await prompt.updateComplete;
    const dialog = shadow(prompt).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.contains(deepActiveElement()), 'focus moves into the dialog').to.equal(true);

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !prompt.open, 'Escape closes the dialog');
    await prompt.updateComplete;
    expect(deepActiveElement()).to.equal(buttonOf(control));
  });

  describe('floating', () => {
    const INSET = 16;
    const near = (actual: number, expected: number) => Math.abs(actual - expected) <= 1;

    async function placed(placement: string, dir: 'ltr' | 'rtl'): Promise<ConsentPreferences> {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir=${dir} lang="en">
          <consent-preferences variant="floating" placement=${placement}></consent-preferences>
        </div>`,
      );
      const control = wrapper.querySelector('consent-preferences')!;
      await control.updateComplete;
      await waitUntil(() => buttonOf(control).hasAttribute('data-positioned'), 'placed by Floating UI');
      return control;
    }

    function corner(control: ConsentPreferences): string {
      const rect = buttonOf(control).getBoundingClientRect();
      const width = document.documentElement.clientWidth;
      const height = document.documentElement.clientHeight;
      const horizontal = near(rect.left, INSET) ? 'left' : near(width - rect.right, INSET) ? 'right' : '?';
      const vertical = near(rect.top, INSET) ? 'top' : near(height - rect.bottom, INSET) ? 'bottom' : '?';
      return `${vertical}-${horizontal}`;
    }

    const expected: Record<string, Record<'ltr' | 'rtl', string>> = {
      'bottom-start': { ltr: 'bottom-left', rtl: 'bottom-right' },
      'bottom-end': { ltr: 'bottom-right', rtl: 'bottom-left' },
      'top-start': { ltr: 'top-left', rtl: 'top-right' },
      'top-end': { ltr: 'top-right', rtl: 'top-left' },
    };

    for (const [placement, corners] of Object.entries(expected)) {
      for (const dir of ['ltr', 'rtl'] as const) {
        it(`${placement} under dir=${dir} sits in the ${corners[dir]} corner of the viewport`, async () => {
          const control = await placed(placement, dir);
          expect(corner(control)).to.equal(corners[dir]);
          // Placed through CSSOM by Floating UI (fixed strategy), not only by the stylesheet's fallback.
          expect(buttonOf(control).style.left).to.match(/^\d+(\.\d+)?px$/);
          expect(buttonOf(control).hasAttribute('style')).to.equal(true);
          expect(getComputedStyle(buttonOf(control)).position).to.equal('fixed');
        });
      }
    }

    it('mirrors when <html dir> changes, and moves with placement', async () => {
      const control = await placed('bottom-start', 'ltr');
      control.parentElement!.removeAttribute('dir');
      await nextFrame();
      expect(corner(control)).to.equal('bottom-left');
      document.documentElement.dir = 'rtl';
      await waitUntil(() => corner(control) === 'bottom-right', 'mirrored under <html dir="rtl">');
      control.placement = 'top-end';
      await waitUntil(() => corner(control) === 'top-left', 'moved to top-end');
    });

    it('stops following the viewport when removed or no longer floating', async () => {
      const control = await placed('bottom-end', 'ltr');
      const button = buttonOf(control);
      control.variant = 'button';
      await control.updateComplete;
      expect(button.hasAttribute('data-positioned')).to.equal(false);
      expect(button.style.left).to.equal('');
      expect(getComputedStyle(button).position).to.equal('static');
      control.variant = 'floating';
      await waitUntil(() => button.hasAttribute('data-positioned'), 'placed again');
      const parent = control.parentElement!;
      control.remove();
      expect(button.style.left, 'cleared on disconnect').to.equal('');
      window.dispatchEvent(new Event('resize'));
      await nextFrame();
      await nextFrame();
      expect(button.style.left, 'autoUpdate stopped').to.equal('');
      parent.append(control);
      await waitUntil(() => button.hasAttribute('data-positioned'), 'placed again after moving');
      expect(corner(control)).to.equal('bottom-right');
    });
  });

  describe('label', () => {
    it('follows <html lang> changes, and its own lang outranks it', async () => {
      const original = document.documentElement.getAttribute('lang');
      try {
        const control = await fixture<ConsentPreferences>(html`<consent-preferences></consent-preferences>`);
        document.documentElement.lang = 'de';
        await waitUntil(() => builtInLabel(control).textContent!.trim() === 'Datenschutzeinstellungen', 'German');
        expect(control.language).to.equal('de');
        document.documentElement.lang = 'ar';
        await waitUntil(() => builtInLabel(control).textContent!.trim() === 'خيارات الخصوصية', 'Arabic');
        expect(builtInLabel(control).dir).to.equal('rtl');
        expect(builtInLabel(control).lang).to.equal('ar');
        control.lang = 'fr';
        await waitUntil(() => builtInLabel(control).textContent!.trim() === 'Choix de confidentialité', 'French');
        expect(builtInLabel(control).dir).to.equal('ltr');
      } finally {
        if (original === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.setAttribute('lang', original);
      }
    });

    it('uses the closest lang up the tree, then navigator.languages', async () => {
      const original = document.documentElement.getAttribute('lang');
      document.documentElement.removeAttribute('lang');
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['he-IL', 'en'] });
      try {
        const page = await fixture<HTMLDivElement>(
          html`<div>
            <p lang="fr"><consent-preferences></consent-preferences></p>
            <p><consent-preferences></consent-preferences></p>
          </div>`,
        );
        const [french, browser] = [...page.querySelectorAll('consent-preferences')] as [
          ConsentPreferences,
          ConsentPreferences,
        ];
        await Promise.all([french.updateComplete, browser.updateComplete]);
        expect(builtInLabel(french).textContent!.trim()).to.equal('Choix de confidentialité');
        expect(builtInLabel(browser).textContent!.trim()).to.equal('בחירות פרטיות');
      } finally {
        delete (navigator as { languages?: unknown }).languages;
        if (original !== null) document.documentElement.setAttribute('lang', original);
      }
    });

    it('takes the site’s own words from the slot, and ignores a slot of only whitespace', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <consent-preferences>Cookie settings</consent-preferences>
          <consent-preferences> </consent-preferences>
        </div>`,
      );
      const [custom, blank] = [...page.querySelectorAll('consent-preferences')] as [
        ConsentPreferences,
        ConsentPreferences,
      ];
      await Promise.all([custom.updateComplete, blank.updateComplete]);
      // Hidden from the first render on, not only after slotchange.
      expect(builtInLabel(custom).hidden, 'built-in words hidden').to.equal(true);
      expect(buttonOf(custom).querySelector('slot')!.assignedNodes()[0]!.textContent).to.equal('Cookie settings');
      expect(buttonOf(custom).getBoundingClientRect().width).to.be.greaterThan(40);
      expect(builtInLabel(blank).hidden).to.equal(false);
      expect(builtInLabel(blank).textContent!.trim()).to.equal('Privacy choices');
      await expect(page).to.be.accessible();
      // Words added later (a framework rendering the label) replace the built-in ones too.
      const words = document.createElement('span');
      words.textContent = 'Manage cookies';
      blank.append(words);
      await waitUntil(() => builtInLabel(blank).hidden, 'built-in words hidden after slotchange');
      words.remove();
      await waitUntil(() => !builtInLabel(blank).hidden, 'built-in words back');
    });

    it('keeps its own words beside an icon, or anything else that names nothing, so the button has a name', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <consent-preferences variant="floating"><i class="icon-cookie" aria-hidden="true"></i></consent-preferences>
          <consent-preferences variant="button"
            ><svg aria-hidden="true" width="16" height="16"><circle cx="8" cy="8" r="6"></circle></svg
          ></consent-preferences>
          <consent-preferences><span></span></consent-preferences>
          <consent-preferences><span hidden>Cookies</span></consent-preferences>
          <consent-preferences
            ><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" role="presentation"
          /></consent-preferences>
          <consent-preferences
            ><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Cookie settings"
          /></consent-preferences>
          <consent-preferences><span class="icon" aria-label="Cookie settings"></span></consent-preferences>
        </div>`,
      );
      const controls = [...page.querySelectorAll('consent-preferences')] as ConsentPreferences[];
      await Promise.all(controls.map((control) => control.updateComplete));
      const shown = controls.map((control) => !builtInLabel(control).hidden);
      expect(shown, 'the built-in words show unless the slot names the control').to.deep.equal([
        true,
        true,
        true,
        true,
        true,
        false,
        false,
      ]);
      // Where the built-in words show, the button is as wide as they are (the site's own icon aside).
      for (const control of controls.slice(0, 5)) {
        await waitUntil(() => buttonOf(control).getBoundingClientRect().width > 40, 'a button one can see and click');
      }
      // Every button has a name (axe's button-name).
      await expect(page).to.be.accessible();
    });
  });

  it('keeps exactly one name when its slotted label is emptied, hidden or filled in later (no slotchange)', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <consent-preferences><span>Cookie settings</span></consent-preferences>
        <consent-preferences><span>Cookie settings</span></consent-preferences>
        <consent-preferences><span></span></consent-preferences>
      </div>`,
    );
    const [emptied, hidden, filled] = [...page.querySelectorAll('consent-preferences')] as ConsentPreferences[];
    await Promise.all([emptied, hidden, filled].map((control) => control!.updateComplete));
    expect([emptied, hidden, filled].map((control) => builtInLabel(control!).hidden)).to.deep.equal([
      true,
      true,
      false,
    ]);
    emptied!.querySelector('span')!.textContent = '';
    hidden!.querySelector('span')!.hidden = true;
    filled!.querySelector('span')!.textContent = 'Cookie settings';
    await waitUntil(
      () => !builtInLabel(emptied!).hidden && !builtInLabel(hidden!).hidden && builtInLabel(filled!).hidden,
      'the built-in words follow the slotted label',
    );
    await expect(page).to.be.accessible();
  });

  it('works under a strict Content-Security-Policy with zero violations', async () => {
    const frame = document.createElement('iframe');
    frame.width = '900';
    frame.height = '700';
    frame.src = '/test/pages/consent-preferences-csp.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    try {
      const win = frame.contentWindow as Window & CspWindow;
      const doc = frame.contentDocument!;
      await waitUntil(() => win.__ready?.length === 1, 'the prompt is ready', { timeout: 8000 });
      const prompt = doc.getElementById('prompt') as ConsentPrompt;
      const [link, button, floating] = ['link', 'button', 'floating'].map(
        (id) => doc.getElementById(id) as ConsentPreferences,
      ) as [ConsentPreferences, ConsentPreferences, ConsentPreferences];
      await Promise.all([link.updateComplete, button.updateComplete, floating.updateComplete]);
      expect(buttonOf(link).textContent!.trim()).to.equal('Privacy choices');
      expect(buttonOf(button).textContent!.trim()).to.equal('Datenschutzeinstellungen');
      // Styles applied (constructable stylesheets are allowed by style-src 'self').
      expect(getComputedStyle(buttonOf(link)).textDecorationLine).to.equal('underline');
      // Placed by Floating UI through CSSOM in the bottom-end (right) corner of the frame's viewport.
      await waitUntil(() => buttonOf(floating).hasAttribute('data-positioned'), 'floating button placed');
      const rect = buttonOf(floating).getBoundingClientRect();
      expect(doc.documentElement.clientWidth - rect.right).to.be.closeTo(16, 1);
      expect(doc.documentElement.clientHeight - rect.bottom).to.be.closeTo(16, 1);

      prompt.close();
      await prompt.updateComplete;
      // A real click inside the frame: the frame's offset plus the button's position in it.
      frame.scrollIntoView({ block: 'center' });
      const target = buttonOf(link);
      target.scrollIntoView({ block: 'center' });
      const outer = frame.getBoundingClientRect();
      const inner = target.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(outer.x + inner.x + inner.width / 2), Math.round(outer.y + inner.y + inner.height / 2)],
      });
      await resetMouse();
      await prompt.updateComplete;
      expect(prompt.open).to.equal(true);
      expect(win.__errors).to.deep.equal([]);
      expect(win.__violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
