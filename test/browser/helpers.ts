// Shared helpers for browser tests: the fixture config, and trusted input through the test runner's real mouse
// and keyboard (a script's click() is not the visitor's action, so the tests must not use it to decide).
import { fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import type { ConsentConfig } from '../../src/core/config/types.js';
import '../../src/define.js';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import {
  buildReceiptPayload,
  digestJws,
  generateSigningKeyPair,
  signReceipt,
  type DisplayedClause,
} from '../../src/core/receipt/index.js';
import { storedConsentFromReceipt, type StoredConsent } from '../../src/core/storage/index.js';

/**
 * Every test starts as a first visit: decisions remembered by an earlier test (localStorage, cookies) would make
 * the prompt recall them and stay closed.
 */
export function forgetRememberedDecisions(): void {
  localStorage.clear();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name?.startsWith('unticked')) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
}

beforeEach(forgetRememberedDecisions);

let cachedFixture: ConsentConfig | undefined;

/** A fresh deep copy of the example config (annual spending report). */
export async function annualReport(): Promise<ConsentConfig> {
  cachedFixture ??= (await (await fetch('/test/fixtures/annual-report.json')).json()) as ConsentConfig;
  return structuredClone(cachedFixture);
}

/** Renders a prompt with the given config and waits for `consent-ready`. */
export async function renderPrompt(
  config: unknown,
  options: { layout?: 'banner' | 'dialog' | 'inline'; lang?: string } = {},
): Promise<ConsentPrompt> {
  const element = await fixture<ConsentPrompt>(
    html`<consent-prompt layout=${options.layout ?? 'inline'} lang=${options.lang ?? 'en'}></consent-prompt>`,
  );
  const ready = oneEvent(element, 'consent-ready');
  element.config = config;
  await ready;
  await element.updateComplete;
  return element;
}

/** An inline prompt inside a wrapper with `lang` (none when `null`), with its own `lang` when given. */
export async function renderUnder(lang: string | null, config: unknown, elementLang?: string): Promise<ConsentPrompt> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  if (lang) wrapper.setAttribute('lang', lang);
  const element = document.createElement('consent-prompt') as ConsentPrompt;
  element.layout = 'inline';
  if (elementLang) element.lang = elementLang;
  wrapper.append(element);
  const ready = oneEvent(element, 'consent-ready');
  element.config = config;
  await ready;
  await element.updateComplete;
  return element;
}

export function shadow(element: ConsentPrompt): ShadowRoot {
  return element.shadowRoot as ShadowRoot;
}

export function toggle(element: ConsentPrompt, purposeId: string): HTMLInputElement {
  const input = shadow(element).querySelector<HTMLInputElement>(`input[data-purpose="${purposeId}"]`);
  if (!input) throw new Error(`no toggle for ${purposeId}`);
  return input;
}

export function action(element: ConsentPrompt, name: 'reject-all' | 'save' | 'accept-all'): HTMLButtonElement {
  const button = shadow(element).querySelector<HTMLButtonElement>(`button[data-action="${name}"]`);
  if (!button) throw new Error(`no ${name} button`);
  return button;
}

/** A real, trusted mouse click in the middle of an element. */
export async function trustedClick(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center', inline: 'center' });
  let clicked = false;
  const onClick = () => (clicked = true);
  target.addEventListener('click', onClick, { capture: true });
  try {
    const point = await settledCentre(target);
    await sendMouse({ type: 'click', position: point });
    await resetMouse();
    if (clicked) return;
    await nextFrame();
    // Content loading above it (a list filling in) moved it between finding its centre and the click: the click
    // went to whatever took its place. Once, where it is now; an element covered where it stands is not clicked again.
    const rect = target.getBoundingClientRect();
    const now = [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];
    if (clicked || (now[0] === point[0] && now[1] === point[1])) return;
    target.scrollIntoView({ block: 'center', inline: 'center' });
    await sendMouse({ type: 'click', position: await settledCentre(target) });
    await resetMouse();
  } finally {
    target.removeEventListener('click', onClick, { capture: true });
  }
}

/** The topmost element at a point, looking into open shadow roots. */
function deepElementFromPoint(x: number, y: number): Element | null {
  let element = document.elementFromPoint(x, y);
  while (element?.shadowRoot) {
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return element;
}

/** Whether `node` is `ancestor` or inside it, crossing shadow roots. */
function isWithin(node: Node, ancestor: Node): boolean {
  for (let current: Node | null = node; current;) {
    if (current === ancestor) return true;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}

/**
 * The centre of `target` once it stops moving and nothing covers it: the mouse is sent from outside the page, so a
 * point taken while a list is still rendering or a panel still sliding in can land on something else. Gives up
 * waiting after about a second and returns the last centre (a test that clicks a covered element then fails on
 * what the click did, not here).
 */
async function settledCentre(target: Element): Promise<[number, number]> {
  let previous = '';
  for (let frame = 0; ; frame++) {
    const rect = target.getBoundingClientRect();
    const point: [number, number] = [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];
    const key = `${rect.x},${rect.y},${rect.width},${rect.height}`;
    const hit = deepElementFromPoint(...point);
    const reachable = !!hit && isWithin(hit, target);
    if ((key === previous && reachable) || frame >= 60) return point;
    previous = key;
    await nextFrame();
  }
}

/** Focuses an element and presses a key with the real keyboard. */
export async function trustedKey(target: HTMLElement, key: string): Promise<void> {
  target.focus();
  await sendKeys({ press: key });
}

/** An inert script held back for `purpose` (as a page writes it for the gate), appended to the body. */
export function heldScript(purpose: string, code: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset['consent'] = purpose;
  script.textContent = code;
  document.body.append(script);
  return script;
}

/** Events of one type collected from an element. */
export function collect<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K): HTMLElementEventMap[K][] {
  const events: HTMLElementEventMap[K][] = [];
  target.addEventListener(type, (event) => events.push(event as HTMLElementEventMap[K]));
  return events;
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/**
 * A real receipt signed in this browser with a key pair made for it (not the device key), and the state a prompt
 * would remember after it.
 */
export async function signedStoredState(config: ConsentConfig, granted: string[]): Promise<StoredConsent> {
  const shown: Record<string, DisplayedClause> = {};
  const decisions: Record<string, boolean> = {};
  for (const purpose of config.purposes) {
    shown[purpose.id] = { language: 'en', text: purpose.clause['en']! };
    if (!purpose.necessary) decisions[purpose.id] = granted.includes(purpose.id);
  }
  const { privateJwk, publicJwk } = await generateSigningKeyPair();
  const payload = await buildReceiptPayload({
    config,
    decisions,
    action: 'save',
    source: 'visitor',
    language: 'en',
    shown,
    principalId: crypto.randomUUID(),
    issuer: location.origin,
    previous: null,
  });
  const jws = await signReceipt(payload, privateJwk);
  return storedConsentFromReceipt(jws, payload, publicJwk, { sequence: 0, digest: await digestJws(jws) });
}

/** A response body that never ends: 64 KB of "A" whenever it is read; `cancelled` once the reader gives up. */
export function endlessStream(onCancel?: () => void): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(0x41);
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.enqueue(chunk);
    },
    cancel() {
      onCancel?.();
    },
  });
}
