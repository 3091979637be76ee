// The playground (demo/index.html, served by `npm start`): a config editor (JSON and form), presets, a live preview
// in a frame of a phone's, a tablet's or a desktop's width, the prompt's events, the last receipt verified, a
// linter, and export, import and share links. The modules in demo/playground/ each own one panel; this file wires
// them together.
import { ConfigStore, type ConfigState } from './playground/store.js';
import { ConfigEditor } from './playground/editor.js';
import { ConfigForm } from './playground/form.js';
import { EventLog } from './playground/events.js';
import { ReceiptPanel, type ReceiptLike } from './playground/receipt-panel.js';
import { LintPanel } from './playground/lint-panel.js';
import { PreviewFrame, VIEWPORTS, type Viewport } from './playground/preview.js';
import { DEFAULT_PRESET, PRESETS, isPreset, loadPreset } from './playground/presets.js';
import { renderLanguageOptions } from './playground/languages.js';
import { LAYOUTS, THEMES, type Theme } from './playground/protocol.js';
import {
  buildHash,
  decodeConfig,
  downloadText,
  encodeConfig,
  exportFileName,
  parseHash,
  type ShareSwitches,
} from './playground/share.js';
import type { ConsentLayout } from '../src/elements/consent-prompt/consent-prompt.js';

function $<T extends Element = HTMLElement>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`The playground page has no ${selector}`);
  return element;
}

const store = new ConfigStore();
const form = new ConfigForm(store, $('#form-view'));
const editor = new ConfigEditor(
  store,
  { textarea: $<HTMLTextAreaElement>('#config-text'), problems: $('#problems'), summary: $('#problem-summary') },
  form,
);
const log = new EventLog($('#event-log'));
const receipts = new ReceiptPanel($('#receipt'));
const lint = new LintPanel($('#lint'), (path) => editor.selectPath(path));
const preview = new PreviewFrame($<HTMLIFrameElement>('#preview-frame'), (type, detail, time) => {
  log.add(type, detail, time);
  if (type === 'consent-decision') receipts.setReceipt(receiptOf(detail));
  // The prompt checks itself as rendered each time it shows: its findings are the theme's lint.
  if (type === 'consent-ready') lint.setRendered([]);
  if (type === 'consent-error') {
    const problems = (detail as { problems?: unknown } | null)?.problems;
    // Only the check's own findings replace the last ones: a receipt that failed says nothing about the theme.
    const found = Array.isArray(problems) ? (problems as { code: string; path: string; message: string }[]) : [];
    if (found.some((problem) => typeof problem?.code === 'string' && problem.code.startsWith('lint-'))) {
      lint.setRendered(found);
    }
  }
});

// A playground that breaks its own CSP says so where the designer looks (the preview reports its own).
document.addEventListener('securitypolicyviolation', (event) => {
  const detail = { page: 'playground', directive: event.violatedDirective, blocked: event.blockedURI };
  log.add('csp-violation', detail, Date.now());
});

const presetSelect = $<HTMLSelectElement>('#preset');
const languageSelect = $<HTMLSelectElement>('#language');
const layoutSelect = $<HTMLSelectElement>('#layout');
const themeSelect = $<HTMLSelectElement>('#theme');
const viewportSelect = $<HTMLSelectElement>('#viewport');
const notice = $('#preview-notice');
const shareStatus = $('#share-status');
const shareUrl = $<HTMLInputElement>('#share-url');
const copyLink = $<HTMLButtonElement>('#copy-link');

function receiptOf(detail: unknown): ReceiptLike | null {
  const receipt = (detail as { receipt?: unknown } | null)?.receipt;
  if (typeof receipt !== 'object' || receipt === null) return null;
  const { jws, publicJwk } = receipt as { jws?: unknown; publicJwk?: unknown };
  return typeof jws === 'string' ? { jws, publicJwk: publicJwk ?? null } : null;
}

// ---- tabs: JSON and form ----

const tabs = { json: $('#tab-json'), form: $('#tab-form') };
const panels = { json: $('#json-view'), form: $('#form-view') };
type TabName = keyof typeof tabs;

