/**
 * JSX types for React 19, with no runtime code: add `import type {} from 'unticked/react';` once (or list
 * `unticked/react` in `compilerOptions.types`) and `<consent-prompt>` and `<consent-preferences>` are typed in TSX.
 *
 * React 19 sets a prop as a property when the element has one (`config`, `layout`, `strings`, `signer`,
 * `storage`, `placeholder`, `noGating`), and turns `on<event-name>` into `addEventListener('<event-name>')`: write
 * `onconsent-decision`, not `onConsentDecision` (which would listen for an event named `ConsentDecision`).
 *
 * @module
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ConsentConfig } from './core/config/types.js';
import type { ConsentPrompt } from './elements/consent-prompt/consent-prompt.js';
import type { ConsentPreferences } from './elements/consent-preferences/consent-preferences.js';
import type {
  ConsentDecisionEvent,
  ConsentErrorEvent,
  ConsentReadyEvent,
  ConsentStorageErrorEvent,
  ConsentToggleEvent,
} from './events/index.js';

type ElementProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;

/** Props of `<consent-prompt>` in React 19. */
export interface ConsentPromptProps extends ElementProps<ConsentPrompt> {
  config?: ConsentConfig;
  layout?: ConsentPrompt['layout'];
  src?: string;
  strings?: ConsentPrompt['strings'];
  signer?: ConsentPrompt['signer'];
  storage?: ConsentPrompt['storage'];
  /** Your own placeholder for blocked iframes (see the element's `placeholder`). */
  placeholder?: ConsentPrompt['placeholder'];
  noGating?: boolean;
  'onconsent-ready'?: (event: ConsentReadyEvent) => void;
  'onconsent-toggle'?: (event: ConsentToggleEvent) => void;
  'onconsent-decision'?: (event: ConsentDecisionEvent) => void;
  'onconsent-error'?: (event: ConsentErrorEvent) => void;
  'onconsent-storage-error'?: (event: ConsentStorageErrorEvent) => void;
}

/** Props of `<consent-preferences>` in React 19. */
export interface ConsentPreferencesProps extends ElementProps<ConsentPreferences> {
  /** The id of the `<consent-prompt>` to reopen. */
  htmlFor?: string;
  variant?: ConsentPreferences['variant'];
  placement?: ConsentPreferences['placement'];
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    interface IntrinsicElements {
      'consent-prompt': ConsentPromptProps;
      'consent-preferences': ConsentPreferencesProps;
    }
  }
}
