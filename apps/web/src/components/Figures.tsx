interface Counts {
  killed: number | null;
  civilians: number | null;
  children: number | null;
}

/** Casualty figures as one party states them; absent figures are left out, not shown as zero. */
export function Figures({ of: c, empty = 'No figures given' }: { of: Counts; empty?: string }) {
  const rows = (
    [
      ['Killed', c.killed],
      ['Civilians', c.civilians],
      ['Children', c.children],
    ] as const
  ).filter(([, v]) => v !== null && v !== undefined);
  if (rows.length === 0) return <span className="muted">{empty}</span>;
  return (
    <dl className="figures">
      {rows.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
