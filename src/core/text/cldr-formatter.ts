/**
 * A language's durations and dates from CLDR's patterns, for browsers whose `Intl` has no data in it (see
 * local-formats.ts). Loaded only with the locales that carry such patterns.
 *
 * @module
 */
import type { DurationUnit, LocalFormatter } from './local-formats.js';

/** A language's CLDR patterns for retention periods and the receipt view's dates. */
export interface LocalFormats {
  /** Each unit's pattern by plural category (`{0}` is the count): `{ one: '{0} bhliain', other: '{0} bl' }`. */
  readonly units: Readonly<Record<DurationUnit, Readonly<Record<string, string>>>>;
  /** Lists of two, three and four units (`{0}`, `{1}`, ...). */
  readonly lists: readonly string[];
  /** What joins a list with "and": between two alone, and after the first, between middle ones, before the last. */
  readonly conjunction: { readonly two: string; readonly start: string; readonly middle: string; readonly end: string };
  /** The long date with the short time. */
  readonly dateTime: {
    /** With `{day}`, `{month}`, `{year}`, `{hour}`, `{minute}` and, on a 12-hour clock, `{period}`. */
    readonly pattern: string;
    /** The months' names as the pattern uses them, January first. */
    readonly months: readonly string[];
    readonly twoDigitHour: boolean;
    /** Before and after noon, on a 12-hour clock. */
    readonly periods?: readonly string[];
  };
}

const fill = (pattern: string, values: Readonly<Record<string, string>>): string =>
  pattern.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? values[key]! : whole,
  );

/** Writes `language`'s durations and dates with its CLDR patterns. */
export function cldrFormatter(language: string, formats: LocalFormats): LocalFormatter {
  // Made on first use, once per language: a prompt formats every purpose's retention on each render.
  let rules: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  const unit = (name: DurationUnit, count: number): string => {
    const patterns = formats.units[name];
    const category = (rules ??= new Intl.PluralRules(language)).select(count);
    const pattern =
      (Object.prototype.hasOwnProperty.call(patterns, category) ? patterns[category] : patterns['other']) ?? '{0}';
    return fill(pattern, { 0: (numbers ??= new Intl.NumberFormat(language)).format(count) });
  };
  return {
    duration(counts) {
      const parts = counts.map(([name, count]) => unit(name, count));
      const pattern = formats.lists[parts.length - 2];
      return pattern ? fill(pattern, Object.fromEntries(parts.entries())) : parts.join(', ');
    },
    listParts(items) {
      const { two, start, middle, end } = formats.conjunction;
      return items.flatMap((value, index) => {
        const element = { type: 'element' as const, value };
        if (index === 0) return [element];
        const last = index === items.length - 1;
        const joiner = items.length === 2 ? two : index === 1 ? start : last ? end : middle;
        return [{ type: 'literal' as const, value: joiner }, element];
      });
    },
    dateTime(at) {
      const { pattern, months, twoDigitHour, periods } = formats.dateTime;
      const date = new Date(at);
      const hours = date.getHours();
      return fill(pattern, {
        day: String(date.getDate()),
        month: months[date.getMonth()] ?? '',
        year: String(date.getFullYear()),
        hour: String(periods ? hours % 12 || 12 : hours).padStart(twoDigitHour ? 2 : 1, '0'),
        minute: String(date.getMinutes()).padStart(2, '0'),
        period: periods?.[hours < 12 ? 0 : 1] ?? '',
      });
    },
  };
}
