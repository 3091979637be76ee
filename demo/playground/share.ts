// Export, import and share links. A share link carries the config in the URL's hash (never sent to a server):
// compressed with CompressionStream('deflate-raw') where the browser has it, as plain UTF-8 otherwise, then
// base64url. The switches (language, layout, theme, viewport) ride along.
import { base64urlDecode, base64urlEncode } from '../../src/core/receipt/base64url.js';
import { CONFIG_LIMITS } from '../../src/core/config/validate.js';
import { readBoundedBytes } from '../../src/core/bounded-text.js';
import { repeatedJsonKeys } from '../../src/core/config/json-keys.js';

/** The first character of the hash's config value says how it is encoded. */
const DEFLATED = 'z';
const PLAIN = 'j';

export interface ShareSwitches {
  readonly lang?: string;
  readonly layout?: string;
  readonly theme?: string;
  readonly viewport?: string;
}

export interface SharedState {
  /** The config's JSON text; absent when the hash names a preset or nothing. */
  readonly text?: string;
  readonly preset?: string;
  readonly switches: ShareSwitches;
}

const SWITCH_NAMES = ['lang', 'layout', 'theme', 'viewport'] as const;

/** An empty language is a choice too (the browser's languages, not the config's default); other switches need one. */
const kept = (name: (typeof SWITCH_NAMES)[number], value: string | null | undefined): value is string =>
  typeof value === 'string' && (value !== '' || name === 'lang');

/** The most a link may inflate to: a config is at most this much JSON text, and UTF-8 takes up to 3 bytes a unit. */
const MAX_INFLATED_BYTES = CONFIG_LIMITS.jsonText * 3;

function canCompress(): boolean {
  try {
    new CompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates, stopping at a size no config reaches (a link is untrusted input). */
async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const inflated = await readBoundedBytes(stream, MAX_INFLATED_BYTES);
  if (!inflated) throw new Error('the config in the link is larger than any config can be');
  return inflated;
}

/**
 * JSON text written again without its whitespace, when that says exactly the same: not when a key is given twice
 * (JSON.parse keeps the last) or a number does not survive (`1e999` becomes `null`), which the validator reports
 * and the link must carry as written.
 */
function compacted(text: string): string | undefined {
  try {
    const compact = JSON.stringify(JSON.parse(text));
    return repeatedJsonKeys(text).length === 0 && sameNumbers(text, compact) ? compact : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the numbers outside strings read the same in both texts, in order. */
function sameNumbers(a: string, b: string): boolean {
  const numbers = (text: string) =>
    text
      .replace(/"(?:[^"\\]|\\.)*"/g, '""')
      .match(/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)
      ?.join(' ') ?? '';
  return numbers(a) === numbers(b);
}

/** The config's text, compacted when that loses nothing (whitespace need not travel), then encoded for the hash. */
export async function encodeConfig(text: string): Promise<string> {
  // Otherwise it goes as it is: a link to a broken config is still worth sending to whoever can fix it.
  const compact = compacted(text) ?? text;
  const bytes = new TextEncoder().encode(compact);
  if (canCompress()) return DEFLATED + base64urlEncode(await deflate(bytes));
  return PLAIN + base64urlEncode(bytes);
}

/** The config text a hash value holds, pretty-printed when it is JSON. Throws an Error that says what is wrong. */
export async function decodeConfig(value: string): Promise<string> {
  const kind = value.charAt(0);
  const bytes = base64urlDecode(value.slice(1));
  if (!bytes || (kind !== DEFLATED && kind !== PLAIN)) throw new Error('the link is cut short or mistyped');
  let raw: Uint8Array<ArrayBuffer>;
  if (kind === DEFLATED) {
    if (typeof DecompressionStream !== 'function') throw new Error('this browser cannot decompress the link');
    try {
      raw = await inflate(bytes);
    } catch (error) {
      throw new Error(
        error instanceof Error && error.message.startsWith('the config') ? error.message : 'the link is damaged',
      );
    }
  } else {
    raw = bytes;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new Error('the link does not hold text');
  }
  // Pretty-printed only when that loses nothing of what the link carries.
  return compacted(text) === undefined ? text : `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
}

/** The hash for a link: `#config=…&lang=…&layout=…&theme=…&viewport=…`. */
export function buildHash(config: string, switches: ShareSwitches): string {
  const params = new URLSearchParams();
  params.set('config', config);
  for (const name of SWITCH_NAMES) {
    const value = switches[name];
    if (kept(name, value)) params.set(name, value);
  }
  return `#${params.toString()}`;
}

/** What a hash asks for. Never throws; decoding the config is left to {@link decodeConfig}. */
export function parseHash(hash: string): { config?: string; preset?: string; switches: ShareSwitches } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const switches: Record<string, string> = {};
  for (const name of SWITCH_NAMES) {
    const value = params.get(name);
    if (kept(name, value)) switches[name] = value;
  }
  const config = params.get('config') ?? undefined;
  const preset = params.get('preset') ?? undefined;
  return { ...(config ? { config } : {}), ...(preset ? { preset } : {}), switches };
}

/** Starts a download of `text` as a JSON file, through a link that stays in the page until it is used. */
export function downloadText(text: string, filename: string, host: HTMLElement): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  host.append(link);
  link.click();
  link.remove();
  // Some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file name from the config's policy id, when it has a usable one. */
export function exportFileName(json: unknown): string {
  const id = (json as { policy?: { id?: unknown } } | undefined)?.policy?.id;
  return typeof id === 'string' && /^[A-Za-z0-9._-]{1,80}$/.test(id) ? `${id}.consent.json` : 'consent-config.json';
}