function showTab(name: TabName, focus = false): void {
  for (const key of Object.keys(tabs) as TabName[]) {
    const selected = key === name;
    tabs[key].setAttribute('aria-selected', String(selected));
    tabs[key].tabIndex = selected ? 0 : -1;
    panels[key].hidden = !selected;
  }
  form.setVisible(name === 'form');
  if (focus) tabs[name].focus();
}

for (const [name, tab] of Object.entries(tabs) as [TabName, HTMLElement][]) {
  tab.addEventListener('click', () => showTab(name));
  tab.addEventListener('keydown', (event) => {
    const order: TabName[] = ['json', 'form'];
    const index = order.indexOf(name);
    const next: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: order.length - 1,
    };
    if (!(event.key in next)) return;
    event.preventDefault();
    showTab(order[((next[event.key] as number) + order.length) % order.length] as TabName, true);
  });
}
// The editor and the form ask for their panel before they select or focus something in it.
document.addEventListener('show-json', () => showTab('json'));
document.addEventListener('show-form', () => showTab('form'));

// ---- the config flows to every panel ----

let previewedRevision = -1;
let offeredLanguages = '';

store.addEventListener('change', () => {
  const state = store.state;
  // One panel failing must not leave the others showing another config.
  for (const panel of [form, editor]) {
    try {
      panel.update(state);
    } catch (error) {
      console.error(error);
    }
  }
  updateNotice(state);
  if (state.validRevision !== previewedRevision) {
    if (previewedRevision !== -1) log.configChanged(Date.now());
    previewedRevision = state.validRevision;
    preview.setConfig(state.lastValid);
  }
  receipts.setConfig(state.lastValid);
  lint.update(state);
  const languages = state.lastValid?.languages ?? [];
  if (languages.join() !== offeredLanguages) {
    offeredLanguages = languages.join();
    renderLanguageOptions(languageSelect, languages);
    if (languageSelect.value !== preview.settings.lang) preview.set({ lang: languageSelect.value });
  }
  if (state.origin === 'editor' || state.origin === 'form') presetSelect.value = '';
  // A preset or a link being loaded is what the address already says; these are the designer's own changes.
  if (state.origin === 'editor' || state.origin === 'form' || state.origin === 'import') onWorkChanged();
});

function updateNotice(state: ConfigState): void {
  if (state.config) {
    notice.hidden = true;
    notice.textContent = '';
    return;
  }
  const count = state.problems.length;
  notice.hidden = false;
  notice.textContent = state.lastValid
    ? `The preview shows the last valid config: fix the ${count} ${count === 1 ? 'problem' : 'problems'} in the editor to update it.`
    : 'No valid config yet: the preview stays empty until the config is valid.';
}

/** Sets the visitor's language (the config's default when it is not offered). */
function setLanguage(lang: string | undefined): void {
  languageSelect.value = lang ?? '';
  if (languageSelect.value !== (lang ?? '')) languageSelect.value = store.state.lastValid?.defaultLanguage ?? '';
  preview.set({ lang: languageSelect.value });
}

// ---- switches ----

for (const preset of PRESETS) presetSelect.append(new Option(preset.name, preset.id));

presetSelect.addEventListener('change', async () => {
  if (presetSelect.value && (await applyPreset(presetSelect.value))) onWorkChanged();
});
// A new look is checked afresh as rendered: the prompt reports again what still fails, and says nothing once the
// actions pass, so the findings of the last look are cleared here.
function onNewLook(select: HTMLSelectElement, apply: () => void): void {
  select.addEventListener('change', () => {
    lint.setRendered([]);
    apply();
    onWorkChanged();
  });
}
onNewLook(languageSelect, () => preview.set({ lang: languageSelect.value }));
onNewLook(layoutSelect, () => preview.set({ layout: layoutSelect.value as ConsentLayout }));
onNewLook(themeSelect, () => preview.set({ theme: themeSelect.value as Theme }));
onNewLook(viewportSelect, () => setViewport(viewportSelect.value as Viewport));

function setViewport(viewport: Viewport): void {
  preview.viewport = viewport;
  viewportSelect.value = viewport;
}

