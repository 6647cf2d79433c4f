// One origin per story, however many sites printed it: a copy counts as what it copies (the original
// source, or the wire it credits), an outlet counts as its owner group when it has one, and a source with no
// outlet record (older rows) counts by its outlet's name. Shared by the GraphQL field and any report.
import { sql, type SQL } from 'drizzle-orm';

/** count(DISTINCT origin) over the confirmed quotes of the statement whose id column is given. */
export const INDEPENDENT_ORIGIN_SQL = (statementId: SQL | unknown): SQL<number> => sql<number>`(
  SELECT count(DISTINCT CASE
    WHEN wo.id IS NOT NULL THEN coalesce('g:' || wo.owner_group, 'o:' || wo.id)
    WHEN ro.id IS NOT NULL THEN coalesce('g:' || ro.owner_group, 'o:' || ro.id)
    ELSE 'n:' || lower(r.outlet) END)
  FROM quotes q
  JOIN sources s ON s.id = q.source_id
  JOIN sources r ON r.id = coalesce(s.copy_of_id, s.id)
  LEFT JOIN outlets wo ON wo.id = coalesce(s.wire_outlet_id, r.wire_outlet_id)
  LEFT JOIN outlets ro ON ro.id = r.outlet_id
  WHERE q.statement_id = ${statementId} AND q.link = 'CONFIRMED')`;
