// Public exports of statements, events, claims and rounds: the SQL for one export, and its rows read on a
// connection of the export's own, one consistent snapshot, pulled only as fast as the reader takes them.
import { engineOf } from '../db/engine.ts';
import type { ParleyDb } from '../db/open.ts';
import { claimParams, eventParams, roundParams, statementParams } from './params.ts';
import { claimExport, eventExport, roundExport } from './others.ts';
import { type OpenExport, readPostgres, readSqlite } from './read.ts';
import { citationRenderer, EXPORT_JSON, type ExportQuery, type SourceLookup } from './shared.ts';
import { statementExport } from './statements.ts';

export type { OpenExport } from './read.ts';
export type { ExportQuery } from './shared.ts';
export const EXPORTS = ['statements', 'events', 'claims', 'rounds'] as const;
export type ExportName = (typeof EXPORTS)[number];

/**
 * The export's query from URL query parameters (checked by name: a bad one is BAD_USER_INPUT naming it) for the
 * engine of `db`. `lookup` finds the sources that curated text cites.
 */
export function buildExport(db: ParleyDb, name: ExportName, params: URLSearchParams, lookup: SourceLookup): ExportQuery {
  const json = EXPORT_JSON[engineOf(db)];
  const cited = citationRenderer(lookup);
  switch (name) {
    case 'statements':
      return statementExport(db, cited, statementParams(db, params));
    case 'events':
      return eventExport(json, cited, eventParams(params));
    case 'claims':
      return claimExport(json, cited, claimParams(params));
    case 'rounds':
      return roundExport(json, cited, roundParams(params));
  }
}

/** Checks the parameters, then opens the export's snapshot. Throws a ParleyError before anything is read. */
export async function openExport(db: ParleyDb, name: ExportName, params: URLSearchParams): Promise<OpenExport> {
  const build = (lookup: SourceLookup) => buildExport(db, name, params, lookup);
  return engineOf(db) === 'sqlite' ? readSqlite(db, build) : readPostgres(db, build);
}
