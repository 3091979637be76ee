/**
 * Markup to plain text, by a small tokenizer. Nothing is parsed by a browser and nothing is ever inserted into a
 * document: tags are dropped, entities decoded, line-breaking elements become line breaks, and a link's address is
 * written after its text so it is not lost.
 *
 * @module
 */

/** What {@link htmlToText} did to a text. */
export interface PlainText {
  readonly text: string;
  /** Whether the text had markup (tags, comments or entities) at all. */
  readonly hadMarkup: boolean;
  /** Links written out as "text (address)". */
  readonly links: readonly string[];
  /** Addresses of links that were dropped because they were not http(s) or a site path (e.g. `javascript:`). */
  readonly droppedLinks: readonly string[];
  /** Elements whose content was dropped entirely (`script`, `style`, ...). */
  readonly droppedElements: readonly string[];
  /** Texts of badges (elements with a `badge` class, such as "Always enabled") that were dropped as decoration. */
  readonly droppedBadges: readonly string[];
}

/** Elements whose content is code or styling, never text. */
const DROPPED_CONTENT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'iframe',
  'object',
  'textarea',
]);
/** Elements that start and end on a line of their own. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  shy: '\u00AD',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  deg: '°',
  middot: '·',
  bull: '•',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  times: '×',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  Eacute: 'É',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  iacute: 'í',
  oacute: 'ó',
  ocirc: 'ô',
  uacute: 'ú',
  ccedil: 'ç',
  ntilde: 'ñ',
  aring: 'å',
  aelig: 'æ',
  oslash: 'ø',
};

const MARKUP = /<[A-Za-z/!?]|&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;
const TAG_NAME = /^[A-Za-z][A-Za-z0-9-]*/;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Whether a text contains markup: a tag, a comment or a character reference. */
export function hasMarkup(text: string): boolean {
  return MARKUP.test(text);
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (match, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return Object.hasOwn(NAMED_ENTITIES, name) ? (NAMED_ENTITIES[name] ?? match) : match;
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
    // NUL, surrogates and values beyond Unicode become U+FFFD, as in HTML.
    if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
    return String.fromCodePoint(code);
  });
}

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly attributes: ReadonlyMap<string, string>;
  /** Index just past the tag's `>`. */
  readonly end: number;
}

/**
 * Reads the tag starting at `start` (a `<`), honouring quoted attribute values: `text` when the `<` starts no tag
 * (as in "a < b"), `unterminated` when no `>` ends it.
 */
