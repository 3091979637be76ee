// The playground's panels on their own: the linter panel with and without lintConfig, share-link encoding, the
// byte flip of the receipt panel, and the event log's abbreviation of receipts.
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { LintPanel } from '../../demo/playground/lint-panel.js';
import { buildHash, decodeConfig, encodeConfig, parseHash } from '../../demo/playground/share.js';
import { flipByte } from '../../demo/playground/receipt-panel.js';
import { abbreviatedDetail } from '../../demo/playground/events.js';
import { ConfigStore } from '../../demo/playground/store.js';
import { annualReport } from './helpers.js';

describe('playground linter panel', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => root.remove());

  async function validState(): Promise<ConfigStore['state']> {
    const store = new ConfigStore();
    store.setText(JSON.stringify(await annualReport()), 'initial');
    return store.state;
  }

  it('says the linter is not available when core has no lintConfig', async () => {
    const panel = new LintPanel(root, () => {});
    await panel.load({});
    expect(root.dataset['status']).to.equal('unavailable');
    expect(root.textContent).to.include('Linter not available');
  });

  it('lists findings with severity, rule, path and source, and selects the path when asked', async () => {
    const selected: string[] = [];
    const panel = new LintPanel(root, (path) => selected.push(path));
    const seen: unknown[] = [];
    await panel.load({
      lintConfig: (config: unknown) => {
        seen.push(config);
        return {
          valid: true,
          findings: [
            {
              rule: 'vague-purpose',
              severity: 'warning',
              path: 'purposes[2].clause.en',
              message: 'Say what is done with the data.',
              source: 'GDPR Art. 4(11)',
            },
            { rule: 'retention-missing', severity: 'info', path: '', message: 'Say how long.', source: '' },
            { not: 'a finding' },
          ],
          counts: { error: 0, warning: 1, info: 1 },
        };
      },
    });
    const state = await validState();
    panel.update(state);
    await waitUntil(() => root.dataset['status'] === 'done', 'the findings are shown');
    expect(seen).to.deep.equal([state.config]);
    const items = [...root.querySelectorAll<HTMLElement>('.lint-finding')];
    expect(items.map((item) => item.dataset['rule'])).to.deep.equal(['vague-purpose', 'retention-missing']);
    expect(items[0]!.textContent).to.include('warning').and.include('GDPR Art. 4(11)');
    expect(root.querySelector('.lint-summary')!.textContent).to.equal('1 warning, 1 info');
    items[0]!.querySelector('button')!.click();
    expect(selected).to.deep.equal(['purposes[2].clause.en']);
  });

  it('says so when lintConfig throws, and waits for a valid config', async () => {
    const panel = new LintPanel(root, () => {});
    await panel.load({
      lintConfig: () => {
        throw new Error('rule exploded');
      },
    });
    expect(root.dataset['status']).to.equal('waiting');
    panel.update(await validState());
    await waitUntil(() => root.dataset['status'] === 'failed', 'the failure is shown');
    expect(root.textContent).to.include('rule exploded');
  });
});

describe('playground linter panel: the theme as rendered', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => root.remove());

  it('shows what the prompt found wrong with itself as rendered, and clears it on a clean reload', async () => {
    const panel = new LintPanel(root, () => {});
    await panel.load({ lintConfig: () => [] });
    panel.setRendered([
      { code: 'lint-contrast', path: 'theme', message: '"Reject all" has a text contrast of 1.40:1' },
      { code: 'config-load', path: 'src', message: 'not a lint problem' },
    ]);
    const items = [...root.querySelectorAll<HTMLElement>('.lint-rendered .lint-finding')];
    expect(items.map((item) => item.dataset['rule'])).to.deep.equal(['lint-contrast']);
    expect(items[0]!.textContent).to.include('1.40:1');
    panel.setRendered([]);
    expect(root.querySelector('.lint-rendered')).to.equal(null);
  });
});

