// The pages the page-load suites open: one plain article, the same for every library, with the same consent
// content (one necessary purpose and three optional ones, each with a two-sentence clause), configured in each
// library's own way. `writePageloadPages` writes them to bench/pages/pageload-*.html (and each peer's config script
// beside it), so that they can also be opened by hand; edit them here, not there.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const POLICY_URL = 'https://news.example/privacy';

export const HEADING = 'Your choices about your data';
export const INTRO =
  'We ask before we use your data for anything beyond running this site. Choose purpose by purpose: nothing ' +
  'optional is on until you turn it on.';

/** The consent content every library shows. English only; `clause` is the text the visitor agrees to. */
export const PURPOSES = [
  {
    id: 'essential',
    necessary: true,
    title: 'Keep the site working',
    clause:
      'We store your session and security settings so that pages load and forms work. Without this the site ' +
      'cannot be used.',
  },
  {
    id: 'analytics',
    title: 'Measure our audience',
    clause:
      'We count which articles are read and for how long, without your name. This helps us decide what to ' +
      'write next.',
  },
  {
    id: 'recommendations',
    title: 'Recommend articles',
    clause:
      'We use the articles you read on this device to suggest others you may like. The list stays on our ' +
      'servers for six months.',
  },
  {
    id: 'advertising',
    title: 'Show relevant adverts',
    clause:
      'Our advertising partner uses your reading history to choose the adverts you see here. It receives an ' +
      'identifier for this browser, never your name.',
  },
];

// The article: plain text, no images or fonts, so that nothing but the library varies between pages.
const ARTICLE = `<header>
      <p class="kicker">Science</p>
      <h1>How a river learns its way to the sea</h1>
      <p class="byline">By A. Writer · 7 minutes to read</p>
    </header>
    <p>
      Every river begins as an argument between water and ground. Rain falls on a hillside, and the water looks for
      the fastest way down; the soil, the rock and the roots of plants decide how much of that wish they will grant.
      Over years the argument settles into a channel, and the channel into a valley.
    </p>
    <p>
      Geologists have long known that rivers do not simply follow the lowest path. A river carves its own bed, and in
      carving it changes the slope it follows. Where the ground is soft it cuts quickly and deepens; where the ground
      is hard it spreads out, slows, and drops the sand and gravel it was carrying.
    </p>
    <h2>Meanders and memory</h2>
    <p>
      The loops of a lowland river, its meanders, are the clearest record of this. Water on the outside of a bend
      runs faster and eats into the bank; water on the inside runs slower and builds a bar of sediment. The bend
      grows, migrates downstream, and one day, in a flood, the river cuts across its neck and leaves an oxbow lake
      behind.
    </p>
    <p>
      Maps made a century apart show how far a river can wander. Towns built on a river's bank have found
      themselves a mile from it; borders drawn along a river's course have become lines through dry fields. The
      river forgets its old path, but the land remembers it in its soils and its shapes.
    </p>
    <h2>What engineers learned</h2>
    <p>
      For much of the last two hundred years engineers tried to hold rivers still: straightening bends, lining banks
      with stone, and building levees to keep floods in the channel. The rivers ran faster and the floods downstream
      grew worse, because water that once spread over meadows now arrived all at once.
    </p>
    <p>
      Many cities now give some of that room back. Old meanders are reconnected, levees are moved away from the
      banks, and low fields are allowed to flood in winter. The river slows, drops its sediment where it used to,
      and the towns downstream see lower peaks.
    </p>
    <h2>Reading the landscape</h2>
    <p>
      Once you know what to look for, the history of a river is written all around it: terraces where an older,
      higher floodplain was left stranded, lines of trees marking a channel that dried up, and villages that sit on
      the only ground the floods never reached. The sea is the end of the argument, and every river is still having
      it.
    </p>
    <p>
      Next week: why some rivers split into many channels before they reach the coast, and what that means for the
      cities built on their deltas.
    </p>`;

