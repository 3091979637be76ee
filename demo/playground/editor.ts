// The JSON view: a plain textarea, and the validator's problems listed beside it. Each problem names its path and
// line; choosing it selects the text it is about (for a missing field, the object it belongs in).
import { html, nothing, render, type TemplateResult } from 'lit';
import { locatePath } from './json-locate.js';
import { debounce, messageWithoutPath, type ConfigState, type ConfigStore, type LocatedProblem } from './store.js';

/** What the editor needs to know about the form view, to offer "Show in form" where the form has the field. */
export interface FieldFinder {
  hasField(path: string): boolean;
  showField(path: string): void;
}

export class ConfigEditor {
  readonly #store: ConfigStore;
  readonly #textarea: HTMLTextAreaElement;
  readonly #problems: HTMLElement;
  readonly #summary: HTMLElement;
  readonly #form: FieldFinder;
  readonly #commit: ReturnType<typeof debounce>;

  constructor(
    store: ConfigStore,
    elements: { textarea: HTMLTextAreaElement; problems: HTMLElement; summary: HTMLElement },
    form: FieldFinder,
  ) {
    this.#store = store;
    this.#textarea = elements.textarea;
    this.#problems = elements.problems;
    this.#summary = elements.summary;
    this.#form = form;
    this.#commit = debounce(() => this.#store.setText(this.#textarea.value, 'editor'));
    this.#textarea.addEventListener('input', () => {
      this.#summary.dataset['pending'] = 'true';
      this.#commit();
    });
  }

  /** Sends an edit still waiting for the pause after typing to the store now (before export or a share link). */
  flush(): void {
    this.#commit.flush();
  }

  /** Shows the store's text (unless the textarea itself changed it) and its problems. */
  update(state: ConfigState): void {
    if (state.origin !== 'editor' && this.#textarea.value !== state.text) {
      this.#commit.cancel();
      this.#textarea.value = state.text;
    }
    delete this.#summary.dataset['pending'];
    this.#summary.textContent =
      state.problems.length === 0
        ? 'The config is valid.'
        : `${state.problems.length} ${state.problems.length === 1 ? 'problem' : 'problems'}: ${
            state.lastValid ? 'the preview shows the last valid config.' : 'there is no valid config to preview yet.'
          }`;
    this.#summary.classList.toggle('valid', state.problems.length === 0);
    render(this.#renderProblems(state.problems), this.#problems);
  }

  /** Selects the text of a path (or of its closest ancestor in the text). */
  selectPath(path: string): void {
    this.select({ location: locatePath(this.#store.state.locations, path) });
  }

  /** Selects a problem's text in the textarea and scrolls it into view. */
  select(problem: Pick<LocatedProblem, 'location'>): void {
    const location = problem.location;
    if (!location) return;
    const textarea = this.#textarea;
    textarea.dispatchEvent(new CustomEvent('show-json', { bubbles: true }));
    textarea.focus();
    textarea.setSelectionRange(location.start, location.end, 'forward');
    // Browsers do not reliably scroll a textarea to its selection: put the line a third of the way down.
    const line = textarea.value.slice(0, location.start).split('\n').length - 1;
    const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
    textarea.scrollTop = Math.max(0, line * lineHeight - textarea.clientHeight / 3);
  }

  #renderProblems(problems: readonly LocatedProblem[]): TemplateResult {
    if (problems.length === 0) return html``;
    return html`${problems.map(
      (problem) =>
        html`<li class="problem" data-code=${problem.code} data-path=${problem.path}>
          <button type="button" class="problem-select" @click=${() => this.select(problem)}>
            <code class="problem-path">${problem.path || '(whole config)'}</code>
            ${problem.line === undefined ? nothing : html`<span class="problem-line">line ${problem.line}:${problem.column}</span>`}
            <span class="problem-code">${problem.code}</span>
          </button>
          <span class="problem-message">${messageWithoutPath(problem)}</span>
          ${
            problem.location && !problem.location.exact
              ? html`<span class="problem-note"
                  >Not in the text yet: selects <code>${problem.location.path || 'the config'}</code>, where it
                  belongs.</span
                >`
              : nothing
          }
          ${
            this.#form.hasField(problem.path)
              ? html`<button type="button" class="link-button" @click=${() => this.#form.showField(problem.path)}>
                  Show in form
                </button>`
              : nothing
          }
        </li>`,
    )}`;
  }
}
