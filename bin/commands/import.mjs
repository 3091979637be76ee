// unticked import: drafts an unticked config from a vanilla-cookieconsent or Klaro config saved as JSON, and
// reports every pattern it refuses to carry over and everything it cannot carry.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadCore } from '../lib/core.mjs';
import { CliError, EXIT_OK, EXIT_PROBLEM, parseCommandArgs, printable, readJsonObject, readText } from '../lib/cli.mjs';

export const summary = 'Draft a config from a vanilla-cookieconsent or Klaro config (JSON), reporting what is refused';

const LIBRARIES = ['vanilla-cookieconsent', 'klaro', 'auto'];

export const usage = `Usage: unticked import <config.json|-> --from <vanilla-cookieconsent|klaro|auto> [options]

Reads a vanilla-cookieconsent (2.x or 3.x) or Klaro config saved as JSON (or standard input with -) and drafts
an unticked config from it. Every optional purpose starts unticked, whatever the source did; each pre-ticked,
opt-out or bundled purpose, hidden reject button, callback, markup removal and setting without an equivalent is
printed as

  path-in-the-source  severity  code  message

The input must be JSON: the importer never evaluates source code. Export a JavaScript config first, in the page
that uses it, e.g. copy(JSON.stringify(klaroConfig, null, 2)) in the browser console. (JSON drops functions and
empties regular expressions; importConfig() in unticked/core reads the object itself and reports them.)

Options:
  --from <library>          vanilla-cookieconsent, klaro or auto (tell by the shape)
  --controller <file>       JSON file with the data controller: { name, contact, email, phone, address, url? }
  --policy-id <id>          the policy id, e.g. main
  --policy-version <v>      the policy version (default: the source's revision number, if it has one)
  --policy-url <url>        where the policy can be read (default: Klaro's privacy policy URL, if it has one)
  --jurisdiction <XX>       where the controller is established, e.g. DE, FR, US-CA
  --default-language <tag>  the draft's default language (default: the source's)
  --out <file>              write the draft to <file>; without it the draft goes to standard output and the
                            report to standard error
  --json                    print a JSON report (findings, problems, missing options, purposes, draft)
  -h, --help                show this help

Exit status: 0 when the draft validates, 1 when it needs more input or edits (what is missing is printed), 2 on
a usage error, an input that is not JSON, or a config of another library than --from.
`;

const OPTIONS = {
  from: { type: 'string' },
  controller: { type: 'string' },
  'policy-id': { type: 'string' },
  'policy-version': { type: 'string' },
  'policy-url': { type: 'string' },
  jurisdiction: { type: 'string' },
  'default-language': { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
};

/** Which option fills a missing part of the draft. */
const FLAGS = {
  controller: '--controller controller.json',
  'policy.id': '--policy-id',
  'policy.version': '--policy-version',
  'policy.url': '--policy-url',
  jurisdiction: '--jurisdiction',
};

const SOURCE_FILE = /\.(?:[cm]?js|jsx|tsx?|php|ya?ml)$/i;

function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

// Each line below quotes the imported file (a service's name, a path), which may hold anything: printed escaped.

function describeFinding(finding) {
  return printable(`${finding.path || 'input'}  ${finding.severity}  ${finding.code}  ${finding.message}`);
}

function describePurpose(purpose) {
  const renamed = purpose.id === purpose.sourceName ? '' : ` (was "${purpose.sourceName}")`;
  return printable(`  ${purpose.id}${renamed}${purpose.necessary ? '  necessary' : ''}`);
}

function describeProblem(problem, missing) {
  const flag = missing.includes(problem.path) ? FLAGS[problem.path] : undefined;
  return printable(`  ${problem.message}${flag ? ` Give it with ${flag}.` : ''}`);
}

function readOptions(values) {
  const from = values.from;
  if (from === undefined) throw new CliError(`import needs --from (${LIBRARIES.join(', ')})\n\n${usage}`);
  if (!LIBRARIES.includes(from)) {
    throw new CliError(`--from must be one of ${LIBRARIES.join(', ')}, not "${from}"`);
  }
  const policy = {
    ...(values['policy-id'] === undefined ? {} : { id: values['policy-id'] }),
    ...(values['policy-version'] === undefined ? {} : { version: values['policy-version'] }),
    ...(values['policy-url'] === undefined ? {} : { url: values['policy-url'] }),
  };
  return {
    from,
    policy,
    ...(values.jurisdiction === undefined ? {} : { jurisdiction: values.jurisdiction }),
    ...(values['default-language'] === undefined ? {} : { defaultLanguage: values['default-language'] }),
  };
}

export async function run(args) {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, usage);
  if (positionals.length !== 1) throw new CliError(`import needs exactly one config file (or -)\n\n${usage}`);
  const [input] = positionals;
  const options = readOptions(values);
  if (input !== '-' && SOURCE_FILE.test(input)) {
    throw new CliError(
      `${input} looks like a source file. The importer reads JSON only and never evaluates code: export the ` +
        'config first in the page that uses it, e.g. copy(JSON.stringify(klaroConfig, null, 2)) in the browser ' +
        'console, and save it as a .json file.',
    );
  }
  if (values.out !== undefined && input !== '-' && resolve(values.out) === resolve(input)) {
    throw new CliError('--out must not be the input file');
  }
  const controller =
    values.controller === undefined ? undefined : await readJsonObject(values.controller, 'controller file');
  const core = await loadCore('importConfig');
  const text = await readText(input);
  const result = core.importConfig(text, { ...options, ...(controller === undefined ? {} : { controller }) });

  if (result.config === undefined) {
    // Not JSON, not a config, or one of another library: nothing to draft.
    const errors = result.findings.filter((finding) => finding.severity === 'error');
    throw new CliError(errors.map((finding) => finding.message).join('\n') || 'nothing could be imported');
  }

  const draftJson = `${JSON.stringify(result.config, null, 2)}\n`;
  if (values.out !== undefined) {
    try {
      await writeFile(values.out, draftJson, 'utf8');
    } catch (error) {
      throw new CliError(`cannot write ${values.out}: ${error.message}`);
    }
  }
  const valid = result.validation.valid;
  const problems = result.validation.problems;

  if (values.json) {
    const report = {
      ok: valid,
      format: result.format,
      valid,
      counts: result.counts,
      missing: result.missing,
      purposes: result.purposes,
      findings: result.findings,
      problems,
      config: result.config,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return valid ? EXIT_OK : EXIT_PROBLEM;
  }

  // The report goes to standard output when the draft is written to a file, else to standard error.
  const report = values.out === undefined ? process.stderr : process.stdout;
  for (const finding of result.findings) report.write(`${describeFinding(finding)}\n`);
  const { warning, info } = result.counts;
  report.write(`${plural(warning, 'warning')}, ${info} info. Read as ${result.format}.\n`);
  report.write(`Purposes (use these ids in data-consent, granted() and decisions):\n`);
  for (const purpose of result.purposes) report.write(`${describePurpose(purpose)}\n`);
  if (valid) {
    report.write('The draft validates. Read every clause before you use it: it is what visitors agree to.\n');
  } else {
    report.write(`The draft needs more before it validates (${plural(problems.length, 'problem')}):\n`);
    for (const problem of problems) report.write(`${describeProblem(problem, result.missing)}\n`);
  }
  if (values.out === undefined) process.stdout.write(draftJson);
  else report.write(`Draft written to ${printable(values.out)}.\n`);
  return valid ? EXIT_OK : EXIT_PROBLEM;
}
