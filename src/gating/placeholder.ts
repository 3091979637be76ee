/**
 * The placeholder shown in place of a blocked iframe. Built with DOM APIs and `textContent` only, styled by one
 * constructable stylesheet adopted into the iframe's document or shadow root, so a strict CSP (`style-src 'self'`,
 * no `'unsafe-inline'`) allows it: no `style` attribute is ever written.
 *
 * @module
 */
import en from '../locales/en.js';

/** The words of the default placeholder for one purpose, already filled in with the purpose's title. */
export interface PlaceholderTexts {
  /** What is blocked and why, e.g. the locale's `placeholder.blocked`: “This content is blocked until you allow …”. */
  readonly blocked: string;
  /** The button's label, e.g. the locale's `placeholder.allow`: “Allow …”. */
  readonly allow: string;
  /** The language of these words, set as the placeholder's `lang`. */
  readonly lang?: string;
  /** Their direction, set as the placeholder's `dir` (`rtl` for Arabic, Persian, Hebrew, ...). */
  readonly dir?: 'ltr' | 'rtl';
  /**
   * The purpose's title as `blocked` and `allow` contain it, with the language it is written in: it is isolated
   * (`<bdi>`) and marked with that `lang`, so an English title in an Arabic sentence keeps its order and its voice.
   */
  readonly title?: {
    readonly text: string;
    readonly lang?: string;
    /**
     * Where the title stands in `blocked` and in `allow` (its first character's index; -1 where it is not in it).
     * Without them its first occurrence is taken, which may be the same letters in the words around it.
     */
    readonly blockedAt?: number;
    readonly allowAt?: number;
  };
}

/** What a custom placeholder renderer is given. */
export interface PlaceholderContext {
  /** The blocked iframe (hidden while the placeholder shows). */
  readonly element: HTMLIFrameElement;
  /** The purposes the iframe still waits for, in the order of its `data-consent`. */
  readonly purposes: readonly string[];
  /**
   * Asks for one of `purposes` to be granted, on the visitor's behalf. Call it from a listener with the event:
   * the request is ignored unless the browser marks the event as trusted (the visitor's own input).
   */
  readonly requestGrant: (purposeId: string, event: Event) => void;
}

/** How blocked iframes are shown. */
export interface PlaceholderOptions {
  /**
   * The words for one purpose of the default placeholder. Default: the English strings with the purpose id in
   * place of its title; the prompt passes its locale's `placeholder.blocked` and `placeholder.allow`, filled in with
   * the purpose's title in the visitor's language.
   */
  readonly texts?: (purposeId: string) => PlaceholderTexts;
  /** Builds a placeholder of your own instead. It is inserted just before the iframe and removed when it loads. */
  readonly render?: (context: PlaceholderContext) => HTMLElement;
}

/** The class of the default placeholder, for sites that restyle it. */
export const PLACEHOLDER_CLASS = 'unticked-placeholder';

/** The English words of the default placeholder, with the purpose id where the title would be. */
export function defaultPlaceholderTexts(purposeId: string): PlaceholderTexts {
  const fill = (text: string) => text.split('{{purpose}}').join(purposeId);
  return { blocked: fill(en.placeholder.blocked), allow: fill(en.placeholder.allow), lang: 'en' };
}

// :where() keeps the specificity at zero, so any rule of the site's own wins.
const BASE_RULES = [
  `:where(.${PLACEHOLDER_CLASS}) { box-sizing: border-box; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 0.75em; max-width: 100%; min-height: 8em; padding: 1em; border: 1px dashed currentColor; border-radius: 4px; text-align: center; }`,
  `:where(.${PLACEHOLDER_CLASS}) > p { margin: 0; }`,
  // The iframe's `hidden` attribute must win over a site's `iframe { display: block }`.
  `iframe[data-consent-state='blocked'][hidden] { display: none !important; }`,
];

/** A placeholder size from the iframe's `width` and `height` attributes: `560`, `100%`; anything else is ignored. */
function cssLength(value: string | null): string | undefined {
  const match = /^\s*(\d{1,5}(?:\.\d{1,3})?)(%?)\s*$/.exec(value ?? '');
  if (!match) return undefined;
  return `${match[1]}${match[2] === '%' ? '%' : 'px'}`;
}

