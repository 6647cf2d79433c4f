import { accessSync, constants, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { openDatabase } from '@parley/core';
import { parse, UsageError, userPath } from './cli-args.ts';
import { specOf, usageOf } from './cli-commands.ts';

const writable = (path: string) => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** Every reason the backup could not land at `target`, found before the database is opened. */
function checkTarget(target: string, databasePath: string, force: boolean): void {
  const folder = dirname(target);
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new UsageError(`${target} is a folder; name the file to write, e.g. ${join(target, 'parley-backup.db')}`);
  }
  if (target === resolve(databasePath)) throw new UsageError(`${target} is the database itself; name another file`);
  if (existsSync(target) && !force) throw new UsageError(`${target} already exists; pass --force to overwrite it`);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`${folder}: no such folder`);
  if (!writable(folder)) throw new UsageError(`${folder} is not writable`);
}

/** `parley backup FILE [--force]`: an online copy through SQLite's backup API. */
export async function runBackup(args: string[], databasePath: string): Promise<number> {
  const spec = specOf('backup');
  const { values, positionals } = parse(args, spec);
  if (positionals.length !== 1) throw new UsageError(usageOf(spec));
  const target = userPath(positionals[0]!);
  checkTarget(target, databasePath, values.force === true);
  // Written beside the target and renamed over it, so an interrupted backup never leaves half a file under
  // the name, and --force replaces whatever was there rather than writing pages into another database.
  const partial = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  const db = openDatabase(databasePath);
  let last = 0;
  try {
    await db.$client.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        const done = Math.round(((totalPages - remainingPages) / Math.max(totalPages, 1)) * 100);
        if (done >= last + 10) {
          process.stdout.write(`\r  ${done}%`);
          last = done;
        }
        return 200;
      },
    });
    // A journal left by the database being replaced would be replayed into the new copy on its first open.
    for (const leftover of [`${target}-wal`, `${target}-shm`, `${target}-journal`]) rmSync(leftover, { force: true });
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new Error(`backup to ${target} failed: ${(error as Error).message}`);
  } finally {
    db.$client.close();
  }
  console.log(`\nBacked up ${databasePath} to ${target}`);
  return 0;
}
