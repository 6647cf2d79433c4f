// PostgreSQL twin of ../schema-audit.ts: API tokens, the change log, idempotency keys.
import { index, integer, json, primaryKey, text } from 'drizzle-orm/pg-core';
import { TOKEN_ROLES } from '../../domain/enums.ts';
import { createdAt, pgTable, serialId } from './columns.ts';

export const apiTokens = pgTable('api_tokens', {
  id: serialId(),
  name: text().notNull(),
  role: text({ enum: TOKEN_ROLES }).notNull(),
  // SHA-256 of the secret: the secret itself is shown once and never stored.
  tokenHash: text().notNull().unique(),
  createdAt: createdAt(),
  revokedAt: text(),
});

export const changes = pgTable(
  'changes',
  {
    id: serialId(),
    at: createdAt(),
    tokenId: integer().references(() => apiTokens.id),
    who: text().notNull(),
    entity: text().notNull(),
    entityId: integer().notNull(),
    action: text().notNull(),
    before: json(),
    after: json(),
  },
  (t) => [index('changes_entity_idx').on(t.entity, t.entityId, t.id), index('changes_at_idx').on(t.at, t.id)],
);

/**
 * Idempotency keys of writes: the key is claimed inside the write's own transaction, so a retried request can
 * tell a committed write from one that never happened; the answer is kept beside it to be replayed.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    key: text().notNull(),
    // Who sent it: keys are per writer, so two clients cannot collide or read each other's answers.
    who: text().notNull(),
    response: text(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.who, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);
