// Public exports of statements, events, claims and rounds: the SQL for one export and how its rows become
// records. Hosts stream them (apps/api: CSV and JSONL over HTTP) by iterating the SQL on a read connection.
import type Database from 'better-sqlite3';
import type { ParleyDb } from '../db/open.ts';
import { claimParams, eventParams, roundParams, statementParams } from './params.ts';
import { claimExport, eventExport, roundExport } from './others.ts';
import type { ExportQuery } from './shared.ts';
import { statementExport } from './statements.ts';

export type { ExportQuery } from './shared.ts';
export const EXPORTS = ['statements', 'events', 'claims', 'rounds'] as const;
export type ExportName = (typeof EXPORTS)[number];

/**
 * Builds an export from URL query parameters (checked by name: a bad one is BAD_USER_INPUT naming it).
 * `db` checks parameters (full-text syntax) and renders the SQL; `client` is the connection that will run it.
 */
export function buildExport(db: ParleyDb, client: Database.Database, name: ExportName, params: URLSearchParams): ExportQuery {
  switch (name) {
    case 'statements':
      return statementExport(db, client, statementParams(db, params));
    case 'events':
      return eventExport(client, eventParams(params));
    case 'claims':
      return claimExport(client, claimParams(params));
    case 'rounds':
      return roundExport(client, roundParams(params));
  }
}
