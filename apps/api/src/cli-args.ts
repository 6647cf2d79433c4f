import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how the command was called: one line and exit code 2, never a stack trace. */
export class UsageError extends Error {}

/** Paths given on the command line are the user's: relative to where they ran pnpm, not to this package. */
export const userPath = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parse(args: string[], options: ParseArgsConfig['options'], allowPositionals = false): Parsed {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true }) as Parsed;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
