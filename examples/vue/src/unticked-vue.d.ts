// Types for unticked's elements in Vue templates (checked by vue-tsc), following the Vue guide's pattern for
// custom elements not built with Vue: `$props` lists the properties a template may bind, `$emit` the events.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type {
  ConsentDecisionEvent,
  ConsentErrorEvent,
  ConsentPreferences,
  ConsentPrompt,
  ConsentReadyEvent,
  ConsentStorageErrorEvent,
  ConsentToggleEvent,
} from 'unticked';

type DefineCustomElement<
  ElementType extends HTMLElement,
  Events extends Record<string, Event>,
  Properties extends keyof ElementType,
> = new () => ElementType & {
  /** @deprecated For template type checking only: not on the element. */
  $props: HTMLAttributes & Partial<Pick<ElementType, Properties>> & PublicProps;
  /** @deprecated For template type checking only: not on the element. */
  $emit: EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'consent-prompt': DefineCustomElement<
      ConsentPrompt,
      {
        'consent-ready': ConsentReadyEvent;
        'consent-toggle': ConsentToggleEvent;
        'consent-decision': ConsentDecisionEvent;
        'consent-error': ConsentErrorEvent;
        'consent-storage-error': ConsentStorageErrorEvent;
      },
      'config' | 'layout' | 'src' | 'strings' | 'signer' | 'storage' | 'noGating'
    >;
    'consent-preferences': DefineCustomElement<
      ConsentPreferences,
      Record<never, Event>,
      'htmlFor' | 'variant' | 'placement'
    >;
  }
}

export {};
