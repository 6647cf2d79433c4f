import { addFeed, pauseFeed, removeFeed, resumeFeed } from '@parley/core';
import { feeds } from '@parley/core/tables';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { globalIdOf, idOf } from '../ids.ts';
import { FeedItemOutcome, FeedStatus } from './enums.ts';
import { nameRule, urlRule } from './inputs.ts';

builder.drizzleObject('feedItems', {
  name: 'FeedItem',
  description: 'One item a feed listed, and what became of it.',
  fields: (t) => ({
    url: t.exposeString('url'),
    title: t.exposeString('title', { nullable: true }),
    outcome: t.expose('outcome', { type: FeedItemOutcome }),
    note: t.exposeString('note', { nullable: true }),
    seenAt: t.expose('seenAt', { type: 'DateTime' }),
    source: t.relation('source', { nullable: true }),
  }),
});

builder.drizzleNode('feeds', {
  name: 'Feed',
  id: { column: (f) => f.id },
  description: 'An RSS or Atom feed Parley polls; each new article goes through extraction into the review queue.',
  fields: (t) => ({
    url: t.exposeString('url'),
    title: t.exposeString('title', { nullable: true, description: 'As the feed names itself.' }),
    outlet: t.exposeString('outlet'),
    outletRecord: t.relation('outletRecord', { nullable: true }),
    intervalMinutes: t.exposeInt('intervalMinutes'),
    status: t.expose('status', { type: FeedStatus }),
    lastPolledAt: t.expose('lastPolledAt', { type: 'DateTime', nullable: true }),
    lastSuccessAt: t.expose('lastSuccessAt', { type: 'DateTime', nullable: true }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Why the last poll failed; null after a success.' }),
    failures: t.exposeInt('failures', { description: 'Consecutive failed polls; each doubles the wait before the next (up to a day).' }),
    nextPollAt: t.expose('nextPollAt', { type: 'DateTime' }),
    items: t.relatedConnection('items', {
      description: 'Items seen, newest first.',
      totalCount: true,
      query: { orderBy: { seenAt: 'desc', id: 'desc' } },
    }),
  }),
});

const AddFeedInput = builder.inputType('AddFeedInput', {
  fields: (t) => ({
    url: t.string({ required: true, validate: urlRule }),
    outlet: t.string({ required: true, validate: nameRule }),
    intervalMinutes: t.int({
      defaultValue: 30,
      validate: z.number().int().min(1, 'must be at least 1').max(10_080, 'must be at most 10,080 (a week)'),
    }),
  }),
});

builder.queryFields((t) => ({
  feeds: t.drizzleConnection(
    {
      type: 'feeds',
      authScopes: { editor: true },
      description: 'Followed feeds with their health. Needs a token.',
      totalCount: (_p, _a, ctx) => ctx.db.$count(feeds),
      resolve: (query, _p, _a, ctx) => ctx.db.query.feeds.findMany(query({ orderBy: { id: 'asc' } })),
    },
    { name: 'FeedConnection' },
    { name: 'FeedEdge' },
  ),
}));

builder.mutationFields((t) => {
  const byId = (description: string, command: typeof pauseFeed) =>
    t.drizzleField({
      type: 'feeds',
      authScopes: { editor: true },
      description,
      args: { id: t.arg.id({ required: true }) },
      resolve: async (query, _r, args, ctx) => {
        const id = await command(ctx, idOf('Feed', String(args.id), 'id'));
        return ctx.db.query.feeds.findFirst(query({ where: { id } })).then((f) => f!);
      },
    });
  return {
    addFeed: t.drizzleField({
      type: 'feeds',
      authScopes: { editor: true },
      description: 'Follows an RSS or Atom feed. It is polled at once, then every intervalMinutes.',
      args: { input: t.arg({ type: AddFeedInput, required: true }) },
      resolve: async (query, _r, { input }, ctx) => {
        const id = await addFeed(ctx, input);
        return ctx.db.query.feeds.findFirst(query({ where: { id } })).then((f) => f!);
      },
    }),
    pauseFeed: byId('Stops polling a feed until it is resumed.', pauseFeed),
    resumeFeed: byId('Polls a paused feed again, at once, forgetting its backoff.', resumeFeed),
    removeFeed: t.id({
      authScopes: { editor: true },
      description: "Stops following a feed; the sources it brought in stay. Returns the removed feed's id.",
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_r, args, ctx) => globalIdOf('Feed', await removeFeed(ctx, idOf('Feed', String(args.id), 'id'))),
    }),
  };
});

builder.subscriptionFields((t) => ({
  reviewQueueChanged: t.id({
    description:
      'The id of a source whose quotes awaiting review changed (an article arrived by any path, or a quote was settled). Carries no content, so it is public: the review page re-reads its queue with its token.',
    subscribe: (_r, _a, ctx) => ctx.pubsub.subscribe('reviewQueueChanged'),
    resolve: (id) => globalIdOf('Source', id as unknown as number),
  }),
}));
