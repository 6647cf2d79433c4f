/**
 * Pages are addressed by an entity's stable key when it has one, else by its global id; keys never look
 * like base64 of "Type:123", so the two cannot be confused.
 */
export function globalIdOf(ref: string, typename: string): string | null {
  if (!/^[A-Za-z0-9+/]+=*$/.test(ref)) return null;
  try {
    const decoded = atob(ref);
    return decoded.startsWith(`${typename}:`) ? ref : null;
  } catch {
    return null;
  }
}

export const hrefFor = {
  statement: (s: { key?: string | null; id: string }) => `/statements/${encodeURIComponent(s.key ?? s.id)}`,
  source: (s: { key?: string | null; id: string }) => `/sources/${encodeURIComponent(s.key ?? s.id)}`,
  round: (r: { key?: string | null; id: string }) => `/rounds/${encodeURIComponent(r.key ?? r.id)}`,
  actor: (a: { slug: string }) => `/actors/${encodeURIComponent(a.slug)}`,
  event: (e: { key?: string | null; id: string }) => `/events#${eventAnchor(e)}`,
  claim: (c: { key?: string | null; id: string }) => `/claims/${encodeURIComponent(c.key ?? c.id)}`,
};

/** The fragment that scrolls a source page to one quote's highlighted span. */
export const quoteAnchor = (quoteId: string) => `q-${quoteId.replace(/[^A-Za-z0-9]/g, '')}`;

/** Route params can arrive still percent-encoded (a global id's "=" as %3D); keys never contain "%". */
export function decodeRef(ref: string): string {
  try {
    return decodeURIComponent(ref);
  } catch {
    return ref;
  }
}

/** Incidents have no page of their own: their row on /events carries this id. */
export const eventAnchor = (e: { key?: string | null; id: string }) => `event-${(e.key ?? e.id).replace(/[^A-Za-z0-9-]/g, '')}`;
