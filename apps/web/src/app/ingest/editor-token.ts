'use client';
import { useCallback, useEffect, useState } from 'react';

const KEY = 'parley:editor-token';

/**
 * The editor's token, kept in this tab's sessionStorage only: gone when the tab closes, never in the URL,
 * never in a cookie (so no other request carries it).
 */
export function useEditorToken(): [token: string, setToken: (token: string) => void, loaded: boolean] {
  const [token, setState] = useState('');
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    try {
      setState(sessionStorage.getItem(KEY) ?? '');
    } catch {
      // Storage can be disabled; the token then lasts as long as the page.
    }
    setLoaded(true);
  }, []);
  const setToken = useCallback((next: string) => {
    setState(next);
    try {
      if (next) sessionStorage.setItem(KEY, next);
      else sessionStorage.removeItem(KEY);
    } catch {}
  }, []);
  return [token, setToken, loaded];
}