const STYLE = `body { margin: 0; font: 17px/1.6 system-ui, sans-serif; color: #1b1b1b; background: #fff; }
      main { max-width: 40rem; margin: 0 auto; padding: 2rem 1rem 12rem; }
      h1 { font-size: 2rem; line-height: 1.2; margin: 0.25rem 0; }
      .kicker, .byline { color: #555; margin: 0; }`;

/**
 * The libraries, each with its page, the scripts it runs (which is what main-thread time is attributed to), where
 * its prompt is, how to reach its per-purpose toggles, and what to click.
 *
 * `prompt` (the element whose paint is timed; it must also show HEADING), `openSettings` (clicked first when the first
 * screen has no per-purpose switch), `settings` (the view that opens), `toggle` (what the mouse presses) and
 * `toggleInput` (the checkbox that must go from unticked to ticked) are selector paths: one selector per step, a step
 * into an element's open shadow root between them (`['consent-prompt', '[part=prompt]']`).
 */
export const LIBRARIES = [
  {
    id: 'unticked',
    label: 'unticked',
    package: null,
    scripts: ['/dist/unticked'],
    prompt: ['consent-prompt', '[part=prompt]'],
    // The first screen has a toggle per purpose.
    openSettings: null,
    toggle: ['consent-prompt', 'input[part=toggle][data-purpose=analytics]'],
    toggleInput: ['consent-prompt', 'input[part=toggle][data-purpose=analytics]'],
  },
  {
    id: 'cookieconsent',
    label: 'vanilla-cookieconsent',
    package: 'vanilla-cookieconsent',
    scripts: ['/node_modules/vanilla-cookieconsent/', '/bench/pageload-cookieconsent.js'],
    prompt: ['#cc-main .cm'],
    openSettings: ['#cc-main .cm [data-role=show]'],
    settings: ['#cc-main .pm'],
    // The visible switch of the checkbox (the input itself is visually hidden).
    toggle: ['#cc-main .pm .section__toggle-wrapper:has(input[value=analytics]) .toggle__icon'],
    toggleInput: ['#cc-main .pm input[value=analytics]'],
  },
  {
    id: 'orejime',
    label: 'Orejime',
    package: 'orejime',
    scripts: ['/node_modules/orejime/', '/bench/pageload-orejime.js'],
    prompt: ['.orejime-Banner'],
    openSettings: ['.orejime-Banner-learnMoreButton'],
    settings: ['.orejime-Modal'],
    toggle: ['.orejime-Modal #orejime-purpose-analytics'],
    toggleInput: ['.orejime-Modal #orejime-purpose-analytics'],
  },
  {
    id: 'klaro',
    label: 'Klaro',
    package: 'klaro',
    scripts: ['/node_modules/klaro/', '/bench/pageload-klaro.js'],
    prompt: ['.klaro .cookie-notice'],
    openSettings: ['.klaro .cookie-notice .cn-learn-more'],
    settings: ['.klaro .cookie-modal .cm-modal'],
    toggle: ['.klaro .cookie-modal label[for=service-item-analytics] .slider'],
    toggleInput: ['.klaro .cookie-modal #service-item-analytics'],
  },
];

/** The article page with no consent library at all: the baseline that the others are compared with. */
/**
 * Not a peer: the same banner as a bare Lit element with its words from i18next (bench/floor/floor-prompt.js), the
 * least any prompt built on this stack can cost. Shown beside the others; the targets compare with peers only.
 */
export const FLOOR = {
  id: 'floor',
  label: 'lit + i18next floor',
  reference: true,
  package: null,
  scripts: ['/bench/pageload-floor.js'],
  prompt: ['floor-prompt', '[part=prompt]'],
  openSettings: null,
  toggle: ['floor-prompt', 'input[data-purpose=analytics]'],
  toggleInput: ['floor-prompt', 'input[data-purpose=analytics]'],
};

export const BASELINE = { id: 'none', label: 'article only (no library)', package: null, scripts: [] };

const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** JSON safe inside a <script> element (see docs/getting-started.md). */
export const inlineJson = (value, space) =>
  JSON.stringify(value, null, space).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e').replaceAll('&', '\\u0026');

