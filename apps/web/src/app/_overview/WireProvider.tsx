'use client';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useClient } from 'urql';
import { RecentStatementsQuery, StatementAddedSubscription, StatementWithdrawnSubscription, WIRE_SIZE } from '@/graphql/live-documents.ts';
import type { StatementLineData } from '@/components/StatementItem.tsx';
import { useLive, type LiveState } from '@/live/use-live.ts';

interface Wire {
  items: StatementLineData[];
  fresh: ReadonlySet<string>;
  total: number;
  /** Bumps with every statement that arrives, so views derived from statements can refresh. */
  version: number;
  state: LiveState;
}

const WireContext = createContext<Wire | null>(null);

export function useWire(): Wire {
  const wire = useContext(WireContext);
  if (!wire) throw new Error('useWire outside <WireProvider>');
  return wire;
}

const FRESH_MS = 6000;

/**
 * Holds the overview's wire: the server's statements first, then each one statementAdded pushes; each one
 * statementWithdrawn names is dropped.
 */
export function WireProvider({ initial, total: initialTotal, children }: { initial: StatementLineData[]; total: number; children: ReactNode }) {
  const client = useClient();
  const [items, setItems] = useState(initial);
  const [total, setTotal] = useState(initialTotal);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [version, setVersion] = useState(0);

  const itemsRef = useRef(initial);
  const totalRef = useRef(initialTotal);
  const add = useCallback((incoming: StatementLineData[], countThem: boolean) => {
    const known = new Set(itemsRef.current.map((s) => s.id));
    const added = incoming.filter((s) => !known.has(s.id));
    if (!added.length) return;
    const ids = new Set(added.map((s) => s.id));
    itemsRef.current = [...added, ...itemsRef.current].slice(0, WIRE_SIZE * 3);
    setItems(itemsRef.current);
    if (countThem) {
      totalRef.current += added.length;
      setTotal(totalRef.current);
    }
    setVersion((v) => v + 1);
    setFresh((f) => new Set([...f, ...ids]));
    setTimeout(() => setFresh((f) => new Set([...f].filter((id) => !ids.has(id)))), FRESH_MS);
  }, []);

  // A confirmation undone in review: the statement leaves the public record, so it leaves the wire.
  const drop = useCallback((id: string) => {
    if (!itemsRef.current.some((s) => s.id === id)) return;
    itemsRef.current = itemsRef.current.filter((s) => s.id !== id);
    setItems(itemsRef.current);
    totalRef.current = Math.max(0, totalRef.current - 1);
    setTotal(totalRef.current);
    setVersion((v) => v + 1);
  }, []);
  useLive(StatementWithdrawnSubscription, {}, (data) => drop(data.statementWithdrawn));

  const state = useLive(
    StatementAddedSubscription,
    {},
    (data) => add([data.statementAdded], true),
    () => {
      // Whatever was published while the stream was down or the tab hidden.
      void client
        .query(RecentStatementsQuery, { first: WIRE_SIZE })
        .toPromise()
        .then((r) => {
          if (!r.data) return;
          // Statements are never deleted, so the count says how many of the newest-created we missed.
          const missed = r.data.statements.totalCount - totalRef.current;
          if (missed > 0)
            add(
              r.data.statements.edges.slice(0, missed).map((e) => e.node),
              true,
            );
        });
    },
  );

  const value = useMemo(() => ({ items, fresh, total, version, state }), [items, fresh, total, version, state]);
  return <WireContext.Provider value={value}>{children}</WireContext.Provider>;
}
