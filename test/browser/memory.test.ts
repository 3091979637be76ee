// Creating and removing many prompts leaves nothing behind: no element, controller or listener keeps a removed
// prompt alive. Measured in Chromium, where the test runner exposes the garbage collector (--expose-gc).
import { expect, oneEvent } from '@open-wc/testing';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { annualReport, nextFrame } from './helpers.js';

const gc = (globalThis as { gc?: () => void }).gc;

async function collectGarbage(): Promise<void> {
  for (let i = 0; i < 10; i++) {
    gc!();
    // Let finalisation, microtasks and pending timers (Lit's update cycle) settle between passes.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function createAndRemove(config: unknown, refs: WeakRef<ConsentPrompt>[], count: number): Promise<void> {
  const batch: ConsentPrompt[] = [];
  for (let i = 0; i < count; i++) {
    const element = document.createElement('consent-prompt') as ConsentPrompt;
    element.layout = 'inline';
    element.setAttribute('storage', 'memory');
    const ready = oneEvent(element, 'consent-ready');
    document.body.append(element);
    element.config = config;
    batch.push(element);
    refs.push(new WeakRef(element));
    await ready;
  }
  await nextFrame();
  for (const element of batch) element.remove();
}

describe('memory', function () {
  this.timeout(120_000);

  it('1,000 prompts created and removed leave no retained element', async function () {
    if (!gc) {
      // Only Chromium exposes the collector to the page; Firefox cannot measure this.
      this.skip();
    }
    const config = await annualReport();
    const refs: WeakRef<ConsentPrompt>[] = [];
    const heap = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
    await collectGarbage();
    const before = heap();
    // In a function of its own: a suspended async frame would keep its last locals (the last prompt) reachable.
    for (let round = 0; round < 10; round++) await createAndRemove(config, refs, 100);
    await collectGarbage();
    const alive = refs.filter((ref) => ref.deref() !== undefined).length;
    // Chromium scans the stack conservatively for DOM objects and keeps the element created last in a cache: a few
    // arbitrary elements may survive a collection (up to 8 seen under load). A leak keeps one per prompt: all 1,000
    // (checked by leaving a window listener in place). At most 2 % is far from either.
    expect(alive, 'prompts still reachable after removal').to.be.at.most(20);
    const after = heap();
    if (before !== undefined && after !== undefined) {
      // What a thousand prompts leave behind, if anything, must be small next to what they used.
      expect(after - before, 'heap growth in bytes').to.be.below(2_000_000);
    }
  });
});
