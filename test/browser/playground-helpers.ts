// Drives the playground (demo/index.html) in an iframe: its panels, its preview frame (an iframe inside it), and
// trusted clicks into the preview through both frames.
import { waitUntil } from './wait.js';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';

/** Room for the playground's two columns and a phone-sized preview without scrolling the test page. */
export const PAGE = { width: 1400, height: 1000 } as const;

export interface Playground {
  readonly frame: HTMLIFrameElement;
  readonly doc: Document;
  readonly win: Window & typeof globalThis;
  $<T extends Element = HTMLElement>(selector: string): T;
  /** The preview frame's document. */
  previewDoc(): Document;
  prompt(): ConsentPrompt;
  /** The prompt's rendered text (its shadow root), for "does the preview show X". */
  previewText(): string;
  /** Sets the editor's text as typing would, and waits for the debounced validation. */
  typeConfig(text: string): Promise<void>;
  /** Chooses an option of one of the playground's selects. */
  choose(selector: string, value: string): void;
  remove(): void;
}

export async function sizePage(): Promise<void> {
  await setViewport({ ...PAGE });
}

/** Opens the playground, optionally with a hash, and waits until the preview shows a config. */
export async function openPlayground(
  hash = '',
  path = '/demo/index.html',
  { preview = true }: { preview?: boolean } = {},
): Promise<Playground> {
  const frame = document.createElement('iframe');
  frame.style.width = `${PAGE.width - 20}px`;
  frame.style.height = `${PAGE.height - 20}px`;
  frame.style.border = '0';
  frame.src = `${path}${hash}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & typeof globalThis;
  const $ = <T extends Element = HTMLElement>(selector: string): T => {
    const element = doc.querySelector<T>(selector);
    if (!element) throw new Error(`no ${selector} in the playground`);
    return element;
  };
  const previewDoc = (): Document => $<HTMLIFrameElement>('#preview-frame').contentDocument!;
  const prompt = (): ConsentPrompt => previewDoc().querySelector<ConsentPrompt>('consent-prompt')!;
  const previewText = (): string => prompt()?.shadowRoot?.textContent ?? '';
  await waitUntil(() => doc.body?.dataset['ready'] === 'true', 'the playground is ready', { timeout: 10_000 });
  // Opened with no valid config, the preview has nothing to show: ready is all there is to wait for.
  if (preview) await waitForPreview();
  async function waitForPreview(): Promise<void> {
    await waitUntil(
      () => prompt()?.shadowRoot?.querySelector('[part="purpose"]') !== null && !!prompt()?.shadowRoot,
      'the preview shows the config',
      { timeout: 10_000 },
    );
    await prompt().updateComplete;
    // consent-ready fires once the prompt's words are loaded, which can be a little after the first render.
    await waitUntil(() => doc.querySelectorAll('#event-log .event').length > 0, 'consent-ready in the event log', {
      timeout: 10_000,
    });
  }
  return {
    frame,
    doc,
    win,
    $,
    previewDoc,
    prompt,
    previewText,
    async typeConfig(text: string) {
      const textarea = $<HTMLTextAreaElement>('#config-text');
      textarea.value = text;
      textarea.dispatchEvent(new win.Event('input', { bubbles: true }));
      // The editor validates 200 ms after the last keystroke; until then its summary is marked pending.
      // A large text takes the validator longer than the default second on a busy machine.
      await waitUntil(() => $('#problem-summary').dataset['pending'] !== 'true', 'the editor validated the text', {
        timeout: 10_000,
      });
    },
    choose(selector: string, value: string) {
      const select = $<HTMLSelectElement>(selector);
      select.value = value;
      if (select.value !== value) throw new Error(`${selector} has no option ${value}`);
      select.dispatchEvent(new win.Event('change', { bubbles: true }));
    },
    remove() {
      frame.remove();
    },
  };
}

/**
 * A real, trusted click on an element inside nested same-origin frames: its centre is mapped out through each
 * frame (offset, border and any scale transform) to the test page's viewport.
 */
export async function trustedClickInFrames(target: Element): Promise<void> {
  // After the target's own frame has painted what it now shows: a prompt given a new config a moment ago refuses
  // a click that may have come before its new words reached the screen (not-shown), as it should.
  const own = target.ownerDocument.defaultView!;
  await new Promise((resolve) => own.requestAnimationFrame(() => own.requestAnimationFrame(resolve)));
  target.scrollIntoView({ block: 'center', inline: 'center' });
  const rect = target.getBoundingClientRect();
  let x = rect.x + rect.width / 2;
  let y = rect.y + rect.height / 2;
  let view = target.ownerDocument.defaultView!;
  while (view !== window) {
    const frame = view.frameElement as HTMLIFrameElement;
    const box = frame.getBoundingClientRect();
    const scale = frame.offsetWidth ? box.width / frame.offsetWidth : 1;
    x = box.x + (frame.clientLeft + x) * scale;
    y = box.y + (frame.clientTop + y) * scale;
    view = frame.ownerDocument.defaultView!;
  }
  if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) {
    throw new Error(`the click target is outside the test page's viewport (${Math.round(x)}, ${Math.round(y)})`);
  }
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
  await resetMouse();
}