describe('playground share links', () => {
  it('round-trips a config, compressed, with every character intact', async () => {
    const config = { ...(await annualReport()), jurisdiction: 'CN' };
    const text = JSON.stringify(config, null, 2);
    const value = await encodeConfig(text);
    expect(value.startsWith('z')).to.equal(true);
    expect(value).to.match(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(await decodeConfig(value))).to.deep.equal(config);
    const hash = buildHash(value, { lang: 'zh-CN', layout: 'dialog', theme: '', viewport: 'phone' });
    expect(parseHash(hash)).to.deep.equal({
      config: value,
      switches: { lang: 'zh-CN', layout: 'dialog', viewport: 'phone' },
    });
    // An empty language is the browser's languages, and travels as `lang=`; an empty theme means nothing.
    const browsers = buildHash(value, { lang: '', layout: 'dialog', theme: '' });
    expect(new URLSearchParams(browsers.slice(1)).get('lang')).to.equal('');
    expect(parseHash(browsers).switches).to.deep.equal({ lang: '', layout: 'dialog' });
  });

  it('reads uncompressed links, shares text that is not JSON as it is, and refuses damaged ones', async () => {
    const plain = `j${btoa('{"a":"b"}').replace(/=+$/, '')}`;
    expect(await decodeConfig(plain)).to.equal('{\n  "a": "b"\n}\n');
    expect(await decodeConfig(await encodeConfig('{ not json'))).to.equal('{ not json');
    for (const damaged of ['', 'x', 'zAAAA', 'z!!!', 'j_-_-_']) {
      let error: unknown;
      await decodeConfig(damaged).catch((caught: unknown) => (error = caught));
      expect(error, damaged).to.be.instanceOf(Error);
    }
  });

  it('carries a config the validator refuses exactly as written: a key given twice, a number JSON cannot hold', async () => {
    for (const text of [
      '{\n  "jurisdiction": "CN",\n  "jurisdiction": "DE"\n}\n',
      '{\n  "retention": 1e999\n}\n',
      '{"a": {"b": 1, "b": 2}}',
    ]) {
      expect(await decodeConfig(await encodeConfig(text)), text).to.equal(text);
    }
    // Text that loses nothing is still sent compact and shown pretty-printed.
    expect(await decodeConfig(await encodeConfig('{ "a" : [1, 2.5, "x"] }'))).to.equal(
      '{\n  "a": [\n    1,\n    2.5,\n    "x"\n  ]\n}\n',
    );
  });

  it('stops inflating a link that would grow larger than any config', async () => {
    const bomb = await encodeConfig(' '.repeat(6_500_000));
    expect(bomb.length).to.be.lessThan(20_000);
    let error: Error | undefined;
    await decodeConfig(bomb).catch((caught: Error) => (error = caught));
    expect(error?.message).to.include('larger than any config');
  });
});

describe('playground receipt panel and event log', () => {
  const jws = ['eyJhbGciOiJFUzI1NiJ9', 'eyJhIjoxfQ', 'A'.repeat(86)].join('.');

  it('flips exactly one bit of one byte of the part asked for', () => {
    const flipped = flipByte(jws, 'payload', 2)!;
    const [header, payload, signature] = flipped.jws.split('.');
    expect(header).to.equal('eyJhbGciOiJFUzI1NiJ9');
    expect(signature).to.equal('A'.repeat(86));
    expect(atob(payload!.replace(/-/g, '+').replace(/_/g, '/'))).to.equal('{"`":1}');
    expect(flipped.flip).to.deep.equal({ part: 'payload', index: 2, length: 7, before: 0x61, after: 0x60 });
    const random = flipByte(jws, 'signature')!;
    expect(random.flip.length).to.equal(64);
    expect(random.flip.index).to.be.within(0, 63);
    expect(random.flip.after).to.equal(1);
  });

  it('shortens a receipt in an event detail and keeps everything else', () => {
    const detail = {
      action: 'save',
      receipt: { jws: 'x'.repeat(900), payload: { big: true }, publicJwk: { kty: 'EC' } },
    };
    const shown = JSON.parse(abbreviatedDetail(detail));
    expect(shown.action).to.equal('save');
    expect(shown.receipt.jws).to.equal(`${'x'.repeat(24)}… (900 characters)`);
    expect(shown.receipt.payload).to.be.a('string');
    expect(shown.receipt.publicJwk).to.deep.equal({ kty: 'EC' });
    expect(JSON.parse(abbreviatedDetail({ receipt: null }))).to.deep.equal({ receipt: null });
  });
});
