// The built `unticked/core` entry, imported the way a Node server would import it: through the package's own
// exports map, with no DOM. Every export must load and the pure functions must work.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/annual-report.json', import.meta.url), 'utf8'));

describe('unticked/core in Node (built package, no DOM)', () => {
  it('has no DOM to lean on', () => {
    assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  });

  it('imports every export of ./core through the exports map', async () => {
    const core = await import('unticked/core');
    const names = Object.keys(core).sort();
    for (const expected of [
      'validateConfig',
      'parseConfigJson',
      'ConfigError',
      'ConsentError',
      'initialDecisions',
      'applyAction',
      'matchLanguage',
      'parseAcceptLanguage',
      'formatDuration',
    ]) {
      assert.ok(names.includes(expected), `unticked/core exports ${expected}`);
    }
    for (const name of names) assert.notEqual((core as Record<string, unknown>)[name], undefined, name);
  });

  it('validates the README config and starts every optional purpose unticked', async () => {
    const { validateConfig, initialDecisions, applyAction } = await import('unticked/core');
    const result = validateConfig(fixture);
    assert.equal(result.valid, true, JSON.stringify(result.problems));
    if (!result.valid) return;
    assert.deepEqual(initialDecisions(result.config), {
      'credit-scoring': false,
      offers: false,
      'partner-sharing': false,
    });
    assert.deepEqual(applyAction(result.config, 'accept-all', initialDecisions(result.config)), {
      'credit-scoring': false,
      offers: true,
      'partner-sharing': false,
    });
  });

  it('resolves the same language a browser would for an Accept-Language header', async () => {
    const { matchLanguage, parseAcceptLanguage } = await import('unticked/core');
    const match = matchLanguage(parseAcceptLanguage('zh-SG,zh;q=0.9,en;q=0.5'), fixture.languages, 'en');
    assert.equal(match.language, 'zh-CN');
    assert.equal(match.isWanted, true);
  });

  it('the main entry has no side effects on import in Node', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    assert.deepEqual(pkg.sideEffects, ['./dist/define.js', './dist/unticked.min.js', './dist/consent-mode-default.js']);
    assert.equal(pkg.exports['./core'].types, './dist/core/index.d.ts');
  });

  it('the script-tag entry opens with V8 compile hint, the first line the browser reads', () => {
    // The test runner's server rewrites JavaScript it serves, so the built file is read here, from disk.
    const entry = readFileSync(new URL('../../dist/unticked.min.js', import.meta.url), 'utf8');
    assert.ok(entry.startsWith('//# allFunctionsCalledOnLoad\n'), entry.slice(0, 60));
  });

  it('ships the guides the README links to, so its links work in node_modules', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { files: string[] };
    const linked = [...readme.matchAll(/\]\((docs\/[^)#\s]+)/g)].map((match) => match[1]!);
    assert.ok(linked.length > 5, 'README links to its guides');
    for (const path of new Set(linked)) {
      assert.ok(existsSync(new URL(`../../${path}`, import.meta.url)), `${path} exists`);
      const shipped = pkg.files.some((entry) =>
        entry.endsWith('*.md')
          ? path.startsWith(entry.slice(0, -4)) && !path.slice(entry.length - 4).includes('/')
          : path === entry || path.startsWith(`${entry}/`),
      );
      assert.ok(shipped, `${path} is in package.json's files`);
    }
  });

  it('the custom elements manifest names the shipped files, and the module that defines each tag', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')) as {
      modules: { path: string; exports?: { kind: string; name: string; declaration: { module: string } }[] }[];
    };
    const text = JSON.stringify(manifest);
    assert.ok(!/"(?:module|path)":"\/?src\//.test(text), 'no path into src/, which the package does not ship');
    for (const module of manifest.modules) {
      assert.ok(existsSync(new URL(`../../${module.path}`, import.meta.url)), module.path);
      assert.ok(module.path.startsWith('dist/'), `${module.path} is in the package's files`);
    }
    const definitions = manifest.modules
      .flatMap((module) => (module.exports ?? []).map((entry) => ({ ...entry, in: module.path })))
      .filter((entry) => entry.kind === 'custom-element-definition');
    assert.deepEqual(definitions.map((entry) => [entry.name, entry.in]).sort(), [
      ['consent-preferences', 'dist/define.js'],
      ['consent-prompt', 'dist/define.js'],
    ]);
    for (const entry of definitions)
      assert.ok(existsSync(new URL(`../../${entry.declaration.module}`, import.meta.url)));
  });

  it('the custom elements manifest names every event with its type, as the events module exports it', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
    const events = await import('../../src/events/index.js');
    const declarations = manifest.modules.flatMap((module: { declarations?: object[] }) => module.declarations ?? []);
    const prompt = declarations.find((declaration: { tagName?: string }) => declaration.tagName === 'consent-prompt');
    assert.ok(prompt, 'consent-prompt is declared');
    const listed = (prompt.events as { name?: string; type?: { text?: string } }[]).map((event) => [
      event.name,
      event.type?.text,
    ]);
    assert.deepEqual(listed, [
      ['consent-ready', 'ConsentReadyEvent'],
      ['consent-toggle', 'ConsentToggleEvent'],
      ['consent-decision', 'ConsentDecisionEvent'],
      ['consent-error', 'ConsentErrorEvent'],
      ['consent-storage-error', 'ConsentStorageErrorEvent'],
    ]);
    for (const [, type] of listed) assert.equal(typeof (events as Record<string, unknown>)[type!], 'function', type);
    for (const declaration of declarations as { events?: { name?: string }[] }[]) {
      for (const event of declaration.events ?? []) assert.ok(event.name, `a nameless event: ${JSON.stringify(event)}`);
    }
  });

  it('the custom elements manifest lists each member once, and slots only where the shadow DOM has one', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
    type Declaration = {
      tagName?: string;
      members?: { name: string; kind: string; static?: boolean }[];
      slots?: { name: string }[];
    };
    const declarations: Declaration[] = manifest.modules.flatMap(
      (module: { declarations?: Declaration[] }) => module.declarations ?? [],
    );
    for (const declaration of declarations) {
      const keys = (declaration.members ?? []).map((member) => `${member.static ? 'static ' : ''}${member.name}`);
      assert.deepEqual(keys, [...new Set(keys)], `${declaration.tagName}: a member listed twice`);
    }
    for (const tagName of ['consent-prompt', 'consent-preferences']) {
      const declaration = declarations.find((entry) => entry.tagName === tagName)!;
      const source = readFileSync(new URL(`../../src/elements/${tagName}/${tagName}.ts`, import.meta.url), 'utf8');
      const hasSlot = /<slot[\s>]/.test(source);
      assert.equal(
        (declaration.slots ?? []).length > 0,
        hasSlot,
        `${tagName}: slots listed ${hasSlot ? 'missing' : 'but none rendered'}`,
      );
    }
  });
});
