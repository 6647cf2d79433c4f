'use client';
import { stringifyDocument } from '@urql/core';
import { createClient } from 'graphql-sse';
import { useEffect, useRef, useState } from 'react';
import { AlertRaisedSubscription } from '@/graphql/alert-documents.ts';
import type { ResultOf } from '@/graphql/tada.ts';
import { LIVE_ENDPOINT } from '@/live/client.ts';
import type { LiveState } from '@/live/use-live.ts';

type Raised = ResultOf<typeof AlertRaisedSubscription>['alertRaised'];

const retry = (retries: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(500 * 2 ** retries, 5000) + Math.random() * 500));

/**
 * The alertRaised stream, with the editor's token (the shared live client sends none: every other stream is
 * public). `onConnected` runs on every (re)connection so the page re-reads what it may have missed.
 */
export function useAlertStream(token: string, onAlert: (alert: Raised) => void, onConnected: () => void): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const handlers = useRef({ onAlert, onConnected });
  handlers.current = { onAlert, onConnected };

  useEffect(() => {
    if (!token) return;
    setState('connecting');
    let connectedOnce = false;
    const client = createClient({
      url: LIVE_ENDPOINT,
      headers: () => ({ authorization: `Bearer ${token}` }),
      retryAttempts: Infinity,
      retry,
      on: {
        connecting: (reconnecting) => setState(reconnecting || connectedOnce ? 'reconnecting' : 'connecting'),
        connected: () => {
          connectedOnce = true;
          setState('live');
          handlers.current.onConnected();
        },
      },
    });
    const dispose = client.subscribe<ResultOf<typeof AlertRaisedSubscription>>(
      { query: stringifyDocument(AlertRaisedSubscription), operationName: 'AlertRaised' },
      {
        next: (value) => {
          if (value.data?.alertRaised) handlers.current.onAlert(value.data.alertRaised);
        },
        error: () => setState('reconnecting'),
        complete: () => {},
      },
    );
    return () => {
      dispose();
      client.dispose();
    };
  }, [token]);

  return token ? state : 'paused';
}
