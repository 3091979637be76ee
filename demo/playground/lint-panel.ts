// The linter panel. `lintConfig(config)` is being written in src/core/lint; until src/core/index.ts exports it,
// the panel says the linter is not available. It is looked up at run time, so nothing here breaks either way.
import { html, nothing, render, type TemplateResult } from 'lit';
import type { ConsentConfig } from '../../src/core/config/types.js';
import type { ConfigState } from './store.js';

/** One finding, in the shape lintConfig promises. Every field is checked before it is shown. */
export interface LintFinding {
  readonly rule: string;
  readonly severity: string;
  readonly path: string;
  readonly message: string;
  readonly source?: string;
}

type Lint = (config: ConsentConfig) => unknown;

type LintState =
  | { readonly status: 'loading' | 'unavailable' | 'waiting' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'done'; readonly findings: readonly LintFinding[] };

function toFinding(value: unknown): LintFinding | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const text = (key: string): string => (typeof record[key] === 'string' ? (record[key] as string) : '');
  if (!text('message')) return undefined;
  return {
    rule: text('rule'),
    severity: text('severity') || 'info',
    path: text('path'),
    message: text('message'),
    ...(text('source') ? { source: text('source') } : {}),
  };
}

/** "1 error, 2 warnings", counting by severity in the order error, warning, info, then any other. */
function summary(findings: readonly LintFinding[]): string {
  const counts = new Map<string, number>([
    ['error', 0],
    ['warning', 0],
    ['info', 0],
  ]);
  for (const finding of findings) counts.set(finding.severity, (counts.get(finding.severity) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}${count === 1 ? '' : severity === 'info' ? '' : 's'}`)
    .join(', ');
}

export class LintPanel {
  readonly #root: HTMLElement;
  readonly #select: (path: string) => void;
  #lint: Lint | null | undefined;
  #state: LintState = { status: 'loading' };
  #config: ConsentConfig | null = null;
  #ticket = 0;
  /** What the prompt's own check found in the preview, as rendered with the current theme (`lint-*` codes). */
  #rendered: readonly LintFinding[] = [];

  constructor(root: HTMLElement, select: (path: string) => void) {
    this.#root = root;
    this.#select = select;
    this.#render();
  }

  /** Looks for lintConfig in the core's exports (or in `core`, a module given instead). */
  async load(core?: Readonly<Record<string, unknown>>): Promise<void> {
    try {
      const module = core ?? ((await import('../../src/core/index.js')) as unknown as Record<string, unknown>);
      const lint = module['lintConfig'];
      this.#lint = typeof lint === 'function' ? (lint as Lint) : null;
    } catch {
      this.#lint = null;
    }
    await this.#run();
  }

  /**
   * Problems the prompt reported about itself as rendered in the preview (unequal, low-contrast, hidden or
   * off-screen actions): the theme's part of the dark-pattern checks. `[]` when the preview reloads clean.
   */
  setRendered(problems: readonly { code: string; path: string; message: string }[]): void {
    this.#rendered = problems
      .filter((problem) => problem.code.startsWith('lint-'))
      .map((problem) => ({
        rule: problem.code,
        severity: 'error',
        path: '',
        message: problem.message,
        source: 'the rendered prompt, with this theme (runtime check)',
      }));
    this.#render();
  }

  update(state: ConfigState): void {
    if (state.config === this.#config) return;
    this.#config = state.config;
    void this.#run();
  }

  async #run(): Promise<void> {
    const ticket = ++this.#ticket;
    if (this.#lint === undefined) this.#state = { status: 'loading' };
    else if (this.#lint === null) this.#state = { status: 'unavailable' };
    else if (!this.#config) this.#state = { status: 'waiting' };
    else {
      try {
        const result: unknown = await this.#lint(this.#config);
        if (ticket !== this.#ticket) return;
        // A list of findings, or a result object that holds them (`{ valid, findings, counts }`).
        const list: unknown = Array.isArray(result) ? result : (result as { findings?: unknown } | null)?.findings;
        this.#state = Array.isArray(list)
          ? { status: 'done', findings: list.map(toFinding).filter((f): f is LintFinding => f !== undefined) }
          : { status: 'failed', message: 'lintConfig did not return findings.' };
      } catch (error) {
        if (ticket !== this.#ticket) return;
        this.#state = { status: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
    }
    this.#render();
  }

  #render(): void {
    this.#root.dataset['status'] = this.#state.status;
    render(this.#template(), this.#root);
  }

  #template(): TemplateResult {
    const rendered = this.#rendered;
    return html`${this.#configTemplate()}
    ${
      rendered.length === 0
        ? nothing
        : html`<p class="lint-summary">The theme, as rendered:</p>
            <ul class="lint-findings lint-rendered">
              ${rendered.map(
                (finding) =>
                  html`<li class="lint-finding" data-severity="error" data-rule=${finding.rule}>
                    <span class="severity">error</span> <code>${finding.rule}</code> <span>${finding.message}</span>
                    <span class="lint-source">${finding.source}</span>
                  </li>`,
              )}
            </ul>`
    }`;
  }

  #configTemplate(): TemplateResult {
    const state = this.#state;
    switch (state.status) {
      case 'loading':
        return html`<p>Looking for the linter…</p>`;
      case 'unavailable':
        return html`<p class="lint-unavailable">
          Linter not available: this build of <code>unticked/core</code> does not export <code>lintConfig</code> yet.
        </p>`;
      case 'waiting':
        return html`<p>The linter runs once the config is valid.</p>`;
      case 'failed':
        return html`<p class="lint-failed" role="alert">The linter failed: ${state.message}</p>`;
      case 'done':
        return state.findings.length === 0
          ? html`<p class="lint-clean">No findings.</p>`
          : html`<p class="lint-summary">${summary(state.findings)}</p>
              <ul class="lint-findings">
                ${state.findings.map(
                  (finding) =>
                    html`<li class="lint-finding" data-severity=${finding.severity} data-rule=${finding.rule}>
                      <span class="severity">${finding.severity}</span>
                      <code>${finding.rule}</code>
                      ${
                        finding.path
                          ? html`<button type="button" class="link-button" @click=${() => this.#select(finding.path)}>
                              <code>${finding.path}</code>
                            </button>`
                          : nothing
                      }
                      <span>${finding.message}</span>
                      ${finding.source ? html`<span class="lint-source">${finding.source}</span>` : nothing}
                    </li>`,
                )}
              </ul>`;
    }
  }
}
