'use client';
import type { ReactNode } from 'react';
import { Provider } from 'urql';
import { liveClient } from './client.ts';

export function LiveProvider({ children }: { children: ReactNode }) {
  return <Provider value={liveClient()}>{children}</Provider>;
}
