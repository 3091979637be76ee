// The getting-started examples under examples/, built by scripts/build-examples.mjs, each opened as the page a
// visitor would get. In every framework: the config reaches the prompt as a property (never a stringified
// attribute), the visitor's own clicks decide, the app's state follows the typed events (consent-decision now,
// consent-ready on the next visit), and the footer's <consent-preferences> reopens the prompt, where one click
// withdraws. The server-rendered page gets its config from inline JSON instead.
import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { setViewport } from '@web/test-runner-commands';
import type { ConsentPreferences } from '../../src/elements/consent-preferences/consent-preferences.js';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { annualReport } from './helpers.js';
import { trustedClickInFrames } from './playground-helpers.js';
import { renderPage } from '../../examples/server-rendered/render.mjs';

const VIEWPORT = { width: 1100, height: 900 } as const;

interface ExamplePage {
  readonly frame: HTMLIFrameElement;
  readonly doc: Document;
  prompt(): ConsentPrompt;
  preferences(): ConsentPreferences;
  status(): string;
}

async function openExample(path: string): Promise<ExamplePage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${VIEWPORT.width - 40}px`;
  frame.style.height = `${VIEWPORT.height - 40}px`;
  frame.style.border = '0';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const find = <T extends Element>(selector: string): T => {
    const element = doc.querySelector<T>(selector);
    if (!element) throw new Error(`no ${selector} in ${path}`);
    return element;
  };
  const page: ExamplePage = {
    frame,
    doc,
    prompt: () => find<ConsentPrompt>('consent-prompt'),
    preferences: () => find<ConsentPreferences>('footer consent-preferences'),
    status: () => doc.querySelector('#status')?.textContent?.trim() ?? '',
  };
  await waitUntil(
    () => doc.querySelector<ConsentPrompt>('consent-prompt')?.config,
    `${path} gives the prompt its config (are the examples built? node scripts/build-examples.mjs)`,
    { timeout: 10_000 },
  );
  await page.prompt().updateComplete;
  return page;
}

function inPrompt<T extends Element>(prompt: ConsentPrompt, selector: string): T {
  const element = prompt.shadowRoot!.querySelector<T>(selector);
  if (!element) throw new Error(`no ${selector} in the prompt`);
  return element;
}

const EXAMPLES = [
  { name: 'React 19', path: '/examples/react/index.html', config: 'property' },
  { name: 'Vue 3', path: '/examples/vue/index.html', config: 'property' },
  { name: 'Svelte 5', path: '/examples/svelte/index.html', config: 'property' },
  { name: 'Angular', path: '/examples/angular/index.html', config: 'property' },
  { name: 'npm with a bundler', path: '/examples/vanilla-bundler/index.html', config: 'property' },
  { name: 'a server-rendered page', path: '/examples/server-rendered/dist/index.html', config: 'inline JSON' },
] as const;

describe('examples/', function () {
  this.timeout(30_000);
  before(() => setViewport({ ...VIEWPORT }));
  after(() => setViewport({ width: 800, height: 600 }));
  // Also after a failure, so the next example's frame starts at the top of the test page.
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  // consent-decision waits for the receipt: the first one creates IndexedDB and the device key, slow under load.
  for (const example of EXAMPLES) {
    it(`${example.name}: config as ${example.config}; the app follows decisions, remembered ones and withdrawals`, async () => {
      let page = await openExample(example.path);
      let prompt = page.prompt();
      expect(prompt.hasAttribute('config'), 'no stringified config attribute').to.equal(false);
      const inlineJson = prompt.querySelector(':scope > script[type="application/json"]');
      expect(inlineJson !== null, 'an inline JSON child').to.equal(example.config === 'inline JSON');
      expect(JSON.parse(JSON.stringify(prompt.config))).to.deep.equal(await annualReport());
      expect(prompt.layout).to.equal('banner');
      expect(prompt.open).to.equal(true);
      expect(page.status()).to.equal('offers granted: no');

      const offers = inPrompt<HTMLInputElement>(prompt, 'input[data-purpose="offers"]');
      expect(offers.checked, 'starts unticked').to.equal(false);
      await trustedClickInFrames(offers);
      await waitUntil(() => offers.checked, 'the visitor ticked offers');
      await trustedClickInFrames(inPrompt(prompt, 'button[data-action="save"]'));
      await waitUntil(() => page.status() === 'offers granted: yes', 'the app shows the grant', { timeout: 10_000 });
      expect(prompt.open, 'the banner closed after the decision').to.equal(false);
      expect(prompt.decision('offers')).to.equal(true);
      expect(prompt.decision('credit-scoring')).to.equal(false);

      // The next visit: the decision is remembered, the banner stays closed, and consent-ready tells the app.
      page.frame.remove();
      page = await openExample(example.path);
      prompt = page.prompt();
      await waitUntil(() => page.status() === 'offers granted: yes', 'the app shows the remembered grant', {
        timeout: 10_000,
      });
      expect(prompt.open, 'a returning visitor is not asked again').to.equal(false);

      await trustedClickInFrames(page.preferences().shadowRoot!.querySelector('button')!);
      await waitUntil(() => prompt.open, '<consent-preferences> in the footer reopened the prompt');
      await prompt.updateComplete;
      await trustedClickInFrames(inPrompt(prompt, 'button[data-withdraw="offers"]'));
      await waitUntil(() => page.status() === 'offers granted: no', 'the app shows the withdrawal', {
        timeout: 10_000,
      });
      expect(prompt.decision('offers')).to.equal(false);
    });
  }

  it('a server-rendered page: config text that looks like markup stays text, and ends no element', async () => {
    const config = JSON.parse(JSON.stringify(await annualReport())) as {
      purposes: { id: string; clause: Record<string, string> }[];
    };
    const markup = '</script><script type="module" src="/examples/missing.js"></script><!-- <script> & -->';
    const offers = config.purposes.find((purpose) => purpose.id === 'offers')!;
    offers.clause['en'] = `We choose offers for you. ${markup}`;
    const parsed = new DOMParser().parseFromString(renderPage(config), 'text/html');
    expect([...parsed.scripts].map((script) => script.type)).to.deep.equal(['module', 'module', 'application/json']);
    const rendered = parsed.querySelector('consent-prompt')!;
    expect(rendered.children.length, 'the JSON is the only child').to.equal(1);
    expect(JSON.parse(rendered.children[0]!.textContent!)).to.deep.equal(config);

    // The same markup upgraded on this page: the prompt reads the JSON and shows the clause as written.
    const prompt = document.importNode(rendered, true) as ConsentPrompt;
    prompt.layout = 'inline';
    const ready = oneEvent(prompt, 'consent-ready');
    document.body.append(prompt);
    try {
      await ready;
      await prompt.updateComplete;
      expect(prompt.shadowRoot!.textContent).to.include(markup);
    } finally {
      prompt.remove();
    }
  });
});
