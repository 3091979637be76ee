// The event log: every event the prompt fires in the preview, newest first, with its full detail. A receipt is
// shortened in the detail and shown in full on demand.
import { html, nothing, render, type TemplateResult } from 'lit';

interface LoggedEvent {
  readonly id: number;
  readonly type: string;
  readonly detail: unknown;
  readonly time: number;
}

/** More than a designer reads; older entries are dropped so a long session stays fast. */
const MAX_ENTRIES = 200;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The detail as JSON, with the receipt's JWS and payload cut short. */
export function abbreviatedDetail(detail: unknown): string {
  return JSON.stringify(
    detail,
    (key, value: unknown) => {
      if (key !== 'receipt' || !isObject(value)) return value;
      const jws = typeof value['jws'] === 'string' ? value['jws'] : '';
      return {
        ...value,
        jws: `${jws.slice(0, 24)}… (${jws.length} characters)`,
        payload: '… (expand “Full receipt”)',
      };
    },
    2,
  );
}

const CONFIG_CHANGED = 'config changed';

export class EventLog {
  readonly #root: HTMLElement;
  #entries: LoggedEvent[] = [];
  #next = 0;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#render();
  }

  add(type: string, detail: unknown, time: number): void {
    this.#entries = [{ id: ++this.#next, type, detail, time }, ...this.#entries].slice(0, MAX_ENTRIES);
    this.#render();
  }

  /** A line between events of one config and the next: what came before belongs to the config before. */
  configChanged(time: number): void {
    if (this.#entries.length === 0 || this.#entries[0]?.type === CONFIG_CHANGED) return;
    this.add(CONFIG_CHANGED, undefined, time);
  }

  clear(): void {
    this.#entries = [];
    this.#render();
  }

  #render(): void {
    render(
      this.#entries.length === 0
        ? html`<li class="empty">No events yet. Decide in the preview, or change the config.</li>`
        : html`${this.#entries.map((entry) => this.#entry(entry))}`,
      this.#root,
    );
  }

  #entry(entry: LoggedEvent): TemplateResult {
    if (entry.type === CONFIG_CHANGED) {
      return html`<li class="event-separator" role="separator">
        The config changed: the events below belong to the one before.
      </li>`;
    }
    const receipt = isObject(entry.detail) && isObject(entry.detail['receipt']) ? entry.detail['receipt'] : undefined;
    const source = isObject(entry.detail) && typeof entry.detail['source'] === 'string' ? entry.detail['source'] : '';
    return html`<li class="event" data-type=${entry.type}>
      <h3 class="event-title">
        <code>${entry.type}</code>
        ${source ? html`<span class="event-source">source: ${source}</span>` : nothing}
        <time datetime=${new Date(entry.time).toISOString()}>${new Date(entry.time).toLocaleTimeString()}</time>
      </h3>
      <pre class="event-detail">${abbreviatedDetail(entry.detail)}</pre>
      ${
        receipt
          ? html`<details class="event-receipt">
              <summary>Full receipt</summary>
              <pre>${JSON.stringify(receipt, null, 2)}</pre>
            </details>`
          : nothing
      }
    </li>`;
  }
}
