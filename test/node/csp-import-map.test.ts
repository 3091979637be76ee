/// <reference types="node" />
// docs/csp.md's import map for the npm build loaded without a bundler: every module that `unticked`,
// `unticked/define` and `unticked/core` import, statically or later (popovers, SHA-256), and every module those
// import in turn, must resolve through the map to a file that exists. A missing mapping fails only when the
// visitor first needs it (the language menu, once), so it is checked here, not found by a visitor.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { init, parse } from 'es-module-lexer';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const PREFIX = '/node_modules/';

/** The JSON inside docs/csp.md's `<script type="importmap" nonce=…>` (the example, not the prose naming it). */
function documentedImportMap(): Record<string, string> {
  const markdown = readFileSync(join(repository, 'docs', 'csp.md'), 'utf8');
  const json = /<script type="importmap" nonce="[^"]*">([\s\S]*?)<\/script>/.exec(markdown)?.[1];
  assert.ok(json, 'docs/csp.md has an import map');
  return (JSON.parse(json) as { imports: Record<string, string> }).imports;
}

/** Resolves a bare specifier as a browser does: an exact key, else the longest key ending in "/" it starts with. */
function mapped(imports: Record<string, string>, specifier: string): string | undefined {
  if (Object.hasOwn(imports, specifier)) return imports[specifier];
  const prefix = Object.keys(imports)
    .filter((key) => key.endsWith('/') && specifier.startsWith(key))
    .sort((a, b) => b.length - a.length)[0];
  return prefix === undefined ? undefined : imports[prefix] + specifier.slice(prefix.length);
}

/** A mapped URL path as a file of this checkout: the package itself is the repository, the rest node_modules. */
function fileOf(url: string): string {
  assert.ok(url.startsWith(PREFIX), `${url} is under ${PREFIX}`);
  const rest = url.slice(PREFIX.length);
  return rest.startsWith('unticked/')
    ? join(repository, rest.slice('unticked/'.length))
    : join(repository, 'node_modules', rest);
}

describe('docs/csp.md import map', () => {
  before(async () => {
    await init;
  });

  it('resolves every module the npm build imports, now or later, to a file', () => {
    const imports = documentedImportMap();
    const pending = ['unticked', 'unticked/define', 'unticked/core'].map((entry) => {
      const url = mapped(imports, entry);
      assert.ok(url, `the map has ${entry}`);
      return fileOf(url);
    });
    const seen = new Set<string>();
    const unresolved: string[] = [];
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      assert.ok(existsSync(file), `${file} exists`);
      const [found] = parse(readFileSync(file, 'utf8'), file);
      for (const { n: specifier } of found) {
        // A dynamic import of a computed string: none in the build; a locale chunk is named literally.
        if (specifier === undefined) continue;
        if (/^(?:\.{1,2})?\//.test(specifier)) {
          pending.push(resolve(dirname(file), specifier));
          continue;
        }
        const url = mapped(imports, specifier);
        if (url === undefined) unresolved.push(`${specifier} (imported by ${file.slice(repository.length)})`);
        else pending.push(fileOf(url));
      }
    }
    assert.deepEqual(unresolved, [], 'bare imports the map leaves out');
    const reached = [...seen].map((file) => file.slice(repository.length));
    // The later parts are reached too, so a map without them would fail above.
    for (const part of ['@floating-ui/core', '@noble/hashes/sha2.js', 'i18next', 'dist/locales/de.js']) {
      assert.ok(
        reached.some((file) => file.includes(part)),
        `${part} is among the ${reached.length} modules walked`,
      );
    }
  });
});
