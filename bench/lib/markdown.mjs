// Renders suite results as Markdown. A suite returns tables; this file knows nothing about what is in them.

/**
 * @typedef {object} Table
 * @property {string} title
 * @property {string[]} columns
 * @property {(string | number)[][]} rows
 * @property {string[]} [align] 'l' or 'r' per column; numbers default to right
 * @property {string} [note] a sentence printed under the table
 * @property {boolean} [collapsed] fold the table into a <details> block (long lists)
 */

const escapeCell = (value) => String(value).replaceAll('|', '\\|').replaceAll('\n', ' ');

/** One Markdown table with a heading. */
export function renderTable(table, level = 3) {
  const align = table.columns.map((_, i) => table.align?.[i] ?? (i === 0 ? 'l' : 'r'));
  const lines = [
    table.collapsed ? `<details><summary>${table.title}</summary>` : `${'#'.repeat(level)} ${table.title}`,
    '',
    `| ${table.columns.map(escapeCell).join(' | ')} |`,
    `| ${align.map((a) => (a === 'r' ? '---:' : ':---')).join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
  ];
  if (table.note) lines.push('', table.note);
  if (table.collapsed) lines.push('', '</details>');
  return lines.join('\n');
}

/** The whole report: environment, then each suite's title, notes and tables. */
export function renderReport(report) {
  const env = report.environment;
  const lines = [
    '# unticked benchmark',
    '',
    `${report.generatedAt} · commit ${env.commit ?? 'unknown'}${env.dirty ? ' (with uncommitted changes)' : ''} · ` +
      `Node ${env.node} · ${env.cpuModel} (${env.cpus} cores, load ${env.loadAverage.toFixed(2)}) · ${env.platform}` +
      (env.chromium ? ` · ${env.chromium}` : ''),
    '',
    `Timed iterations per measurement: ${report.options.runs}. Figures, not pass/fail tests; compare runs on one machine only.`,
  ];
  if (env.loadAverage >= env.cpus) {
    lines.push(
      '',
      `**The machine was busy (load ${env.loadAverage.toFixed(2)} on ${env.cpus} cores): timings are unreliable; byte counts are not affected.**`,
    );
  }
  for (const suite of report.suites) {
    lines.push('', `## ${suite.title}`);
    for (const note of suite.notes ?? []) lines.push('', note);
    for (const table of suite.tables ?? []) lines.push('', renderTable(table));
  }
  return `${lines.join('\n')}\n`;
}
