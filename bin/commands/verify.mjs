// unticked verify: checks a log of consent receipts, one per line, and says for each whether it is valid.
import { loadCore } from '../lib/core.mjs';
import { CliError, EXIT_OK, EXIT_PROBLEM, parseCommandArgs, printable, readJsonObject, readText } from '../lib/cli.mjs';

export const summary = 'Verify consent receipts (one compact JWS per line) against trusted keys';

export const usage = `Usage: unticked verify <file|-> [options]

Verifies every receipt in <file> (or standard input with -). One receipt per line: a compact JWS, or a JSON
object {"jws": "...", "publicJwk": {...}} as the widget stores it. Blank lines and comments (# and a space, then
anything but a receipt) are skipped; any other line starting with # is an error.
A JSON document holding a list of receipts is read too: the file a visitor downloads from the prompt
({"receipts": [...]}) or an array of the same entries.

Options:
  --jwks <file>        the site's public keys (JWKS); receipts must be signed by one of them
  --self-signed        also trust the publicJwk stored next to a receipt (a visitor's device key)
  --config <file>      the consent config: report every purpose whose clause text differs from what was shown.
                       It is validated first, as the prompt validates it (\`unticked lint\` lists its problems)
  --max-age <age>      refuse receipts older than this: seconds, or a number with s, m, h or d (e.g. 30d)
  --history            the receipts are one visitor's history: also check the hash chain (gaps, reorderings,
                       forks; chains started by "forget" in the order they were issued) and print the decision in
                       force per purpose, with grants later withdrawn
  --json               print the results as JSON
  -h, --help           show this help

At most 100,000,000 characters and 100,000 receipts are read; split a larger log and verify it in parts.

Exit status: 0 when every receipt is valid, 1 when any is not (also for input that is too long, holds too many
receipts or is not UTF-8), 2 on a usage error (also for a file that cannot be read, a JWKS without "keys" or
holding a private key, an option given twice, or a config that is not valid).
`;

const OPTIONS = {
  jwks: { type: 'string' },
  'self-signed': { type: 'boolean' },
  config: { type: 'string' },
  'max-age': { type: 'string' },
  history: { type: 'boolean' },
  json: { type: 'boolean' },
};

const UNITS = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/**
 * The most receipts one run verifies. A log of short lines within the character limit would otherwise hold tens
 * of millions of entries and results, more than the memory.
 */
export const MAX_RECEIPTS = 100_000;

/**
 * The most JSON values a document of receipts may hold, counted before it is parsed: generous for MAX_RECEIPTS
 * receipts with their keys, far below what `[{},{},...]` of 100 million characters would make JSON.parse build.
 */
const MAX_DOCUMENT_VALUES = MAX_RECEIPTS * 32;

/** The error for a log of more than MAX_RECEIPTS receipts; `name` is its file, or standard input. */
function tooManyReceipts(name) {
  return new CliError(
    `${name} holds more than ${MAX_RECEIPTS} receipts, and at most ${MAX_RECEIPTS} are verified in one run: ` +
      'split it and verify it in parts.',
    EXIT_PROBLEM,
  );
}

/** The JSON values a document opens or separates (`{`, `[`, `,` outside strings): a bound on what parsing builds. */
function countJsonValues(text) {
  let count = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      // A backslash escapes the character after it, a quote among them.
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x2c || code === 0x5b || code === 0x7b) count++;
  }
  return count;
}

/** Parses `--max-age`: `3600`, `90m`, `12h`, `30d`. */
export function parseMaxAge(text) {
  const match = /^(\d{1,12})([smhd]?)$/.exec(text);
  if (!match) throw new CliError(`--max-age must be seconds or a number with s, m, h or d, not "${printable(text)}"`);
  return Number(match[1]) * UNITS[match[2]];
}

