// Issue 7 "Bytes": what the script-tag build and the npm entry points cost a visitor, split into what every first
// visit downloads and what loads only when needed, and which module contributes which bytes to the main bundle.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readBudgets, checkBudgets } from '../lib/budgets.mjs';
import { analyzeScriptTag, chunkGraph, shippedLocales, splitLoads } from '../lib/chunks.mjs';
import { addSizes, sizesOf } from '../lib/compress.mjs';
import { bytesPerSource, codeWithout, groupOf, sourceRanges, UNMAPPED } from '../lib/sourcemap.mjs';
import { formatInt, formatKB, formatPercent, median } from '../lib/stats.mjs';

const ESM_ENTRIES = ['dist/index.js', 'dist/core/index.js', 'dist/define.js'];
const LANGUAGES = ['en', 'zh-Hans'];
const RESOLVE = { browser: true, exportConditions: ['production', 'browser', 'default'] };

const sizeCells = (sizes) => [formatInt(sizes.raw), formatInt(sizes.gzip), formatInt(sizes.brotli)];
const budgetCell = (actual, limit) =>
  limit === undefined || limit === null
    ? 'no budget'
    : `${formatInt(limit)} ${actual <= limit ? 'ok' : `**over by ${formatInt(actual - limit)}**`}`;

/**
 * The script-tag build again, in memory: the first-visit files (the entry and its static imports), each with its
 * code, source map and the rendered length of every module in it.
 */
async function rebuildScriptTag(root) {
  const { default: exported } = await import(pathToFileURL(join(root, 'rollup.config.mjs')).href);
  const configs = Array.isArray(exported) ? exported : [exported];
  const config = configs.find(
    (candidate) => candidate.input && typeof candidate.input === 'object' && 'unticked.min' in candidate.input,
  );
  if (!config) throw new Error('rollup.config.mjs has no build with the input "unticked.min"');
  const modules = new Map();
  const record = {
    name: 'bench-record-modules',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        modules.set(
          file.fileName,
          Object.entries(file.modules).map(([id, info]) => ({
            source: relative(root, id.replace(/^\0/, '')),
            renderedLength: info.renderedLength,
            originalLength: info.originalLength,
          })),
        );
      }
    },
  };
  const bundle = await rollup({ ...config, plugins: [...config.plugins, record], onwarn: () => {} });
  try {
    const { output } = await bundle.generate(config.output);
    const chunks = new Map(output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
    const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
    const files = [];
    const visit = (fileName) => {
      if (files.some((file) => file.fileName === fileName)) return;
      const chunk = chunks.get(fileName);
      files.push({ fileName, code: chunk.code, map: chunk.map, modules: modules.get(fileName) ?? [] });
      chunk.imports.forEach(visit);
    };
    visit(entry.fileName);
    return files;
  } finally {
    await bundle.close();
  }
}

/**
 * Which module and which package ship how many bytes in the first-visit files; compressed cost per package. Falls
 * back to dist/ on disk (source maps only, no rendered lengths) when the sources do not build right now.
 */
async function moduleBytes(root, baseFiles, log) {
  let files;
  let rebuildError = null;
  try {
    files = await rebuildScriptTag(root);
  } catch (error) {
    rebuildError = String(error?.message ?? error).split('\n')[0];
    log(`bytes: rebuilding in memory failed (${rebuildError}); attributing dist/ through its source maps only`);
    files = baseFiles.map((fileName) => {
      const file = join(root, 'dist', fileName);
      const code = readFileSync(file, 'utf8');
      return { fileName, code, map: JSON.parse(readFileSync(`${file}.map`, 'utf8')), modules: [] };
    });
  }
  const mapped = files.map((file) => ({
    ...file,
    ranges: sourceRanges(file.code, file.map, join(root, 'dist'), root),
  }));
  const minified = new Map();
  for (const file of mapped) {
    for (const [source, bytes] of bytesPerSource(file.code, file.ranges)) {
      minified.set(source, (minified.get(source) ?? 0) + bytes);
    }
  }
  const rendered = new Map(files.flatMap((file) => file.modules).map((module) => [module.source, module]));
  const total = files.reduce((sum, file) => sum + Buffer.byteLength(file.code, 'utf8'), 0);
  const modules = [...new Set([...minified.keys(), ...rendered.keys()])]
    .map((source) => ({
      source,
      group: groupKey(source),
      minifiedBytes: minified.get(source) ?? 0,
      renderedLength: rendered.get(source)?.renderedLength ?? null,
      originalLength: rendered.get(source)?.originalLength ?? null,
    }))
    .sort((a, b) => b.minifiedBytes - a.minifiedBytes || (b.renderedLength ?? 0) - (a.renderedLength ?? 0));

  // Compression is not additive: a group's cost is what the compressed files would lose without its bytes.
  const whole = files.map((file) => sizesOf(file.code));
  const groups = [...new Set(modules.map((module) => module.group))].map((group) => {
    const without = mapped.map((file) => sizesOf(codeWithout(file.code, file.ranges, (s) => groupKey(s) === group)));
    const saved = (key) => whole.reduce((sum, sizes, i) => sum + sizes[key] - without[i][key], 0);
    return {
      group,
      minifiedBytes: modules
        .filter((module) => module.group === group)
        .reduce((sum, module) => sum + module.minifiedBytes, 0),
      marginalGzip: saved('gzip'),
      marginalBrotli: saved('brotli'),
    };
  });
  groups.sort((a, b) => b.minifiedBytes - a.minifiedBytes);
  return {
    files: files.map((file) => file.fileName),
    total,
    sizes: addSizes(whole),
    modules,
    groups,
    rebuildError,
  };
}

