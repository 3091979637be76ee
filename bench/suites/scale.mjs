// Issue 7 "Benchmark", scale: how the prompt's cost grows with the number of purposes (1, 10, 50, 200) and with
// 40 languages in the config, on the page-load suite's article and with its method.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shippedLocales } from '../lib/chunks.mjs';
import {
  compactRecord,
  launchPageloadChromium,
  measureLoad,
  retryOnce,
  snapshotDist,
} from '../lib/pageload-driver.mjs';
import { LIBRARIES, PURPOSES, untickedConfig, untickedPage } from '../lib/pageload-pages.mjs';
import { describe, formatKiB, medianCell, MIN_LOADS, pageLoadCount, rotate } from '../lib/pageload-stats.mjs';
import { serveStatic } from '../lib/server.mjs';
import { formatRatio } from '../lib/stats.mjs';

const PURPOSE_COUNTS = [1, 10, 50, 200];
const LANGUAGE_COUNT = 40;

const unticked = LIBRARIES.find((library) => library.id === 'unticked');

/** `count` optional purposes with distinct titles and two-sentence clauses. */
function purposes(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: i === 0 ? 'analytics' : `purpose-${i + 1}`,
    title: `Purpose ${i + 1}: measure how the site is used`,
    clause:
      `We count which pages are read and for how long for purpose ${i + 1}, without your name. ` +
      'This helps us decide what to improve next.',
  }));
}

/** The variants: purpose counts in English, then the page-load config with its text under 40 language tags. */
async function variants(distDir) {
  const shipped = [...((await shippedLocales(distDir)) ?? [])].filter((tag) => tag !== 'en');
  if (shipped.length < LANGUAGE_COUNT - 1) {
    throw new Error(`The build ships ${shipped.length + 1} languages; the scale suite needs ${LANGUAGE_COUNT}`);
  }
  const languages = ['en', ...shipped.slice(0, LANGUAGE_COUNT - 1)];
  return [
    ...PURPOSE_COUNTS.map((count) => ({
      id: `purposes-${count}`,
      label: `${count} purpose${count === 1 ? '' : 's'}, 1 language`,
      config: untickedConfig(purposes(count), ['en']),
    })),
    {
      id: 'languages-1',
      label: `${PURPOSES.length} purposes (the page-load config), 1 language`,
      config: untickedConfig(PURPOSES, ['en']),
    },
    {
      id: `languages-${LANGUAGE_COUNT}`,
      label: `${PURPOSES.length} purposes (the page-load config), ${LANGUAGE_COUNT} languages`,
      config: untickedConfig(PURPOSES, languages),
      languages,
    },
  ];
}

