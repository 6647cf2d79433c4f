import { eq } from 'drizzle-orm';
import { actors, negotiationRounds, occasions, statements, statementTargets, statementTopics } from '../db/schema.ts';
import { ACT_INTENSITY, type Act, type StatementStatus } from '../domain/enums.ts';
import { badInput } from '../errors.ts';
import { first, mustFind, optionalRef, write, type CommandContext, type WriteScope } from '../write/transaction.ts';
import { insertOccasion, type OccasionFields } from './occasions.ts';
import { insertQuote, type QuoteFields } from './quotes.ts';

export interface StatementFields {
  text: string;
  act: Act;
  conditional?: boolean | null;
  roundId?: number | null;
  note?: string | null;
  key?: string | null;
  status?: StatementStatus | null;
  targetIds?: readonly number[] | null;
  topics?: readonly string[] | null;
}

export type StatementRow = typeof statements.$inferSelect;
type OccasionCopy = Pick<typeof occasions.$inferSelect, 'id' | 'speakerId' | 'saidOn' | 'channel'>;

/**
 * The one statement-row rule: speaker, date and channel are copied from the occasion (so each feed filter or
 * ordering is one index), and intensity follows from the act by one table. The bench's bulk generator uses
 * it too, so nothing restates it.
 */
export function statementRow(occasion: OccasionCopy, input: Omit<StatementFields, 'targetIds' | 'topics'>) {
  return {
    key: input.key ?? null,
    occasionId: occasion.id,
    speakerId: occasion.speakerId,
    saidOn: occasion.saidOn,
    channel: occasion.channel,
    text: input.text,
    act: input.act,
    intensity: ACT_INTENSITY[input.act],
    conditional: input.conditional ?? false,
    roundId: input.roundId ?? null,
    status: input.status ?? 'PUBLISHED',
    note: input.note ?? null,
  } satisfies typeof statements.$inferInsert;
}

/** Replaces targets and topics when given; absent lists stay as they are. */
export async function setTargetsAndTopics(
  { tx }: WriteScope,
  statementId: number,
  targetIds: readonly number[] | null | undefined,
  topics: readonly string[] | null | undefined,
  field = 'input',
): Promise<void> {
  if (targetIds) {
    await tx.delete(statementTargets).where(eq(statementTargets.statementId, statementId));
    const ids = [...new Set(targetIds)];
    for (const [i, actorId] of ids.entries()) await mustFind(tx, actors, actorId, `${field}.targetIds.${i}`, 'actor');
    if (ids.length) await tx.insert(statementTargets).values(ids.map((actorId) => ({ statementId, actorId })));
  }
  if (topics) {
    await tx.delete(statementTopics).where(eq(statementTopics.statementId, statementId));
    const unique = [...new Set(topics)];
    if (unique.length) await tx.insert(statementTopics).values(unique.map((topic) => ({ statementId, topic })));
  }
}

/**
 * Inserts a statement on an existing occasion inside a running write, logs it, and announces it once
 * committed if it is published.
 */
export async function insertStatement(
  scope: WriteScope,
  occasion: OccasionCopy,
  input: StatementFields,
  field = 'input',
  action = 'create',
): Promise<StatementRow> {
  const roundId = await optionalRef(scope.tx, negotiationRounds, input.roundId, `${field}.roundId`, 'round');
  const row = (await first(
    scope.tx
      .insert(statements)
      .values(statementRow(occasion, { ...input, roundId }))
      .returning(),
  ))!;
  await setTargetsAndTopics(scope, row.id, input.targetIds, input.topics, field);
  scope.log('Statement', row.id, action, null, { ...row, targetIds: input.targetIds ?? [], topics: input.topics ?? [] });
  if (row.status === 'PUBLISHED') scope.publish('statementAdded', row.id);
  return row;
}

export interface CreateStatementInput extends StatementFields {
  /** An existing occasion; or give `occasion` to create one. */
  occasionId?: number | null;
  occasion?: OccasionFields | null;
  quotes?: readonly QuoteFields[] | null;
}

export function createStatement(ctx: CommandContext, input: CreateStatementInput): Promise<number> {
  return write(ctx, async (scope) => {
    if ((input.occasionId == null) === (input.occasion == null)) {
      throw badInput('input.occasionId', 'give exactly one of occasionId or occasion');
    }
    const occasion = input.occasion
      ? await insertOccasion(scope, input.occasion, 'input.occasion')
      : await mustFind(scope.tx, occasions, input.occasionId!, 'input.occasionId', 'occasion');
    const row = await insertStatement(scope, occasion, input);
    for (const [i, q] of (input.quotes ?? []).entries()) await insertQuote(scope, row.id, q, `input.quotes.${i}`);
    return row.id;
  });
}

export type StatementPatch = Partial<{ [K in keyof StatementFields]: StatementFields[K] | null }>;

/** Changes a statement; a new act brings its intensity with it. */
export async function changeStatement(scope: WriteScope, id: number, input: StatementPatch, field = 'input'): Promise<StatementRow> {
  const { tx, log } = scope;
  const before = await mustFind(tx, statements, id, 'id', 'statement');
  const patch: Partial<typeof statements.$inferInsert> = {};
  if (input.text === null || input.act === null) throw badInput(`${field}.${input.text === null ? 'text' : 'act'}`, 'must not be null');
  if (input.text != null) patch.text = input.text;
  if (input.act != null) Object.assign(patch, { act: input.act, intensity: ACT_INTENSITY[input.act] });
  if (input.conditional != null) patch.conditional = input.conditional;
  if (input.note !== undefined) patch.note = input.note;
  if (input.roundId !== undefined) patch.roundId = await optionalRef(tx, negotiationRounds, input.roundId, `${field}.roundId`, 'round');
  const after = Object.keys(patch).length ? (await first(tx.update(statements).set(patch).where(eq(statements.id, id)).returning()))! : before;
  await setTargetsAndTopics(scope, id, input.targetIds, input.topics, field);
  log('Statement', id, 'update', before, { ...after, targetIds: input.targetIds, topics: input.topics });
  return after;
}

export const updateStatement = (ctx: CommandContext, id: number, input: StatementPatch): Promise<number> =>
  write(ctx, async (scope) => (await changeStatement(scope, id, input)).id);