const fitBox = $<HTMLInputElement>('#fit');
fitBox.addEventListener('change', () => (preview.fit = fitBox.checked));
document.addEventListener('preview-resize', () => {
  const size = VIEWPORTS[preview.viewport];
  const shown = preview.scale === 1 ? '' : `, shown at ${Math.round(preview.scale * 100)} %`;
  $('#viewport-size').textContent = `${size.label}: ${size.width} × ${size.height} CSS pixels${shown}`;
});

function applySwitches(switches: ShareSwitches): void {
  if (LAYOUTS.includes(switches.layout as ConsentLayout)) layoutSelect.value = switches.layout as string;
  if (THEMES.includes(switches.theme as Theme)) themeSelect.value = switches.theme as string;
  if (switches.viewport && Object.hasOwn(VIEWPORTS, switches.viewport)) {
    viewportSelect.value = switches.viewport;
  }
  setViewport(viewportSelect.value as Viewport);
  preview.set({ layout: layoutSelect.value as ConsentLayout, theme: themeSelect.value as Theme });
}

/** True once the preset is in the editor; false when it could not be loaded (the status line says why). */
async function applyPreset(id: string): Promise<boolean> {
  try {
    store.setText(await loadPreset(id), 'preset');
    presetSelect.value = id;
    setLanguage(store.state.config?.defaultLanguage);
    return true;
  } catch (error) {
    shareStatus.textContent = error instanceof Error ? error.message : String(error);
    return false;
  }
}

$('#show-prompt').addEventListener('click', () => preview.show());
$('#forget').addEventListener('click', () => {
  preview.forget();
  // The preview's receipts are removed with its decision: the last one shown is no longer this browser's.
  receipts.clear();
});
$('#clear-log').addEventListener('click', () => log.clear());

// ---- export, import, share ----

/** The text as last typed: an edit still waiting for the pause after typing goes to the store first. */
function flushEdits(): void {
  editor.flush();
  form.flush();
}

$('#export').addEventListener('click', () => {
  flushEdits();
  const name = exportFileName(store.state.json?.value);
  downloadText(store.state.text, name, $('#share'));
  shareStatus.textContent = `Downloaded ${name}${store.state.config ? '' : ' (it still has problems)'}.`;
});

const importInput = $<HTMLInputElement>('#import-file');
importInput.addEventListener('change', async () => {
  const file = importInput.files?.[0];
  importInput.value = '';
  if (!file) return;
  // A config is at most 2 million characters; a much larger file is something else.
  if (file.size > 8_000_000) {
    shareStatus.textContent = `${file.name} is ${file.size} bytes: too large to be a consent config. Nothing was imported.`;
    return;
  }
  // file.text() would turn bytes that are not UTF-8 into U+FFFD unseen (a Latin-1 "é", a UTF-16 file): refuse
  // them instead, as share links do. A UTF-8 byte order mark is accepted and dropped.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    shareStatus.textContent = `${file.name} is not UTF-8 text: save it as UTF-8 and import it again. Nothing was imported.`;
    return;
  }
  store.setText(text, 'import');
  presetSelect.value = '';
  const state = store.state;
  if (state.config) setLanguage(state.config.defaultLanguage);
  shareStatus.textContent = state.config
    ? `Imported ${file.name}: the config is valid.`
    : `Imported ${file.name}: ${state.json ? '' : 'it is not JSON; '}${state.problems.length} ${state.problems.length === 1 ? 'problem' : 'problems'}, and the preview keeps the last valid config.`;
});

/** Counts writes of the address: an encoding that finishes after a newer change began is dropped. */
let addressRevision = 0;

/** The address of the work as it is now: the config text and the switches, in the part after #. */
async function currentAddress(): Promise<{ href: string; compressed: boolean }> {
  const value = await encodeConfig(store.state.text);
  // Read after the wait: an import or a preset sets the language just after it changes the config.
  const hash = buildHash(value, {
    lang: languageSelect.value,
    layout: layoutSelect.value,
    theme: themeSelect.value,
    viewport: viewportSelect.value,
  });
  // Joined as text: Firefox's URL drops a hash above 1 MiB without a word, which would leave the older one in place.
  return { href: addressWithoutHash() + hash, compressed: value.startsWith('z') };
}

/** Clears a link made earlier, with its status: it no longer shares what the playground shows. */
function forgetMadeLink(): void {
  if (!shareUrl.value) return;
  shareUrl.value = '';
  copyLink.disabled = true;
  shareStatus.textContent = '';
}

