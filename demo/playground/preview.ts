// The preview: an iframe of demo/preview.html, the width of a phone, a tablet or a desktop screen. An iframe rather
// than a resizable box, because the banner and dialog layouts are fixed to the viewport and the prompt's layout
// follows the viewport's width: only a frame of that width shows them as a visitor would see them. The frame
// receives its state by postMessage and sends every prompt event back.
import type { ConsentLayout } from '../../src/elements/consent-prompt/consent-prompt.js';
import {
  MESSAGE_TAG,
  isOurMessage,
  type FromPreview,
  type PreviewState,
  type Theme,
  type ToPreview,
} from './protocol.js';

export const VIEWPORTS = {
  phone: { label: 'Phone', width: 375, height: 667 },
  tablet: { label: 'Tablet', width: 768, height: 900 },
  desktop: { label: 'Desktop', width: 1280, height: 800 },
} as const;
export type Viewport = keyof typeof VIEWPORTS;

export interface PreviewSettings {
  readonly layout: ConsentLayout;
  readonly lang: string;
  readonly theme: Theme;
}

export type PreviewEventListener = (type: string, detail: unknown, time: number) => void;

export class PreviewFrame {
  readonly #frame: HTMLIFrameElement;
  readonly #sizer: HTMLElement;
  readonly #onEvent: PreviewEventListener;
  #fit = true;
  #scale = 1;
  #ready = false;
  #revision = 0;
  #config: unknown = null;
  #settings: PreviewSettings = { layout: 'banner', lang: '', theme: 'light' };
  #viewport: Viewport = 'desktop';

  /** `frame` sits in a sizer element, which sits in the stage whose width the frame is scaled to fit. */
  constructor(frame: HTMLIFrameElement, onEvent: PreviewEventListener) {
    this.#frame = frame;
    this.#sizer = frame.parentElement as HTMLElement;
    this.#onEvent = onEvent;
  }

  /** Loads the frame once the playground listens, so its greeting cannot be missed. */
  start(url: URL): void {
    window.addEventListener('message', (event) => this.#receive(event));
    new ResizeObserver(() => this.#resize()).observe(this.#sizer.parentElement as HTMLElement);
    this.viewport = this.#viewport;
    this.#frame.src = url.href;
  }

  /** How much the frame is scaled down to fit the column (1 when it fits, or when fitting is off). */
  get scale(): number {
    return this.#scale;
  }

  /** Whether a frame wider than the column is scaled down (its viewport keeps its width) or scrolls. */
  get fit(): boolean {
    return this.#fit;
  }

  set fit(fit: boolean) {
    this.#fit = fit;
    this.#resize();
  }

  get settings(): PreviewSettings {
    return this.#settings;
  }

  get viewport(): Viewport {
    return this.#viewport;
  }

  set viewport(viewport: Viewport) {
    this.#viewport = viewport;
    const size = VIEWPORTS[viewport];
    this.#frame.width = String(size.width);
    this.#frame.height = String(size.height);
    this.#frame.dataset['viewport'] = viewport;
    this.#resize();
  }

  /**
   * Scales with a transform, which leaves the frame's own viewport exactly as wide as the device's. Set through
   * the CSSOM, which a CSP without 'unsafe-inline' allows (style attributes in markup it would not).
   */
  #resize(): void {
    const { width, height } = VIEWPORTS[this.#viewport];
    const available = (this.#sizer.parentElement as HTMLElement).clientWidth;
    const scale = this.#fit && available > 0 && available < width ? Math.floor((available / width) * 1000) / 1000 : 1;
    this.#scale = scale;
    this.#frame.style.transform = scale === 1 ? '' : `scale(${scale})`;
    this.#sizer.style.width = `${Math.ceil(width * scale)}px`;
    this.#sizer.style.height = `${Math.ceil(height * scale)}px`;
    this.#sizer.dispatchEvent(new CustomEvent('preview-resize', { bubbles: true }));
  }

  /** Only ever a config that passed validation, or `null`. */
  setConfig(config: unknown): void {
    this.#config = config;
    this.#sendState();
  }

  set(settings: Partial<PreviewSettings>): void {
    this.#settings = { ...this.#settings, ...settings };
    this.#sendState();
  }

  show(): void {
    this.#post({ tag: MESSAGE_TAG, kind: 'show' });
  }

  forget(): void {
    this.#post({ tag: MESSAGE_TAG, kind: 'forget' });
  }

  #sendState(): void {
    const state: PreviewState = { revision: ++this.#revision, config: this.#config, ...this.#settings };
    this.#post({ tag: MESSAGE_TAG, kind: 'state', state });
  }

  #post(message: ToPreview): void {
    if (this.#ready) this.#frame.contentWindow?.postMessage(message, location.origin);
  }

  #receive(event: MessageEvent): void {
    if (!isOurMessage(event, this.#frame.contentWindow)) return;
    const message = event.data as FromPreview;
    if (message.kind === 'hello') {
      // A new document in the frame (first load or a reload): give it everything.
      this.#ready = true;
      this.#sendState();
    } else if (message.kind === 'applied') {
      this.#frame.dataset['applied'] = String(message.revision);
    } else if (message.kind === 'event') {
      this.#onEvent(message.type, message.detail, message.time);
    }
  }
}
