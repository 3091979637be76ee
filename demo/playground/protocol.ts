// The messages between the playground (demo/index.html) and its preview frame (demo/preview.html). Both are on the
// same origin; each side checks the origin and the sender before reading a message.
import type { ConsentLayout } from '../../src/elements/consent-prompt/consent-prompt.js';

/** Marks the playground's messages, so messages from anything else on the page are ignored. */
export const MESSAGE_TAG = 'unticked-playground';

/** The themes in demo.css: classes on `<consent-prompt>` that set only its documented `--consent-*` properties. */
export const THEMES = ['light', 'dark', 'contrast', 'brand'] as const;
export type Theme = (typeof THEMES)[number];

export const LAYOUTS: readonly ConsentLayout[] = ['banner', 'dialog', 'inline'];

/** Everything the preview shows. `config` is always a config that passed validateConfig, or `null`. */
export interface PreviewState {
  readonly revision: number;
  readonly config: unknown;
  readonly layout: ConsentLayout;
  /** The visitor's language; empty for the browser's own languages. */
  readonly lang: string;
  readonly theme: Theme;
}

/** From the playground to the preview. */
export type ToPreview =
  | { readonly tag: typeof MESSAGE_TAG; readonly kind: 'state'; readonly state: PreviewState }
  | { readonly tag: typeof MESSAGE_TAG; readonly kind: 'show' | 'forget' };

/** From the preview to the playground. */
export type FromPreview =
  | { readonly tag: typeof MESSAGE_TAG; readonly kind: 'hello' }
  | { readonly tag: typeof MESSAGE_TAG; readonly kind: 'applied'; readonly revision: number }
  | {
      readonly tag: typeof MESSAGE_TAG;
      readonly kind: 'event';
      readonly type: string;
      readonly detail: unknown;
      readonly time: number;
    };

/** The prompt's events the preview forwards. `consent-storage-error` is listened for in case a version has it. */
export const FORWARDED_EVENTS = [
  'consent-ready',
  'consent-toggle',
  'consent-decision',
  'consent-error',
  'consent-storage-error',
] as const;

/** Whether a message event carries one of ours, from the expected window on our own origin. */
export function isOurMessage(event: MessageEvent, from: MessageEventSource | null): boolean {
  const data: unknown = event.data;
  return (
    event.origin === location.origin &&
    from !== null &&
    event.source === from &&
    typeof data === 'object' &&
    data !== null &&
    (data as { tag?: unknown }).tag === MESSAGE_TAG
  );
}
