'use client';
import { useEffect, useRef, useState } from 'react';
import { useClient, type AnyVariables, type TypedDocumentNode } from 'urql';
import type { LiveContext } from './client.ts';
import { useVisible } from './use-visible.ts';

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'paused';

/**
 * A subscription that pauses while the tab is hidden and calls `onCatchUp` whenever its stream comes back
 * (after an API restart, or when the tab is shown again) so nothing published meanwhile is missed.
 * Events go straight to `onData`, one call each: useSubscription's state would merge a burst into one.
 */
export function useLive<D, V extends AnyVariables>(query: TypedDocumentNode<D, V>, variables: V, onData: (data: D) => void, onCatchUp?: () => void): LiveState {
  const client = useClient();
  const visible = useVisible();
  const [state, setState] = useState<LiveState>('connecting');
  const handlers = useRef({ onData, onCatchUp });
  handlers.current = { onData, onCatchUp };
  const everConnected = useRef(false);
  const key = JSON.stringify(variables);

  useEffect(() => {
    if (!visible) {
      setState('paused');
      return;
    }
    const context: LiveContext = {
      live: {
        connecting: (reconnecting) => setState(reconnecting || everConnected.current ? 'reconnecting' : 'connecting'),
        connected: () => {
          if (everConnected.current) handlers.current.onCatchUp?.();
          everConnected.current = true;
          setState('live');
        },
      },
    };
    const { unsubscribe } = client.subscription(query, JSON.parse(key) as V, context).subscribe((result) => {
      if (result.data) handlers.current.onData(result.data);
    });
    return unsubscribe;
  }, [client, query, key, visible]);

  return state;
}
