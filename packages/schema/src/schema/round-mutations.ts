import { createRound, updateRound, updateRoundStatus, type ParticipantFields } from '@parley/core';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { idOf, optionalIdOf } from '../ids.ts';
import { DatePrecision, ParticipantRole, RoundOutcome, RoundStatus } from './enums.ts';
import { countryRule, nameRule, shortRule, textRule } from './inputs.ts';

const ParticipantInput = builder.inputType('ParticipantInput', {
  fields: (t) => ({ actorId: t.id({ required: true }), role: t.field({ type: ParticipantRole, required: true }) }),
});

const CreateRoundInput = builder.inputType('CreateRoundInput', {
  fields: (t) => ({
    processId: t.id({ required: true }),
    sequence: t.int({ required: true, validate: z.number().int().min(0).max(10_000) }),
    title: t.string({ required: true, validate: shortRule }),
    venueCity: t.string({ validate: nameRule }),
    venueCountry: t.string({ validate: countryRule }),
    startedOn: t.field({ type: 'Date' }),
    endedOn: t.field({ type: 'Date' }),
    status: t.field({ type: RoundStatus, defaultValue: 'SCHEDULED' }),
    outcome: t.field({ type: RoundOutcome }),
    participants: t.field({ type: [ParticipantInput], validate: z.array(z.any()).max(50) }),
  }),
});

const UpdateRoundInput = builder.inputType('UpdateRoundInput', {
  description: 'Status changes go through updateRoundStatus, which keeps the history.',
  fields: (t) => ({
    sequence: t.int({ validate: z.number().int().min(0).max(10_000) }),
    title: t.string({ validate: shortRule }),
    venueCity: t.string({ validate: nameRule }),
    venueCountry: t.string({ validate: countryRule }),
    startedOn: t.field({ type: 'Date' }),
    endedOn: t.field({ type: 'Date' }),
    outcome: t.field({ type: RoundOutcome }),
    participants: t.field({ type: [ParticipantInput], validate: z.array(z.any()).max(50), description: 'Replaces the participants.' }),
  }),
});

const UpdateRoundStatusInput = builder.inputType('UpdateRoundStatusInput', {
  fields: (t) => ({
    roundId: t.id({ required: true }),
    status: t.field({ type: RoundStatus, required: true }),
    at: t.field({ type: 'DateTime', required: true }),
    atPrecision: t.field({ type: DatePrecision, defaultValue: 'DAY' }),
    note: t.string({ required: true, validate: textRule }),
    sourceId: t.id(),
    outcome: t.field({ type: RoundOutcome }),
  }),
});

type ParticipantArg = typeof ParticipantInput.$inferInput;

/** Decodes participants for core; absent or null stays as it is. The ".0" is how errors have always named the field. */
function participantsOf(list: readonly ParticipantArg[] | null | undefined): ParticipantFields[] | null | undefined {
  return list == null ? list : list.map((p, i) => ({ actorId: idOf('Actor', String(p.actorId), `input.participants.${i}.actorId.0`), role: p.role }));
}

builder.mutationFields((t) => ({
  createRound: t.drizzleField({
    type: 'negotiationRounds',
    authScopes: { editor: true },
    args: { input: t.arg({ type: CreateRoundInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const id = await createRound(ctx, {
        ...input,
        processId: idOf('NegotiationProcess', String(input.processId), 'input.processId'),
        participants: participantsOf(input.participants),
      });
      return ctx.db.query.negotiationRounds.findFirst(query({ where: { id } })).then((r) => r!);
    },
  }),
  updateRound: t.drizzleField({
    type: 'negotiationRounds',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateRoundInput, required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const id = idOf('NegotiationRound', String(args.id), 'id');
      await updateRound(ctx, id, { ...args.input, participants: participantsOf(args.input.participants) });
      return ctx.db.query.negotiationRounds.findFirst(query({ where: { id } })).then((r) => r!);
    },
  }),
  updateRoundStatus: t.drizzleField({
    type: 'negotiationRounds',
    authScopes: { editor: true },
    description: "Appends to the round's status history; the round takes the status of its latest update. Publishes roundUpdated.",
    args: { input: t.arg({ type: UpdateRoundStatusInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const id = idOf('NegotiationRound', String(input.roundId), 'input.roundId');
      const { roundId: _roundId, sourceId, ...rest } = input;
      await updateRoundStatus(ctx, id, { ...rest, sourceId: optionalIdOf('Source', sourceId == null ? null : String(sourceId), 'input.sourceId') });
      return ctx.db.query.negotiationRounds.findFirst(query({ where: { id } })).then((r) => r!);
    },
  }),
}));
