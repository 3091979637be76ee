// The demo page: an annual spending report with the prompt in each layout and a live log of its events.
import '../src/define.js';
import type { ConsentPrompt } from '../src/elements/consent-prompt/consent-prompt.js';
import { SHIPPED_LOCALES } from '../src/locales/index.js';

const prompt = document.querySelector<ConsentPrompt>('#prompt')!;
const log = document.querySelector<HTMLOListElement>('#event-log')!;
const layoutSelect = document.querySelector<HTMLSelectElement>('#layout')!;
const languageSelect = document.querySelector<HTMLSelectElement>('#language')!;
const inlineSlot = document.querySelector<HTMLElement>('#inline-slot')!;

// The seed scenario has clause text in English and Simplified Chinese; every shipped locale of the prompt's own
// words can be previewed too (clauses then show in English, with the notice that says so).
for (const tag of SHIPPED_LOCALES) {
  if (tag === 'en' || tag === 'zh-Hans') continue;
  const option = document.createElement('option');
  option.value = tag;
  option.lang = tag;
  option.textContent = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  languageSelect.append(option);
}

for (const type of ['consent-ready', 'consent-toggle', 'consent-decision', 'consent-error'] as const) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const title = document.createElement('strong');
    title.textContent = `${new Date().toLocaleTimeString()} ${type}`;
    const detail = document.createElement('pre');
    detail.textContent = JSON.stringify(event.detail, null, 2);
    item.append(title, detail);
    log.prepend(item);
  });
}

document.querySelector('#clear-log')!.addEventListener('click', () => log.replaceChildren());

layoutSelect.addEventListener('change', () => {
  const layout = layoutSelect.value as ConsentPrompt['layout'];
  // The inline layout sits in the article; banner and dialog overlay the page.
  if (layout === 'inline') inlineSlot.append(prompt);
  else document.body.append(prompt);
  prompt.layout = layout;
  prompt.show();
});

languageSelect.addEventListener('change', () => {
  prompt.lang = languageSelect.value;
});

document.querySelector('#reopen')!.addEventListener('click', () => prompt.show());
