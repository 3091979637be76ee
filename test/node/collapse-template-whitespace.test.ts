/// <reference types="node" />
// scripts/collapse-template-whitespace.mjs, which drops the indentation of Lit templates in the build: only what
// cannot show goes (a line break next to a block-level tag); a space a reader sees stays.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a build script in plain JavaScript, without declarations.
import { collapsePieces } from '../../scripts/collapse-template-whitespace.mjs';

const collapse = (...pieces: string[]): string[] => collapsePieces(pieces) as string[];

describe('collapsePieces', () => {
  it('drops line breaks and indentation around block-level tags, on either side of a binding', () => {
    assert.deepEqual(
      collapse('\n  <div class="layout">\n    <header>\n      <h2 id="', '">\n        ', '\n      </h2>\n'),
      ['<div class="layout"><header><h2 id="', '">', '</h2>'],
    );
    assert.deepEqual(collapse('<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>'), ['<ul><li>a</li><li>b</li></ul>']);
  });

  it('keeps the space between words, bindings and inline elements', () => {
    // "…as easily as you give it. Read the full privacy policy": the space before the link shows.
    assert.deepEqual(collapse('<p>\n  ', '\n  <a href=', '>policy</a\n  >\n</p>'), [
      '<p>',
      '\n  <a href=',
      '>policy</a\n  ></p>',
    ]);
    assert.deepEqual(collapse('<bdi>', '</bdi>,\n  <a href="mailto:', '">'), [
      '<bdi>',
      '</bdi>,\n  <a href="mailto:',
      '">',
    ]);
    assert.deepEqual(collapse('<span>a</span>\n  <strong>b</strong>'), ['<span>a</span>\n  <strong>b</strong>']);
    // Between two bindings nothing says what they render: kept.
    assert.deepEqual(collapse('', '\n  ', ''), ['', '\n  ', '']);
  });

  it('leaves spaces without a line break, and whitespace inside a tag, as written', () => {
    assert.deepEqual(collapse('<div> <p>a</p> </div>'), ['<div> <p>a</p> </div>']);
    assert.deepEqual(collapse('<p\n  class="x"\n>a</p>'), ['<p\n  class="x"\n>a</p>']);
  });
});
