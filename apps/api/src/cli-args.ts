import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CommandSpec } from './cli-commands.ts';

/** A mistake in how the command was called: one line and exit code 2, never a stack trace. */
export class UsageError extends Error {}

/** Paths given on the command line are the user's: relative to where they ran pnpm, not to this package. */
export const userPath = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Parses a command's arguments against its spec. Node's own messages explain `--` and positional
 * arguments at length; the user gets the option at fault and where to read about the others.
 * `called` is what the user typed (`feed remove`), for the pointer to --help.
 */
export function parse(args: string[], spec: CommandSpec, called: string[] = spec.words): Parsed {
  const options = Object.fromEntries(Object.entries(spec.options ?? {}).map(([name, o]) => [name, { type: o.type }]));
  try {
    return parseArgs({ args, options, allowPositionals: spec.args !== undefined, strict: true }) as Parsed;
  } catch (error) {
    const { code, message } = error as Error & { code?: string };
    const quoted = /'([^' ]+)/.exec(message)?.[1] ?? '';
    const what =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `unknown option ${quoted}`
        : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
          ? `unexpected argument "${quoted}"`
          : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
            ? /missing/.test(message)
              ? `${quoted} needs a value`
              : `${quoted} takes no value`
            : message.split('. ')[0]!;
    throw new UsageError(`${what}; run \`parley ${called.join(' ')} --help\` for its usage`);
  }
}

/**
 * For commands that only read or change what is there: a DATABASE_PATH that does not exist is a typo, and
 * opening it would quietly create a folder and an empty ledger in its name.
 */
export function requireDatabase(path: string): void {
  if (path === ':memory:') return;
  if (!existsSync(path)) throw new UsageError(`no database at ${path}; check DATABASE_PATH (\`parley seed\` creates one)`);
  if (statSync(path).isDirectory()) throw new UsageError(`DATABASE_PATH ${path} is a folder, not an SQLite file`);
}
