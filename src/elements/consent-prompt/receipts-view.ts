import { html, nothing, type TemplateResult } from 'lit';
import type { TOptions } from 'i18next';
import type { DecisionAction } from '../../core/consent/decisions.js';
import type { ReceiptSummary } from '../../receipt/receipt-summary.js';
import { languageName } from './language-name.js';
import { colonFor } from '../../core/text/colon.js';
import { formatDateTime } from '../../core/text/local-formats.js';

/** A purpose's title as shown, with the language it is in (none for an id shown in its place). */
export interface TitleShown {
  readonly text: string;
  readonly lang?: string;
}

/** What the receipt view needs from the prompt. */
export interface ReceiptsViewInput {
  readonly state:
    { readonly status: 'idle' | 'loading' } | { readonly status: 'ready'; readonly items: readonly ReceiptSummary[] };
  /** Whether this page can sign and verify receipts at all (WebCrypto needs HTTPS or localhost). */
  readonly secure: boolean;
  readonly t: (key: string, options?: TOptions) => string;
  /** The prompt's language, for dates and language names. */
  readonly language: string;
  /** Purpose titles in the language the clauses are shown in now, each with that language. */
  readonly titles: Readonly<Record<string, TitleShown>>;
  readonly onDownload: () => void;
}

const ACTION_KEYS: Record<DecisionAction, string> = {
  'accept-all': 'actions.acceptAll',
  'reject-all': 'actions.rejectAll',
  save: 'actions.save',
  withdraw: 'actions.withdraw',
};

/**
 * The body of the receipts section: the visitor's receipts in plain language, newest first: when, which action, each purpose with the language its
 * text was shown in, who signed it and whether the signature verifies now; and a download of all of them.
 */
export function renderReceipts(input: ReceiptsViewInput): TemplateResult {
  const { state, t, language } = input;
  const colon = colonFor(language);
  let body: TemplateResult;
  if (!input.secure) body = html`<p>${t('receipt.needsHttps')}</p>`;
  else if (state.status !== 'ready') body = html`<p>${t('status.loading')}</p>`;
  else if (state.items.length === 0) body = html`<p>${t('receipt.none')}</p>`;
  else {
    body = html`<ol class="receipt-list">
        ${state.items.map(
          (item) =>
            html`<li class="receipt" part="receipt" data-receipt=${item.id}>
              <p class="receipt-head">
                <strong>${t('receipt.decidedOn', { date: formatDateTime(item.decidedAt, language) })}</strong> ·
                ${t('receipt.action')}${colon}${t(ACTION_KEYS[item.action])}
              </p>
              <ul class="receipt-lines">
                ${item.lines.map(
                  (line) =>
                    html`<li>
                      <bdi lang=${input.titles[line.purpose]?.lang ?? nothing}
                        >${input.titles[line.purpose]?.text ?? line.purpose}</bdi
                      >${colon}${t(
                        line.granted === null
                          ? 'purpose.necessary'
                          : line.granted
                            ? 'preferences.granted'
                            : 'preferences.refused',
                      )}
                      · ${t('receipt.textShown', { language: languageName(line.language, language) })}
                      <code class="digest" title="SHA-256" translate="no">${line.digest.slice(0, 12)}…</code>
                    </li>`,
                )}
              </ul>
              <p class="receipt-signature" data-verified=${item.verified ? 'true' : 'false'}>
                ${t(item.selfSigned ? 'receipt.selfSigned' : 'receipt.hostSigned')}
                ${t(item.verified ? 'receipt.verified' : 'receipt.notVerified')}
              </p>
            </li>`,
        )}
      </ol>
      <button type="button" class="link-button" part="download" @click=${input.onDownload}>
        ${t('receipt.download')}
      </button>`;
  }
  return body;
}
