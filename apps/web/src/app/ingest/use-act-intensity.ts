'use client';
import { useEffect, useState } from 'react';
import { ActIntensityQuery } from '@/graphql/review-reads.ts';
import type { Act } from '@/lib/enums.ts';
import { read } from './editor-client.ts';

export type ActTable = Partial<Record<Act, number>>;

/** The API's act → intensity table, so the act picker shows what each choice does to the chart. */
export function useActIntensity(): ActTable {
  const [table, setTable] = useState<ActTable>({});
  useEffect(() => {
    let live = true;
    void read(ActIntensityQuery, {}).then((o) => {
      if (live && o.ok) setTable(Object.fromEntries(o.data.actIntensity.map((a) => [a.act, a.intensity])));
    });
    return () => {
      live = false;
    };
  }, []);
  return table;
}
