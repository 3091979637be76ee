// The form view of the common fields. It edits the parsed JSON (whatever its shape, valid or not) and writes the
// text back; each validator problem is shown next to the field it names, or next to the closest group that holds
// the field when the form has no input for it.
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { languageDirection } from '../../src/core/i18n/resolve.js';
import { CONFIG_LIMITS } from '../../src/core/config/validate.js';
import { pathOf, type PathSegment } from './json-locate.js';
import { debounce, messageWithoutPath, type ConfigState, type ConfigStore, type LocatedProblem } from './store.js';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as text for an input: text as it is, anything else as its JSON so nothing is silently hidden. */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  return value === undefined ? '' : JSON.stringify(value);
}

/** A property of the config's own, never one inherited: a language named `constructor` or `__proto__` is empty. */
function ownAt(node: unknown, segment: PathSegment): unknown {
  if (typeof segment === 'number' ? !Array.isArray(node) : !isObject(node)) return undefined;
  return Object.hasOwn(node as object, segment) ? (node as Record<string | number, unknown>)[segment] : undefined;
}

function getAt(root: unknown, segments: readonly PathSegment[]): unknown {
  return segments.reduce<unknown>(ownAt, root);
}

/**
 * Sets (or, with `undefined`, removes) a value, creating the objects on the way when they are missing. Writes define
 * own data properties, as JSON.parse does: assigning to `__proto__` would set the prototype and drop the text.
 */
function setAt(root: JsonObject, segments: readonly PathSegment[], value: unknown): void {
  const define = (node: object, key: PathSegment, item: unknown): void => {
    Object.defineProperty(node, key, { value: item, writable: true, enumerable: true, configurable: true });
  };
  let node: Record<string | number, unknown> = root;
  segments.slice(0, -1).forEach((segment, i) => {
    let next = ownAt(node, segment);
    const wantsArray = typeof segments[i + 1] === 'number';
    if (wantsArray ? !Array.isArray(next) : !isObject(next)) {
      next = wantsArray ? [] : {};
      define(node, segment, next);
    }
    node = next as Record<string | number, unknown>;
  });
  const last = segments[segments.length - 1] as PathSegment;
  if (value === undefined) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else delete node[last];
  } else define(node, last, value);
}

/** Which problem goes where: fields first, then the closest enclosing group, then the form's top. */
class Placement {
  readonly fields = new Set<string>();
  readonly groups = new Set<string>(['']);
  readonly #byPath = new Map<string, LocatedProblem[]>();
  readonly #ids: Map<string, string>;

  constructor(ids: Map<string, string>) {
    this.#ids = ids;
  }

  assign(problems: readonly LocatedProblem[]): void {
    this.#byPath.clear();
    for (const problem of problems) {
      let target = '';
      if (this.fields.has(problem.path)) target = problem.path;
      else {
        for (const group of this.groups) {
          const inside =
            group === '' ||
            problem.path === group ||
            problem.path.startsWith(`${group}.`) ||
            problem.path.startsWith(`${group}[`);
          if (inside && group.length >= target.length) target = group;
        }
      }
      const list = this.#byPath.get(target) ?? [];
      list.push(problem);
      this.#byPath.set(target, list);
    }
  }

  problemsAt(path: string): readonly LocatedProblem[] {
    return this.#byPath.get(path) ?? [];
  }

  /** A stable element id per path (paths may hold any character; ids should not). */
  idOf(path: string): string {
    let id = this.#ids.get(path);
    if (!id) {
      id = `form-field-${this.#ids.size + 1}`;
      this.#ids.set(path, id);
    }
    return id;
  }
}

interface TextOptions {
  readonly label: string;
  readonly type?: 'text' | 'email' | 'url' | 'tel';
  readonly multiline?: boolean;
  /** Removed from the config when emptied (optional fields); required ones keep `""` so the validator names them. */
  readonly optional?: boolean;
  readonly lang?: string;
  readonly hint?: string;
  readonly placeholder?: string;
}

export class ConfigForm {
  readonly #store: ConfigStore;
  readonly #root: HTMLElement;
  readonly #ids = new Map<string, string>();
  #draft: unknown;
  #problems: readonly LocatedProblem[] = [];
  #placement: Placement = new Placement(this.#ids);
  /** The languages field as typed, kept while it means the same list (so "en, " can be typed on to "en, fr"). */
  #languagesText: string | undefined;
  readonly #commit: ReturnType<typeof debounce>;
  #visible = false;
  // The form needs drawing again; where its fields go needs working out again.
  #stale = true;
  #unplaced = true;

