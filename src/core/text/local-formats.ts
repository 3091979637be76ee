/**
 * Durations, dates and lists where the browser's `Intl` has no data. Chromium ships none in Irish, Hausa or Maltese and no
 * unit data in Punjabi: `Intl` then answers in English without saying so ("2 years" to an Irish visitor). Those
 * locales carry CLDR's patterns (scripts/generate-local-formats.mjs, from Node's full ICU: what Firefox shows) and a
 * formatter for them (cldr-formatter.ts), registered here when they load.
 *
 * @module
 */

/** The units a retention period is written in. */
export type DurationUnit = 'year' | 'month' | 'week' | 'day';

/** Writes one language's durations and dates where `Intl` cannot. */
export interface LocalFormatter {
  /** A retention period, its units in order: "2 bhl agus 6 mhí". */
  duration(counts: readonly (readonly [DurationUnit, number])[]): string;
  /** A long date with a short time (`at` in milliseconds since the epoch), in the visitor's time zone. */
  dateTime(at: number): string;
  /** Items joined with "and" ("A, B agus C"), as `Intl.ListFormat#formatToParts` gives them. */
  listParts(items: readonly string[]): { type: 'element' | 'literal'; value: string }[];
}

const registered = new Map<string, LocalFormatter>();

/** Adds a shipped locale's formatter (its tag, as the prompt's words are keyed). */
export function registerLocalFormats(language: string, formatter: LocalFormatter): void {
  registered.set(language, formatter);
}

/** The registered formatter for a tag, by the whole tag, then by its language alone. */
export function localFormats(tag: string): LocalFormatter | undefined {
  return registered.get(tag) ?? registered.get(tag.split('-')[0]!.toLowerCase());
}

/** A long date with a short time (`at` in milliseconds since the epoch) in the visitor's time zone. */
export function formatDateTime(at: number, language: string): string {
  return (
    localFormats(language)?.dateTime(at) ??
    new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(at)
  );
}
