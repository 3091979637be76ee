// The receipt panel: decodes the last receipt, verifies it with verifyReceipt (trusting the key that came with it,
// and checking every clause digest against the current config), and lets the designer flip one byte of the JWS to
// watch verification fail.
import { html, nothing, render, type TemplateResult } from 'lit';
import { verifyReceipt } from '../../src/core/receipt/verify.js';
import { base64urlDecode, base64urlEncode } from '../../src/core/receipt/base64url.js';
import type { ConsentConfig } from '../../src/core/config/types.js';
import type { ReceiptVerification } from '../../src/core/receipt/types.js';

/** A receipt as consent-decision carries it (`detail.receipt`). */
export interface ReceiptLike {
  readonly jws: string;
  readonly publicJwk: unknown;
}

export type TamperPart = 'payload' | 'signature';

/** Which byte was flipped, and how. */
export interface Flip {
  readonly part: TamperPart;
  readonly index: number;
  readonly length: number;
  readonly before: number;
  readonly after: number;
}

/**
 * Flips the lowest bit of one byte of the payload or the signature (at `index`, or at random when it is
 * `undefined`); the part is re-encoded canonically. `undefined` when the part is empty or `index` is not a position
 * in it: a position asked for is never swapped for a random one.
 */
export function flipByte(jws: string, part: TamperPart, index?: number): { jws: string; flip: Flip } | undefined {
  const parts = jws.split('.');
  const at = part === 'payload' ? 1 : 2;
  const bytes = base64urlDecode(parts[at] ?? '');
  if (!bytes || bytes.length === 0) return undefined;
  if (index !== undefined && !(Number.isInteger(index) && index >= 0 && index < bytes.length)) return undefined;
  const position = index ?? Math.floor(Math.random() * bytes.length);
  const before = bytes[position] as number;
  bytes[position] = before ^ 0x01;
  parts[at] = base64urlEncode(bytes);
  return { jws: parts.join('.'), flip: { part, index: position, length: bytes.length, before, after: before ^ 0x01 } };
}

/** Bytes in the payload or the signature of a JWS. */
function partLength(jws: string, part: TamperPart): number {
  return base64urlDecode(jws.split('.')[part === 'payload' ? 1 : 2] ?? '')?.length ?? 0;
}

const utf8 = new TextDecoder();

/** A JWS segment as text: its JSON pretty-printed, or the raw text when a flipped byte broke it. */
function decodeSegment(segment: string | undefined): string {
  const bytes = base64urlDecode(segment ?? '');
  if (!bytes) return '(not base64url)';
  const text = utf8.decode(bytes);
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return `${text}\n\n(not JSON any more)`;
  }
}

function byteLabel(byte: number): string {
  const hex = `0x${byte.toString(16).padStart(2, '0')}`;
  return byte >= 0x20 && byte < 0x7f ? `${hex} “${String.fromCharCode(byte)}”` : hex;
}

