// unticked lint: checks a consent config for dark patterns and gaps the law asks about, after validating it.
import { loadCore } from '../lib/core.mjs';
import { CliError, EXIT_OK, EXIT_PROBLEM, parseCommandArgs, printable, readText } from '../lib/cli.mjs';

export const summary = 'Lint a consent config for dark patterns (vague or bundled purposes, unnamed recipients...)';

export const usage = `Usage: unticked lint <config.json|-> [options]

Validates the config in <config.json> (or standard input with -), then checks it for dark patterns and gaps:
vague or bundled purposes, recipients not named, missing retention, translations that drift, "necessary"
purposes that look like marketing, and more. Each finding is printed as

  path  severity  rule  message  (source)

Options:
  --json                 print the findings as JSON
  --max-warnings <n>     exit 1 when there are more than n warnings (default: no limit)
  --disable <rule>       skip a rule; repeat for several
  --max-clause-words <n> the word count above which a clause is too long (default 120)
  --rules                list the rules with their sources and exit
  -h, --help             show this help

The config is read as UTF-8 text of at most CONFIG_LIMITS.jsonText (2,000,000) characters: longer input, or a
pipe that never ends, is refused as soon as that much has been read. In the text output, line breaks, control
characters and bidi controls in a message are escaped (\\n, \\u202e), so each finding stays on one line.

Exit status: 0 when there is no error (and no more warnings than --max-warnings), 1 otherwise (also for input that
is too long or not UTF-8), 2 on a usage error.
`;

const OPTIONS = {
  json: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  disable: { type: 'string', multiple: true },
  'max-clause-words': { type: 'string' },
  rules: { type: 'boolean' },
};

/** A whole number of at least `min`, or a usage error naming the option. */
function parseCount(text, option, min) {
  if (!/^\d{1,9}$/.test(text) || Number(text) < min) {
    throw new CliError(`${option} must be a whole number${min > 0 ? ` of at least ${min}` : ''}, not "${text}"`);
  }
  return Number(text);
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function describeFinding(finding) {
  // A config's names and a JSON syntax error's quote of the input (line breaks and all) are printed escaped, so
  // each finding stays on one line.
  const fields = [finding.path || 'config', finding.severity, finding.rule, finding.message].map(printable);
  return `${fields.join('  ')}  (${printable(finding.source)})`;
}

function describeRules(rules) {
  return rules.map((rule) => `${rule.id}  ${rule.severity}\n  ${rule.summary}\n  (${rule.source})`).join('\n\n');
}

export async function run(args) {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, usage);
  const core = await loadCore('lintConfigJson');
  const rules = core.LINT_RULES ?? [];
  if (values.rules) {
    if (values.json) process.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
    else process.stdout.write(`${describeRules(rules)}\n`);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new CliError(`lint needs exactly one config file (or -)\n\n${usage}`);
  const maxWarnings =
    values['max-warnings'] === undefined ? undefined : parseCount(values['max-warnings'], '--max-warnings', 0);
  const maxClauseWords =
    values['max-clause-words'] === undefined
      ? undefined
      : parseCount(values['max-clause-words'], '--max-clause-words', 1);
  const disable = values.disable ?? [];
  const known = new Set(rules.map((rule) => rule.id));
  const unknown = disable.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new CliError(
      `unknown rule ${unknown.map((id) => `"${printable(id)}"`).join(', ')}; \`unticked lint --rules\` lists them`,
    );
  }

  // The CLI refuses a longer text while reading it, as parseConfigJson would once it was read.
  const maxCharacters = core.CONFIG_LIMITS?.jsonText;
  if (!Number.isSafeInteger(maxCharacters)) {
    throw new CliError('the core module lacks CONFIG_LIMITS: run `npm run build` to rebuild dist/');
  }
  let text;
  try {
    text = await readText(positionals[0], { maxCharacters });
  } catch (error) {
    // With --json, a file that cannot be read is a JSON report too: a CI job parsing stdout gets one either way.
    if (!values.json || !(error instanceof CliError)) throw error;
    const report = { ok: false, valid: false, error: { message: error.message, exitCode: error.exitCode } };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return error.exitCode;
  }
  const result = core.lintConfigJson(text, {
    disable,
    ...(maxClauseWords === undefined ? {} : { maxClauseWords }),
  });
  const { error, warning, info } = result.counts;
  const tooManyWarnings = maxWarnings !== undefined && warning > maxWarnings;
  const ok = error === 0 && !tooManyWarnings;

  if (values.json) {
    const report = {
      ok,
      valid: result.valid,
      rulesRan: result.rulesRan,
      counts: result.counts,
      ...(maxWarnings === undefined ? {} : { maxWarnings }),
      findings: result.findings,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const finding of result.findings) process.stdout.write(`${describeFinding(finding)}\n`);
    const counts = `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info`;
    const limit = tooManyWarnings ? ` (more than --max-warnings ${maxWarnings})` : '';
    const verdict = result.valid
      ? ''
      : result.rulesRan
        ? ' The config is invalid; the rules ran on what could be read of it.'
        : ' The config is invalid: no lint rule ran, since its languages could not be read.';
    process.stdout.write(`${counts}${limit}.${verdict}\n`);
  }
  return ok ? EXIT_OK : EXIT_PROBLEM;
}