/** A whole JSON document of receipts (`{receipts: [...]}` or an array), or `undefined` when the text is not one. */
function parseDocument(text, name, repeatedKey) {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[') && !/^\{\s*"(?!jws")/.test(trimmed)) return undefined;
  if (countJsonValues(trimmed) > MAX_DOCUMENT_VALUES) throw tooManyReceipts(name);
  let document;
  try {
    document = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  const repeated = repeatedKey(trimmed);
  if (repeated !== undefined) {
    throw new CliError(
      `${name} repeats the key "${printable(repeated)}" in one object; JSON keeps only the last, so what it holds is ambiguous. Nothing was verified.`,
      EXIT_PROBLEM,
    );
  }
  const list = Array.isArray(document) ? document : document?.receipts;
  if (!Array.isArray(list)) return undefined;
  if (list.length > MAX_RECEIPTS) throw tooManyReceipts(name);
  return list.map((item, index) => {
    const line = index + 1;
    if (typeof item === 'string') return { line, jws: item };
    if (typeof item?.jws === 'string') return { line, jws: item.jws, publicJwk: item.publicJwk };
    return { line, error: 'the entry is neither a compact JWS nor an object with a "jws" string' };
  });
}

/** One line of a log that is not blank or a comment, as an entry. */
function parseLine(text, line, repeatedKey) {
  if (!text.startsWith('{')) return { line, jws: text };
  try {
    const record = JSON.parse(text);
    const repeated = repeatedKey(text);
    if (repeated !== undefined) return { line, error: `the JSON object repeats the key "${printable(repeated)}"` };
    if (typeof record?.jws !== 'string') return { line, error: 'the JSON object has no "jws" string' };
    return { line, jws: record.jws, publicJwk: record.publicJwk };
  } catch (error) {
    return { line, error: `not JSON: ${error.message}` };
  }
}

/**
 * A run that reads as a compact JWS (three base64url parts, the payload and signature long: a receipt's are hundreds
 * and 86 characters, where no host name has such labels), or a stored receipt's JSON: what no comment holds.
 */
const RECEIPT_SHAPED = /[\w-]{8,}\.[\w-]{40,}\.[\w-]{40,}|"jws"/;

/**
 * Why a line starting with # is not a comment, or `null` when it is one: "#" alone, or followed by a space, and
 * holding nothing that reads as a receipt. A receipt's first character changed to "#", or "# " written over its
 * start, would otherwise drop it from the log unnoticed.
 */
function commentProblem(content) {
  if (content.length > 1 && content[1] !== ' ' && content[1] !== '\t') {
    return 'starts with # but is not a comment (a comment is # followed by a space): a receipt changed here?';
  }
  if (RECEIPT_SHAPED.test(content)) return 'a comment that holds a receipt: a receipt changed here?';
  return null;
}

/**
 * The receipts in a log: `{line, jws, publicJwk?}`, or `{line, error}` for a line that cannot be read. Refuses
 * more than MAX_RECEIPTS as soon as it finds one more; lines are read one at a time, never split into one array.
 * `repeatedKey(json)` names a key that one object of valid JSON text holds twice (JSON.parse would keep only the
 * last, so `{"receipts":[forged],"receipts":[genuine]}` would read as the genuine list alone), or is undefined.
 */
export function parseLog(text, name, repeatedKey) {
  const document = parseDocument(text, name, repeatedKey);
  if (document) return document;
  const entries = [];
  let line = 0;
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    const content = text.slice(start, stop).trim();
    start = stop + 1;
    line++;
    if (content === '') continue;
    const problem = content.startsWith('#') ? commentProblem(content) : undefined;
    if (problem === null) continue;
    if (entries.length === MAX_RECEIPTS) throw tooManyReceipts(name);
    entries.push(problem ? { line, error: problem } : parseLine(content, line, repeatedKey));
  }
  return entries;
}

/** The consent config, validated as the prompt validates it, so clause keys are read as the prompt reads them. */
async function readConfig(path) {
  const core = await loadCore('parseConfigJson');
  // Read no further than a config may be long, as `unticked lint` does.
  const maxCharacters = core.CONFIG_LIMITS?.jsonText;
  if (!Number.isSafeInteger(maxCharacters)) {
    throw new CliError('the core module lacks CONFIG_LIMITS: run `npm run build` to rebuild dist/');
  }
  const validation = core.parseConfigJson(await readText(path, { maxCharacters }));
  if (validation.valid) return validation.config;
  // Problems quote the config's own names, which may hold anything.
  const shown = validation.problems.slice(0, 10).map((problem) => `  - ${printable(problem.message)}`);
  const more = validation.problems.length - shown.length;
  const name = printable(path);
  throw new CliError(
    `config ${name} is not a valid consent config:\n${shown.join('\n')}\n` +
      `${more > 0 ? `  ... and ${more} more; ` : ''}\`unticked lint ${name}\` explains each problem`,
  );
}

/**
 * One receipt's result as lines of text. Everything in them but the verdict comes from the receipt, unverified when
 * it is INVALID (a forged kid, jti or purpose name), and is printed escaped.
 */
function describe(entry, result) {
  const payload = result.payload ?? {};
  const parts = [`line ${entry.line}: ${result.valid ? 'valid' : 'INVALID'}`];
  if (typeof payload.jti === 'string') parts.push(`receipt ${payload.jti}`);
  if (typeof payload.iss === 'string') parts.push(`from ${payload.iss}`);
  // Guarded: a hostile iat could make toISOString throw.
  const iat = Number.isSafeInteger(payload.iat) ? new Date(payload.iat * 1000) : undefined;
  if (iat && !Number.isNaN(iat.getTime())) parts.push(iat.toISOString());
  if (result.kid) parts.push(`key ${result.kid}${result.selfSigned ? ' (self-signed)' : ''}`);
  const lines = [parts.join('  ')];
  if (result.highS) {
    lines.push('  note: the signature is in its high-S form (as jose or Node may sign); unticked keeps the low-S twin');
  }
  for (const failure of result.failures) {
    lines.push(`  - ${failure.code}${failure.purpose ? ` [${failure.purpose}]` : ''}: ${failure.message}`);
  }
  return lines.map(printable).join('\n');
}

function verdict(total, invalidLines) {
  if (total === 0) return 'No receipts found.';
  const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const count = invalidLines.length;
  const bad = count ? `, ${count} invalid (${count === 1 ? 'line' : 'lines'} ${invalidLines.join(', ')})` : '';
  return `${plural(total, 'receipt')}: ${total - count} valid${bad}`;
}

export async function run(args) {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, usage);
  if (positionals.length !== 1) throw new CliError(`verify needs exactly one file (or -)\n\n${usage}`);
  if (!values.jwks && !values['self-signed']) {
    throw new CliError('nothing to trust: pass --jwks <file>, --self-signed, or both');
  }
  const { verifyReceipt, repeatedJsonKeys } = await loadCore('verifyReceipt', 'repeatedJsonKeys');
  const repeatedKey = (text) => repeatedJsonKeys(text, 1)[0]?.at(-1);
  // A repeated member is refused: the key trusted would not be the one a reader sees first.
  const jwks = values.jwks ? await readJsonObject(values.jwks, 'JWKS', repeatedKey) : undefined;
  if (jwks && !Array.isArray(jwks.keys)) throw new CliError(`JWKS ${values.jwks} has no "keys" array`);
  // A private key where public ones belong is a setup mistake (and a leak to fix), not a fault of each receipt.
  const privateAt = jwks ? jwks.keys.findIndex((key) => key !== null && typeof key === 'object' && 'd' in key) : -1;
  if (privateAt >= 0) {
    throw new CliError(
      `JWKS ${values.jwks} holds a private key (keys[${privateAt}] has "d"): give the public keys only`,
    );
  }
  const config = values.config ? await readConfig(values.config) : undefined;
  const maxAgeSeconds = values['max-age'] === undefined ? undefined : parseMaxAge(values['max-age']);
  const [input] = positionals;
  const entries = parseLog(await readText(input), input === '-' ? 'standard input' : input, repeatedKey);

  // Only what the report needs is kept: each result is printed as it comes, unless --json prints them all at once.
  const receipts = [];
  const invalidLines = [];
  for (const entry of entries) {
    const trustStored = values['self-signed'] && entry.publicJwk !== undefined;
    const result = entry.error
      ? { valid: false, selfSigned: false, failures: [{ code: 'malformed', message: entry.error }] }
      : await verifyReceipt(entry.jws, {
          ...(jwks ? { jwks } : {}),
          ...(config ? { config } : {}),
          ...(maxAgeSeconds !== undefined ? { maxAgeSeconds } : {}),
          ...(trustStored ? { allowSelfSigned: true, publicJwk: entry.publicJwk } : {}),
        });
    if (!result.valid) invalidLines.push(entry.line);
    if (values.json) receipts.push({ line: entry.line, ...result });
    else process.stdout.write(`${describe(entry, result)}\n`);
  }

  const history = values.history
    ? await checkHistory(entries, { jwks, trustStored: values['self-signed'], config, maxAgeSeconds })
    : null;
  const valid = entries.length > 0 && invalidLines.length === 0 && (history === null || history.valid);
  if (values.json) {
    const chain = history && {
      valid: history.valid,
      failures: history.failures,
      effective: history.effective,
      overrides: history.overrides,
    };
    process.stdout.write(
      `${JSON.stringify({ valid, total: entries.length, invalid: invalidLines.length, receipts, ...(chain ? { history: chain } : {}) }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(`${verdict(entries.length, invalidLines)}\n`);
    if (history) process.stdout.write(`${describeHistory(entries, history)}\n`);
  }
  return valid ? EXIT_OK : EXIT_PROBLEM;
}

/**
 * Checks the entries as one history. Each receipt was already verified with its own trust above; here the keys
 * that may sign any of them (the JWKS, and with --self-signed each stored device key) verify the chain, with the
 * same --config and --max-age.
 */
async function checkHistory(entries, { jwks, trustStored, config, maxAgeSeconds }) {
  const { verifyHistory } = await loadCore('verifyHistory');
  // The stored keys are visitors' device keys: verifyHistory holds each chain to one of them, so a receipt signed
  // with someone else's key cannot be spliced into a visitor's chain.
  const deviceKeys = trustStored ? entries.map((entry) => entry.publicJwk).filter(Boolean) : [];
  const list = entries.map((entry) => entry.jws ?? '');
  // Held to the same config and age as each receipt above: what is "in force" comes only from receipts that pass.
  return verifyHistory(list, {
    jwks: { keys: [...(jwks?.keys ?? [])] },
    deviceKeys,
    ...(config ? { config } : {}),
    ...(maxAgeSeconds !== undefined ? { maxAgeSeconds } : {}),
  });
}

function describeHistory(entries, history) {
  const lines = [`history: ${history.valid ? 'chain intact' : 'CHAIN BROKEN'}`];
  // The core names receipts by their place in the list ("receipt 4"); a reader of the log knows them by line.
  const byLine = (text) =>
    text.replace(
      /\b([Rr])eceipt (\d+)\b/g,
      (_, initial, index) => `${initial === 'R' ? 'The' : 'the'} receipt on line ${entries[index]?.line}`,
    );
  for (const failure of history.failures) {
    const where = failure.index === undefined ? '' : ` (line ${entries[failure.index]?.line})`;
    lines.push(`  - ${failure.code}${where}: ${byLine(failure.message)}`);
  }
  const effective = Object.entries(history.effective);
  if (effective.length) {
    lines.push('  in force:');
    for (const [purpose, granted] of effective) lines.push(`    ${purpose}: ${granted ? 'granted' : 'refused'}`);
  }
  for (const override of history.overrides) {
    const from = entries[override.grantedIn]?.line;
    const to = entries[override.withdrawnIn]?.line;
    lines.push(`  ${override.purpose}: granted on line ${from}, withdrawn on line ${to}`);
  }
  // Purpose names and messages come from the receipts.
  return lines.map(printable).join('\n');
}
