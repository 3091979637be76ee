#!/usr/bin/env node
// Builds the examples under examples/ into their dist/ folders, as each framework's own tooling would: esbuild
// bundles them, with the framework's compiler for its component files (Vue SFCs through vue/compiler-sfc, Svelte
// components through svelte/compiler; Angular compiles its templates in the browser, JIT). The browser tests
// (test/browser/examples.test.ts) open the results.
//
//   node scripts/build-examples.mjs              every example
//   node scripts/build-examples.mjs react vue    some of them
//
// The examples import `unticked` by its package name, resolved like an installed package (package.json
// "exports", so dist/): run `npm run build` first.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { compile as compileSvelte } from 'svelte/compiler';
import { compileScript, parse as parseVue } from 'vue/compiler-sfc';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Resolves `unticked` and its subpaths as npm would for an installed copy: through package.json "exports". */
const untickedPackage = {
  name: 'unticked-package',
  setup(build) {
    build.onResolve({ filter: /^unticked(\/.*)?$/ }, ({ path }) => {
      const subpath = `.${path.slice('unticked'.length)}`;
      const target = pkg.exports[subpath];
      const file = typeof target === 'string' ? target : target?.default;
      if (!file) return { errors: [{ text: `unticked does not export ${subpath}` }] };
      const absolute = join(root, file);
      if (!existsSync(absolute)) return { errors: [{ text: `${file} is missing: run npm run build first` }] };
      return { path: absolute };
    });
  },
};

/** Vue single-file components, compiled like @vitejs/plugin-vue does (script setup with the template inlined). */
const vueFiles = (compilerOptions) => ({
  name: 'vue-sfc',
  setup(build) {
    build.onLoad({ filter: /\.vue$/ }, ({ path }) => {
      const { descriptor, errors } = parseVue(readFileSync(path, 'utf8'), { filename: path });
      if (errors.length > 0) return { errors: errors.map((error) => ({ text: String(error.message ?? error) })) };
      if (descriptor.styles.length > 0) return { errors: [{ text: 'this build does not handle <style> in SFCs' }] };
      const id = createHash('sha256').update(relative(root, path)).digest('hex').slice(0, 8);
      const script = compileScript(descriptor, {
        id,
        isProd: true,
        inlineTemplate: true,
        templateOptions: { compilerOptions },
      });
      return { contents: script.content, loader: script.lang === 'ts' ? 'ts' : 'js', resolveDir: dirname(path) };
    });
  },
});

/** Svelte 5 components (TypeScript in `<script lang="ts">` is handled by the Svelte compiler itself). */
const svelteFiles = {
  name: 'svelte',
  setup(build) {
    build.onLoad({ filter: /\.svelte$/ }, ({ path }) => {
      const { js, warnings } = compileSvelte(readFileSync(path, 'utf8'), { filename: path, generate: 'client' });
      return {
        contents: js.code,
        loader: 'js',
        resolveDir: dirname(path),
        warnings: warnings.map((warning) => ({ text: `${warning.code}: ${warning.message}` })),
      };
    });
  },
};

/** Each example: its entry module, and what its framework's build would add. */
const examples = {
  react: { entry: 'src/main.tsx' },
  vue: {
    entry: 'src/main.ts',
    plugins: [vueFiles({ isCustomElement: (tag) => tag.startsWith('consent-') })],
    define: {
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  },
  svelte: { entry: 'src/main.ts', plugins: [svelteFiles], conditions: ['svelte'] },
  // What the Angular CLI defines for a production build, except that templates compile in the browser (JIT).
  angular: { entry: 'src/main.ts', define: { ngDevMode: 'false', ngJitMode: 'true', ngI18nClosureMode: 'false' } },
  'vanilla-bundler': { entry: 'src/main.ts' },
};

if (!existsSync(join(root, 'dist/define.js'))) {
  console.error('dist/ is missing: run npm run build first (the examples import the built package)');
  process.exit(1);
}

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!(name in examples) && name !== 'server-rendered') {
    console.error(`no example named ${name}`);
    process.exit(1);
  }
}
const selected = (name) => wanted.length === 0 || wanted.includes(name);

let failed = false;
for (const [name, example] of Object.entries(examples)) {
  if (!selected(name)) continue;
  const dir = join(root, 'examples', name);
  const outdir = join(dir, 'dist');
  rmSync(outdir, { recursive: true, force: true });
  try {
    const result = await esbuild.build({
      entryPoints: [join(dir, example.entry)],
      outdir,
      bundle: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      minify: true,
      sourcemap: true,
      chunkNames: 'chunks/[name]-[hash]',
      conditions: example.conditions ?? [],
      define: { 'process.env.NODE_ENV': '"production"', ...example.define },
      plugins: [untickedPackage, ...(example.plugins ?? [])],
      logLevel: 'silent',
    });
    if (result.warnings.length > 0) {
      const text = await esbuild.formatMessages(result.warnings, { kind: 'warning' });
      throw new Error(`warnings are errors here:\n${text.join('\n')}`);
    }
    console.log(`examples/${name}/dist`);
  } catch (error) {
    failed = true;
    console.error(
      `examples/${name}: ${error.errors ? (await esbuild.formatMessages(error.errors, { kind: 'error' })).join('\n') : error.message}`,
    );
  }
}

if (selected('server-rendered')) {
  // What a server does: check the config once (at start-up or deploy, not per visitor), then render it inline.
  const { validateConfig } = await import('unticked/core');
  const { renderPage } = await import('../examples/server-rendered/render.mjs');
  const result = validateConfig(JSON.parse(readFileSync(join(root, 'test/fixtures/annual-report.json'), 'utf8')));
  if (result.valid) {
    const outdir = join(root, 'examples/server-rendered/dist');
    rmSync(outdir, { recursive: true, force: true });
    mkdirSync(outdir, { recursive: true });
    writeFileSync(join(outdir, 'index.html'), renderPage(result.config));
    console.log('examples/server-rendered/dist');
  } else {
    failed = true;
    console.error(`examples/server-rendered: ${result.problems.map((problem) => problem.message).join('\n')}`);
  }
}

process.exit(failed ? 1 : 0);
