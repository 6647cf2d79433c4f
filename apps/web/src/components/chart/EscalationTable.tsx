import { formatDate, formatIntensity } from '@/lib/format.ts';
import { SIDES, type EscalationData } from './escalation-series.ts';

/** The chart's numbers as a table, for screen readers and for anyone who wants to read exact values. */
export function EscalationTable({ points }: { points: EscalationData }) {
  return (
    <details className="data-table">
      <summary>Show the numbers</summary>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Mean intensity per day and side (statements in brackets)</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">All</th>
              {SIDES.map((s) => (
                <th scope="col" key={s.side}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.day}>
                <th scope="row">{formatDate(p.day)}</th>
                <td>
                  {formatIntensity(p.meanIntensity)} ({p.statements})
                </td>
                {SIDES.map(({ side }) => {
                  const s = p.sides.find((x) => x.side === side);
                  return <td key={side}>{s ? `${formatIntensity(s.meanIntensity)} (${s.statements})` : '—'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
