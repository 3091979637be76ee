// Defining an element only once the page uses it (the script-tag build does this for <consent-preferences>).
import { expect, waitUntil } from '@open-wc/testing';
import { loadWhenUsed } from '../../src/elements/define-element.js';

let counter = 0;
/** A tag name no other test uses. */
const freshTag = () => `x-when-used-${++counter}`;

describe('loadWhenUsed', () => {
  const added: Element[] = [];
  const add = (tag: string, parent: Element = document.body) => {
    const element = document.createElement(tag);
    parent.append(element);
    added.push(element);
    return element;
  };
  afterEach(() => added.splice(0).forEach((element) => element.remove()));

  it('loads at once when the document already has the element, and only once', async () => {
    const tag = freshTag();
    add(tag);
    let calls = 0;
    const define = loadWhenUsed(tag, async () => void calls++);
    expect(calls).to.equal(1);
    add(tag);
    await define();
    await define();
    expect(calls).to.equal(1);
  });

  it('waits for the element, also when it comes nested in added content', async () => {
    const tag = freshTag();
    let calls = 0;
    loadWhenUsed(tag, async () => void calls++);
    add('div');
    await new Promise((resolve) => setTimeout(resolve));
    expect(calls, 'nothing of the kind added yet').to.equal(0);
    const wrapper = document.createElement('section');
    wrapper.innerHTML = `<p><${tag}></${tag}></p>`;
    document.body.append(wrapper);
    added.push(wrapper);
    await waitUntil(() => calls === 1, 'loaded for a nested element');
  });

  it('does not see into shadow roots; calling the returned function loads', async () => {
    const tag = freshTag();
    let calls = 0;
    const define = loadWhenUsed(tag, async () => void calls++);
    const host = add('div');
    host.attachShadow({ mode: 'open' }).append(document.createElement(tag));
    await new Promise((resolve) => setTimeout(resolve));
    expect(calls).to.equal(0);
    await define();
    expect(calls).to.equal(1);
  });

  it('tries again after a failed load: on the next element added, or the next call', async () => {
    const tag = freshTag();
    const outcomes = [new Error('chunk failed'), new Error('chunk failed again'), null];
    let calls = 0;
    const errors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => void errors.push(args[1]);
    try {
      const define = loadWhenUsed(tag, async () => {
        const outcome = outcomes[calls++];
        if (outcome) throw outcome;
      });
      add(tag);
      await waitUntil(() => errors.length === 1, 'the first failure is logged');
      add(tag);
      await waitUntil(() => errors.length === 2, 'a second element tries again');
      await define();
      expect(calls).to.equal(3);
      add(tag);
      await define();
      expect(calls, 'loaded: no more attempts').to.equal(3);
    } finally {
      console.error = originalError;
    }
    expect(errors.map((error) => (error as Error).message)).to.deep.equal(['chunk failed', 'chunk failed again']);
  });
});
