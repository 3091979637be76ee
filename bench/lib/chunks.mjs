// Which chunk is which, and what a visitor downloads. Works on any set of ES module files that import each other
// by relative path: the script-tag build on disk (dist/unticked*.min.js) or a bundle rollup produced in memory.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addSizes, sizesOf } from './compress.mjs';

// Minified ES modules: `import{a as b}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`, `import("./x.js")`.
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{][^"'`;]*?from\s*)?["'](\.\.?\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.\.?\/[^"']+)["']\s*\)/g;

/** The relative files a module imports statically and dynamically, without `./`. */
export function importsOf(code) {
  const clean = (specifier) => specifier.replace(/^\.\//, '');
  return {
    imports: [...new Set([...code.matchAll(STATIC_IMPORT)].map((match) => clean(match[1])))],
    dynamicImports: [...new Set([...code.matchAll(DYNAMIC_IMPORT)].map((match) => clean(match[1])))],
  };
}

/**
 * What a chunk is, from its rollup name: `en`, `zh-Hans` → a locale; `receipt-issuer` → receipts;
 * `floating-ui.dom` → popovers; anything else is other code (shared, or a feature loaded on demand).
 */
export function classify(name, locales, isEntry) {
  if (isEntry) return { kind: 'entry', part: 'main' };
  if (locales.has(name)) return { kind: 'locale', part: `locale:${name}` };
  if (name.includes('receipt')) return { kind: 'receipts', part: name };
  if (name.includes('floating-ui') || name.includes('popover')) return { kind: 'popovers', part: name };
  return { kind: 'other', part: name };
}

/** The locales the package ships, read from the build; a tag-shaped name is a locale if the build cannot be read. */
export async function shippedLocales(distDir) {
  const file = join(distDir, 'locales', 'index.js');
  if (existsSync(file)) {
    const { SHIPPED_LOCALES } = await import(pathToFileURL(file).href);
    if (Array.isArray(SHIPPED_LOCALES)) return new Set(SHIPPED_LOCALES);
  }
  return undefined;
}

/**
 * @typedef {object} Chunk
 * @property {string} fileName
 * @property {string} name       rollup's chunk name, without hash and suffix
 * @property {string} kind       entry | locale | receipts | popovers | other
 * @property {string} part       a stable key for budgets: main, locale:de, receipt-issuer, …
 * @property {string[]} imports  static imports
 * @property {string[]} dynamicImports
 * @property {import('./compress.mjs').Sizes} sizes
 */

/**
 * Builds the chunk graph from an entry file. `files` maps a file name to its code; `nameOf` gives rollup's name
 * for a file. Only files reachable from the entry are included.
 */
export function chunkGraph(entry, files, nameOf, locales) {
  /** @type {Map<string, Chunk>} */
  const chunks = new Map();
  const queue = [entry];
  while (queue.length > 0) {
    const fileName = queue.shift();
    if (chunks.has(fileName)) continue;
    const code = files.get(fileName);
    if (code === undefined) throw new Error(`${fileName} is imported but does not exist`);
    const { imports, dynamicImports } = importsOf(code);
    const name = nameOf(fileName);
    const tagShaped = locales ?? new Set(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(name) ? [name] : []);
    chunks.set(fileName, {
      fileName,
      name,
      ...classify(name, tagShaped, fileName === entry),
      imports,
      dynamicImports,
      sizes: sizesOf(code),
    });
    queue.push(...imports, ...dynamicImports);
  }
  return chunks;
}

/** A chunk and everything it imports statically, transitively. */
export function staticClosure(chunks, start) {
  const seen = new Set();
  const visit = (fileName) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(start);
  return seen;
}

/**
 * Splits a chunk graph into what every first visit downloads and what loads later.
 *
 * - `base`: the entry and its static imports.
 * - `firstVisit(language)`: base plus that language's locale chunk (and its static imports); English may be bundled.
 * - `lazy`: every dynamically imported chunk outside base, each with the static imports it adds.
 * - `lazyTotal`: every file outside base, once.
 */
export function splitLoads(chunks, entry) {
  const base = staticClosure(chunks, entry);
  const sizesOfFiles = (files) => addSizes([...files].map((file) => chunks.get(file).sizes));
  const dynamicRoots = new Set();
  for (const chunk of chunks.values()) for (const file of chunk.dynamicImports) dynamicRoots.add(file);
  const lazy = [...dynamicRoots]
    .filter((file) => !base.has(file))
    .map((file) => {
      const files = [...staticClosure(chunks, file)].filter((other) => !base.has(other));
      const chunk = chunks.get(file);
      return { part: chunk.part, kind: chunk.kind, name: chunk.name, root: file, files, sizes: sizesOfFiles(files) };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  // Shared chunks count once here, though several lazy parts may import them.
  const lazyFiles = new Set(lazy.flatMap((part) => part.files));
  const localeRoot = (language) => lazy.find((part) => part.kind === 'locale' && part.name === language);
  return {
    base: { files: [...base], sizes: sizesOfFiles(base) },
    lazy,
    lazyTotal: { files: [...lazyFiles], sizes: sizesOfFiles(lazyFiles) },
    /** What a visitor in `language` downloads before the prompt can paint. */
    firstVisit(language) {
      const locale = localeRoot(language);
      const files = new Set([...base, ...(locale?.files ?? [])]);
      return { language, files: [...files], localeFile: locale?.root ?? null, sizes: sizesOfFiles(files) };
    },
    /** The first visit plus the named lazy parts (`receipt-issuer`, …), each file once; null if one is missing. */
    visitWith(language, partNames) {
      const parts = partNames.map((name) => lazy.find((part) => part.part === name));
      if (parts.some((part) => !part)) return null;
      const files = new Set([...this.firstVisit(language).files, ...parts.flatMap((part) => part.files)]);
      return { language, parts: partNames, files: [...files], sizes: sizesOfFiles(files) };
    },
  };
}

/** rollup's `chunkFileNames: 'unticked-[name]-[hash].min.js'` → the name. */
export function scriptTagChunkName(fileName) {
  if (fileName === 'unticked.min.js') return 'unticked';
  const match = /^unticked-(.+)-[A-Za-z0-9_-]{8}\.min\.js$/.exec(fileName);
  return match ? match[1] : fileName;
}

/**
 * The script-tag build as it is on disk: chunk graph from dist/unticked.min.js, the first-visit and lazy split,
 * and any dist/unticked-*.min.js that nothing imports (left over from an earlier build; rollup does not clean dist).
 */
export async function analyzeScriptTag(distDir) {
  const entry = 'unticked.min.js';
  const names = readdirSync(distDir).filter((file) => /^unticked.*\.min\.js$/.test(file));
  const files = new Map(names.map((file) => [file, readFileSync(join(distDir, file), 'utf8')]));
  const locales = await shippedLocales(distDir);
  const chunks = chunkGraph(entry, files, scriptTagChunkName, locales);
  const unreferenced = names.filter((file) => !chunks.has(file)).sort();
  return { entry, chunks, locales, unreferenced, ...splitLoads(chunks, entry) };
}
