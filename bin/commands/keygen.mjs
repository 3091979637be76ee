// unticked keygen: makes a P-256 key pair for a site's receipt signer.
import { chmod, lstat, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCore } from '../lib/core.mjs';
import { CliError, EXIT_OK, parseCommandArgs, printable } from '../lib/cli.mjs';

export const summary = 'Generate a P-256 signing key pair for receipts (private JWK and public JWKS)';

export const PRIVATE_FILE = 'signing-key.private.jwk.json';
export const PUBLIC_FILE = 'signing-key.public.jwks.json';

export const usage = `Usage: unticked keygen [--out-dir DIR] [--force]

Generates an ES256 (P-256) key pair for signing consent receipts on your server.

With --out-dir, writes DIR/${PRIVATE_FILE} (mode 0600: keep it secret, out of version control)
and DIR/${PUBLIC_FILE} (publish it; put it in the config's signer.jwks). Without, prints both as JSON.

Options:
  --out-dir <dir>   where to write the two files (created if missing)
  --force           overwrite existing key files
  -h, --help        show this help
`;

const OPTIONS = { 'out-dir': { type: 'string' }, force: { type: 'boolean' } };

/** The paths among `paths` that exist, a dangling symlink included (`wx` would refuse it too). */
async function existing(paths) {
  const found = [];
  for (const path of paths) {
    try {
      await lstat(path);
      found.push(path);
    } catch {
      // Missing, or not checkable: writing it says which.
    }
  }
  return found;
}

async function writeNew(path, text, mode, force) {
  try {
    await writeFile(path, text, { mode, flag: force ? 'w' : 'wx' });
    // The mode only applies when a file is created; make an overwritten one private too.
    await chmod(path, mode);
  } catch (error) {
    if (error.code === 'EEXIST') throw new CliError(`${path} exists; pass --force to replace it`);
    throw new CliError(`cannot write ${path}: ${error.message}`);
  }
}

export async function run(args) {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, usage);
  if (positionals.length > 0) throw new CliError(`keygen takes no arguments\n\n${usage}`);
  const { generateSigningKeyPair } = await loadCore('generateSigningKeyPair');
  const { privateJwk, publicJwk } = await generateSigningKeyPair();
  const privateKey = { ...privateJwk, alg: 'ES256', use: 'sig' };
  const publicJwks = { keys: [{ ...publicJwk, alg: 'ES256', use: 'sig' }] };

  const dir = values['out-dir'];
  if (dir === undefined) {
    process.stdout.write(`${JSON.stringify({ privateJwk: privateKey, publicJwks }, null, 2)}\n`);
    return EXIT_OK;
  }
  const privatePath = join(dir, PRIVATE_FILE);
  const publicPath = join(dir, PUBLIC_FILE);
  if (!values.force) {
    // Checked before writing either: a new private key beside an old public one would pair with nothing.
    const found = await existing([privatePath, publicPath]);
    if (found.length > 0) {
      const which = found.length > 1 ? `${found.join(' and ')} exist` : `${found[0]} exists`;
      throw new CliError(`${which}; pass --force to replace ${found.length > 1 ? 'them' : 'it'}`);
    }
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new CliError(`cannot make the folder ${printable(dir)}: ${printable(error.message)}`);
  }
  await writeNew(privatePath, `${JSON.stringify(privateKey, null, 2)}\n`, 0o600, values.force);
  try {
    await writeNew(publicPath, `${JSON.stringify(publicJwks, null, 2)}\n`, 0o644, values.force);
  } catch (error) {
    // Leave no private key whose public half is missing (the public file may have appeared since the check).
    if (!values.force) await rm(privatePath, { force: true });
    throw error;
  }
  process.stdout.write(
    `Wrote ${printable(privatePath)} (secret, mode 0600)\nWrote ${printable(publicPath)}\nkid ${publicJwk.kid}\n`,
  );
  return EXIT_OK;
}
