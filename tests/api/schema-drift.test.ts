import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printParleySchema } from '@parley/schema';
import { expect, test } from 'vitest';

test('schema.graphql is the printed schema (run `pnpm schema:print` after changing the schema)', () => {
  const checkedIn = readFileSync(fileURLToPath(new URL('../../packages/schema/schema.graphql', import.meta.url)), 'utf8');
  expect(checkedIn).toBe(printParleySchema());
});

test('the contract core keeps its names', () => {
  const sdl = printParleySchema();
  for (const name of [
    'node(id: ID!): Node',
    'nodes(ids: [ID!]!): [Node]!',
    'actor(slug: String!): Actor',
    'resolveActor(name: String!): Actor',
    'type ActorConnection',
    'type StatementConnection',
    'type SourceConnection',
    'type NegotiationRoundConnection',
    'type EventConnection',
    'type ClaimConnection',
    'statementAdded(filter: StatementFilter): Statement!',
    'roundUpdated(roundId: ID): NegotiationRound!',
    'escalation(from: Date, to: Date): [EscalationPoint!]!',
  ]) {
    expect(sdl).toContain(name);
  }
});
