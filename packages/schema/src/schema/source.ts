import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { citationLabel, createSource, updateSource } from '@parley/core';
import { quotes, sources } from '@parley/core/tables';
import { builder } from '../builder.ts';
import { idOf } from '../ids.ts';
import { DatePrecision, QuoteLink, SourceKind } from './enums.ts';
import { bodyRule, languageRule, nameRule, shortRule, urlRule } from './inputs.ts';

builder.drizzleNode('sources', {
  name: 'Source',
  id: { column: (s) => s.id },
  // Only the columns a query asks for: a source's body is the whole article, and loading it for every
  // quote of a 50-statement feed made that query ~20% slower (bench/results).
  select: {},
  fields: (t) => ({
    key: t.exposeString('key', { nullable: true, description: 'Stable citation key, where the source has one.' }),
    title: t.exposeString('title'),
    outlet: t.exposeString('outlet'),
    label: t.string({
      description: 'How readers see the source named: its outlet, or the start of its title while the outlet is unknown (as citations read).',
      select: { columns: { title: true, outlet: true } },
      resolve: (s) => citationLabel(s),
    }),
    kind: t.expose('kind', { type: SourceKind }),
    url: t.exposeString('url', { nullable: true }),
    publishedOn: t.expose('publishedOn', { type: 'Date', nullable: true }),
    publishedPrecision: t.expose('publishedPrecision', { type: DatePrecision }),
    language: t.exposeString('language'),
    body: t.exposeString('body'),
    contentHash: t.exposeString('contentHash'),
    quotes: t.relation('quotes', {
      description: 'The quotes recorded from this source, in reading order. By default only confirmed ones.',
      args: { links: t.arg({ type: [QuoteLink], defaultValue: ['CONFIRMED'] }) },
      query: (args) => ({ where: { link: { in: [...(args.links ?? ['CONFIRMED'])] }, retractedAt: { isNull: true } }, orderBy: { start: 'asc', id: 'asc' } }),
    }),
    quoteCount: t.relatedCount('quotes', { where: and(eq(quotes.link, 'CONFIRMED'), isNull(quotes.retractedAt)) }),
  }),
});

const CreateSourceInput = builder.inputType('CreateSourceInput', {
  fields: (t) => ({
    title: t.string({ required: true, validate: shortRule }),
    outlet: t.string({ required: true, validate: nameRule }),
    kind: t.field({ type: SourceKind, defaultValue: 'NEWS_ARTICLE' }),
    url: t.string({ validate: urlRule }),
    publishedOn: t.field({ type: 'Date' }),
    publishedPrecision: t.field({ type: DatePrecision, defaultValue: 'DAY' }),
    language: t.string({ defaultValue: 'en', validate: languageRule }),
    body: t.string({ required: true, validate: bodyRule }),
  }),
});

const UpdateSourceInput = builder.inputType('UpdateSourceInput', {
  description: "A source's body cannot change: quotes point into it by offset.",
  fields: (t) => ({
    title: t.string({ validate: shortRule }),
    outlet: t.string({ validate: nameRule }),
    kind: t.field({ type: SourceKind }),
    url: t.string({ validate: urlRule }),
    publishedOn: t.field({ type: 'Date' }),
    publishedPrecision: t.field({ type: DatePrecision }),
    language: t.string({ validate: languageRule }),
  }),
});

builder.queryFields((t) => ({
  sources: t.drizzleConnection(
    {
      type: 'sources',
      totalCount: (_p, _a, ctx) => ctx.db.$count(sources, isNull(sources.retractedAt)),
      resolve: (query, _p, _a, ctx) =>
        ctx.db.query.sources.findMany(query({ where: { retractedAt: { isNull: true } }, orderBy: { publishedOn: 'desc', id: 'desc' } })),
    },
    { name: 'SourceConnection' },
    { name: 'SourceEdge' },
  ),
  source: t.drizzleField({
    type: 'sources',
    nullable: true,
    description: 'A source by its citation key.',
    args: { key: t.arg.string({ required: true, validate: z.string().max(120) }) },
    resolve: (query, _p, args, ctx) => ctx.db.query.sources.findFirst(query({ where: { key: args.key, retractedAt: { isNull: true } } })),
  }),
}));

builder.mutationFields((t) => ({
  createSource: t.drizzleField({
    type: 'sources',
    authScopes: { editor: true },
    description: 'Idempotent on content: the same text again returns the source already stored.',
    args: { input: t.arg({ type: CreateSourceInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createSource(ctx, input);
      return ctx.db.query.sources.findFirst(query({ where: { id } })).then((s) => s!);
    },
  }),
  updateSource: t.drizzleField({
    type: 'sources',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateSourceInput, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = idOf('Source', String(args.id), 'id');
      await updateSource(ctx, id, args.input);
      return ctx.db.query.sources.findFirst(query({ where: { id } })).then((s) => s!);
    },
  }),
}));
