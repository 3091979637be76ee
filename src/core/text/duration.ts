/**
 * ISO 8601 durations (`P1Y`, `P6M`, `P2W`, `P1Y6M`) as used for retention periods, parsed and formatted in the
 * visitor's language with `Intl`.
 *
 * @module
 */
import { cached } from '../cache.js';
import { localFormats } from './local-formats.js';

/** A calendar duration: only the date part of ISO 8601 is used for retention. */
export interface CalendarDuration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
}

const DURATION_PATTERN = /^P(?!$)(?:(\d{1,4})Y)?(?:(\d{1,5})M)?(?:(\d{1,5})W)?(?:(\d{1,6})D)?$/;

/** Parses `P1Y6M`-style durations; `undefined` for anything else (time parts, fractions, negative values). */
export function parseDuration(text: string): CalendarDuration | undefined {
  const match = DURATION_PATTERN.exec(text);
  if (!match) return undefined;
  const [, years = '0', months = '0', weeks = '0', days = '0'] = match;
  const duration = { years: Number(years), months: Number(months), weeks: Number(weeks), days: Number(days) };
  return duration.years + duration.months + duration.weeks + duration.days > 0 ? duration : undefined;
}

const UNITS = [
  ['years', 'year'],
  ['months', 'month'],
  ['weeks', 'week'],
  ['days', 'day'],
] as const;

// Every render of a prompt formats each purpose's retention; making the Intl formatters is the costly part.
const formatted = new Map<string, string>();

/** "1 year, 6 months" in the given language; the raw text when it is not a duration this module understands. */
export function formatDuration(text: string, language: string): string {
  // A language's own formats may register after a first render in English: the key says which was used.
  const local = localFormats(language);
  return cached(formatted, `${local ? 'cldr' : 'intl'}\u0000${language}\u0000${text}`, () => {
    const duration = parseDuration(text);
    if (!duration) return text;
    const counts = UNITS.filter(([field]) => duration[field] > 0).map(
      ([field, unit]) => [unit, duration[field]] as const,
    );
    if (local) return local.duration(counts);
    const parts = counts.map(([unit, count]) =>
      new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(count),
    );
    return new Intl.ListFormat(language, { style: 'long', type: 'unit' }).format(parts);
  });
}
