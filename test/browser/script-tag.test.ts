// The script-tag build (dist/unticked.min.js), loaded the way a site without a build step loads it. `npm test`
// builds dist/ before the browser tests run.
import { expect, waitUntil } from '@open-wc/testing';

interface PageWindow extends Window {
  __violations: unknown[];
}

describe('dist/unticked.min.js from one script tag', () => {
  it('registers the element, loads its locale chunk from beside itself, and needs nothing else', async () => {
    const probe = await fetch('/dist/unticked.min.js');
    expect(probe.ok, 'dist/unticked.min.js exists: run npm run build first').to.equal(true);
    const source = await probe.text();
    // Every import the minified module makes (`import{a}from"./x"`, `import"./x"`, `import("./x")`) is relative:
    // no bare specifier to resolve and nothing from another origin. (Prose such as "import unticked/define first"
    // in a message is not an import.)
    const specifiers = [...source.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?from\s*)?\(?\s*(["'`])([^"'`]*)\1/g)].map(
      (match) => match[2]!,
    );
    expect(specifiers.length, 'the entry imports its lazily loaded chunks').to.be.greaterThan(0);
    expect(specifiers.filter((specifier) => !/^\.\.?\//.test(specifier))).to.deep.equal([]);

    const frame = document.createElement('iframe');
    frame.src = '/test/pages/script-tag.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    await waitUntil(
      () =>
        doc
          .querySelector('consent-prompt')
          ?.shadowRoot?.querySelector('button[data-action="reject-all"]')
          ?.textContent?.trim() === '全部拒绝',
      'the prompt shows in Simplified Chinese from the lazily loaded chunk',
      { timeout: 8000 },
    );
    const root = doc.querySelector('consent-prompt')!.shadowRoot!;
    expect(root.querySelector<HTMLInputElement>('input[data-purpose="offers"]')!.checked).to.equal(false);
    const loaded = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
      (entry) => new URL(entry.name),
    );
    for (const url of loaded) expect(url.origin, url.href).to.equal(location.origin);
    expect(loaded.some((url) => /\/dist\/unticked-zh-Hans-[\w-]+\.min\.js$/.test(url.pathname))).to.equal(true);
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });
});
