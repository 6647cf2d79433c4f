'use client';
import { useWire } from './WireProvider.tsx';

export function StatementTotal() {
  return <>{useWire().total}</>;
}
