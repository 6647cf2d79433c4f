// trend(period, from, to): per period, per side and per pair of sides, with a verdict and its evidence.
// The rule lives in core (domain/trend.ts) and in README "The trend"; this file only shapes the answer.
import { trend, type TrendGroup, type TrendRow } from '@parley/core';
import { builder } from '../builder.ts';
import { badInput } from '../errors.ts';
import { Side } from './enums.ts';

type SideName = 'PK' | 'AF' | 'MEDIATORS' | 'OTHERS';
interface Evidence {
  statement: unknown;
  intensity: number;
  delta: number | null;
}
interface Group extends Omit<TrendGroup, 'evidence'> {
  evidence: Evidence[];
}
interface Row {
  period: string;
  sides: Group[];
  pairs: Group[];
}

const TrendPeriodEnum = builder.enumType('TrendPeriod', { values: ['MONTH', 'WEEK'] as const });
const VerdictEnum = builder.enumType('TrendVerdict', {
  values: ['DETERIORATED', 'IMPROVED', 'UNCHANGED'] as const,
  description: 'Mean intensity moved by at least 1.0 down (DETERIORATED) or up (IMPROVED), with at least 3 statements in both periods.',
});

const EvidenceRef = builder.objectRef<Evidence>('TrendEvidence').implement({
  fields: (t) => ({
    statement: t.drizzleField({ type: 'statements', resolve: (_q, e) => e.statement as never }),
    intensity: t.exposeFloat('intensity'),
    delta: t.exposeFloat('delta', { nullable: true, description: "Its intensity minus the previous period's mean." }),
  }),
});

const GroupRef = builder.objectRef<Group>('TrendGroup').implement({
  description: 'One side, or one pair of sides (statements by either that name the other), in one period.',
  fields: (t) => ({
    side: t.field({ type: Side, nullable: true, resolve: (g) => (g.group.includes('–') ? null : (g.group as SideName)) }),
    pair: t.field({ type: [Side], nullable: true, resolve: (g) => (g.group.includes('–') ? (g.group.split('–') as SideName[]) : null) }),
    statements: t.exposeInt('statements'),
    meanIntensity: t.exposeFloat('meanIntensity', { nullable: true }),
    previousMean: t.exposeFloat('previousMean', { nullable: true, description: 'Mean intensity in the period before.' }),
    change: t.exposeFloat('change', { nullable: true, description: 'meanIntensity − previousMean.' }),
    verdict: t.expose('verdict', { type: VerdictEnum }),
    evidence: t.expose('evidence', { type: [EvidenceRef], description: 'The statements that moved it most, at most 3.' }),
  }),
});

const TrendPointRef = builder.objectRef<Row>('TrendPeriodPoint').implement({
  fields: (t) => ({
    period: t.expose('period', { type: 'Date', description: 'First day of the month, or the Monday of the ISO week.' }),
    sides: t.expose('sides', { type: [GroupRef] }),
    pairs: t.expose('pairs', { type: [GroupRef], description: 'Pakistan–Afghanistan, Pakistan–mediators, Afghanistan–mediators.' }),
  }),
});

builder.queryFields((t) => ({
  trend: t.field({
    type: [TrendPointRef],
    description:
      'Per month or week: statements and mean intensity per side and per pair of sides, the change against the previous period, and a verdict with its evidence.',
    args: {
      period: t.arg({ type: TrendPeriodEnum, required: true }),
      from: t.arg({ type: 'Date', required: true }),
      to: t.arg({ type: 'Date', required: true }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.to < args.from) throw badInput('to', 'must not be before from');
      if (Date.parse(args.to) - Date.parse(args.from) > 5 * 366 * 86_400_000) throw badInput('to', 'the range may span at most five years');
      const rows: TrendRow[] = await trend(ctx.db, args.period, args.from, args.to);
      // The evidence of every group in one query, not one per group.
      const ids = [...new Set(rows.flatMap((r) => [...r.sides, ...r.pairs].flatMap((g) => g.evidence.map((e) => e.statementId))))];
      const found = ids.length ? await ctx.db.query.statements.findMany({ where: { id: { in: ids } } }) : [];
      const byId = new Map(found.map((s) => [s.id, s]));
      const shape = (g: TrendGroup): Group => ({
        ...g,
        evidence: g.evidence.map((e) => ({ statement: byId.get(e.statementId), intensity: e.intensity, delta: e.delta })),
      });
      return rows.map((r) => ({ period: r.period, sides: r.sides.map(shape), pairs: r.pairs.map(shape) }));
    },
  }),
}));