function readTag(html: string, start: number): Tag | 'text' | 'unterminated' {
  let index = start + 1;
  const closing = html[index] === '/';
  if (closing) index++;
  const name = TAG_NAME.exec(html.slice(index, index + 64))?.[0];
  if (!name) return 'text';
  index += name.length;
  let quoteChar: string | undefined;
  const attributesStart = index;
  for (; index < html.length; index++) {
    const char = html[index];
    if (quoteChar) {
      if (char === quoteChar) quoteChar = undefined;
    } else if (char === '"' || char === "'") {
      quoteChar = char;
    } else if (char === '>') {
      break;
    }
  }
  // No ">" before the end: not a tag after all. (Browsers would drop the rest; a clause must not lose text.)
  if (index >= html.length) return 'unterminated';
  const attributes = new Map<string, string>();
  for (const match of html.slice(attributesStart, index).matchAll(ATTRIBUTE)) {
    const key = (match[1] ?? '').toLowerCase();
    if (key && !attributes.has(key)) attributes.set(key, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return { name: name.toLowerCase(), closing, attributes, end: index + 1 };
}

/** A link address worth keeping: http(s), mailto, tel, or a path or fragment on the site. */
function keptHref(href: string): string | undefined {
  const trimmed = href.trim();
  if (/^(https?:\/\/|mailto:|tel:)/i.test(trimmed)) return trimmed;
  if (/^[/#]/.test(trimmed) && !trimmed.startsWith('//') && trimmed !== '#') return trimmed;
  return undefined;
}

/**
 * The plain text being written. Line breaks are asked for, not written, so that the breaks of nested blocks
 * collapse, and each step takes constant time however long the text grows.
 */
class PlainWriter {
  private readonly parts: string[] = [];
  private written = false;
  /** Line breaks owed before the next text. */
  private wanted = 0;

  text(raw: string): void {
    if (raw === '' || (this.wanted > 0 && raw.trim() === '')) return;
    if (this.wanted > 0 && this.written) {
      this.parts.push('\n'.repeat(this.wanted));
      raw = raw.replace(/^ +/, '');
    }
    this.wanted = 0;
    this.parts.push(raw);
    this.written = true;
  }

  /** A `<br>`: one more line break. */
  hardBreak(): void {
    this.wanted++;
  }

  /** A block boundary: at least `count` line breaks before the next text. */
  softBreak(count: number): void {
    this.wanted = Math.max(this.wanted, count);
  }

  /** Where the next text will start, to read a link's text back. */
  mark(): number {
    return this.parts.length;
  }

  since(mark: number): string {
    return this.parts.slice(mark).join('');
  }

  finish(): string {
    return this.parts.join('');
  }
}

/** Collapses whitespace as a browser would, keeping the line breaks that block elements and `<br>` made. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\f\r]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Converts markup to plain text without a parser that could run anything: tags are removed, entities decoded,
 * `<br>` and block elements become line breaks, list items get a bullet, and `<a href>` keeps its address after its
 * text when it is a web address or a path on the site. `script`, `style` and similar elements are dropped with their
 * content. Text without markup is returned as it is (only trimmed).
 */
export function htmlToText(html: string): PlainText {
  if (!hasMarkup(html)) {
    return { text: html.trim(), hadMarkup: false, links: [], droppedLinks: [], droppedElements: [], droppedBadges: [] };
  }
  const links: string[] = [];
  const droppedLinks: string[] = [];
  const droppedElements = new Set<string>();
  const droppedBadges: string[] = [];
  const out = new PlainWriter();
  let pendingHref: string | undefined;
  let linkTextStart = 0;
  let index = 0;
  // Source whitespace collapses to a space; only <br> and blocks make line breaks.
  const appendText = (raw: string): void => {
    out.text(decodeEntities(raw.replace(/\s+/g, ' ')));
  };
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open === -1) {
      appendText(html.slice(index));
      break;
    }
    appendText(html.slice(index, open));
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      index = close === -1 ? html.length : close + 3;
      continue;
    }
    if (html.startsWith('<!', open) || html.startsWith('<?', open)) {
      const close = html.indexOf('>', open);
      index = close === -1 ? html.length : close + 1;
      continue;
    }
    const tag = readTag(html, open);
    if (tag === 'unterminated') {
      // A tag that never ends: the rest is text. Stopping here keeps the work linear.
      appendText(html.slice(open));
      break;
    }
    if (tag === 'text') {
      // A lone "<", as in "a < b".
      appendText('<');
      index = open + 1;
      continue;
    }
    index = tag.end;
    // Badges ("Always enabled" beside a title) are decoration the prompt draws itself.
    const badge = !tag.closing && /badge/i.test(tag.attributes.get('class') ?? '');
    if (!tag.closing && (DROPPED_CONTENT.has(tag.name) || badge)) {
      // Searched from here on only, case-insensitively, so many such elements still take linear time.
      const closing = new RegExp(`</${tag.name}[^>]{0,256}>`, 'gi');
      closing.lastIndex = index;
      const close = closing.exec(html);
      const end = close ? close.index : html.length;
      if (badge)
        droppedBadges.push(
          tidy(
            decodeEntities(
              html
                .slice(index, end)
                .slice(0, 2000)
                .replace(/<[^<>]{0,256}>/g, ' '),
            ),
          ).slice(0, 80),
        );
      else droppedElements.add(tag.name);
      index = close ? closing.lastIndex : html.length;
      continue;
    }
    if (tag.name === 'br') {
      out.hardBreak();
    } else if (tag.name === 'a' && !tag.closing) {
      const href = tag.attributes.get('href');
      pendingHref = href === undefined ? undefined : keptHref(href);
      if (href !== undefined && pendingHref === undefined && href.trim() !== '' && href.trim() !== '#') {
        droppedLinks.push(href.trim().slice(0, 200));
      }
      linkTextStart = out.mark();
    } else if (tag.name === 'a' && tag.closing) {
      if (pendingHref !== undefined) {
        const label = out.since(linkTextStart).trim();
        if (label !== pendingHref) out.text(` (${pendingHref})`);
        links.push(pendingHref);
      }
      pendingHref = undefined;
    } else if (tag.name === 'li' && !tag.closing) {
      out.softBreak(1);
      out.text('• ');
    } else if (BLOCK.has(tag.name)) {
      // A paragraph ends with an empty line; other blocks with a line break.
      out.softBreak(tag.name === 'p' ? 2 : 1);
    } else if (tag.name === 'td' || tag.name === 'th') {
      out.text(' ');
    }
  }
  return {
    text: tidy(out.finish()),
    hadMarkup: true,
    links: Object.freeze(links),
    droppedLinks: Object.freeze(droppedLinks),
    droppedElements: Object.freeze([...droppedElements]),
    droppedBadges: Object.freeze(droppedBadges),
  };
}
