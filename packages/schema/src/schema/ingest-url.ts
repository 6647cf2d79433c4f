import { ingestUrl } from '@parley/core';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { IngestResultRef } from './ingest.ts';
import { languageRule, nameRule, shortRule, urlRule } from './inputs.ts';

const IngestUrlInput = builder.inputType('IngestUrlInput', {
  description: "An article by its address. The page's own metadata fills what is not given here.",
  fields: (t) => ({
    url: t.string({ required: true, validate: urlRule }),
    title: t.string({ validate: shortRule }),
    outlet: t.string({ validate: nameRule }),
    publishedOn: t.field({ type: 'Date' }),
    language: t.string({ validate: languageRule }),
    autoConfirmAbove: t.float({ validate: z.number().min(0).max(1) }),
  }),
});

builder.mutationFields((t) => ({
  ingestUrl: t.field({
    type: IngestResultRef,
    authScopes: { editor: true },
    description:
      'Fetches an article (public addresses only, unless the server allows more), reads its main text and metadata, and ingests it as ingestArticle does. The same URL or the same text again returns the stored source.',
    args: { input: t.arg({ type: IngestUrlInput, required: true }) },
    resolve: (_r, { input }, ctx) => ingestUrl(ctx, input, ctx.outbound),
  }),
}));
