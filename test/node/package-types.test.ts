/// <reference types="node" />
// The published types as a consumer's project sees them: test/fixtures/consumer compiled by tsc against the built
// package (dist, through package.json's exports map), under the module resolutions projects use.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

/** tsc's output for one fixture compiled with these options; empty when it type-checks. */
async function compile(fixture: string, options: Record<string, unknown>): Promise<string> {
  assert.ok(existsSync(join(root, 'dist', 'define.d.ts')), 'build the package first (npm run build)');
  const folder = mkdtempSync(join(tmpdir(), 'unticked-consumer-'));
  try {
    const config = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        typeRoots: [join(root, 'node_modules', '@types')],
        ...options,
      },
      files: [join(root, 'test', 'fixtures', 'consumer', fixture)],
    };
    writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify(config));
    try {
      await promisify(execFile)(process.execPath, [tsc, '-p', join(folder, 'tsconfig.json')], { cwd: folder });
      return '';
    } catch (error) {
      return String((error as { stdout?: string }).stdout ?? error);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const resolutions = {
  node16: { module: 'node16', moduleResolution: 'node16' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
};

describe('the published types in a consumer project', () => {
  for (const [name, resolution] of Object.entries(resolutions)) {
    it(`import 'unticked/define' alone types both tags and every event (${name})`, async () => {
      const output = await compile('define-only.ts', {
        ...resolution,
        lib: ['es2022', 'dom', 'dom.iterable'],
        types: [],
      });
      assert.equal(output, '');
    });

    it(`unticked/core type-checks in a Node project without the DOM lib (${name})`, async () => {
      const output = await compile('core-only.ts', { ...resolution, lib: ['es2022'], types: ['node'] });
      assert.equal(output, '');
    });
  }
});

describe('the published package', () => {
  it('ships every file its shipped docs link to, and the sources its source maps name', async () => {
    const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    const [pack] = JSON.parse(stdout) as [{ files: { path: string }[] }];
    const shipped = new Set(pack.files.map((file) => file.path));
    const missing: string[] = [];
    for (const path of shipped) {
      if (!path.endsWith('.md')) continue;
      const text = readFileSync(join(root, path), 'utf8');
      // Relative Markdown links outside code: an npm page or an editor opens them in the installed package.
      for (const [, target] of text.replace(/```[\s\S]*?```/g, '').matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/i.test(target!) || target!.startsWith('#')) continue;
        const resolved = posix.normalize(posix.join(posix.dirname(path), decodeURI(target!)));
        // docs/api is typedoc's output, written by `npm run docs` and said so where it is linked.
        if (resolved.startsWith('docs/api')) continue;
        const isFolder = [...shipped].some((file) => file.startsWith(`${resolved.replace(/\/$/, '')}/`));
        if (!shipped.has(resolved) && !isFolder) missing.push(`${path} -> ${target}`);
      }
    }
    assert.deepEqual(missing, []);
    const maps = [...shipped].filter((path) => path.endsWith('.js.map') && !path.startsWith('dist/unticked'));
    assert.ok(maps.length > 10, `${maps.length} source maps`);
    for (const map of maps) {
      const { sources } = JSON.parse(readFileSync(join(root, map), 'utf8')) as { sources: string[] };
      for (const source of sources) {
        const resolved = posix.normalize(posix.join(posix.dirname(map), source));
        if (resolved.includes('node_modules')) continue;
        assert.ok(shipped.has(resolved), `${map} names ${source}, not in the package`);
      }
    }
  });
});
