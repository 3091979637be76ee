// Shared by the unticked subcommands: exit codes, errors that end a command, argument parsing and file reading.
import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';

export const EXIT_OK = 0;
/** The command ran and found a problem, e.g. an invalid receipt. */
export const EXIT_PROBLEM = 1;
/** Wrong arguments, unreadable input, or a missing build. */
export const EXIT_USAGE = 2;

/** An error the user can fix; printed without a stack trace. */
export class CliError extends Error {
  constructor(message, exitCode = EXIT_USAGE) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** `util.parseArgs`, strict, with its errors turned into usage errors that show the command's usage. */
export function parseCommandArgs(args, options, usage) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new CliError(`${error.message}\n\n${usage}`);
  }
  // parseArgs keeps the last of a repeated option: a second --jwks would silently replace the keys the first named.
  const seen = new Set();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || options[token.name]?.multiple) continue;
    if (seen.has(token.name)) throw new CliError(`--${token.name} is given more than once; give it once\n\n${usage}`);
    seen.add(token.name);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

// Line breaks and other control characters (C0, DEL, C1) move the cursor or start terminal escape sequences; bidi
// controls and line separators reorder or split text on screen. Printed from a receipt or a file as they are, a
// forged receipt's kid could write a "valid" line over the one that calls it INVALID.
const UNPRINTABLE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;
const ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` made safe to print as one line of a terminal: each character that cannot be shown as it is becomes an
 * escape (`\n`, `\u001b`, `\u202e`). For every value a command's text output takes from its input.
 */
export function printable(text) {
  return String(text).replace(
    UNPRINTABLE,
    (character) => ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A message made safe to print as it is laid out: its own line breaks and tabs stay, every other character that
 * {@link printable} escapes is escaped (an input's escape sequence or bidi control cannot reach the terminal, even
 * from a message that forgot to pass a file name through `printable`).
 */
export function terminalSafe(text) {
  return String(text).replace(UNPRINTABLE, (character) =>
    character === '\n' || character === '\t' ? character : printable(character),
  );
}

/**
 * The most any subcommand reads (a receipts log of about 40,000 receipts): `/dev/zero` or an endless pipe given by
 * mistake is refused before it fills the memory. `lint` passes the config's own, far smaller, limit.
 */
export const MAX_INPUT_CHARACTERS = 100_000_000;

/**
 * Reads a file, or standard input for `-`, as UTF-8. Bytes that are not UTF-8 (a Latin-1 or UTF-16 file) are a
 * problem with the input, reported with where they start, never replaced with U+FFFD and read on.
 *
 * With `maxCharacters`, reading stops as soon as the text is longer (in UTF-16 code units, as `string.length`
 * counts): a huge file, `/dev/zero` or an endless pipe is refused after a bounded read, never held in memory whole.
 */
export async function readText(path, { maxCharacters = MAX_INPUT_CHARACTERS } = {}) {
  // A file name is shown as text: control characters (an ANSI escape in a name) and direction overrides escaped.
  const name = path === '-' ? 'standard input' : printable(path);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // The bytes are kept only to say where a sequence that is not UTF-8 starts; the limit bounds them too.
  const bytes = [];
  const parts = [];
  let characters = 0;
  const add = (part) => {
    characters += part.length;
    if (characters > maxCharacters) {
      throw new CliError(
        `${name} is too long: it has more than ${maxCharacters} characters, and at most ${maxCharacters} are ` +
          'accepted: check that the right file was given.',
        EXIT_PROBLEM,
      );
    }
    parts.push(part);
  };
  const decode = (chunk, stream) => {
    try {
      return decoder.decode(chunk, { stream });
    } catch {
      const read = Buffer.concat(bytes);
      throw new CliError(`${name} is not UTF-8 text (${firstInvalidByte(read)}): save it as UTF-8`, EXIT_PROBLEM);
    }
  };
  try {
    // Leaving the loop early (a CliError) destroys the stream, which closes the file or standard input.
    for await (const chunk of path === '-' ? process.stdin : createReadStream(path)) {
      bytes.push(chunk);
      add(decode(chunk, true));
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    // Node's message repeats the path as given: shown escaped, like the name.
    throw new CliError(`cannot read ${name}: ${String(error.message).split(String(path)).join(name)}`);
  }
  add(decode(new Uint8Array(0), false));
  return parts.join('');
}

/** Where the first sequence that is not UTF-8 starts, for the message (the decoder says only that one exists). */
function firstInvalidByte(bytes) {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    const continued = length > 0 && bytes.subarray(i + 1, i + length).every((byte) => (byte & 0xc0) === 0x80);
    if (!continued || i + length > bytes.length) return `byte ${i}: 0x${lead.toString(16).padStart(2, '0')}`;
    i += length;
  }
  return 'an overlong or surrogate sequence';
}

/**
 * Reads and parses a JSON file that must hold an object; `what` names it in errors. With `repeatedKey` (a function
 * naming a member given twice in one object, or `undefined`), such a file is refused: JSON.parse keeps the last.
 */
export async function readJsonObject(path, what, repeatedKey) {
  const text = await readText(path);
  const repeated = repeatedKey?.(text);
  if (repeated !== undefined) {
    throw new CliError(
      `${what} ${printable(path)} gives the member ${printable(JSON.stringify(repeated))} twice in one object: write each once`,
    );
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The message quotes the text around the error, which may hold anything.
    throw new CliError(`${what} ${printable(path)} is not JSON: ${printable(error.message)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError(`${what} ${printable(path)} must hold a JSON object`);
  }
  return value;
}
