import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { outlets } from '@parley/core/tables';
import { builder } from '../builder.ts';
import { OutletKind } from './enums.ts';

builder.drizzleNode('outlets', {
  name: 'Outlet',
  id: { column: (o) => o.id },
  description: 'A publisher as a record: its domains, kind, country and owner group (sites of one group are one origin).',
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: OutletKind, nullable: true, description: 'Null for an outlet met only through ingestion.' }),
    country: t.exposeString('country', { nullable: true }),
    ownerGroup: t.exposeString('ownerGroup', { nullable: true }),
    domains: t.stringList({
      select: { with: { domains: { columns: { domain: true }, orderBy: { domain: 'asc' } } } },
      resolve: (o) => o.domains.map((d) => d.domain),
    }),
    names: t.stringList({
      description: 'Every name it goes by, including wire credits ("AFP").',
      select: { with: { names: { columns: { text: true }, orderBy: { text: 'asc' } } } },
      resolve: (o) => o.names.map((n) => n.text),
    }),
  }),
});

builder.drizzleObjectFields('sources', (t) => ({
  outletRecord: t.relation('outletRecord', {
    nullable: true,
    description: "The outlet as a record (resolved from the URL's domain or the publisher's name).",
  }),
  wire: t.relation('wire', { nullable: true, description: 'The wire agency this source credits (dateline, byline or closing credit).' }),
  copyOf: t.relation('copyOf', {
    nullable: true,
    description: 'The earlier source this one republishes at length (always the original, not a copy).',
  }),
  copyEvidence: t.exposeString('copyEvidence', { nullable: true, description: 'Why it was judged a copy.' }),
}));

builder.queryFields((t) => ({
  outlets: t.drizzleConnection(
    {
      type: 'outlets',
      args: { kind: t.arg({ type: OutletKind }) },
      totalCount: (_p, args, ctx) => ctx.db.$count(outlets, args.kind ? eq(outlets.kind, args.kind) : undefined),
      resolve: (query, _p, args, ctx) =>
        ctx.db.query.outlets.findMany(query({ where: args.kind ? { kind: args.kind } : {}, orderBy: { name: 'asc', id: 'asc' } })),
    },
    { name: 'OutletConnection' },
    { name: 'OutletEdge' },
  ),
  outlet: t.drizzleField({
    type: 'outlets',
    nullable: true,
    args: { key: t.arg.string({ required: true, validate: z.string().max(120) }) },
    resolve: (query, _p, args, ctx) => ctx.db.query.outlets.findFirst(query({ where: { key: args.key } })),
  }),
}));
