import { GraphQLError, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ParleyDb } from '@parley/core';

/**
 * Storage faults — a read-only or vanished file, a full disk, an I/O error — are not the client's mistake
 * and not a bug: they are the server being unable to keep what it is sent. Writes that hit one answer
 * SERVICE_UNAVAILABLE (HTTP 503), the fault is logged once with its cause, and /healthz reports it until a
 * write succeeds again.
 */
const STORAGE_CODES = /^SQLITE_(READONLY|FULL|IOERR|CANTOPEN|CORRUPT|NOTADB|PERM|NOLFS|NOMEM)/;

export interface StorageFault {
  code: string;
  message: string;
  since: string;
}

/** The first SQLite error code in an error's chain (Drizzle wraps better-sqlite3's error as its cause). */
export function sqliteCodeOf(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
    current = (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return null;
}

/** The SQLite storage error somewhere in an error's chain (Drizzle and GraphQL both wrap it), if any. */
export function storageErrorOf(error: unknown): { code: string; message: string } | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && STORAGE_CODES.test(code)) return { code, message: (current as Error).message };
    current = (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return null;
}

export function storageUnavailable(path?: readonly (string | number)[]): GraphQLError {
  return new GraphQLError('The database cannot store anything right now; try again later', {
    path,
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: { 'retry-after': '30' } } },
  });
}

const faults = new WeakMap<ParleyDb, StorageFault>();

/** The storage fault this database is in, or null when its last write went through. */
export function storageFault(db: ParleyDb): StorageFault | null {
  return faults.get(db) ?? null;
}

export function recordStorageFault(db: ParleyDb, error: { code: string; message: string }, log: (line: string) => void): void {
  const current = faults.get(db);
  if (current?.code === error.code) return; // logged once, not once per failing write
  faults.set(db, { ...error, since: new Date().toISOString() });
  log(`Storage fault: ${error.code}: ${error.message} — writes answer SERVICE_UNAVAILABLE and /healthz 503 until one succeeds`);
}

function clearStorageFault(db: ParleyDb, log: (line: string) => void): void {
  if (!faults.has(db)) return;
  faults.delete(db);
  log('Storage recovered: writes succeed again');
}

/** Watches each operation's result: storage errors set the fault, a mutation that succeeds clears it. */
export function storageHealth(db: ParleyDb, log: (line: string) => void = (line) => console.error(line)): Plugin {
  return {
    onExecute({ args }) {
      const isMutation = (args.document as DocumentNode).definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation');
      return {
        onExecuteDone({ result }) {
          if (!result || Symbol.asyncIterator in (result as object)) return;
          const errors = (result as ExecutionResult).errors ?? [];
          const fault = errors.map(storageErrorOf).find((e) => e !== null);
          if (fault) recordStorageFault(db, fault, log);
          else if (isMutation && errors.length === 0) clearStorageFault(db, log);
        },
      };
    },
  };
}
