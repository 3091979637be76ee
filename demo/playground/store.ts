// The config being edited: its text, what it parses to, the validator's problems with their place in the text, and
// the last valid config (the only one the preview ever gets). The editor, the form, presets, import and share
// links all change it through setText; every panel listens for `change`.
import { parseConfigJson } from '../../src/core/config/validate.js';
import type { ConsentConfig } from '../../src/core/config/types.js';
import type { ConfigProblem } from '../../src/core/config/problems.js';
import { lineColumn, locateJson, locatePath, type JsonLocations, type LocatedPath } from './json-locate.js';

/** Who changed the text: the panel that did so does not redraw itself from it. */
export type ChangeOrigin = 'initial' | 'editor' | 'form' | 'preset' | 'import' | 'share';

/** A validator problem with where it is in the text. */
export interface LocatedProblem extends ConfigProblem {
  /** The text range to select; for a missing field, its closest ancestor's. */
  readonly location: LocatedPath | undefined;
  /** 1-based line and column of the location's start. */
  readonly line: number | undefined;
  readonly column: number | undefined;
}

export interface ConfigState {
  readonly text: string;
  readonly origin: ChangeOrigin;
  /** The parsed JSON, whatever its shape, or `undefined` when the text is not JSON. */
  readonly json: { readonly value: unknown } | undefined;
  readonly locations: JsonLocations;
  readonly problems: readonly LocatedProblem[];
  /** The validated config of this text, or `null` when it has problems. */
  readonly config: ConsentConfig | null;
  /** The last config that passed validation: what the preview shows. */
  readonly lastValid: ConsentConfig | null;
  /** Increases with every valid config, so listeners can tell a new one from the same one. */
  readonly validRevision: number;
}

/** How long the editor and the form wait after the last keystroke before validating and previewing. */
export const DEBOUNCE_MS = 200;

export class ConfigStore extends EventTarget {
  #state: ConfigState = {
    text: '',
    origin: 'initial',
    json: undefined,
    locations: { spans: new Map() },
    problems: [],
    config: null,
    lastValid: null,
    validRevision: 0,
  };

  get state(): ConfigState {
    return this.#state;
  }

  /** Parses, validates and locates problems; listeners hear `change` even when only the origin differs. */
  setText(text: string, origin: ChangeOrigin): void {
    const result = parseConfigJson(text);
    const locations = locateJson(text);
    let json: ConfigState['json'];
    try {
      json = { value: JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as unknown };
    } catch {
      json = undefined;
    }
    const problems = result.problems.map((problem): LocatedProblem => {
      // A syntax error has no path: point at the offset where the tokenizer stopped.
      const location =
        problem.path === '' && locations.error
          ? { path: '', exact: true, start: locations.error.offset, end: locations.error.offset + 1 }
          : locatePath(locations, problem.path);
      const place = location ? lineColumn(text, location.start) : undefined;
      return { ...problem, location, line: place?.line, column: place?.column };
    });
    const previous = this.#state;
    const config = result.valid ? result.config : null;
    const same = config !== null && previous.lastValid !== null && sameJson(config, previous.lastValid);
    this.#state = {
      text,
      origin,
      json,
      locations,
      problems,
      config,
      lastValid: config ?? previous.lastValid,
      validRevision: config && !same ? previous.validRevision + 1 : previous.validRevision,
    };
    this.dispatchEvent(new Event('change'));
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Runs `action` once the calls stop for `ms`; `flush` runs a pending call now. */
export function debounce(action: () => void, ms = DEBOUNCE_MS): { (): void; flush(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (): void => {
    timer = undefined;
    action();
  };
  const debounced = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  debounced.flush = (): void => {
    if (timer === undefined) return;
    clearTimeout(timer);
    run();
  };
  debounced.cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}

/** The message without the path it starts with: the path is shown beside it. */
export function messageWithoutPath(problem: ConfigProblem): string {
  const prefix = `${problem.path || 'config'}: `;
  return problem.message.startsWith(prefix) ? problem.message.slice(prefix.length) : problem.message;
}
