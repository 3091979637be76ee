// The playground (demo/index.html): editing the config in JSON and in the form, problems next to their fields,
// the switches, a real decision and its receipt verified and tampered with, export/import and share links.
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { setViewport } from '@web/test-runner-commands';
import { action, shadow } from './helpers.js';
import { openPlayground, sizePage, trustedClickInFrames, type Playground } from './playground-helpers.js';

describe('the playground', function () {
  this.timeout(30_000);
  let playground: Playground | undefined;

  before(sizePage);
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => {
    playground?.remove();
    playground = undefined;
  });

  it('previews an edit of a purpose title typed in the JSON, and shows it in the form', async () => {
    playground = await openPlayground();
    const { $ } = playground;
    expect(playground.previewText()).to.include('Personalised offers');
    const text = $<HTMLTextAreaElement>('#config-text').value;
    await playground.typeConfig(text.replace('"en": "Personalised offers"', '"en": "Offers picked for you"'));
    await waitUntil(() => playground!.previewText().includes('Offers picked for you'), 'the preview shows the edit');
    expect(playground.previewText()).not.to.include('Personalised offers');
    expect($('#problem-summary').textContent).to.equal('The config is valid.');
    expect($('#preview-notice').hidden).to.equal(true);

    $('#tab-form').click();
    const title = [...playground.doc.querySelectorAll<HTMLInputElement>('#form-view [data-path]')].find(
      (input) => input.dataset['path'] === 'purposes[2].title.en',
    )!;
    expect(title.value).to.equal('Offers picked for you');
    expect(title.getAttribute('lang')).to.equal('en');
    expect(playground.doc.querySelector(`label[for="${title.id}"]`)!.textContent).to.equal('Title (en)');
  });

  it('lists a problem with its path, selects its text, marks its form field, and keeps the last valid preview', async () => {
    playground = await openPlayground();
    const { $, doc } = playground;
    const text = $<HTMLTextAreaElement>('#config-text').value;
    const broken = text
      .replace('"privacy@pay.example"', '"not-an-email"')
      .replace('"en": "Personalised offers"', '"en": "Offers you will never see"');
    await playground.typeConfig(broken);

    const problem = doc.querySelector<HTMLElement>('.problem[data-path="controller.email"]')!;
    expect(problem, 'the problem names its path').to.exist;
    expect(problem.dataset['code']).to.equal('format');
    expect(problem.textContent).to.include('email address');
    expect($('#problem-summary').textContent).to.match(/^1 problem/);

    // The preview keeps the last valid config, and says so.
    const notice = $('#preview-notice');
    expect(notice.hidden).to.equal(false);
    expect(notice.textContent).to.include('the preview shows the last valid config'.replace(/^t/, 'T'));
    expect(playground.previewText()).to.include('Personalised offers');
    expect(playground.previewText()).not.to.include('Offers you will never see');

    // Choosing the problem selects the member it is about.
    problem.querySelector<HTMLButtonElement>('.problem-select')!.click();
    const textarea = $<HTMLTextAreaElement>('#config-text');
    expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).to.equal('"email": "not-an-email"');
    expect(doc.activeElement).to.equal(textarea);

    // The form view marks the field and shows the message beside it.
    problem.querySelector<HTMLButtonElement>('.link-button')!.click();
    expect($('#form-view').hidden).to.equal(false);
    const email = doc.activeElement as HTMLInputElement;
    expect(email.dataset['path']).to.equal('controller.email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = email.getAttribute('aria-describedby')!.split(' ');
    const message = describedBy.map((id) => doc.getElementById(id)?.textContent ?? '').join(' ');
    expect(message).to.include('email address');

    // Fixing it in the form writes the JSON and updates the preview.
    email.value = 'privacy@pay.example';
    email.dispatchEvent(new playground.win.Event('input', { bubbles: true }));
    await waitUntil(
      () => playground!.previewText().includes('Offers you will never see'),
      'the fix reaches the preview',
    );
    expect(textarea.value).to.include('"email": "privacy@pay.example"');
    expect(notice.hidden).to.equal(true);
    expect(email.getAttribute('aria-invalid')).to.equal('false');
  });

  it('locates a missing field at the object it belongs in, and a JSON syntax error at its line', async () => {
    playground = await openPlayground();
    const { $, doc } = playground;
    const text = $<HTMLTextAreaElement>('#config-text').value;
    await playground.typeConfig(text.replace('"phone": "+86 21 5555 0100",', ''));
    const missing = doc.querySelector<HTMLElement>('.problem[data-path="controller.phone"]')!;
    expect(missing.dataset['code']).to.equal('required');
    missing.querySelector<HTMLButtonElement>('.problem-select')!.click();
    const textarea = $<HTMLTextAreaElement>('#config-text');
    expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).to.match(/^"controller": \{[^]*\}$/);

    const lines = text.split('\n');
    await playground.typeConfig([...lines.slice(0, 3), '  "oops",', ...lines.slice(3)].join('\n'));
    const syntax = doc.querySelector<HTMLElement>('.problem[data-path=""]')!;
    expect(syntax.textContent).to.include('line 4:');
    // The form is drawn when its tab shows.
    $('#tab-form').click();
    expect($('#form-view').textContent).to.include('Fix the JSON in the JSON view');
    expect(playground.previewText()).to.include('Credit scoring by Sesame Credit');
  });

  it('switches the language to every shipped locale, zh-CN and right-to-left Arabic among them', async () => {
    playground = await openPlayground();
    const language = playground.$<HTMLSelectElement>('#language');
    const values = [...language.options].map((option) => option.value);
    expect(values).to.include.members(['en', 'zh-CN', 'zh-Hans', 'ar', 'he', 'fa', 'ur', 'de', 'ja']);
    expect(language.options.length).to.be.at.least(52);
    const arabic = [...language.options].find((option) => option.value === 'ar')!;
    expect(arabic.textContent).to.include('العربية');
    expect(arabic.lang).to.equal('ar');

    playground.choose('#language', 'zh-CN');
    const acceptAll = () => action(playground!.prompt(), 'accept-all').textContent!.trim();
    await waitUntil(() => acceptAll() === '全部接受', 'switches to Simplified Chinese', { timeout: 5000 });
    expect(playground.previewText()).to.include('由芝麻信用进行信用评分');

    playground.choose('#language', 'ar');
    const section = () => shadow(playground!.prompt()).querySelector('[part="prompt"]')!;
    await waitUntil(() => section().getAttribute('dir') === 'rtl', 'Arabic is right to left', { timeout: 5000 });
    expect(section().getAttribute('lang')).to.equal('ar');
    // The annual report has no Arabic clauses: the prompt says which language it shows them in.
    expect(shadow(playground.prompt()).querySelector('[part="language-notice"]')).to.exist;
  });

  it('switches the language after the visitor picked one in the preview’s own menu', async () => {
    playground = await openPlayground();
    const acceptAll = () => action(playground!.prompt(), 'accept-all').textContent!.trim();
    // The prompt's menu: the visitor's pick outranks a lang set later, on a page; the playground's switch still works.
    shadow(playground.prompt()).querySelector<HTMLButtonElement>('[part="language-button"]')!.click();
    await playground.prompt().updateComplete;
    shadow(playground.prompt()).querySelector<HTMLButtonElement>('[data-language="zh-CN"]')!.click();
    await waitUntil(() => acceptAll() === '全部接受', 'the menu switches to Simplified Chinese', { timeout: 5000 });
    playground.choose('#language', 'de');
    await waitUntil(() => acceptAll() === 'Alle akzeptieren', 'the playground switches to German', { timeout: 5000 });
    playground.choose('#language', 'ar');
    const section = () => shadow(playground!.prompt()).querySelector('[part="prompt"]')!;
    await waitUntil(() => section().getAttribute('dir') === 'rtl', 'and to right-to-left Arabic', { timeout: 5000 });
  });

  it('switches presets: a news site in German by default, and a health app in Arabic', async () => {
    playground = await openPlayground();
    playground.choose('#preset', 'news-site');
    await waitUntil(() => playground!.previewText().includes('Reichweitenmessung'), 'the news site in German');
    expect(playground.$<HTMLSelectElement>('#language').value).to.equal('de');
    expect(playground.$('#problem-summary').textContent).to.equal('The config is valid.');

    playground.choose('#preset', 'health-app');
    await waitUntil(() => playground!.previewText().includes('Processing your health data'), 'the health app');
    playground.choose('#language', 'ar');
    await waitUntil(() => playground!.previewText().includes('معالجة بياناتك الصحية'), 'the health app in Arabic');
    const title = shadow(playground.prompt()).querySelector('[data-purpose="health-data"] [part="purpose-title"]')!;
    expect(title.getAttribute('dir')).to.equal('rtl');
    // Sensitive data needs separate consent: "Accept all" names it as not included.
    const note = shadow(playground.prompt()).querySelector('[part="accept-all-note"]')!;
    expect(note.textContent).to.include('معالجة بياناتك الصحية');
  });

  it('switches layout, theme and viewport', async () => {
    playground = await openPlayground();
    const { $ } = playground;
    playground.choose('#layout', 'dialog');
    await waitUntil(() => shadow(playground!.prompt()).querySelector('dialog')?.open === true, 'a modal dialog');
    playground.choose('#layout', 'inline');
    await waitUntil(() => playground!.prompt().layout === 'inline', 'the inline layout');
    expect(playground.previewDoc().querySelector('#inline-slot')!.contains(playground.prompt())).to.equal(true);

    playground.choose('#theme', 'dark');
    await waitUntil(() => playground!.prompt().classList.contains('theme-dark'), 'the dark theme');
    const style = () => getComputedStyle(playground!.prompt());
    expect(style().getPropertyValue('--consent-background').trim()).to.equal('#1e1f22');
    playground.choose('#theme', 'brand');
    await waitUntil(() => playground!.prompt().classList.contains('theme-brand'), 'the brand theme');
    expect(playground.prompt().classList.contains('theme-dark')).to.equal(false);
    // The actions may still be in their colour transition: wait for the theme's colour.
    const background = (name: 'accept-all' | 'reject-all') =>
      getComputedStyle(action(playground!.prompt(), name)).backgroundColor;
    await waitUntil(() => background('accept-all') === 'rgb(138, 59, 18)', 'the brand colour on the actions');
    await waitUntil(() => background('reject-all') === 'rgb(138, 59, 18)', 'the same on every action');

    playground.choose('#viewport', 'phone');
    const frame = $<HTMLIFrameElement>('#preview-frame');
    await waitUntil(() => frame.contentWindow!.innerWidth === 375, 'the preview is 375 px wide');
    playground.choose('#viewport', 'desktop');
    await waitUntil(() => frame.contentWindow!.innerWidth === 1280, 'the preview is 1280 px wide');
    expect($('#viewport-size').textContent).to.include('1280');
  });

  it('keeps the keyboard with the purpose a form button moved, and on the next purpose after Remove', async () => {
    playground = await openPlayground();
    const { $, doc } = playground;
    $('#tab-form').click();
    const ids = () =>
      JSON.parse($<HTMLTextAreaElement>('#config-text').value).purposes.map((p: { id: string }) => p.id);
    const tool = (index: number, label: string) =>
      [...doc.querySelectorAll<HTMLButtonElement>(`[data-group="purposes[${index}]"] .purpose-tools button`)].find(
        (button) => button.textContent!.trim() === label,
      )!;
    const before = ids();
    tool(2, 'Move up').focus();
    tool(2, 'Move up').click();
    await waitUntil(() => ids()[1] === before[2], 'the purpose moved up');
    expect(doc.activeElement, 'the moved purpose keeps the keyboard').to.equal(tool(1, 'Move up'));
    tool(1, 'Move down').click();
    await waitUntil(() => ids()[2] === before[2], 'the purpose moved down');
    expect(doc.activeElement).to.equal(tool(2, 'Move down'));
    tool(1, 'Remove').focus();
    tool(1, 'Remove').click();
    await waitUntil(() => ids().length === before.length - 1, 'the purpose removed');
    expect(doc.activeElement, 'the next purpose takes the keyboard').to.equal(tool(1, 'Remove'));
  });

  it('keeps the keyboard in the editor while the designer types, in every layout', async () => {
    playground = await openPlayground();
    const { $, doc, win } = playground;
    const textarea = $<HTMLTextAreaElement>('#config-text');
    for (const layout of ['dialog', 'inline', 'banner']) {
      playground.choose('#layout', layout);
      await waitUntil(() => playground!.prompt().layout === layout, `the ${layout} layout`);
      await playground.prompt().updateComplete;
      textarea.focus();
      const scrolled = win.scrollY;
      for (const title of [`Offers ${layout} one`, `Offers ${layout} two`]) {
        const text = textarea.value.replace(
          /"en": "(?:Personalised offers|Offers [a-z]+ (?:one|two))"/,
          `"en": "${title}"`,
        );
        await playground.typeConfig(text);
        await waitUntil(() => playground!.previewText().includes(title), `the preview shows ${title}`);
        await playground.prompt().updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(doc.activeElement, `${layout}: the editor keeps the keyboard`).to.equal(textarea);
        expect(win.scrollY, `${layout}: the playground stays where it was`).to.equal(scrolled);
      }
    }
  });

  it('shows what the rendered check finds, and clears it when another layout passes', async () => {
    playground = await openPlayground();
    const { $ } = playground;
    const rendered = () => $('#lint').querySelectorAll('.lint-rendered .lint-finding').length;
    // Faint labels in the banner only: a theme that fails there and passes inline.
    const previewWindow = playground.previewDoc().defaultView as Window & typeof globalThis;
    const sheet = new previewWindow.CSSStyleSheet();
    sheet.replaceSync('consent-prompt[layout="banner"]::part(action) { color: #e0e0e0; }');
    const previewDocument = playground.previewDoc();
    previewDocument.adoptedStyleSheets = [...previewDocument.adoptedStyleSheets, sheet];
    await waitUntil(() => rendered() > 0, 'the banner’s faint labels reported', { timeout: 10_000 });
    expect($('#lint').querySelector('.lint-rendered [data-rule="lint-contrast"]')).to.not.equal(null);
    playground.choose('#layout', 'inline');
    await waitUntil(() => playground!.prompt().layout === 'inline', 'the inline layout');
    expect(rendered(), 'cleared with the new layout').to.equal(0);
    // Long enough for the check to settle and report anything it still finds.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(rendered(), 'the inline layout passes').to.equal(0);
    playground.choose('#layout', 'banner');
    await waitUntil(() => rendered() > 0, 'reported again in the banner', { timeout: 10_000 });
  });

  it('verifies the receipt of a trusted decision, and fails it when a byte is flipped', async () => {
    playground = await openPlayground();
    const { $, doc } = playground;
    playground.choose('#viewport', 'phone');
    await waitUntil(() => $<HTMLIFrameElement>('#preview-frame').contentWindow!.innerWidth === 375, 'phone');
    await trustedClickInFrames(action(playground.prompt(), 'accept-all'));

    const verdict = () => doc.querySelector<HTMLElement>('#receipt .verdict[data-valid]');
    await waitUntil(() => verdict() !== null, 'the receipt is verified', { timeout: 10_000 });
    expect(verdict()!.dataset['valid'], verdict()!.textContent!).to.equal('true');
    expect($('#receipt .receipt-header').textContent).to.include('"alg": "ES256"');
    expect($('#receipt .receipt-payload').textContent).to.include('"startedUnticked": true');
    const decision = doc.querySelector<HTMLElement>('#event-log .event[data-type="consent-decision"]')!;
    expect(decision.querySelector('.event-detail')!.textContent).to.include('"action": "accept-all"');
    expect(decision.querySelector('.event-detail')!.textContent).to.include('characters)');
    expect(decision.querySelector('details pre')!.textContent).to.include('"publicJwk"');
    expect(doc.querySelector('#event-log .event[data-type="consent-ready"]')).to.exist;

    playground.choose('#flip-part', 'signature');
    $<HTMLInputElement>('#flip-position').value = '5';
    $('#flip-byte').click();
    await waitUntil(() => verdict()?.dataset['valid'] === 'false', 'the tampered receipt fails');
    expect(verdict()!.dataset['codes']!.split(' ')).to.include('signature');
    expect($('#flip-description').textContent!.trim()).to.match(/^Flipped byte 5 of 64 in the signature: 0x/);

    $('#restore-receipt').click();
    await waitUntil(() => verdict()?.dataset['valid'] === 'true', 'the original verifies again');

    playground.choose('#flip-part', 'payload');
    $<HTMLInputElement>('#flip-position').value = '';
    $('#flip-byte').click();
    await waitUntil(() => verdict()?.dataset['valid'] === 'false', 'a flipped payload byte fails');
    expect($('#flip-description').textContent!.trim()).to.match(/^Flipped byte \d+ of \d+ in the payload/);

    // Editing a clause after the decision: the original receipt no longer matches the text on screen.
    $('#restore-receipt').click();
    await waitUntil(() => verdict()?.dataset['valid'] === 'true', 'valid again');
    const text = $<HTMLTextAreaElement>('#config-text').value;
    await playground.typeConfig(text.replace('to choose which offers', 'to pick the offers'));
    await waitUntil(() => verdict()?.dataset['codes'] === 'clause-mismatch', 'the clause digest no longer matches');
  });

  it('clears the receipt panel when the playground forgets the decision', async () => {
    playground = await openPlayground();
    const { $, doc } = playground;
    await trustedClickInFrames(action(playground.prompt(), 'accept-all'));
    const verdict = () => doc.querySelector<HTMLElement>('#receipt .verdict[data-valid]');
    await waitUntil(() => verdict()?.dataset['valid'] === 'true', 'the receipt is verified', { timeout: 10_000 });
    $('#forget').click();
    await waitUntil(() => verdict() === null, 'the receipt is gone from the panel');
    expect($('#receipt').textContent).to.include('Make a decision in the preview');
  });

  it('says a decision has no receipt when the site’s signer fails, rather than asking for a decision', async () => {
    playground = await openPlayground();
    const { $ } = playground;
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const publicJwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
    const config = JSON.parse($<HTMLTextAreaElement>('#config-text').value) as Record<string, unknown>;
    // A signer on this site that is not there: every request for a signature answers 404.
    config['signer'] = { url: '/no-such-signer/sign', jwks: { keys: [publicJwk] } };
    await playground.typeConfig(JSON.stringify(config, null, 2));
    await waitUntil(() => playground!.prompt().config?.signer !== undefined, 'the preview has the signer');
    expect($('#receipt').textContent).to.include('Make a decision in the preview');
    await trustedClickInFrames(action(playground.prompt(), 'accept-all'));
    await waitUntil(() => $('#receipt').textContent!.includes('has no receipt'), 'the panel says so', {
      timeout: 15_000,
    });
    expect($('#receipt').textContent).to.not.include('Make a decision in the preview');
  });

  it('exports the config as a file and imports it back', async () => {
    playground = await openPlayground();
    const { $, doc, win } = playground;
    const original = $<HTMLTextAreaElement>('#config-text').value;
    let link: { href: string; download: string } | undefined;
    // Keep the browser from saving a file: the test reads the download's link instead.
    doc.addEventListener(
      'click',
      (event) => {
        const target = event.target as HTMLAnchorElement;
        if (target.localName === 'a' && target.hasAttribute('download')) {
          link = { href: target.href, download: target.download };
          event.preventDefault();
        }
      },
      true,
    );
    $('#export').click();
    expect(link?.download).to.equal('annual-report.consent.json');
    // Fetched from the test page: the playground's CSP (connect-src 'self') does not allow blob: URLs.
    const exported = await (await fetch(link!.href)).text();
    expect(exported).to.equal(original);

    playground.choose('#preset', 'news-site');
    await waitUntil(() => playground!.previewText().includes('Reichweitenmessung'), 'another preset');

    const input = $<HTMLInputElement>('#import-file');
    const transfer = new win.DataTransfer();
    transfer.items.add(new win.File([exported], 'annual-report.consent.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new win.Event('change', { bubbles: true }));
    await waitUntil(() => $<HTMLTextAreaElement>('#config-text').value === original, 'the import is in the editor');
    await waitUntil(() => playground!.previewText().includes('Credit scoring by Sesame Credit'), 'and previewed');
    expect($('#share-status').textContent).to.equal('Imported annual-report.consent.json: the config is valid.');
    expect($<HTMLSelectElement>('#preset').value).to.equal('');

    // An invalid file is imported for fixing, with its problems; the preview keeps the last valid config.
    const invalid = new win.DataTransfer();
    invalid.items.add(new win.File(['{"policy": 1}'], 'broken.json', { type: 'application/json' }));
    input.files = invalid.files;
    input.dispatchEvent(new win.Event('change', { bubbles: true }));
    await waitUntil(() => $('#share-status').textContent!.startsWith('Imported broken.json:'), 'imported');
    expect($('#share-status').textContent).to.include('problems');
    expect($('#preview-notice').hidden).to.equal(false);
    expect(playground.previewText()).to.include('Credit scoring by Sesame Credit');
  });

  it('makes a compressed share link that opens the same config and switches', async () => {
    playground = await openPlayground();
    const { $ } = playground;
    const text = $<HTMLTextAreaElement>('#config-text').value;
    await playground.typeConfig(text.replace('"en": "Personalised offers"', '"en": "Shared offers"'));
    playground.choose('#layout', 'inline');
    playground.choose('#language', 'zh-CN');
    $('#make-link').click();
    await waitUntil(() => $<HTMLInputElement>('#share-url').value !== '', 'a link is made');
    const url = new URL($<HTMLInputElement>('#share-url').value);
    expect(url.pathname).to.equal('/demo/index.html');
    const params = new URLSearchParams(url.hash.slice(1));
    expect(params.get('config')!.startsWith('z'), 'deflate-raw compressed').to.equal(true);
    const plain = new TextEncoder().encode(JSON.stringify(JSON.parse(text))).length * (4 / 3);
    expect(params.get('config')!.length).to.be.lessThan(plain * 0.6);
    expect(params.get('layout')).to.equal('inline');
    expect(playground.win.location.hash).to.equal(url.hash);
    const shared = JSON.parse($<HTMLTextAreaElement>('#config-text').value);
    playground.remove();

    playground = await openPlayground(url.hash);
    expect(JSON.parse(playground.$<HTMLTextAreaElement>('#config-text').value)).to.deep.equal(shared);
    expect(playground.$<HTMLSelectElement>('#language').value).to.equal('zh-CN');
    expect(playground.$<HTMLSelectElement>('#layout').value).to.equal('inline');
    await waitUntil(() => playground!.prompt().layout === 'inline', 'the shared layout');
    expect(playground.$('#share-status').textContent).to.equal('Loaded the config from the link.');
    // The edited English title travelled; the preview shows the shared language.
    await waitUntil(() => playground!.previewText().includes('个性化优惠'), 'the shared language');
    playground.choose('#language', 'en');
    await waitUntil(() => playground!.previewText().includes('Shared offers'), 'the shared edit');
  });

  it('does not speak of a last valid config when there has been none', async () => {
    const notJson = btoa('<img src=x onerror=alert(1)> not a config')
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    playground = await openPlayground(`#config=j${notJson}`, undefined, { preview: false });
    const summary = playground.$('#problem-summary').textContent!;
    expect(summary).to.match(/^1 problem: /);
    expect(summary).to.include('there is no valid config to preview yet');
    expect(summary).to.not.include('last valid config');
  });

  it('falls back to the default preset when a share link is damaged', async () => {
    playground = await openPlayground('#config=zThisIsNotDeflate&theme=dark');
    expect(playground.$('#share-status').textContent).to.include('could not be read');
    expect(playground.$('#problem-summary').textContent).to.equal('The config is valid.');
    expect(playground.previewText()).to.include('Credit scoring by Sesame Credit');
    expect(playground.$<HTMLSelectElement>('#theme').value).to.equal('dark');
  });

  it('shows the linter when core exports lintConfig, and says it is not available otherwise', async () => {
    playground = await openPlayground();
    const core = (await import('../../src/core/index.js')) as unknown as Record<string, unknown>;
    const lint = playground.$('#lint');
    await waitUntil(() => lint.dataset['status'] !== 'loading', 'the linter panel settles');
    if (typeof core['lintConfig'] === 'function') {
      expect(lint.dataset['status']).to.equal('done');
    } else {
      expect(lint.dataset['status']).to.equal('unavailable');
      expect(lint.textContent).to.include('Linter not available');
    }
  });

  it('labels every control, has headings per panel, and causes no CSP violation', async () => {
    playground = await openPlayground();
    const { doc } = playground;
    playground.$('#tab-form').click();
    // axe runs in the test page and cannot reach into the frame: check what it would check most here.
    const controls = [...doc.querySelectorAll<HTMLElement>('input, select, textarea, button')].filter(
      (control) => !control.closest('[hidden]'),
    );
    expect(controls.length).to.be.greaterThan(40);
    const unlabelled = controls.filter((control) => {
      const labels = (control as HTMLInputElement).labels;
      const named =
        (labels && labels.length > 0 && [...labels].some((label) => label.textContent!.trim() !== '')) ||
        control.getAttribute('aria-label') ||
        control.getAttribute('aria-labelledby') ||
        (control.localName === 'button' && control.textContent!.trim() !== '');
      return !named;
    });
    expect(unlabelled.map((control) => control.outerHTML.slice(0, 80))).to.deep.equal([]);
    expect([...doc.querySelectorAll('h2')].map((heading) => heading.textContent)).to.deep.equal([
      'Config',
      'Preview',
      'Events',
      'Receipt',
    ]);
    expect(doc.querySelector('[role="tab"][aria-selected="true"]')!.id).to.equal('tab-form');
    const violations = doc.querySelectorAll('#event-log .event[data-type="csp-violation"]');
    expect([...violations].map((entry) => entry.textContent)).to.deep.equal([]);
  });

  it('survives text nested too deep for the form: every panel says it has problems, none goes stale', async () => {
    playground = await openPlayground();
    const { $, win } = playground;
    const errors: unknown[] = [];
    win.addEventListener('error', (event) => errors.push(event.error ?? event.message));
    await playground.typeConfig(`{"purposes":${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    expect($('#problem-summary').textContent).not.to.include('The config is valid');
    $('#tab-form').click();
    expect($('#form-view').textContent).to.include('The form needs a JSON object the validator can read');
    expect(errors).to.deep.equal([]);
  });

  it('draws the form for a config with more than 200 problems, and none for text too long to read', async function () {
    // Validating 2 MB of text twice (the editor, then the form) takes seconds on a busy machine.
    this.timeout(30_000);
    playground = await openPlayground();
    const { $, doc } = playground;
    const text = $<HTMLTextAreaElement>('#config-text').value;
    const config = JSON.parse(text) as { languages: string[] };
    // Every purpose misses its title, and every data category its label, in 39 more languages: far more problems
    // than the validator lists. (A clause may wait for its translation.)
    config.languages = (
      'en zh-CN de fr es it nl pt ja ko ru ar he pl sv da fi cs el ' +
      'bg hr hu lt lv mt ro sk sl et ga uk tr vi th id ms hi bn ta te'
    ).split(' ');
    await playground.typeConfig(JSON.stringify(config, null, 2));
    const capped = doc.querySelector<HTMLElement>('.problem[data-path=""]')!;
    expect(capped.dataset['code']).to.equal('too-long');
    expect(capped.textContent).to.include('more than 200 problems were found');
    $('#tab-form').click();
    expect($('#form-view').textContent).not.to.include('The form needs a JSON object');
    expect($<HTMLInputElement>('#form-view [data-path="languages"]').value).to.equal(config.languages.join(', '));
    expect($<HTMLInputElement>('#form-view [data-path="purposes[0].title.el"]').value).to.equal('');
    expect($('#form-view [data-problems-for=""]').textContent).to.include('more than 200 problems were found');

    // Text longer than any config is still refused unread, even when it is an object JSON.parse can read.
    $('#tab-json').click();
    await playground.typeConfig(text + ' '.repeat(2_000_001 - text.length));
    expect(doc.querySelector<HTMLElement>('.problem[data-path=""]')!.textContent).to.include('characters');
    $('#tab-form').click();
    expect($('#form-view').textContent).to.include('The form needs a JSON object the validator can read');
  });

  it('shows a language named like an Object property as empty in the form, and writes it as the config’s own', async () => {
    playground = await openPlayground();
    const { $, doc, win } = playground;
    $('#tab-form').click();
    const tags = ['constructor', 'toString', '__proto__'];
    const languages = $<HTMLInputElement>('#form-view [data-path="languages"]');
    languages.value = `en, zh-CN, ${tags.join(', ')}`;
    languages.dispatchEvent(new win.Event('input', { bubbles: true }));
    const field = (tag: string): HTMLInputElement => {
      const path = `purposes[0].title.${tag}`;
      const found = [...doc.querySelectorAll<HTMLInputElement>('#form-view [data-path]')].find(
        (element) => element.dataset['path'] === path,
      );
      if (!found) throw new Error(`no field ${path}`);
      return found;
    };
    // Not in the config: empty, not "undefined" or "{}" read from Object.prototype.
    for (const tag of tags) expect(field(tag).value, tag).to.equal('');

    for (const tag of tags) {
      field(tag).value = `Offers (${tag})`;
      field(tag).dispatchEvent(new win.Event('input', { bubbles: true }));
    }
    const textarea = $<HTMLTextAreaElement>('#config-text');
    await waitUntil(() => textarea.value.includes('Offers (__proto__)'), 'the form writes the JSON');
    const title = JSON.parse(textarea.value).purposes[0].title as Record<string, unknown>;
    for (const tag of tags) {
      expect(Object.hasOwn(title, tag), tag).to.equal(true);
      expect(title[tag], tag).to.equal(`Offers (${tag})`);
      expect(field(tag).value, tag).to.equal(`Offers (${tag})`);
    }
    expect(Object.getOwnPropertyNames(win.Object.prototype)).not.to.include('Offers (__proto__)');
    expect(typeof win.Object.prototype.toString).to.equal('function');
  });

  it('imports only UTF-8 files, and says so when a file is in another encoding', async () => {
    playground = await openPlayground();
    const { $, win } = playground;
    const textarea = $<HTMLTextAreaElement>('#config-text');
    const original = textarea.value;
    const input = $<HTMLInputElement>('#import-file');
    const status = $('#share-status');
    const importBytes = async (bytes: Uint8Array, name: string): Promise<string> => {
      status.textContent = '';
      const transfer = new win.DataTransfer();
      transfer.items.add(new win.File([new Uint8Array(bytes)], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new win.Event('change', { bubbles: true }));
      await waitUntil(() => status.textContent !== '', `${name} is read`);
      return status.textContent!;
    };
    const json = '{"controller": {"name": "Café Zürich"}}';
    // Latin-1: one byte per character, so "é" is 0xE9, which UTF-8 never has on its own.
    const latin1 = Uint8Array.from(json, (char) => char.charCodeAt(0));
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...json].flatMap((char) => [char.charCodeAt(0), 0])]);
    for (const [bytes, name] of [
      [latin1, 'latin1.json'],
      [utf16, 'utf16.json'],
    ] as const) {
      expect(await importBytes(bytes, name)).to.equal(
        `${name} is not UTF-8 text: save it as UTF-8 and import it again. Nothing was imported.`,
      );
      expect(textarea.value, name).to.equal(original);
    }

    // UTF-8 with a byte order mark, as editors on Windows save it, is imported.
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(original)]);
    expect(await importBytes(bom, 'bom.json')).to.equal('Imported bom.json: the config is valid.');
    expect(textarea.value).to.equal(original);
  });

  it('marks where the config changed in the event log, and shares the edit typed just before', async () => {
    playground = await openPlayground();
    const { $, doc } = playground;
    const before = doc.querySelectorAll('#event-log .event').length;
    expect(before).to.be.greaterThan(0);
    await playground.typeConfig(
      $<HTMLTextAreaElement>('#config-text').value.replace('Example Pay Ltd.', 'Example Pay Global Ltd.'),
    );
    await waitUntil(() => doc.querySelector('#event-log .event-separator') !== null, 'a line between configs');
    // Typed, and the link made at once: before the editor's pause after typing has passed.
    const textarea = $<HTMLTextAreaElement>('#config-text');
    textarea.value = textarea.value.replace('Example Pay Global Ltd.', 'Example Pay Worldwide Ltd.');
    textarea.dispatchEvent(new playground.win.Event('input', { bubbles: true }));
    $('#make-link').click();
    await waitUntil(() => $<HTMLInputElement>('#share-url').value.includes('#'), 'a share link');
    const { parseHash, decodeConfig } = await import('../../demo/playground/share.js');
    const hash = parseHash(new URL($<HTMLInputElement>('#share-url').value).hash);
    expect(await decodeConfig(hash.config!)).to.include('Example Pay Worldwide Ltd.');
  });
});
