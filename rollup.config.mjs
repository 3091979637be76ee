// Two builds from the same sources:
// (a) the npm ESM output: one file per module, declarations, dependencies left as bare imports;
// (b) the script-tag build: dist/unticked.min.js plus sibling chunks it loads relative to import.meta.url
//     (other locales, later receipts and popovers), everything bundled, no bare imports, nothing from another origin.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { compileLitTemplates } from '@lit-labs/compiler';
import { minifyLitCss } from './scripts/minify-lit-css.mjs';
import { collapseTemplateWhitespace } from './scripts/collapse-template-whitespace.mjs';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

// In the script-tag build, Lit templates are prepared at build time (@lit-labs/compiler): the browser gets each
// template's HTML with its parts already found, instead of scanning every template string the first time it
// renders. About a seventh less main-thread time before the prompt paints at 4x CPU throttling, for about 0.5 KB
// brotli. Not in the npm build: compiled templates use lit-html's private parts, safe only with the lit bundled
// beside them, not with whichever lit an application resolves. The compiler brings its own TypeScript 5.9, whose
// syntax kinds are those of 6.0.
const litTransformers = { before: [collapseTemplateWhitespace(), compileLitTemplates()] };

/** @type {import('rollup').RollupOptions} */
const npmBuild = {
  input: {
    index: 'src/index.ts',
    define: 'src/define.ts',
    'core/index': 'src/core/index.ts',
    // Types only (JSX for React 19): an empty module at run time.
    react: 'src/react.ts',
  },
  external: isDependency,
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
    entryFileNames: '[name].js',
  },
  plugins: [
    typescript({
      tsconfig: './tsconfig.build.json',
      outDir: 'dist',
      declaration: true,
      declarationDir: 'dist',
      noEmitOnError: true,
      // Indentation between block-level tags of Lit templates (scripts/collapse-template-whitespace.mjs).
      transformers: { before: [collapseTemplateWhitespace()] },
    }),
    minifyLitCss(),
  ],
};

/** @type {import('rollup').RollupOptions} */
const scriptTagBuild = {
  input: { 'unticked.min': 'src/bundle.ts' },
  // Lazy chunks import what they share with the entry from the entry itself, so the page's one script tag fetches
  // one file before the prompt can render, not a 258-byte entry and then a second request for the rest.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'unticked-[name]-[hash].min.js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production', 'browser', 'default'] }),
    typescript({
      tsconfig: './tsconfig.build.json',
      outDir: 'dist',
      declaration: false,
      declarationMap: false,
      noEmitOnError: true,
      transformers: litTransformers,
    }),
    minifyLitCss(),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 3 },
      // V8's explicit compile hint: compile every function of the file eagerly, on a background thread while it
      // streams in, instead of lazily on the main thread the first time each is called (a third less main-thread
      // time before the prompt paints, in the page-load bench). Other engines read a comment. Terser shifts the
      // source map for it.
      format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
    }),
  ],
};

// (c) dist/consent-mode-default.js: a tiny classic script (IIFE) for the top of <head>, run before any Google tag.
/** @type {import('rollup').RollupOptions} */
const consentModeDefault = {
  input: 'src/consent-mode-default.ts',
  output: { file: 'dist/consent-mode-default.js', format: 'iife', sourcemap: true },
  plugins: [
    typescript({
      tsconfig: './tsconfig.build.json',
      outDir: 'dist',
      declaration: false,
      declarationMap: false,
      noEmitOnError: true,
    }),
    terser({ format: { comments: false } }),
  ],
};

export default [npmBuild, scriptTagBuild, consentModeDefault];