export default {
  name: 'scale',
  title: 'Scale (issue 7): unticked with 1 to 200 purposes and with 40 languages',

  /** @param {import('../run.mjs').BenchContext} ctx */
  async run(ctx) {
    const loads = pageLoadCount(ctx);
    const dist = snapshotDist(ctx.root);
    const list = await variants(dist.dir).catch((error) => {
      dist.remove();
      throw error;
    });
    const folder = mkdtempSync(join(tmpdir(), 'unticked-bench-scale-'));
    for (const variant of list) {
      variant.html = untickedPage(variant.config, { title: variant.label });
      variant.configBytes = Buffer.byteLength(JSON.stringify(variant.config));
      writeFileSync(join(folder, `${variant.id}.html`), variant.html);
    }
    const server = await serveStatic({ '/dist/': dist.dir, '/scale/': folder });
    const chromium = await launchPageloadChromium();
    const samples = new Map(list.map((variant) => [variant.id, []]));
    const failures = [];
    const load = (variant) =>
      measureLoad(chromium.browser, {
        origin: server.origin,
        path: `/scale/${variant.id}.html`,
        library: unticked,
        rate: 1,
      });
    try {
      ctx.log('scale: warm-up …');
      for (const variant of list) await retryOnce(() => load(variant));
      const started = performance.now();
      for (let round = 0; round < loads; round++) {
        for (const variant of rotate(list, round)) {
          try {
            samples.get(variant.id).push({ round, ...(await retryOnce(() => load(variant))) });
          } catch (error) {
            failures.push({ variant: variant.id, round, error: String(error?.message ?? error) });
          }
        }
        ctx.log(`scale: round ${round + 1}/${loads} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
      }
    } finally {
      await chromium.close();
      await server.close();
      rmSync(folder, { recursive: true, force: true });
      dist.remove();
    }

    const summaries = Object.fromEntries(
      list.map((variant) => {
        const records = samples.get(variant.id);
        const of = (pick) => describe(records.map(pick));
        return [
          variant.id,
          {
            loads: records.length,
            promptPainted: of((r) => r.promptPaintedMs),
            libraryToPaint: of((r) => r.mainThread?.windows.painted?.library.wallMs),
            libraryToPaintCpu: of((r) => r.mainThread?.windows.painted?.library.cpuMs),
            librarySettled: of((r) => r.mainThread?.windows.settled?.library.wallMs),
            blocking: of((r) => r.longTasks.blockingMs),
            cls: of((r) => r.cls),
            heap: of((r) => r.heapUsedBytes),
            toggle: of((r) => r.toggle?.clickToPaintMs),
          },
        ];
      }),
    );
    const growth = (id, metric, base) => formatRatio(summaries[id][metric].median / summaries[base][metric].median);
    const rows = (ids, base) =>
      ids.map((id) => {
        const variant = list.find((candidate) => candidate.id === id);
        const s = summaries[id];
        return [
          variant.label,
          formatKiB(variant.configBytes),
          medianCell(s.promptPainted),
          id === base ? '1.00×' : growth(id, 'promptPainted', base),
          medianCell(s.libraryToPaint),
          medianCell(s.libraryToPaintCpu),
          id === base ? '1.00×' : growth(id, 'libraryToPaint', base),
          s.blocking.median.toFixed(0),
          formatKiB(s.heap.median),
          id === base ? '1.00×' : growth(id, 'heap', base),
          medianCell(s.toggle),
        ];
      });
    const columns = (base) => [
      'config',
      'config JSON, KB',
      'prompt painted, ms',
      `× ${base}`,
      'library main-thread time until painted, ms',
      '… CPU time, ms',
      `× ${base}`,
      'total blocking time, ms',
      'JS heap after GC, KB',
      `× ${base}`,
      'toggle click → next paint, ms',
    ];
    const languageVariant = list.find((variant) => variant.languages);
    return {
      environment: { chromium: chromium.version },
      data: {
        loads,
        build: dist.bundle,
        languages: languageVariant.languages,
        configBytes: Object.fromEntries(list.map((variant) => [variant.id, variant.configBytes])),
        summaries,
        failures,
        samples: Object.fromEntries([...samples].map(([key, records]) => [key, records.map(compactRecord)])),
      },
      notes: [
        `unticked only, with the page-load suite's article, build, probe and measurements (see that section), ` +
          `1× CPU, ${loads} fresh loads per config${loads < MIN_LOADS ? ` (**fewer than the issue's ${MIN_LOADS}**)` : ''}, ` +
          `interleaved. Purposes are optional, each with a title and a two-sentence clause. The ` +
          `${LANGUAGE_COUNT}-language config is the page-load suite's config with the same English text under ` +
          `${LANGUAGE_COUNT} of the shipped language tags (${languageVariant.languages.slice(0, 6).join(', ')}, …); ` +
          `the visitor's browser asks for English. The toggle pressed is the first purpose's.`,
        failures.length
          ? `**${failures.length} loads failed** and are not counted: ${[...new Set(failures.map((f) => `${f.variant}: ${f.error}`))].slice(0, 5).join('; ')}`
          : 'Every load succeeded.',
      ],
      tables: [
        {
          title: `Purposes: median (interquartile range) of ${loads} loads`,
          columns: columns('1 purpose'),
          rows: rows(
            PURPOSE_COUNTS.map((count) => `purposes-${count}`),
            'purposes-1',
          ),
        },
        {
          title: `Languages: median (interquartile range) of ${loads} loads`,
          columns: columns('1 language'),
          rows: rows(['languages-1', `languages-${LANGUAGE_COUNT}`], 'languages-1'),
        },
      ],
    };
  },
};
