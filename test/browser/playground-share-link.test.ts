// A share link made in the playground describes the config and switches of that moment. After any later change the
// link is gone (no stale link to copy) and the address follows the work, so a reload never brings back an older
// config.
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { setViewport } from '@web/test-runner-commands';
import { decodeConfig, parseHash } from '../../demo/playground/share.js';
import { openPlayground, sizePage, type Playground } from './playground-helpers.js';

describe('playground share link after a change', function () {
  this.timeout(30_000);
  let playground: Playground | undefined;

  before(sizePage);
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => {
    playground?.remove();
    playground = undefined;
  });

  async function makeLink(p: Playground): Promise<string> {
    p.$('#make-link').click();
    await waitUntil(() => p.$('#share-status').textContent!.startsWith('Link made'), 'a link is made');
    expect(p.$<HTMLButtonElement>('#copy-link').disabled).to.equal(false);
    const link = p.$<HTMLInputElement>('#share-url').value;
    expect(p.win.location.href).to.equal(link);
    return link;
  }

  function expectNoLink(p: Playground, what: string): void {
    expect(p.$<HTMLInputElement>('#share-url').value, what).to.equal('');
    expect(p.$<HTMLButtonElement>('#copy-link').disabled, what).to.equal(true);
    expect(p.$('#share-status').textContent, what).to.equal('');
  }

  /** What a reload would load: the address's config and switches. */
  async function addressHolds(p: Playground): Promise<{ text: string; switches: Record<string, string> }> {
    const { config, switches } = parseHash(p.win.location.hash);
    return { text: config ? await decodeConfig(config) : '', switches: switches as Record<string, string> };
  }

  it('drops the link after an edit, and a reload keeps the edit', async () => {
    playground = await openPlayground();
    const p = playground;
    const historyLength = p.win.history.length;
    const link = await makeLink(p);

    const text = p.$<HTMLTextAreaElement>('#config-text').value;
    await p.typeConfig(text.replace('"en": "Personalised offers"', '"en": "Offers edited after the link"'));
    expectNoLink(p, 'after an edit');
    await waitUntil(() => p.win.location.href !== link, 'the address follows the edit');
    expect((await addressHolds(p)).text).to.include('Offers edited after the link');
    expect(p.win.history.length, 'no new history entry').to.equal(historyLength);

    const reloaded = p.win.location.hash;
    playground.remove();
    playground = await openPlayground(reloaded);
    expect(playground.$<HTMLTextAreaElement>('#config-text').value).to.include('Offers edited after the link');
  });

  for (const [selector, value] of [
    ['#layout', 'inline'],
    ['#theme', 'dark'],
    ['#language', 'zh-CN'],
    ['#viewport', 'phone'],
  ] as const) {
    it(`drops the link when ${selector} changes, and the address keeps the new ${selector.slice(1)}`, async () => {
      playground = await openPlayground();
      const p = playground;
      const link = await makeLink(p);
      p.choose(selector, value);
      expectNoLink(p, `after ${selector}`);
      await waitUntil(() => p.win.location.href !== link, 'the address follows the switch');
      const name = selector === '#language' ? 'lang' : selector.slice(1);
      expect((await addressHolds(p)).switches[name]).to.equal(value);
    });
  }

  it('keeps the choice of the browser’s languages in a link, after a reload, and with a preset', async () => {
    // The news site's default language is German: a link that lost the empty choice would open in German.
    playground = await openPlayground('#preset=news-site');
    let p = playground;
    expect(p.$<HTMLSelectElement>('#language').value).to.equal('de');
    p.choose('#language', '');
    const link = await makeLink(p);
    expect(new URLSearchParams(new URL(link).hash.slice(1)).get('lang')).to.equal('');
    playground.remove();

    playground = await openPlayground(new URL(link).hash);
    p = playground;
    expect(p.$('#share-status').textContent).to.equal('Loaded the config from the link.');
    expect(p.$<HTMLSelectElement>('#language').value).to.equal('');
    expect(p.prompt().hasAttribute('lang'), 'the prompt follows the browser').to.equal(false);
    // An edit rewrites the address; a reload of it still has the browser's languages.
    const text = p.$<HTMLTextAreaElement>('#config-text').value;
    await p.typeConfig(text.replace('"de": "Reichweitenmessung"', '"de": "Reichweite"'));
    await waitUntil(() => p.win.location.hash !== new URL(link).hash, 'the address follows the edit');
    expect((await addressHolds(p)).switches['lang']).to.equal('');
    const reloaded = p.win.location.hash;
    playground.remove();

    playground = await openPlayground(reloaded);
    expect(playground.$<HTMLSelectElement>('#language').value).to.equal('');
    expect(playground.$<HTMLTextAreaElement>('#config-text').value).to.include('"de": "Reichweite"');
    playground.remove();

    playground = await openPlayground('#preset=news-site&lang=');
    expect(playground.$<HTMLSelectElement>('#language').value).to.equal('');
    expect(playground.prompt().hasAttribute('lang')).to.equal(false);
  });

  it('drops the link when another preset is chosen, and a reload shows that preset', async () => {
    playground = await openPlayground();
    const p = playground;
    const link = await makeLink(p);
    p.choose('#preset', 'news-site');
    await waitUntil(() => p.$<HTMLInputElement>('#share-url').value === '', 'the link is dropped');
    expectNoLink(p, 'after a preset');
    await waitUntil(() => p.win.location.href !== link, 'the address follows the preset');
    const { text } = await addressHolds(p);
    expect(JSON.parse(text)).to.deep.equal(JSON.parse(p.$<HTMLTextAreaElement>('#config-text').value));
    expect(text).not.to.equal(await decodeConfig(parseHash(new URL(link).hash).config!));
  });

  it('copies nothing stale when an edit was typed just before Copy', async () => {
    playground = await openPlayground();
    const p = playground;
    await makeLink(p);
    const textarea = p.$<HTMLTextAreaElement>('#config-text');
    textarea.value = textarea.value.replace('"en": "Personalised offers"', '"en": "Typed just before Copy"');
    textarea.dispatchEvent(new p.win.Event('input', { bubbles: true }));
    p.$('#copy-link').click();
    expect(p.$<HTMLInputElement>('#share-url').value).to.equal('');
    expect(p.$('#share-status').textContent).to.equal('The config changed after the link was made: make a new link.');
  });

  it('leaves an address with nothing in the part after # as it is', async () => {
    playground = await openPlayground();
    const p = playground;
    const text = p.$<HTMLTextAreaElement>('#config-text').value;
    await p.typeConfig(text.replace('"en": "Personalised offers"', '"en": "Not shared"'));
    p.choose('#layout', 'inline');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(p.win.location.hash).to.equal('');
  });
  it('says a config too large for an address is, instead of a link or an address a browser drops without a word', async function () {
    this.timeout(60_000);
    playground = await openPlayground('#preset=news-site');
    const p = playground;
    await waitUntil(() => p.win.location.hash.includes('preset=news-site'), 'the preset in the address');
    // Text that hardly compresses: random CJK characters, 12 clauses of 49,000 (under the clause limit), about
    // 1.4 million characters once deflated and encoded. Firefox drops such an address; Chromium takes up to 2 MB.
    const config = JSON.parse(p.$<HTMLTextAreaElement>('#config-text').value) as {
      purposes: { id: string; clause: Record<string, string>; necessary?: boolean }[];
    };
    const random = () =>
      Array.from({ length: 49_000 }, () => String.fromCharCode(0x4e00 + Math.floor(Math.random() * 20_000))).join('');
    const template = config.purposes.find((purpose) => !purpose.necessary)!;
    config.purposes = [
      ...config.purposes,
      ...Array.from({ length: 12 }, (_, index) => ({
        ...template,
        id: `huge-${index}`,
        clause: Object.fromEntries(Object.keys(template.clause).map((language) => [language, random()])),
      })),
    ];
    await p.typeConfig(JSON.stringify(config));
    await waitUntil(
      () => /too large for a link/.test(p.$('#share-status').textContent!),
      'the address cannot hold it',
      {
        timeout: 20_000,
      },
    );
    expect(p.$('#share-status').textContent).to.contain('A reload will not bring this config back');
    // The older work the address held is gone: a reload does not bring the preset back as if it were this.
    expect(p.win.location.hash).to.equal('');

    p.$('#make-link').click();
    await waitUntil(() => /Download the config/.test(p.$('#share-status').textContent!), 'no link made', {
      timeout: 20_000,
    });
    expect(p.$('#share-status').textContent).to.match(/too large for a link: \d+ characters/);
    expect(p.$<HTMLInputElement>('#share-url').value).to.equal('');
    expect(p.$<HTMLButtonElement>('#copy-link').disabled).to.equal(true);
    expect(p.win.location.hash).to.equal('');
  });
});