/**
 * The config or a switch changed. A link made before would share the older work, so it goes; and an address that
 * carries a config or a preset is rewritten to the work as it is now, so a reload never brings an older one back.
 */
function onWorkChanged(): void {
  const revision = ++addressRevision;
  forgetMadeLink();
  if (!location.hash) return;
  void currentAddress().then(({ href }) => {
    // Replaced, not pushed: each edit is not a page to go back to.
    if (revision !== addressRevision || keptInAddress(href)) return;
    tooLong(href, 'A reload will not bring this config back: download it to keep it.');
  });
}

/**
 * Browsers take addresses up to a limit and drop a longer one without a word (Firefox, above 1 MiB: the address
 * and a reload keep the page as it was; Chromium, above 2 MB, opens nothing), so a link is made only below both.
 */
const MAX_ADDRESS = 1_000_000;

/** Puts `href` in the address bar in place of the current one, when the browser takes it whole; says whether it did. */
function keptInAddress(href: string): boolean {
  if (href.length > MAX_ADDRESS) return false;
  try {
    history.replaceState(null, '', href);
  } catch {
    return false;
  }
  return location.href === href;
}

function addressWithoutHash(): string {
  const hash = location.href.indexOf('#');
  return hash === -1 ? location.href : location.href.slice(0, hash);
}

/**
 * The work is too long for an address: the older work the address holds goes (a reload must not bring it back as
 * if it were this), and the designer is told so, with `advice`.
 */
function tooLong(href: string, advice: string): void {
  history.replaceState(null, '', addressWithoutHash());
  shareStatus.textContent = `This config is too large for a link: ${href.length} characters, where browsers take about ${MAX_ADDRESS.toLocaleString('en')} at most. ${advice}`;
}

$('#make-link').addEventListener('click', async () => {
  flushEdits();
  const revision = ++addressRevision;
  const { href, compressed } = await currentAddress();
  if (revision !== addressRevision) {
    shareStatus.textContent = 'The config changed while the link was being made: make it again.';
    return;
  }
  // The address bar holds the link too, so a reload keeps the work.
  if (!keptInAddress(href)) {
    forgetMadeLink();
    tooLong(href, 'Use "Download the config" to share it as a file.');
    return;
  }
  shareUrl.value = href;
  copyLink.disabled = false;
  shareStatus.textContent = `Link made: ${href.length} characters${compressed ? ', compressed' : ''}. It holds the whole config in the part after #, which is never sent to a server.`;
});

copyLink.addEventListener('click', async () => {
  // An edit typed just before must not be left out of what is copied.
  flushEdits();
  if (!shareUrl.value) {
    shareStatus.textContent = 'The config changed after the link was made: make a new link.';
    return;
  }
  try {
    await navigator.clipboard.writeText(shareUrl.value);
    shareStatus.textContent = 'Link copied.';
  } catch {
    shareUrl.select();
    shareStatus.textContent = 'The browser did not allow copying: the link is selected, copy it with the keyboard.';
  }
});

/** Loads what a link asks for: a shared config, a preset, or the default preset. */
async function loadFromHash(hash: string): Promise<void> {
  const { config, preset, switches } = parseHash(hash);
  applySwitches(switches);
  if (config) {
    try {
      store.setText(await decodeConfig(config), 'share');
      presetSelect.value = '';
      setLanguage(switches.lang ?? store.state.config?.defaultLanguage);
      shareStatus.textContent = 'Loaded the config from the link.';
      return;
    } catch (error) {
      await applyPreset(DEFAULT_PRESET);
      shareStatus.textContent = `The link’s config could not be read (${(error as Error).message}): showing the default preset instead.`;
      return;
    }
  }
  await applyPreset(isPreset(preset) ? preset : DEFAULT_PRESET);
  // An empty `lang` is the browser's languages: it replaces the preset's default language too.
  if (switches.lang !== undefined) setLanguage(switches.lang);
}

window.addEventListener('hashchange', () => {
  forgetMadeLink();
  void loadFromHash(location.hash);
});

preview.start(new URL('./preview.html', import.meta.url));
void lint.load();
await loadFromHash(location.hash);
document.body.dataset['ready'] = 'true';
