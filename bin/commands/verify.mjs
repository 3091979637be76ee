// unticked verify: checks a log of consent receipts, one per line, and says for each whether it is valid.
import { loadCore } from '../lib/core.mjs';
import { CliError, EXIT_OK, EXIT_PROBLEM, parseCommandArgs, readJsonObject, readText } from '../lib/cli.mjs';

export const summary = 'Verify consent receipts (one compact JWS per line) against trusted keys';

export const usage = `Usage: unticked verify <file|-> [options]

Verifies every receipt in <file> (or standard input with -). One receipt per line: a compact JWS, or a JSON
object {"jws": "...", "publicJwk": {...}} as the widget stores it. Blank lines and lines starting with # are skipped.
A JSON document holding a list of receipts is read too: the file a visitor downloads from the prompt
({"receipts": [...]}) or an array of the same entries.

Options:
  --jwks <file>        the site's public keys (JWKS); receipts must be signed by one of them
  --self-signed        also trust the publicJwk stored next to a receipt (a visitor's device key)
  --config <file>      the consent config: report every purpose whose clause text differs from what was shown
  --max-age <age>      refuse receipts older than this: seconds, or a number with s, m, h or d (e.g. 30d)
  --history            the receipts are one visitor's history: also check the hash chain (gaps, reorderings,
                       forks) and print the decision in force per purpose, with grants later withdrawn
  --json               print the results as JSON
  -h, --help           show this help

Exit status: 0 when every receipt is valid, 1 when any is not, 2 on a usage error.
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

/** Parses `--max-age`: `3600`, `90m`, `12h`, `30d`. */
export function parseMaxAge(text) {
  const match = /^(\d{1,12})([smhd]?)$/.exec(text);
  if (!match) throw new CliError(`--max-age must be seconds or a number with s, m, h or d, not "${text}"`);
  return Number(match[1]) * UNITS[match[2]];
}

/** A whole JSON document of receipts (`{receipts: [...]}` or an array), or `undefined` when the text is not one. */
function parseDocument(text) {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[') && !/^\{\s*"(?!jws")/.test(trimmed)) return undefined;
  let document;
  try {
    document = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  const list = Array.isArray(document) ? document : document?.receipts;
  if (!Array.isArray(list)) return undefined;
  return list.map((item, index) => {
    const line = index + 1;
    if (typeof item === 'string') return { line, jws: item };
    if (typeof item?.jws === 'string') return { line, jws: item.jws, publicJwk: item.publicJwk };
    return { line, error: 'the entry is neither a compact JWS nor an object with a "jws" string' };
  });
}

/** The receipts in a log: `{line, jws, publicJwk?}`, or `{line, error}` for a line that cannot be read. */
export function parseLog(text) {
  const document = parseDocument(text);
  if (document) return document;
  const entries = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!line.startsWith('{')) return entries.push({ line: i + 1, jws: line });
    try {
      const record = JSON.parse(line);
      if (typeof record?.jws !== 'string')
        return entries.push({ line: i + 1, error: 'the JSON object has no "jws" string' });
      entries.push({ line: i + 1, jws: record.jws, publicJwk: record.publicJwk });
    } catch (error) {
      entries.push({ line: i + 1, error: `not JSON: ${error.message}` });
    }
  });
  return entries;
}

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
  for (const failure of result.failures) {
    lines.push(`  - ${failure.code}${failure.purpose ? ` [${failure.purpose}]` : ''}: ${failure.message}`);
  }
  return lines.join('\n');
}

function verdict(total, invalid) {
  if (total === 0) return 'No receipts found.';
  const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const lines = invalid.map(({ entry }) => entry.line).join(', ');
  const bad = invalid.length ? `, ${invalid.length} invalid (${invalid.length === 1 ? 'line' : 'lines'} ${lines})` : '';
  return `${plural(total, 'receipt')}: ${total - invalid.length} valid${bad}`;
}

export async function run(args) {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, usage);
  if (positionals.length !== 1) throw new CliError(`verify needs exactly one file (or -)\n\n${usage}`);
  if (!values.jwks && !values['self-signed']) {
    throw new CliError('nothing to trust: pass --jwks <file>, --self-signed, or both');
  }
  const jwks = values.jwks ? await readJsonObject(values.jwks, 'JWKS') : undefined;
  if (jwks && !Array.isArray(jwks.keys)) throw new CliError(`JWKS ${values.jwks} has no "keys" array`);
  const config = values.config ? await readJsonObject(values.config, 'config') : undefined;
  const maxAgeSeconds = values['max-age'] === undefined ? undefined : parseMaxAge(values['max-age']);
  const entries = parseLog(await readText(positionals[0]));

  const { verifyReceipt } = await loadCore('verifyReceipt');
  const results = [];
  for (const entry of entries) {
    if (entry.error) {
      results.push({
        entry,
        result: { valid: false, selfSigned: false, failures: [{ code: 'malformed', message: entry.error }] },
      });
      continue;
    }
    const trustStored = values['self-signed'] && entry.publicJwk !== undefined;
    const result = await verifyReceipt(entry.jws, {
      ...(jwks ? { jwks } : {}),
      ...(config ? { config } : {}),
      ...(maxAgeSeconds !== undefined ? { maxAgeSeconds } : {}),
      ...(trustStored ? { allowSelfSigned: true, publicJwk: entry.publicJwk } : {}),
    });
    results.push({ entry, result });
  }

  const invalid = results.filter(({ result }) => !result.valid);
  const history = values.history ? await checkHistory(entries, { jwks, trustStored: values['self-signed'] }) : null;
  const valid = entries.length > 0 && invalid.length === 0 && (history === null || history.valid);
  if (values.json) {
    const receipts = results.map(({ entry, result }) => ({ line: entry.line, ...result }));
    const chain = history && {
      valid: history.valid,
      failures: history.failures,
      effective: history.effective,
      overrides: history.overrides,
    };
    process.stdout.write(
      `${JSON.stringify({ valid, total: results.length, invalid: invalid.length, receipts, ...(chain ? { history: chain } : {}) }, null, 2)}\n`,
    );
  } else {
    for (const { entry, result } of results) process.stdout.write(`${describe(entry, result)}\n`);
    process.stdout.write(`${verdict(results.length, invalid)}\n`);
    if (history) process.stdout.write(`${describeHistory(entries, history)}\n`);
  }
  return valid ? EXIT_OK : EXIT_PROBLEM;
}

/**
 * Checks the entries as one history. Each receipt was already verified with its own trust above; here the keys
 * that may sign any of them (the JWKS, and with --self-signed each stored device key) verify the chain.
 */
async function checkHistory(entries, { jwks, trustStored }) {
  const { verifyHistory } = await loadCore('verifyHistory');
  const keys = [...(jwks?.keys ?? [])];
  if (trustStored) for (const entry of entries) if (entry.publicJwk) keys.push(entry.publicJwk);
  const list = entries.map((entry) => entry.jws ?? '');
  return verifyHistory(list, { jwks: { keys } });
}

function describeHistory(entries, history) {
  const lines = [`history: ${history.valid ? 'chain intact' : 'CHAIN BROKEN'}`];
  for (const failure of history.failures) {
    const where = failure.index === undefined ? '' : ` (line ${entries[failure.index]?.line})`;
    lines.push(`  - ${failure.code}${where}: ${failure.message}`);
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
  return lines.join('\n');
}
