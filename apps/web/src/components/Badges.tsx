import { formatIntensity, label } from '@/lib/format.ts';

/** The PLOVER act with its intensity, coloured from hostile to cooperative. */
export function ActBadge({ act, intensity }: { act: string; intensity: number }) {
  const tone = intensity <= -6 ? 'hostile' : intensity < 0 ? 'tense' : intensity === 0 ? 'neutral' : 'cooperative';
  return (
    <span className={`badge act act-${tone}`} title={`Intensity ${formatIntensity(intensity)} on the −10…+10 scale`}>
      {label(act)} <span className="act-intensity">{formatIntensity(intensity)}</span>
    </span>
  );
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status status-${status.toLowerCase()}`}>{label(status)}</span>;
}

export function SideBadge({ side }: { side: string }) {
  return <span className={`badge side side-${side.toLowerCase()}`}>{side === 'MEDIATORS' ? 'Mediator' : side === 'OTHERS' ? 'Other' : side}</span>;
}
