// Who may write, what they wrote, and the idempotency keys of their requests. Re-exported by schema.ts.
import { index, integer, primaryKey, text } from 'drizzle-orm/sqlite-core';
import { TOKEN_ROLES } from '../domain/enums.ts';
import { createdAt, jsonText, sqliteTable } from './columns.ts';

export const apiTokens = sqliteTable('api_tokens', {
  id: integer().primaryKey({ autoIncrement: true }),
  name: text().notNull(),
  role: text({ enum: TOKEN_ROLES }).notNull(),
  // SHA-256 of the secret: the secret itself is shown once and never stored.
  tokenHash: text().notNull().unique(),
  createdAt: createdAt(),
  revokedAt: text(),
});

export const changes = sqliteTable(
  'changes',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: createdAt(),
    tokenId: integer().references(() => apiTokens.id),
    who: text().notNull(),
    entity: text().notNull(),
    entityId: integer().notNull(),
    action: text().notNull(),
    before: jsonText(),
    after: jsonText(),
  },
  (t) => [index('changes_entity_idx').on(t.entity, t.entityId, t.id), index('changes_at_idx').on(t.at, t.id)],
);

/**
 * Idempotency keys of writes: the key is claimed inside the write's own transaction, so a retried request can
 * tell a committed write from one that never happened; the answer is kept beside it to be replayed.
 */
export const idempotencyKeys = sqliteTable(
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
