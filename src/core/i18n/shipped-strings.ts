/**
 * What `validateStrings` checks overrides against, as the prompt does: the English strings (every key and
 * placeholder a locale has) and the tags of the locales the package ships. For a build step:
 * `validateStrings(overrides, SHIPPED_STRINGS)`.
 *
 * @module
 */
import en from '../../locales/en.js';
import type { StringsReference } from './strings.js';

/**
 * The locales the package ships (51: the 24 official EU languages and 27 more). The prompt's own list, with a loader
 * for each, is in src/locales/index.ts; test/node/strings.test.ts holds the two equal.
 */
export const SHIPPED_LOCALE_TAGS: readonly string[] = Object.freeze(
  (
    'en bg cs da de el es et fi fr ga hr hu it lt lv mt nl pl pt-PT ro sk sl sv am ar bn fa fil gu ha he hi id ja ko ' +
    'mr ms pa pt-BR ru sw ta te th tr uk ur vi zh-Hans zh-Hant'
  ).split(' '),
);

/** The reference the prompt checks `strings` overrides against. */
export const SHIPPED_STRINGS: StringsReference = Object.freeze({ english: en, shipped: SHIPPED_LOCALE_TAGS });
