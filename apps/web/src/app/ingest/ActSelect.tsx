import type { Ref } from 'react';
import { ACT_LABELS, ACTS, type Act } from '@/lib/enums.ts';
import { formatIntensity } from '@/lib/format.ts';
import type { ActTable } from './use-act-intensity.ts';

/** The PLOVER acts, hostile first, each with the intensity the API gives it. */
export function ActSelect({
  ref,
  id,
  name = 'act',
  defaultValue,
  acts,
}: {
  ref?: Ref<HTMLSelectElement>;
  id: string;
  name?: string;
  defaultValue: Act;
  acts: ActTable;
}) {
  const ordered = [...ACTS].sort((a, b) => (acts[a] ?? 0) - (acts[b] ?? 0));
  return (
    <select ref={ref} id={id} name={name} defaultValue={defaultValue}>
      {ordered.map((a) => (
        <option key={a} value={a}>
          {ACT_LABELS[a]}
          {acts[a] != null ? ` (${formatIntensity(acts[a])})` : ''}
        </option>
      ))}
    </select>
  );
}