const groupKey = (source) => (source === UNMAPPED ? UNMAPPED : groupOf(source));

/** One npm entry point bundled as an application's bundler would: node-resolve and terser, every dependency in. */
async function bundleEntry(root, entry, locales) {
  const warnings = [];
  const bundle = await rollup({
    input: join(root, entry),
    plugins: [nodeResolve(RESOLVE)],
    onwarn: (warning) => warnings.push(warning.code ?? warning.message),
  });
  try {
    const { output } = await bundle.generate({
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      plugins: [terser({ ecma: 2022, module: true, format: { comments: false } })],
    });
    const chunks = output.filter((file) => file.type === 'chunk');
    const files = new Map(chunks.map((chunk) => [chunk.fileName, chunk.code]));
    const names = new Map(chunks.map((chunk) => [chunk.fileName, chunk.name]));
    const entryFile = chunks.find((chunk) => chunk.isEntry).fileName;
    const graph = chunkGraph(entryFile, files, (file) => names.get(file), locales);
    // The import parser must see what rollup knows it wrote; it is what reads the script-tag build on disk.
    for (const chunk of chunks) {
      const parsed = graph.get(chunk.fileName);
      const same = (a, b) => [...new Set(a)].sort().join() === [...new Set(b)].sort().join();
      if (parsed && (!same(parsed.imports, chunk.imports) || !same(parsed.dynamicImports, chunk.dynamicImports))) {
        throw new Error(`Import parser disagrees with rollup on ${chunk.fileName} of ${entry}`);
      }
    }
    const loads = splitLoads(graph, entryFile);
    return { entry, chunks: chunks.length, warnings: [...new Set(warnings)], loads };
  } finally {
    await bundle.close();
  }
}

const lazySummary = (loads) => ({
  count: loads.lazy.length,
  brotli: loads.lazyTotal.sizes.brotli,
  largest: loads.lazy.reduce((max, part) => (max && max.sizes.brotli >= part.sizes.brotli ? max : part), undefined),
});