function page({ title, head = '', bodyStart = '' }) {
  return `<!doctype html>
<!-- Generated by bench/lib/pageload-pages.mjs for the page-load benchmark: edit it there. -->
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <style>
      ${STYLE}
    </style>${head}
  </head>
  <body>${bodyStart}
    <main>
    ${ARTICLE}
    </main>
  </body>
</html>
`;
}

/**
 * An unticked config for `purposes` ({ id, necessary?, title, clause } in English) with the same text under every
 * tag in `languages`.
 */
export function untickedConfig(purposes = PURPOSES, languages = ['en']) {
  const each = (text) => Object.fromEntries(languages.map((language) => [language, text]));
  return {
    policy: { id: 'bench-article', version: '2026-01-01', url: POLICY_URL },
    controller: {
      name: 'Example News Ltd.',
      contact: 'Data Protection Officer',
      email: 'privacy@news.example',
      phone: '+44 20 5550 0100',
      address: { street: '1 Example Street', locality: 'London', country: 'GB' },
    },
    jurisdiction: 'GB',
    languages,
    defaultLanguage: languages[0],
    purposes: purposes.map((purpose) => ({
      id: purpose.id,
      ...(purpose.necessary ? { necessary: true } : {}),
      title: each(purpose.title),
      clause: each(purpose.clause),
    })),
  };
}

/**
 * The unticked page: the script-tag build (a module script, so it runs after parsing, like the peers' deferred
 * scripts) and the config as the element's inline JSON child. `storage="memory"`: every load is a first visit.
 */
export function untickedPage(config = untickedConfig(), { title = 'unticked' } = {}) {
  return page({
    title: `${title}: page-load benchmark`,
    head: '\n    <script type="module" src="/dist/unticked.min.js"></script>',
    bodyStart: `
    <consent-prompt layout="banner" storage="memory">
      <script type="application/json">${inlineJson(config)}</script>
    </consent-prompt>`,
  });
}

const optional = PURPOSES.filter((purpose) => !purpose.necessary);
const necessary = PURPOSES.find((purpose) => purpose.necessary);

// Each peer's config, in the peer's own vocabulary: the same heading, intro, purposes and clause text, a banner
// first and the per-purpose toggles one click away (the peers' first screens have no toggles). Defaults elsewhere.
const cookieconsentConfig = {
  // vanilla-cookieconsent shows nothing to automated browsers unless told otherwise.
  hideFromBots: false,
  guiOptions: {
    consentModal: { layout: 'bar', position: 'bottom' },
    preferencesModal: { layout: 'box' },
  },
  categories: Object.fromEntries(
    PURPOSES.map((purpose) => [purpose.id, purpose.necessary ? { enabled: true, readOnly: true } : {}]),
  ),
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: HEADING,
          description: INTRO,
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Choose purpose by purpose',
        },
        preferencesModal: {
          title: HEADING,
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save my choices',
          closeIconLabel: 'Close',
          sections: [
            { title: HEADING, description: `${INTRO} <a href="${POLICY_URL}">Privacy policy</a>` },
            ...[necessary, ...optional].map((purpose) => ({
              title: purpose.title,
              description: purpose.clause,
              linkedCategory: purpose.id,
            })),
          ],
        },
      },
    },
  },
};

const orejimeConfig = {
  privacyPolicyUrl: POLICY_URL,
  purposes: PURPOSES.map((purpose) => ({
    id: purpose.id,
    title: purpose.title,
    description: purpose.clause,
    cookies: [],
    ...(purpose.necessary ? { isMandatory: true } : {}),
  })),
  translations: {
    banner: { title: HEADING, description: INTRO },
    modal: { title: HEADING, description: INTRO },
  },
};

