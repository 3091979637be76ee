// Shared by the unticked subcommands: exit codes, errors that end a command, argument parsing and file reading.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

export const EXIT_OK = 0;
/** The command ran and found a problem, e.g. an invalid receipt. */
export const EXIT_PROBLEM = 1;
/** Wrong arguments, unreadable input, or a missing build. */
export const EXIT_USAGE = 2;

/** An error the user can fix; printed without a stack trace. */
export class CliError extends Error {
  constructor(message, exitCode = EXIT_USAGE) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** `util.parseArgs`, strict, with its errors turned into usage errors that show the command's usage. */
export function parseCommandArgs(args, options, usage) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${error.message}\n\n${usage}`);
  }
}

/** Reads a file, or standard input for `-`, as UTF-8. */
export async function readText(path) {
  try {
    if (path !== '-') return await readFile(path, 'utf8');
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    throw new CliError(`cannot read ${path === '-' ? 'standard input' : path}: ${error.message}`);
  }
}

/** Reads and parses a JSON file that must hold an object; `what` names it in errors. */
export async function readJsonObject(path, what) {
  const text = await readText(path);
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${what} ${path} is not JSON: ${error.message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError(`${what} ${path} must hold a JSON object`);
  }
  return value;
}
