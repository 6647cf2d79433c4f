import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { badInput } from './errors.ts';

/** Decodes a global id and insists on its type, so a Source id can never be written where an Actor's belongs. */
export function idOf(typename: string, globalId: string, field: string): number {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw badInput(field, `"${globalId.slice(0, 40)}" is not a valid ${typename} id`);
  }
  const id = Number(decoded.id);
  // Decimal digits only: Number() would read `0x10` as 16 and `1e3` as 1000.
  if (decoded.typename !== typename || !/^\d+$/.test(decoded.id) || !Number.isSafeInteger(id) || id <= 0) {
    throw badInput(field, `"${globalId.slice(0, 40)}" is not a valid ${typename} id`);
  }
  return id;
}

export const optionalIdOf = (typename: string, globalId: string | null | undefined, field: string) =>
  globalId == null ? null : idOf(typename, globalId, field);

export const globalIdOf = (typename: string, id: number) => encodeGlobalID(typename, id);