  constructor(store: ConfigStore, root: HTMLElement) {
    this.#store = store;
    this.#root = root;
    this.#commit = debounce(() => this.#store.setText(`${JSON.stringify(this.#draft, null, 2)}\n`, 'form'));
  }

  update(state: ConfigState): void {
    if (state.origin !== 'form') {
      this.#commit.cancel();
      // Text the validator refuses unread (not JSON, too long, nested too deep) gets no form: building one for a
      // share link of 60,000 purposes froze the tab, and copying 200,000 nested arrays overflowed the stack. Its
      // `too-long` at the top is no sign: "more than 200 problems were found" is one too, for a config it did read.
      const refused = state.locations.error !== undefined || state.text.length > CONFIG_LIMITS.jsonText;
      this.#draft = state.json && !refused ? structuredClone(state.json.value) : undefined;
    }
    this.#problems = state.problems;
    this.#stale = true;
    this.#unplaced = true;
    if (this.#visible) this.#render();
  }

  /** The form is drawn only while its tab shows: typing in the JSON view does not rebuild it on every pause. */
  setVisible(visible: boolean): void {
    this.#visible = visible;
    if (visible && this.#stale) this.#render();
  }

  /** Sends an edit still waiting for the pause after typing to the store now (before export or a share link). */
  flush(): void {
    this.#commit.flush();
  }

  hasField(path: string): boolean {
    // Drawn only while its tab shows: where each field would be is worked out when asked.
    if (this.#unplaced) this.#placement = this.#place();
    return this.#placement.fields.has(path);
  }

  /** Moves focus to a field (its panel must be visible: the caller shows it first). */
  showField(path: string): void {
    this.#root.dispatchEvent(new CustomEvent('show-form', { bubbles: true }));
    const field = [...this.#root.querySelectorAll<HTMLElement>('[data-path]')].find(
      (element) => element.dataset['path'] === path,
    );
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  }

  // ---- editing ----

  #set(segments: readonly PathSegment[], value: unknown, now = false): void {
    if (!isObject(this.#draft)) return;
    setAt(this.#draft, segments, value);
    this.#render();
    this.#commit();
    if (now) this.#commit.flush();
  }

  #languages(): string[] {
    const list = isObject(this.#draft) ? this.#draft['languages'] : undefined;
    return Array.isArray(list) ? list.filter((tag): tag is string => typeof tag === 'string' && tag !== '') : [];
  }

  #addPurpose(): void {
    const purposes = isObject(this.#draft) ? this.#draft['purposes'] : undefined;
    const list = Array.isArray(purposes) ? purposes : [];
    const ids = new Set(list.map((purpose) => (isObject(purpose) ? purpose['id'] : undefined)));
    let n = list.length + 1;
    while (ids.has(`purpose-${n}`)) n++;
    const empty = Object.fromEntries(this.#languages().map((tag) => [tag, '']));
    this.#set(['purposes', list.length], { id: `purpose-${n}`, title: { ...empty }, clause: { ...empty } }, true);
  }

  #movePurpose(index: number, by: -1 | 1): void {
    const purposes = isObject(this.#draft) ? this.#draft['purposes'] : undefined;
    if (!Array.isArray(purposes) || index + by < 0 || index + by >= purposes.length) return;
    const [item] = purposes.splice(index, 1);
    purposes.splice(index + by, 0, item);
    this.#set(['purposes'], purposes, true);
    // Purposes are drawn by place: the keyboard follows the purpose it moved, not the place it left.
    this.#focusTool(index + by, by < 0 ? 'Move up' : 'Move down');
  }

  #removePurpose(index: number): void {
    const purposes = isObject(this.#draft) ? this.#draft['purposes'] : undefined;
    const count = Array.isArray(purposes) ? purposes.length : 0;
    this.#set(['purposes', index], undefined, true);
    // The keyboard goes to the purpose that took its place, or the one before the last, not to <body>.
    if (count > 1) this.#focusTool(Math.min(index, count - 2), 'Remove');
    else this.#root.querySelector<HTMLElement>('[data-add-purpose]')?.focus();
  }

  /** Focuses a purpose's arranging button by its label, or another of them where that one is disabled. */
  #focusTool(index: number, label: string): void {
    const group = this.#root.querySelector(`[data-group="${pathOf(['purposes', index])}"]`);
    const tools = [...(group?.querySelectorAll<HTMLButtonElement>('.purpose-tools button') ?? [])];
    const enabled = tools.filter((button) => !button.disabled);
    (enabled.find((button) => button.textContent?.trim() === label) ?? enabled[0])?.focus();
  }

  // ---- rendering ----

  #render(): void {
    this.#stale = false;
    const placement = this.#place();
    this.#placement = placement;
    render(this.#template(placement), this.#root);
  }

  /** A first pass learns which paths have a field or a group, so each problem can go to the closest one. */
  #place(): Placement {
    this.#unplaced = false;
    const placement = new Placement(this.#ids);
    this.#template(placement);
    placement.assign(this.#problems);
    return placement;
  }

  #template(place: Placement): TemplateResult {
    const draft = this.#draft;
    if (!isObject(draft)) {
      return html`<p class="form-unavailable" role="note">
        The form needs a JSON object the validator can read. Fix the JSON in the JSON view (its syntax, or its size and
        depth) to use it again.
      </p>`;
    }
    const languages = this.#languages();
    return html`${this.#groupProblems(place, '')}
      <fieldset class="form-group" data-group="policy">
        <legend>Policy</legend>
        ${this.#groupProblems(place, 'policy')} ${this.#text(place, ['policy', 'id'], { label: 'Policy id' })}
        ${this.#text(place, ['policy', 'version'], { label: 'Version', hint: 'A new version asks every visitor again.' })}
        ${this.#text(place, ['policy', 'url'], { label: 'Privacy policy URL', type: 'url' })}
      </fieldset>
      <fieldset class="form-group" data-group="controller">
        <legend>Controller (who asks)</legend>
        ${this.#groupProblems(place, 'controller')} ${this.#text(place, ['controller', 'name'], { label: 'Name' })}
        ${this.#text(place, ['controller', 'contact'], { label: 'Contact (person or office)' })}
        ${this.#text(place, ['controller', 'email'], { label: 'Email', type: 'email' })}
        ${this.#text(place, ['controller', 'phone'], { label: 'Phone', type: 'tel' })}
        ${this.#groupProblems(place, 'controller.address')}
        ${this.#text(place, ['controller', 'address', 'street'], { label: 'Street' })}
        ${this.#text(place, ['controller', 'address', 'locality'], { label: 'City' })}
        ${this.#text(place, ['controller', 'address', 'country'], { label: 'Country (ISO 3166-1, e.g. DE)' })}
        ${this.#text(place, ['jurisdiction'], { label: 'Jurisdiction (e.g. CN, DE, US-CA)' })}
      </fieldset>
      <fieldset class="form-group" data-group="languages">
        <legend>Languages</legend>
        ${this.#languagesField(place, languages)} ${this.#defaultLanguageField(place, languages)}
      </fieldset>
      ${this.#purposes(place, draft['purposes'], languages)}
      <p class="form-note">
        Data categories, the glossary, Consent Mode and the other fields: edit them in the JSON view.
      </p>`;
  }

  /** Problems for a group (or the whole form) that no field of it shows. */
  #groupProblems(place: Placement, path: string): TemplateResult | typeof nothing {
    place.groups.add(path);
    const problems = place.problemsAt(path);
    if (problems.length === 0) return nothing;
    return html`<ul class="field-problems group-problems" data-problems-for=${path}>
      ${problems.map(
        (problem) => html`<li><code>${problem.path || 'config'}</code> ${messageWithoutPath(problem)}</li>`,
      )}
    </ul>`;
  }

  #fieldProblems(place: Placement, path: string, id: string): TemplateResult | typeof nothing {
    const problems = place.problemsAt(path);
    if (problems.length === 0) return nothing;
    return html`<ul class="field-problems" id="${id}-problems">
      ${problems.map((problem) => html`<li>${messageWithoutPath(problem)}</li>`)}
    </ul>`;
  }

  #text(place: Placement, segments: readonly PathSegment[], options: TextOptions): TemplateResult {
    const path = pathOf(segments);
    place.fields.add(path);
    const id = place.idOf(path);
    const value = asText(getAt(this.#draft, segments));
    const invalid = place.problemsAt(path).length > 0;
    const describedBy = [options.hint ? `${id}-hint` : '', invalid ? `${id}-problems` : ''].filter(Boolean).join(' ');
    const onInput = (event: Event): void => {
      const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
      this.#set(segments, text === '' && options.optional ? undefined : text);
    };
    const dir = options.lang ? languageDirection(options.lang) : 'auto';
    const control = options.multiline
      ? html`<textarea
          id=${id}
          rows="4"
          data-path=${path}
          lang=${options.lang ?? nothing}
          dir=${dir}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          .value=${live(value)}
          @input=${onInput}
        ></textarea>`
      : html`<input
          id=${id}
          type=${options.type ?? 'text'}
          data-path=${path}
          lang=${options.lang ?? nothing}
          dir=${dir}
          placeholder=${options.placeholder ?? nothing}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          .value=${live(value)}
          @input=${onInput}
        />`;
    return html`<div class="field ${invalid ? 'invalid' : ''}">
      <label for=${id}>${options.label}</label>
      ${control} ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
      ${this.#fieldProblems(place, path, id)}
    </div>`;
  }

  #checkbox(place: Placement, segments: readonly PathSegment[], label: string, hint: string): TemplateResult {
    const path = pathOf(segments);
    place.fields.add(path);
    const id = place.idOf(path);
    const invalid = place.problemsAt(path).length > 0;
    return html`<div class="field checkbox ${invalid ? 'invalid' : ''}">
      <input
        id=${id}
        type="checkbox"
        data-path=${path}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby="${id}-hint ${invalid ? `${id}-problems` : ''}"
        .checked=${live(getAt(this.#draft, segments) === true)}
        @change=${(event: Event) => this.#set(segments, (event.target as HTMLInputElement).checked ? true : undefined)}
      />
      <label for=${id}>${label}</label>
      <p class="hint" id="${id}-hint">${hint}</p>
      ${this.#fieldProblems(place, path, id)}
    </div>`;
  }

  #languagesField(place: Placement, languages: readonly string[]): TemplateResult {
    const path = 'languages';
    place.fields.add(path);
    const id = place.idOf(path);
    const invalid = place.problemsAt(path).length > 0;
    const typed = this.#languagesText;
    const parse = (text: string): string[] => text.split(/[\s,]+/).filter(Boolean);
    const value =
      typed !== undefined && JSON.stringify(parse(typed)) === JSON.stringify(languages) ? typed : languages.join(', ');
    return html`<div class="field ${invalid ? 'invalid' : ''}">
      <label for=${id}>Languages of the clause text</label>
      <input
        id=${id}
        type="text"
        data-path=${path}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby="${id}-hint ${invalid ? `${id}-problems` : ''}"
        .value=${live(value)}
        @input=${(event: Event) => {
          const text = (event.target as HTMLInputElement).value;
          this.#languagesText = text;
          this.#set(['languages'], parse(text));
        }}
      />
      <p class="hint" id="${id}-hint">
        BCP 47 tags separated by commas, e.g. <code>en, zh-CN</code>. Every purpose needs its title and clause in each.
      </p>
      ${this.#fieldProblems(place, path, id)}
    </div>`;
  }

  #defaultLanguageField(place: Placement, languages: readonly string[]): TemplateResult {
    const path = 'defaultLanguage';
    place.fields.add(path);
    const id = place.idOf(path);
    const current = asText(getAt(this.#draft, ['defaultLanguage']));
    const options = languages.includes(current) || current === '' ? languages : [...languages, current];
    const invalid = place.problemsAt(path).length > 0;
    return html`<div class="field ${invalid ? 'invalid' : ''}">
      <label for=${id}>Default language</label>
      <select
        id=${id}
        data-path=${path}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? `${id}-problems` : nothing}
        .value=${live(current)}
        @change=${(event: Event) => this.#set(['defaultLanguage'], (event.target as HTMLSelectElement).value)}
      >
        ${current === '' ? html`<option value="">(none)</option>` : nothing}
        ${options.map((tag) => html`<option value=${tag} ?selected=${tag === current}>${tag}</option>`)}
      </select>
      ${this.#fieldProblems(place, path, id)}
    </div>`;
  }

  #purposes(place: Placement, purposes: unknown, languages: readonly string[]): TemplateResult {
    const list = Array.isArray(purposes) ? purposes : undefined;
    return html`<section class="form-purposes" aria-labelledby="form-purposes-heading">
      <h3 id="form-purposes-heading">Purposes</h3>
      ${this.#groupProblems(place, 'purposes')}
      ${
        list === undefined
          ? html`<p role="note">
              <code>purposes</code> is not a list here: edit it in the JSON view, or
              <button type="button" class="link-button" @click=${() => this.#set(['purposes'], [], true)}>
                start an empty list</button
              >.
            </p>`
          : list.map((purpose, index) => this.#purpose(place, purpose, index, list.length, languages))
      }
      ${list === undefined ? nothing : html`<button type="button" data-add-purpose @click=${() => this.#addPurpose()}>Add a purpose</button>`}
    </section>`;
  }

  #purpose(
    place: Placement,
    purpose: unknown,
    index: number,
    count: number,
    languages: readonly string[],
  ): TemplateResult {
    const base: PathSegment[] = ['purposes', index];
    const path = pathOf(base);
    const id = isObject(purpose) ? asText(purpose['id']) : '';
    const legend = `Purpose ${index + 1}${id ? `: ${id}` : ''}`;
    if (!isObject(purpose)) {
      return html`<fieldset class="form-group purpose" data-group=${path}>
        <legend>${legend}</legend>
        ${this.#groupProblems(place, path)}
        <p role="note">This purpose is not an object: edit it in the JSON view.</p>
      </fieldset>`;
    }
    return html`<fieldset class="form-group purpose" data-group=${path}>
      <legend>${legend}</legend>
      <div class="purpose-tools" role="group" aria-label="Arrange ${legend}">
        <button type="button" ?disabled=${index === 0} @click=${() => this.#movePurpose(index, -1)}>Move up</button>
        <button type="button" ?disabled=${index === count - 1} @click=${() => this.#movePurpose(index, 1)}>
          Move down
        </button>
        <button type="button" @click=${() => this.#removePurpose(index)}>Remove</button>
      </div>
      ${this.#groupProblems(place, path)}
      ${this.#text(place, [...base, 'id'], { label: 'Id', hint: 'Lowercase letters, digits and hyphens.' })}
      ${this.#groupProblems(place, pathOf([...base, 'title']))}
      ${this.#groupProblems(place, pathOf([...base, 'clause']))}
      ${languages.map(
        (tag) =>
          html`${this.#text(place, [...base, 'title', tag], { label: `Title (${tag})`, lang: tag })}
          ${this.#text(place, [...base, 'clause', tag], { label: `Clause (${tag})`, lang: tag, multiline: true })}`,
      )}
      ${this.#checkbox(place, [...base, 'necessary'], 'Necessary', 'Not based on consent: shown with its text, never toggled.')}
      ${this.#checkbox(
        place,
        [...base, 'separateConsent'],
        'Separate consent',
        'Sharing with a third party or sensitive data: never granted by “Accept all”.',
      )}
      ${this.#checkbox(place, [...base, 'sensitive'], 'Sensitive data', 'Needs separate consent too.')}
      ${this.#text(place, [...base, 'retention'], {
        label: 'Retention (ISO 8601 duration)',
        optional: true,
        placeholder: 'P1Y',
        hint: 'e.g. P6M for six months, P2Y for two years.',
      })}
      ${this.#thirdParties(place, base, purpose['thirdParties'])}
    </fieldset>`;
  }

  #thirdParties(place: Placement, base: readonly PathSegment[], parties: unknown): TemplateResult {
    const segments = [...base, 'thirdParties'];
    const path = pathOf(segments);
    const list = Array.isArray(parties) ? parties : parties === undefined ? [] : undefined;
    return html`<fieldset class="third-parties" data-group=${path}>
      <legend>Third parties</legend>
      ${this.#groupProblems(place, path)}
      ${
        list === undefined
          ? html`<p role="note">Not a list: edit it in the JSON view.</p>`
          : html`${list.map(
                (_party, i) =>
                  html`<div class="third-party">
                    ${this.#groupProblems(place, pathOf([...segments, i]))}
                    ${this.#text(place, [...segments, i, 'name'], { label: `Recipient ${i + 1}: name` })}
                    ${this.#text(place, [...segments, i, 'contact'], { label: `Recipient ${i + 1}: contact` })}
                    <button
                      type="button"
                      @click=${() => this.#set(list.length === 1 ? segments : [...segments, i], undefined, true)}
                    >
                      Remove recipient ${i + 1}
                    </button>
                  </div>`,
              )}
              <button
                type="button"
                @click=${() => this.#set([...segments, list.length], { name: '', contact: '' }, true)}
              >
                Add a third party
              </button>`
      }
    </fieldset>`;
  }
}