export class ReceiptPanel {
  readonly #root: HTMLElement;
  #receipt: ReceiptLike | null = null;
  #jws = '';
  #flip: Flip | null = null;
  /** Why the last flip asked for was not made, until the next flip, restore or receipt. */
  #refusal: string | null = null;
  #config: ConsentConfig | null = null;
  #result: ReceiptVerification | null = null;
  #ticket = 0;
  #part: TamperPart = 'signature';
  /** Whether a decision has been made: one without a receipt is then said to have none, not awaited. */
  #decided = false;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#render();
  }

  /** A new receipt from consent-decision (or `null` when the decision had none). */
  setReceipt(receipt: ReceiptLike | null): void {
    this.#decided = true;
    this.#receipt = receipt;
    this.#jws = receipt?.jws ?? '';
    this.#flip = null;
    this.#refusal = null;
    void this.#verify();
  }

  /** After "forget everything": the browser's receipts are gone, and the panel starts over. */
  clear(): void {
    this.setReceipt(null);
    this.#decided = false;
    this.#render();
  }

  /** The config to check clause digests against: the one the preview shows. */
  setConfig(config: ConsentConfig | null): void {
    if (config === this.#config) return;
    this.#config = config;
    if (this.#receipt) void this.#verify();
  }

  /**
   * Flips one byte (at `index`, or at random when it is `undefined`) and verifies the result. A position outside
   * the part, or not a whole number (NaN for text that is not one), flips nothing: the status line names the range.
   */
  flip(part: TamperPart, index?: number): void {
    if (!this.#receipt) return;
    const flipped = flipByte(this.#receipt.jws, part, index);
    if (!flipped) {
      const length = partLength(this.#receipt.jws, part);
      this.#refusal =
        length === 0
          ? `No byte flipped: the ${part} is empty.`
          : `No byte flipped: the position must be a whole number from 0 to ${length - 1}, or empty for a random byte.`;
      this.#render();
      return;
    }
    this.#jws = flipped.jws;
    this.#flip = flipped.flip;
    this.#refusal = null;
    void this.#verify();
  }

  restore(): void {
    if (!this.#receipt) return;
    this.#jws = this.#receipt.jws;
    this.#flip = null;
    this.#refusal = null;
    void this.#verify();
  }

  async #verify(): Promise<void> {
    const ticket = ++this.#ticket;
    this.#result = null;
    this.#render();
    if (!this.#receipt) return;
    const publicJwk = this.#receipt.publicJwk;
    const result = await verifyReceipt(this.#jws, {
      allowSelfSigned: true,
      ...(publicJwk ? { publicJwk: publicJwk as Record<string, unknown> } : {}),
      ...(this.#config ? { config: this.#config } : {}),
    });
    if (ticket !== this.#ticket) return;
    this.#result = result;
    this.#render();
  }

  #render(): void {
    render(this.#template(), this.#root);
  }

  #template(): TemplateResult {
    const receipt = this.#receipt;
    if (!receipt && this.#decided) {
      return html`<p class="receipt-empty receipt-missing">
        The last decision has no receipt. It still counts; the consent-error in the event log says why (a signer that
        failed or answered with a token that does not verify, or a page without WebCrypto).
      </p>`;
    }
    if (!receipt) {
      return html`<p class="receipt-empty">
        Make a decision in the preview: its signed receipt appears here, decoded and verified.
      </p>`;
    }
    const [header, payload, signature] = this.#jws.split('.');
    return html`${this.#verdict()}
      <div class="tamper" role="group" aria-labelledby="tamper-heading">
        <h3 id="tamper-heading">Tamper with it</h3>
        <label
          >Part
          <select
            id="flip-part"
            .value=${this.#part}
            @change=${(event: Event) => {
              this.#part = (event.target as HTMLSelectElement).value as TamperPart;
              this.#refusal = null;
              this.#render();
            }}
          >
            <option value="signature" ?selected=${this.#part === 'signature'}>signature</option>
            <option value="payload" ?selected=${this.#part === 'payload'}>payload</option>
          </select>
        </label>
        <label
          >Byte position (0–${this.#partLength() - 1}, empty for random)
          <input
            id="flip-position"
            type="number"
            min="0"
            max=${this.#partLength() - 1}
            inputmode="numeric"
            placeholder="random"
          />
        </label>
        <button type="button" id="flip-byte" @click=${() => this.#onFlip()}>Flip a byte</button>
        <button type="button" id="restore-receipt" ?disabled=${this.#flip === null} @click=${() => this.restore()}>
          Restore the original
        </button>
        <p class="flip-description" id="flip-description" role="status">${this.#flipDescription()}</p>
      </div>
      <h3>Header</h3>
      <pre class="receipt-header">${decodeSegment(header)}</pre>
      <h3>Payload</h3>
      <pre class="receipt-payload">${decodeSegment(payload)}</pre>
      <details>
        <summary>Compact JWS and public key</summary>
        <pre class="receipt-jws">${header}.${payload}.${signature}</pre>
        <pre>${JSON.stringify(receipt.publicJwk, null, 2)}</pre>
      </details>`;
  }

  #verdict(): TemplateResult {
    const result = this.#result;
    if (!result) return html`<p class="verdict" role="status">Verifying…</p>`;
    const codes = [...new Set(result.failures.map((failure) => failure.code))].join(' ');
    return html`<div
      class="verdict ${result.valid ? 'valid' : 'invalid'}"
      data-valid=${String(result.valid)}
      data-codes=${codes}
    >
      <p role="status">
        <strong>${result.valid ? 'Valid.' : 'Not valid.'}</strong>
        ${
          result.valid
            ? `The signature verifies with the key that came with the receipt (self-signed: it proves the record is intact, not who signed it)${this.#config ? ', and every clause digest matches the config the preview shows.' : '.'}`
            : `${result.failures.length} ${result.failures.length === 1 ? 'failure' : 'failures'}:`
        }
      </p>
      ${
        result.valid
          ? nothing
          : html`<ul class="failures">
              ${result.failures.map(
                (failure) =>
                  html`<li>
                    <code>${failure.code}</code> ${failure.message}${failure.purpose ? ` (${failure.purpose})` : ''}
                  </li>`,
              )}
            </ul>`
      }
    </div>`;
  }

  #flipDescription(): string {
    const flip = this.#flip;
    if (this.#refusal) {
      return flip
        ? `${this.#refusal} Byte ${flip.index} of the ${flip.part} is still flipped.`
        : `${this.#refusal} The receipt is as the prompt signed it.`;
    }
    return flip
      ? `Flipped byte ${flip.index} of ${flip.length} in the ${flip.part}: ${byteLabel(flip.before)} → ${byteLabel(flip.after)}.`
      : 'The receipt is as the prompt signed it.';
  }

  /** Bytes in the part chosen for tampering, in the original receipt. */
  #partLength(): number {
    return this.#receipt ? partLength(this.#receipt.jws, this.#part) : 0;
  }

  #onFlip(): void {
    const input = this.#root.querySelector<HTMLInputElement>('#flip-position');
    const typed = input?.value.trim() ?? '';
    // Only digits name a position ("1e1", "1.5" and "-1" do not); a number input reads text it cannot parse as
    // empty, so badInput tells that apart from a field left empty for a random byte.
    const leftEmpty = typed === '' && !input?.validity.badInput;
    this.flip(this.#part, leftEmpty ? undefined : /^\d+$/.test(typed) ? Number(typed) : NaN);
  }
}
