/**
 * The colon between one of the prompt's labels and what it labels, as the label's language writes it.
 *
 * @module
 */

/** Full-width in Chinese and Japanese (no space after), after a no-break space in French, `": "` elsewhere. */
export function colonFor(language: string): string {
  const primary = language.toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh' || primary === 'ja' || primary === 'yue') return '：';
  if (primary === 'fr') return '\u00a0: ';
  return ': ';
}
