'use client';
import Link from 'next/link';
import { useState } from 'react';
import { Empty } from '@/components/States.tsx';
import type { TrendQuery } from '@/graphql/alert-documents.ts';
import type { ResultOf } from '@/graphql/tada.ts';
import { formatDate, formatIntensity, label, sideName } from '@/lib/format.ts';
import { hrefFor } from '@/lib/ref.ts';
import '@/styles/trend.css';

type Point = ResultOf<typeof TrendQuery>['trend'][number];
type Group = Point['sides'][number];

const groupName = (g: Group) => (g.pair ? g.pair.map(sideName).join(' – ') : g.side ? sideName(g.side) : '');
const signed = (v: number | null | undefined) => (v == null ? '—' : formatIntensity(v));
const periodName = (p: string, week: boolean) => (week ? `Week of ${formatDate(p)}` : formatDate(p, 'MONTH'));

/**
 * Per month or week, each side's and each pair's verdict against the period before, with the statements that
 * moved it most. The rule is the API's: a move of at least 1.0 in mean intensity with 3+ statements in both.
 */
export function TrendView({ month, week }: { month: Point[]; week: Point[] }) {
  const [weekly, setWeekly] = useState(false);
  const points = weekly ? week : month;
  const [chosen, setChosen] = useState<string | null>(null);
  const current = points.find((p) => p.period === chosen) ?? points.at(-1);
  return (
    <section className="panel" aria-labelledby="trend-title" data-testid="trend">
      <div className="panel-head">
        <h2 id="trend-title">Trend</h2>
      </div>
      <p className="panel-note">
        Deteriorated or improved: mean intensity moved at least 1.0 against the period before, with 3 or more statements in both; otherwise unchanged.
      </p>
      {!current ? (
        <Empty>No statements yet, so no trend.</Empty>
      ) : (
        <>
          <div className="trend-controls">
            <fieldset>
              <legend className="visually-hidden">Period length</legend>
              <label>
                <input type="radio" name="trend-period" checked={!weekly} onChange={() => (setWeekly(false), setChosen(null))} /> Month
              </label>
              <label>
                <input type="radio" name="trend-period" checked={weekly} onChange={() => (setWeekly(true), setChosen(null))} /> Week
              </label>
            </fieldset>
            <label>
              Period{' '}
              <select value={current.period} onChange={(e) => setChosen(e.target.value)}>
                {points.map((p) => (
                  <option key={p.period} value={p.period}>
                    {periodName(p.period, weekly)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="table-scroll">
            <table className="trend-table">
              <caption className="visually-hidden">Verdicts for {periodName(current.period, weekly)}</caption>
              <thead>
                <tr>
                  <th scope="col">Side or pair</th>
                  <th scope="col">Verdict</th>
                  <th scope="col">Mean (change)</th>
                  <th scope="col">Statements</th>
                  <th scope="col">Moved most by</th>
                </tr>
              </thead>
              <tbody>
                {[...current.sides, ...current.pairs].map((g) => (
                  <tr key={groupName(g)}>
                    <th scope="row">{groupName(g)}</th>
                    <td className={`trend-${g.verdict.toLowerCase()}`}>{label(g.verdict)}</td>
                    <td>
                      {signed(g.meanIntensity)} ({signed(g.change)})
                    </td>
                    <td>{g.statements}</td>
                    <td>
                      {g.evidence.length === 0 ? (
                        '—'
                      ) : (
                        <ul className="trend-evidence">
                          {g.evidence.map((e) => (
                            <li key={e.statement.id}>
                              <Link href={hrefFor.statement(e.statement)} title={e.statement.text}>
                                {e.statement.speaker.name}, {formatDate(e.statement.saidOn)}
                              </Link>{' '}
                              ({formatIntensity(e.intensity)})
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
