import { builder } from '../builder.ts';
import { queryRows } from '@parley/core';
import type { Side as SideValue } from '@parley/core';
import { SIDE_SQL } from '@parley/core';
import { badInput } from '../errors.ts';
import { Side } from './enums.ts';

interface SidePoint {
  side: SideValue;
  statements: number;
  meanIntensity: number;
  minIntensity: number;
}
interface Point {
  day: string;
  statements: number;
  meanIntensity: number;
  minIntensity: number;
  sides: SidePoint[];
}

const SidePointRef = builder.objectRef<SidePoint>('SideIntensity').implement({
  fields: (t) => ({
    side: t.expose('side', { type: Side }),
    statements: t.exposeInt('statements'),
    meanIntensity: t.exposeFloat('meanIntensity'),
    minIntensity: t.exposeFloat('minIntensity', { description: 'The most hostile statement of the day.' }),
  }),
});

const EscalationPoint = builder.objectRef<Point>('EscalationPoint').implement({
  description: 'One day of statements on the conflict–cooperation scale, overall and per side.',
  fields: (t) => ({
    day: t.expose('day', { type: 'Date' }),
    statements: t.exposeInt('statements'),
    meanIntensity: t.exposeFloat('meanIntensity'),
    minIntensity: t.exposeFloat('minIntensity'),
    sides: t.expose('sides', { type: [SidePointRef] }),
  }),
});

// Statements dated only to the month would pile onto the 1st and fake a spike, so they are left out.
const ESCALATION_SQL = `
  WITH sided AS (
    SELECT a.id AS id, ${SIDE_SQL} AS side FROM actors a LEFT JOIN actors p ON p.id = a.parent_id
  )
  SELECT s.said_on AS day, sided.side AS side, count(*) AS statements,
         avg(CAST(s.intensity AS DOUBLE PRECISION)) AS "meanIntensity", min(s.intensity) AS "minIntensity"
  FROM statements s
  JOIN occasions o ON o.id = s.occasion_id
  JOIN sided ON sided.id = s.speaker_id
  WHERE s.status = 'PUBLISHED' AND o.date_precision != 'MONTH' AND s.said_on >= ? AND s.said_on <= ?
  GROUP BY s.said_on, sided.side
  ORDER BY s.said_on, sided.side`;

builder.queryFields((t) => ({
  escalation: t.field({
    type: [EscalationPoint],
    description: 'Per day: number of statements and their intensity, overall and per side (PK, AF, mediators, others).',
    args: { from: t.arg({ type: 'Date' }), to: t.arg({ type: 'Date' }) },
    resolve: async (_root, args, ctx) => {
      if (args.from && args.to && args.to < args.from) throw badInput('to', 'must not be before from');
      const rows = await queryRows<SidePoint & { day: string }>(ctx.db, ESCALATION_SQL, args.from ?? '0000-01-01', args.to ?? '9999-12-31');
      const days = new Map<string, Point>();
      for (const { day, ...side } of rows) {
        let point = days.get(day);
        if (!point) {
          point = { day, statements: 0, meanIntensity: 0, minIntensity: Infinity, sides: [] };
          days.set(day, point);
        }
        point.meanIntensity = (point.meanIntensity * point.statements + side.meanIntensity * side.statements) / (point.statements + side.statements);
        point.statements += side.statements;
        point.minIntensity = Math.min(point.minIntensity, side.minIntensity);
        point.sides.push(side);
      }
      return [...days.values()];
    },
  }),
}));