export default {
  name: 'bytes',
  title: 'Bytes (issue 7): what a visitor downloads',

  /** @param {import('../run.mjs').BenchContext} ctx */
  async run(ctx) {
    const dist = join(ctx.root, 'dist');
    const budgets = readBudgets(join(ctx.root, 'bench', 'budgets.json'));
    ctx.log('bytes: script-tag build …');
    const scriptTag = await analyzeScriptTag(dist);
    const checks = checkBudgets(scriptTag, budgets, dist);
    const limitOf = (part) => checks.find((check) => check.check === part)?.limit;
    const firstLimit = budgets.firstVisit.maxBrotliBytes;
    ctx.log('bytes: bytes per module (rollup in memory) …');
    const perModule = await moduleBytes(ctx.root, scriptTag.base.files, ctx.log);
    ctx.log('bytes: npm entry points bundled (rollup in memory) …');
    const locales = await shippedLocales(dist);
    const esm = [];
    for (const entry of ESM_ENTRIES) esm.push(await bundleEntry(ctx.root, entry, locales));

    // First visit: every language, to name the worst; the table shows English, zh-Hans and the worst.
    const visits = (scriptTag.locales ? [...scriptTag.locales] : ['en']).map((language) =>
      scriptTag.firstVisit(language),
    );
    const worst = visits.reduce((max, visit) => (visit.sizes.brotli > max.sizes.brotli ? visit : max));
    const shown = [...LANGUAGES.map((language) => scriptTag.firstVisit(language))];
    if (!LANGUAGES.includes(worst.language)) shown.push(worst);
    const visitRows = shown.map((visit) => [
      visit.language === worst.language && !LANGUAGES.includes(visit.language)
        ? `${visit.language} (largest of ${visits.length} languages)`
        : visit.language,
      visit.files.join(' + ') + (visit.localeFile ? '' : ' (locale bundled)'),
      ...sizeCells(visit.sizes),
      budgetCell(visit.sizes.brotli, firstLimit),
    ]);
    // What every visit that shows the prompt downloads without any interaction (the rendered check loads after the
    // first paint), and what a visitor has downloaded once they decide.
    const extraVisits = [
      ['en, once the prompt has painted', ['rendered-check']],
      ['en, after the first decision', ['rendered-check', 'receipt-issuer', 'stored-value']],
    ];
    for (const [label, parts] of extraVisits) {
      const visit = scriptTag.visitWith('en', parts);
      if (visit)
        visitRows.push([`${label} (+ ${parts.join(', ')})`, visit.files.join(' + '), ...sizeCells(visit.sizes), '']);
    }

    // Classic scripts for the page's <head> (Google Consent Mode's defaults), loaded only by pages that use them.
    for (const check of checks.filter((candidate) => candidate.group === 'head')) {
      visitRows.push([
        `${check.check} (a <head> script, only with Google Consent Mode)`,
        check.check,
        ...sizeCells(check.sizes),
        budgetCell(check.actual, check.limit),
      ]);
    }

    const lazyLocales = scriptTag.lazy.filter((part) => part.kind === 'locale');
    const otherLazy = scriptTag.lazy.filter((part) => part.kind !== 'locale');
    const localeBrotli = lazyLocales.map((part) => part.sizes.brotli);
    const lazyRows = otherLazy.map((part) => [
      part.kind === 'other' ? part.part : `${part.part} (${part.kind})`,
      part.files.join(' + '),
      ...sizeCells(part.sizes),
      budgetCell(part.sizes.brotli, limitOf(part.part)),
    ]);
    if (lazyLocales.length > 0) {
      const over = lazyLocales.filter((part) => !checks.find((check) => check.check === part.part)?.ok).length;
      lazyRows.push([
        `${lazyLocales.length} locales, one loaded per visitor`,
        'unticked-<locale>-<hash>.min.js',
        `${formatInt(Math.min(...lazyLocales.map((p) => p.sizes.raw)))}–${formatInt(Math.max(...lazyLocales.map((p) => p.sizes.raw)))}`,
        `${formatInt(Math.min(...lazyLocales.map((p) => p.sizes.gzip)))}–${formatInt(Math.max(...lazyLocales.map((p) => p.sizes.gzip)))}`,
        `${formatInt(Math.min(...localeBrotli))}–${formatInt(Math.max(...localeBrotli))} (median ${formatInt(median(localeBrotli))})`,
        over === 0 ? 'each within its budget' : `**${over} over budget**`,
      ]);
    }

    const tables = [
      {
        title: 'First visit, script-tag build',
        columns: [
          'language',
          'files',
          'raw',
          'gzip -9',
          'brotli 11',
          `brotli budget (held at ${formatKB(firstLimit)} KB; the issue's target is ${formatKB(budgets.firstVisit.targetBrotliBytes ?? firstLimit)} KB)`,
        ],
        align: ['l', 'l', 'r', 'r', 'r', 'l'],
        rows: visitRows,
        note: 'Bytes; each file compressed on its own, as a server sends it. English is bundled into the main file.',
      },
      {
        title: 'Loaded later, script-tag build',
        columns: ['part', 'files', 'raw', 'gzip -9', 'brotli 11', 'brotli budget'],
        align: ['l', 'l', 'r', 'r', 'r', 'l'],
        rows: lazyRows,
      },
      {
        title: `Per locale chunk (${lazyLocales.length})`,
        collapsed: true,
        columns: ['locale', 'file', 'raw', 'gzip -9', 'brotli 11', 'brotli budget'],
        align: ['l', 'l', 'r', 'r', 'r', 'l'],
        rows: lazyLocales.map((part) => [
          part.name,
          part.root,
          ...sizeCells(part.sizes),
          budgetCell(part.sizes.brotli, limitOf(part.part)),
        ]),
      },
      {
        title: `Where the first-visit bytes come from (${perModule.files.join(' + ')}), by package`,
        columns: ['package or folder', 'minified bytes', 'share', 'gzip bytes it adds', 'brotli bytes it adds'],
        rows: perModule.groups.map((group) => [
          group.group,
          formatInt(group.minifiedBytes),
          formatPercent(group.minifiedBytes, perModule.total),
          formatInt(group.marginalGzip),
          formatInt(group.marginalBrotli),
        ]),
        note:
          `Total ${formatInt(perModule.total)} bytes minified, ${formatInt(perModule.sizes.gzip)} gzip, ` +
          `${formatInt(perModule.sizes.brotli)} brotli. Minified bytes are attributed through the source map; ` +
          '"adds" is how much smaller the compressed file would be without that package (compression is not additive, ' +
          'so these do not sum to the total).',
      },
      {
        title: 'The same, by module',
        columns: ['module', 'minified bytes', 'share', 'before minifying (rollup renderedLength)', 'original source'],
        rows: perModule.modules.map((module) => [
          module.source,
          formatInt(module.minifiedBytes),
          formatPercent(module.minifiedBytes, perModule.total),
          module.renderedLength === null ? '' : formatInt(module.renderedLength),
          module.originalLength === null ? '' : formatInt(module.originalLength),
        ]),
      },
      {
        title:
          'npm entry points, bundled as an application would (rollup + node-resolve + terser, dependencies included)',
        columns: [
          'entry',
          'first load raw',
          'gzip -9',
          'brotli 11',
          '+ zh-Hans locale, brotli',
          'lazy parts',
          'lazy total, brotli',
          'largest lazy part, brotli',
        ],
        rows: esm.map(({ entry, loads }) => {
          const lazy = lazySummary(loads);
          const zh = loads.firstVisit('zh-Hans');
          return [
            entry,
            ...sizeCells(loads.base.sizes),
            zh.localeFile ? formatInt(zh.sizes.brotli) : '–',
            String(lazy.count),
            formatInt(lazy.brotli),
            lazy.largest ? `${formatInt(lazy.largest.sizes.brotli)} (${lazy.largest.part})` : '–',
          ];
        }),
        note:
          'First load: the entry chunk and its static imports; lazy parts are dynamic imports (locales, receipts, popovers). ' +
          '`dist/index.js` keeps every export, since no application code picks from it.',
      },
    ];

    const notes = [];
    if (scriptTag.unreferenced.length > 0) {
      notes.push(
        `dist/ holds ${scriptTag.unreferenced.length} script-tag chunk(s) that nothing imports, left from an earlier ` +
          `build (rollup does not empty dist/): ${scriptTag.unreferenced.join(', ')}. They are not counted.`,
      );
    }
    if (perModule.rebuildError) {
      notes.push(
        `The sources did not build in memory (${perModule.rebuildError}), so the per-module figures come from ` +
          "dist/ and its source maps, without rollup's rendered lengths.",
      );
    } else if (perModule.total !== scriptTag.base.sizes.raw) {
      notes.push(
        `The first-visit files in dist/ (${formatInt(scriptTag.base.sizes.raw)} bytes) differ from a fresh build of ` +
          `the current sources (${formatInt(perModule.total)} bytes): the sources changed during the run, or dist/ is stale.`,
      );
    }

    const serializeLoads = (loads) => ({
      base: loads.base,
      firstVisit: Object.fromEntries(LANGUAGES.map((language) => [language, loads.firstVisit(language)])),
      lazy: loads.lazy,
      lazyTotal: loads.lazyTotal,
    });
    return {
      notes,
      tables,
      data: {
        scriptTag: {
          chunks: [...scriptTag.chunks.values()],
          ...serializeLoads(scriptTag),
          firstVisitAllLanguages: Object.fromEntries(visits.map((visit) => [visit.language, visit.sizes])),
          unreferenced: scriptTag.unreferenced,
        },
        budgets: checks.map(({ files: _files, ...check }) => check),
        perModule,
        esm: esm.map(({ entry, chunks, warnings, loads }) => ({ entry, chunks, warnings, ...serializeLoads(loads) })),
      },
    };
  },
};
