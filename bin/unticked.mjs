#!/usr/bin/env node
// unticked: command-line tools for consent receipts.
//
// Each subcommand is a module in ./commands/ exporting `summary` (one line), `usage` (its help text) and
// `run(args)`, which resolves to the exit code. Adding a command is one line in COMMANDS.
//
// Exit codes: 0 success, 1 the command ran and found a problem (e.g. an invalid receipt), 2 usage or setup error.
import { readFileSync } from 'node:fs';
import { CliError, EXIT_USAGE, printable, terminalSafe } from './lib/cli.mjs';

const COMMANDS = {
  verify: () => import('./commands/verify.mjs'),
  keygen: () => import('./commands/keygen.mjs'),
  lint: () => import('./commands/lint.mjs'),
  import: () => import('./commands/import.mjs'),
};

async function help() {
  const lines = ['Usage: unticked <command> [options]', '', 'Commands:'];
  for (const [name, load] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(8)} ${(await load()).summary}`);
  lines.push('', 'Run `unticked <command> --help` for the options of a command.');
  return `${lines.join('\n')}\n`;
}

function version() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return `${pkg.version}\n`;
}

async function main(argv) {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h') {
    process.stdout.write(await help());
    return 0;
  }
  if (name === '--version') {
    process.stdout.write(version());
    return 0;
  }
  if (name === 'help' && args[0] && Object.hasOwn(COMMANDS, args[0])) {
    process.stdout.write((await COMMANDS[args[0]]()).usage);
    return 0;
  }
  if (name === undefined || !Object.hasOwn(COMMANDS, name)) {
    if (name !== undefined && name !== 'help')
      process.stderr.write(`unticked: unknown command "${printable(name)}"\n\n`);
    process.stderr.write(await help());
    return name === 'help' ? 0 : EXIT_USAGE;
  }
  const command = await COMMANDS[name]();
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(command.usage);
    return 0;
  }
  return command.run(args);
}

// A reader that stops early (`unticked lint config.json | head -1`) closes the pipe: the rest of the output has
// nowhere to go, which is no failure of the command. It finishes and exits with its own code.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`unticked: ${terminalSafe(error.message)}\n`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(
      `unticked: ${terminalSafe(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
    );
    process.exitCode = EXIT_USAGE;
  }
}
