/**
 * The Relay global id of a row, computed exactly as the GraphQL face encodes it (base64 of "Type:id"), so
 * the sync feed, tombstones and exports name records the way every query does.
 */
export const globalId = (typename: string, id: number): string => Buffer.from(`${typename}:${id}`, 'utf8').toString('base64');

export const globalIdOrNull = (typename: string, id: number | null | undefined): string | null => (id == null ? null : globalId(typename, id));