const klaroConfig = {
  version: 1,
  elementID: 'klaro',
  lang: 'en',
  styling: { theme: ['light', 'bottom', 'wide'] },
  groupByPurpose: false,
  showNoticeTitle: true,
  storageMethod: 'cookie',
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  translations: {
    en: {
      privacyPolicyUrl: POLICY_URL,
      consentNotice: { title: HEADING, description: INTRO },
      consentModal: { title: HEADING, description: INTRO },
      ...Object.fromEntries(
        PURPOSES.map((purpose) => [purpose.id, { title: purpose.title, description: purpose.clause }]),
      ),
      purposes: Object.fromEntries(PURPOSES.map((purpose) => [purpose.id, { title: purpose.title }])),
    },
  },
  services: PURPOSES.map((purpose) => ({
    name: purpose.id,
    purposes: [purpose.id],
    cookies: [],
    ...(purpose.necessary ? { required: true } : {}),
  })),
};

const configScript = (statement) =>
  `// Generated by bench/lib/pageload-pages.mjs for the page-load benchmark: edit it there.\n${statement}\n`;

/** Every page: file name (in bench/pages/) → contents. */
export function pageloadPages() {
  // Scripts are deferred: they run after parsing, in order, as unticked's module script does.
  const deferred = (src) => `\n    <script defer src="${src}"></script>`;
  const stylesheet = (href) => `\n    <link rel="stylesheet" href="${href}" />`;
  return {
    'pageload-none.html': page({ title: 'Article only: page-load benchmark' }),
    'pageload-unticked.html': untickedPage(),
    'pageload-cookieconsent.html': page({
      title: 'vanilla-cookieconsent: page-load benchmark',
      head:
        stylesheet('/node_modules/vanilla-cookieconsent/dist/cookieconsent.css') +
        deferred('/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js') +
        deferred('/bench/pageload-cookieconsent.js'),
    }),
    'pageload-cookieconsent.js': configScript(
      `window.CookieConsent.run(${JSON.stringify(cookieconsentConfig, null, 2)});`,
    ),
    'pageload-orejime.html': page({
      title: 'Orejime: page-load benchmark',
      head:
        stylesheet('/node_modules/orejime/dist/orejime-standard.css') +
        deferred('/bench/pageload-orejime.js') +
        deferred('/node_modules/orejime/dist/orejime-standard-en.js'),
    }),
    'pageload-orejime.js': configScript(`window.orejimeConfig = ${JSON.stringify(orejimeConfig, null, 2)};`),
    'pageload-klaro.html': page({
      title: 'Klaro: page-load benchmark',
      head: deferred('/bench/pageload-klaro.js') + deferred('/node_modules/klaro/dist/klaro.js'),
    }),
    'pageload-klaro.js': configScript(`window.klaroConfig = ${JSON.stringify(klaroConfig, null, 2)};`),
    'pageload-floor.html': page({
      title: 'lit + i18next floor: page-load benchmark',
      head: '\n    <script type="module" src="/bench/pageload-floor.js"></script>',
      bodyStart: `
    <floor-prompt>
      <script type="application/json">${inlineJson({ ...untickedConfig(), intro: INTRO })}</script>
    </floor-prompt>`,
    }),
  };
}

/** The floor element bundled as a site would ship it: lit and i18next included, minified, ES2022. */
async function floorBundle() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(import.meta.dirname, '..', 'floor', 'floor-prompt.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production', 'browser'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * Writes the pages into `dir` where they differ, formatted by Prettier with the repository's settings (so that
 * `npm run lint` passes on them); returns the names written.
 */
export async function writePageloadPages(dir) {
  const prettier = await import('prettier');
  const written = [];
  // Minified code is not formatted (.prettierignore skips it).
  const floor = join(dir, 'pageload-floor.js');
  const floorCode = await floorBundle();
  if (!existsSync(floor) || readFileSync(floor, 'utf8') !== floorCode) {
    writeFileSync(floor, floorCode);
    written.push('pageload-floor.js');
  }
  for (const [name, contents] of Object.entries(pageloadPages())) {
    const file = join(dir, name);
    const options = (await prettier.resolveConfig(file)) ?? {};
    const formatted = await prettier.format(contents, { ...options, filepath: file });
    if (existsSync(file) && readFileSync(file, 'utf8') === formatted) continue;
    writeFileSync(file, formatted);
    written.push(name);
  }
  return written;
}
