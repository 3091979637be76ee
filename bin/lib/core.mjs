// Loads the receipt core. Normally the built package (dist/core/index.js); UNTICKED_CORE points elsewhere, e.g. at
// src/core/receipt/index.ts under `node --import tsx`, so tests can run the CLI without a build.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { CliError } from './cli.mjs';

async function importCore() {
  const override = process.env.UNTICKED_CORE;
  if (override) {
    const specifier = /^[a-z][a-z0-9+.-]*:/i.test(override) ? override : pathToFileURL(resolve(override)).href;
    return import(specifier);
  }
  const built = new URL('../../dist/core/index.js', import.meta.url);
  try {
    return await import(built.href);
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(built.pathname)) {
      throw new CliError(`${built.pathname} is missing: run \`npm run build\` first`);
    }
    throw error;
  }
}

/** The core module, checked to export every function in `names` (a stale build may not). */
export async function loadCore(...names) {
  const core = await importCore();
  const missing = names.filter((name) => typeof core[name] !== 'function');
  if (missing.length > 0) {
    throw new CliError(`the core module lacks ${missing.join(', ')}: run \`npm run build\` to rebuild dist/`);
  }
  return core;
}
