/**
 * The Relay global id of a row, computed exactly as the GraphQL face encodes it (base64 of "Type:id"), so
 * the sync feed, tombstones and exports name records the way every query does.
 */
export const globalId = (typename: string, id: number): string => Buffer.from(`${typename}:${id}`, 'utf8').toString('base64');

export const globalIdOrNull = (typename: string, id: number | null | undefined): string | null => (id == null ? null : globalId(typename, id));

/** The database id inside a global id of the given type, or null when it is not one. */
export function idOfGlobal(typename: string, value: string): number | null {
  const text = Buffer.from(value, 'base64').toString('utf8');
  const [type, raw] = [text.slice(0, text.indexOf(':')), text.slice(text.indexOf(':') + 1)];
  const id = Number(raw);
  return type === typename && Number.isSafeInteger(id) && id > 0 ? id : null;
}
