// Types for unticked's elements in Svelte 5 markup (checked by svelte-check). Svelte sets an attribute as a
// property when the element has one, and `on<event-name>` listens to `<event-name>`, so the typed events arrive
// as they are.
import type { HTMLAttributes } from 'svelte/elements';
import type {
  ConsentConfig,
  ConsentDecisionEvent,
  ConsentErrorEvent,
  ConsentPreferences,
  ConsentPrompt,
  ConsentReadyEvent,
  ConsentStorageErrorEvent,
  ConsentToggleEvent,
} from 'unticked';

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
    'consent-prompt': HTMLAttributes<ConsentPrompt> & {
      config?: ConsentConfig;
      layout?: ConsentPrompt['layout'];
      src?: string;
      strings?: ConsentPrompt['strings'];
      signer?: ConsentPrompt['signer'];
      storage?: ConsentPrompt['storage'];
      noGating?: boolean;
      'onconsent-ready'?: (event: ConsentReadyEvent) => void;
      'onconsent-toggle'?: (event: ConsentToggleEvent) => void;
      'onconsent-decision'?: (event: ConsentDecisionEvent) => void;
      'onconsent-error'?: (event: ConsentErrorEvent) => void;
      'onconsent-storage-error'?: (event: ConsentStorageErrorEvent) => void;
    };
    'consent-preferences': HTMLAttributes<ConsentPreferences> & {
      /** The id of the `<consent-prompt>` to reopen. */
      for?: string;
      variant?: ConsentPreferences['variant'];
      placement?: ConsentPreferences['placement'];
    };
  }
}

export {};
