// What "public" means for each node type, as one SQL condition on its table (alias x). Node lookups by id
// use it to hide unpublished and retracted rows from anonymous readers, as the lists already do.
export const PUBLIC_ROWS: Record<string, { table: string; where: string }> = {
  Actor: { table: 'actors', where: `x.status = 'ACTIVE'` },
  Source: { table: 'sources', where: 'x.retracted_at IS NULL' },
  Occasion: {
    table: 'occasions',
    where: `x.retracted_at IS NULL AND EXISTS (SELECT 1 FROM statements s WHERE s.occasion_id = x.id AND s.status = 'PUBLISHED')`,
  },
  Statement: { table: 'statements', where: `x.status = 'PUBLISHED'` },
  Quote: {
    table: 'quotes',
    where: `x.link = 'CONFIRMED' AND x.retracted_at IS NULL AND EXISTS (SELECT 1 FROM statements s WHERE s.id = x.statement_id AND s.status = 'PUBLISHED')`,
  },
  NegotiationProcess: { table: 'negotiation_processes', where: '1' },
  NegotiationRound: { table: 'negotiation_rounds', where: 'x.retracted_at IS NULL' },
  Demand: { table: 'demands', where: 'x.retracted_at IS NULL' },
  Event: { table: 'events', where: 'x.retracted_at IS NULL' },
  Claim: { table: 'claims', where: 'x.retracted_at IS NULL' },
  ClaimStance: { table: 'claim_stances', where: 'x.retracted_at IS NULL' },
  Discrepancy: { table: 'discrepancies', where: 'x.retracted_at IS NULL' },
};
