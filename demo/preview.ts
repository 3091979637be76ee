// The preview frame (demo/preview.html): one <consent-prompt> on a stand-in page. The playground sends it only
// configs that passed validation, with the layout, language and theme; every event of the prompt goes back to the
// playground's log. Opened on its own, it shows the annual report preset.
import '../src/define.js';
import type { ConsentPrompt } from '../src/elements/consent-prompt/consent-prompt.js';
import {
  FORWARDED_EVENTS,
  MESSAGE_TAG,
  THEMES,
  isOurMessage,
  type FromPreview,
  type PreviewState,
  type ToPreview,
} from './playground/protocol.js';

let prompt = document.querySelector<ConsentPrompt>('#prompt')!;
const inlineSlot = document.querySelector<HTMLElement>('#inline-slot')!;
const emptyNote = document.querySelector<HTMLElement>('#preview-empty')!;
const playground = window.parent !== window ? window.parent : null;

/** The config the prompt shows, as JSON: the prompt is given a new config only when it really changed. */
let shownConfig: string | undefined;
/** The playground's language last applied (`null`: none, the browser's). */
let shownLang: string | null = null;
/**
 * Whether the visitor picked a language in the prompt's own menu. That pick outranks a `lang` set later
 * (docs/languages.md), so a language then chosen in the playground is shown by a fresh prompt.
 */
let menuPicked = false;

function watchMenu(element: ConsentPrompt): void {
  element.addEventListener('click', (event) => {
    const picked = event
      .composedPath()
      .some(
        (node) =>
          node instanceof HTMLElement && node.getAttribute('role') === 'menuitemradio' && node.dataset['language'],
      );
    if (picked) menuPicked = true;
  });
}
watchMenu(prompt);

/** A new prompt in place of the old, with its layout, storage and theme: as a new visitor would see it. */
function replacePrompt(): void {
  const next = document.createElement('consent-prompt') as ConsentPrompt;
  next.id = prompt.id;
  next.className = prompt.className;
  next.setAttribute('storage', prompt.getAttribute('storage') ?? 'memory');
  next.layout = prompt.layout;
  prompt.replaceWith(next);
  prompt = next;
  watchMenu(prompt);
  menuPicked = false;
  shownConfig = undefined;
}

function post(message: FromPreview): void {
  playground?.postMessage(message, location.origin);
}

/** Event details are plain data; anything that cannot be cloned is sent as its JSON. */
function cloneable(detail: unknown): unknown {
  try {
    return structuredClone(detail);
  } catch {
    return JSON.parse(JSON.stringify(detail ?? null)) as unknown;
  }
}

for (const type of FORWARDED_EVENTS) {
  document.addEventListener(type, (event) => {
    post({ tag: MESSAGE_TAG, kind: 'event', type, detail: cloneable((event as CustomEvent).detail), time: Date.now() });
  });
}
// A playground that breaks its own CSP should say so where the designer looks.
document.addEventListener('securitypolicyviolation', (event) => {
  const detail = { page: 'preview', directive: event.violatedDirective, blocked: event.blockedURI };
  post({ tag: MESSAGE_TAG, kind: 'event', type: 'csp-violation', detail, time: Date.now() });
});

async function apply(state: PreviewState): Promise<void> {
  const lang = state.lang || null;
  if (lang !== shownLang && menuPicked) replacePrompt();
  shownLang = lang;
  for (const theme of THEMES) prompt.classList.toggle(`theme-${theme}`, theme === state.theme);
  document.documentElement.dataset['theme'] = state.theme;

  // The inline layout sits in the page flow; banner and dialog overlay the viewport.
  const home = state.layout === 'inline' ? inlineSlot : document.body;
  if (prompt.parentElement !== home) home.append(prompt);
  const layoutChanged = prompt.layout !== state.layout;
  prompt.layout = state.layout;

  if (state.lang) prompt.lang = state.lang;
  else prompt.removeAttribute('lang');

  const json = JSON.stringify(state.config);
  emptyNote.hidden = state.config !== null;
  // Shown again only where it is not showing: show() brings an inline prompt into view with the keyboard, and the
  // designer is typing in the editor.
  if (json !== shownConfig) {
    shownConfig = json;
    prompt.config = state.config;
    if (!prompt.open) prompt.show();
  } else if (layoutChanged && !prompt.open) {
    prompt.show();
  }
  await prompt.updateComplete;
  post({ tag: MESSAGE_TAG, kind: 'applied', revision: state.revision });
}

if (playground) {
  window.addEventListener('message', (event) => {
    if (!isOurMessage(event, playground)) return;
    const message = event.data as ToPreview;
    if (message.kind === 'state') void apply(message.state);
    else if (message.kind === 'show') prompt.show();
    else if (message.kind === 'forget') void prompt.forget();
  });
  post({ tag: MESSAGE_TAG, kind: 'hello' });
} else {
  document.querySelector<HTMLElement>('#preview-standalone')!.hidden = false;
  prompt.src = new URL('./presets/annual-report.json', import.meta.url).href;
}