/** The stylesheets of one gate: one per document or shadow root it shows placeholders in. */
export class PlaceholderStyles {
  private readonly sheets = new Map<Document | ShadowRoot, { sheet: CSSStyleSheet; sizes: Set<string> }>();

  /** Adopts the gate's sheet into the iframe's document or shadow root, once. */
  adoptFor(element: Element): { sheet: CSSStyleSheet; sizes: Set<string> } | undefined {
    const scope = element.getRootNode();
    if (!isDocumentOrShadowRoot(scope)) return undefined;
    const target = scope;
    let entry = this.sheets.get(target);
    if (!entry) {
      // The sheet must come from the iframe's own window to be adopted there.
      const view = (element.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(BASE_RULES.join('\n'));
      target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
      entry = { sheet, sizes: new Set() };
      this.sheets.set(target, entry);
    }
    return entry;
  }

  /**
   * The `data-size` key that sizes a placeholder like its iframe, adding the rule for it on first use. One rule per
   * distinct size, written into the adopted sheet: a `style` attribute would break a strict CSP.
   */
  sizeFor(iframe: HTMLIFrameElement): string | undefined {
    const width = cssLength(iframe.getAttribute('width'));
    const height = cssLength(iframe.getAttribute('height'));
    if (!width && !height) return undefined;
    const entry = this.adoptFor(iframe);
    if (!entry) return undefined;
    const key = `${width ?? 'auto'}x${height ?? 'auto'}`;
    if (!entry.sizes.has(key)) {
      const declarations = `${width ? `width: ${width};` : ''}${height ? `height: ${height};` : ''}`;
      entry.sheet.insertRule(
        `:where(.${PLACEHOLDER_CLASS}[data-size='${key}']) { ${declarations} }`,
        entry.sheet.cssRules.length,
      );
      entry.sizes.add(key);
    }
    return key;
  }

  /** Removes every sheet this gate adopted. */
  release(): void {
    for (const [target, { sheet }] of this.sheets) {
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    }
    this.sheets.clear();
  }
}

// Node types, not `instanceof`: a document or shadow root of another window fails `instanceof` against ours.
function isDocumentOrShadowRoot(node: Node): node is Document | ShadowRoot {
  return node.nodeType === Node.DOCUMENT_NODE || (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node);
}

/**
 * `sentence` as text in `element`, with the title in it isolated in its own language: at `given`, where the words'
 * author says it stands, else at its first occurrence.
 */
function fillWords(element: HTMLElement, sentence: string, title: PlaceholderTexts['title'], given?: number): void {
  const at = !title?.text
    ? -1
    : typeof given === 'number' && sentence.startsWith(title.text, given)
      ? given
      : given === undefined
        ? sentence.indexOf(title.text)
        : -1;
  if (!title || at < 0) {
    element.textContent = sentence;
    return;
  }
  const bdi = element.ownerDocument.createElement('bdi');
  bdi.textContent = title.text;
  if (title.lang) bdi.lang = title.lang;
  element.append(sentence.slice(0, at), bdi, sentence.slice(at + title.text.length));
}

/**
 * The default placeholder: for each purpose still missing, a sentence saying what is blocked and a button that
 * asks for that purpose alone.
 */
export function renderDefaultPlaceholder(
  context: PlaceholderContext,
  texts: (purposeId: string) => PlaceholderTexts,
  size: string | undefined,
): HTMLElement {
  const doc = context.element.ownerDocument;
  const box = doc.createElement('div');
  box.className = PLACEHOLDER_CLASS;
  if (size) box.dataset.size = size;
  let first = true;
  for (const purposeId of context.purposes) {
    const words = texts(purposeId);
    if (first) {
      if (words.lang) box.lang = words.lang;
      if (words.dir) box.dir = words.dir;
      first = false;
    }
    const message = doc.createElement('p');
    fillWords(message, words.blocked, words.title, words.title?.blockedAt);
    const button = doc.createElement('button');
    button.type = 'button';
    button.dataset.purpose = purposeId;
    fillWords(button, words.allow, words.title, words.title?.allowAt);
    button.addEventListener('click', (event) => context.requestGrant(purposeId, event));
    box.append(message, button);
  }
  return box;
}
