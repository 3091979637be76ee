// The playground's presets are complete, valid configs, and the JSON locator finds every problem's text.
import { expect } from '@open-wc/testing';
import { parseConfigJson, validateConfig } from '../../src/core/config/validate.js';
import { PRESETS, loadPreset } from '../../demo/playground/presets.js';
import { ancestorsOf, locateJson, locatePath, lineColumn, pathOf } from '../../demo/playground/json-locate.js';

describe('playground presets', () => {
  for (const preset of PRESETS) {
    it(`${preset.id} passes validateConfig`, async () => {
      const text = await loadPreset(preset.id);
      const result = parseConfigJson(text);
      expect(result.problems).to.deep.equal([]);
      expect(result.valid).to.equal(true);
    });
  }

  it('cover what the issue asks for: partner sharing in zh-CN, cookies in de and fr, sensitive data in Arabic', async () => {
    const configs = Object.fromEntries(
      await Promise.all(PRESETS.map(async (p) => [p.id, JSON.parse(await loadPreset(p.id))] as const)),
    );
    const annual = validateConfig(configs['annual-report']).config!;
    expect(annual.languages).to.deep.equal(['en', 'zh-CN']);
    expect(annual.purposes.map((p) => p.id)).to.include.members(['credit-scoring', 'partner-sharing', 'offers']);

    const news = validateConfig(configs['news-site']).config!;
    expect(news.languages).to.have.members(['en', 'de', 'fr']);
    expect(news.purposes.filter((p) => p.necessary).map((p) => p.id)).to.deep.equal(['session']);
    expect(news.purposes.map((p) => p.id)).to.include.members([
      'analytics',
      'advertising',
      'personalisation',
      'social-embeds',
    ]);

    const health = validateConfig(configs['health-app']).config!;
    expect(health.languages).to.deep.equal(['en', 'ar']);
    const healthData = health.purposes.find((p) => p.id === 'health-data')!;
    expect(healthData.sensitive && healthData.separateConsent).to.equal(true);
    const insurer = health.purposes.find((p) => p.thirdParties?.some((t) => t.name === 'Example Mutual Insurance'));
    expect(insurer?.separateConsent).to.equal(true);
  });

  it('have no lint errors or warnings, once core exports lintConfig', async function () {
    const core = (await import('../../src/core/index.js')) as unknown as Record<string, unknown>;
    const lint = core['lintConfig'] as ((config: unknown) => { findings: { severity: string }[] }) | undefined;
    if (typeof lint !== 'function') this.skip();
    for (const preset of PRESETS) {
      const { findings } = lint!(JSON.parse(await loadPreset(preset.id)));
      expect(
        findings.filter((finding) => finding.severity !== 'info'),
        preset.id,
      ).to.deep.equal([]);
    }
  });
});

describe('playground JSON locator', () => {
  it('spells paths as the validator does', () => {
    expect(pathOf(['purposes', 2, 'clause', 'fr'])).to.equal('purposes[2].clause.fr');
    expect(pathOf(['dataCategories', 'a key', 'en'])).to.equal('dataCategories["a key"].en');
    expect(ancestorsOf('dataCategories["a.b[c]"].en')).to.deep.equal([
      'dataCategories["a.b[c]"].en',
      'dataCategories["a.b[c]"]',
      'dataCategories',
      '',
    ]);
  });

  it("finds every problem's text, or the object a missing field belongs in", async () => {
    const config = JSON.parse(await loadPreset('news-site'));
    config.controller.email = 'nope';
    delete config.controller.phone;
    config.purposes[1].checked = true;
    config.purposes[2].title.de = '';
    delete config.purposes[3].title.fr;
    config.dataCategories['odd key'] = { en: 'x' };
    const text = JSON.stringify(config, null, 2);
    const locations = locateJson(text);
    expect(locations.error).to.equal(undefined);
    const found = parseConfigJson(text).problems.map((problem) => {
      const location = locatePath(locations, problem.path)!;
      return [problem.path, location.exact, text.slice(location.start, location.end).split('\n')[0]];
    });
    expect(found).to.deep.include.members([
      ['controller.email', true, '"email": "nope"'],
      ['controller.phone', false, '"controller": {'],
      ['purposes[1].checked', true, '"checked": true'],
      ['purposes[2].title.de', true, '"de": ""'],
      ['purposes[3].title.fr', false, '"title": {'],
      ['dataCategories["odd key"].de', false, '"odd key": {'],
    ]);
  });

  it('points at a syntax error, counting lines and columns from 1', () => {
    const cases: [string, number][] = [
      ['{"a": [1, 2,]}', 12],
      ['{"a": "x\ny"}', 8],
      ['{"a": 1} x', 9],
      ['', 0],
      ['{"a": tru}', 6],
      ['{\n  "a": 1,\n  "b" 2\n}', 18],
    ];
    for (const [text, offset] of cases) {
      expect(locateJson(text).error?.offset, JSON.stringify(text)).to.equal(offset);
    }
    expect(lineColumn('{\n  "a": 1,\n  "b" 2\n}', 18)).to.deep.equal({ line: 3, column: 7 });
    expect(locateJson('{"a": [1, {"b": null}], "c": "\\u00e9\\n"}').error).to.equal(undefined);
    expect(locateJson('\uFEFF{"a": 1}').spans.get('a')).to.deep.equal({ keyStart: 2, start: 7, end: 8 });
    expect(locateJson('['.repeat(10_000)).error?.message).to.equal('Nested too deep');
  });
});
