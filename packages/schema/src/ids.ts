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

/** Stands for the typename of an id that does not decode; no GraphQL type can have this name. */
const UNDECODABLE = '-';

/**
 * Relay's decoder for node and nodes: an id that does not decode is passed on, marked, instead of thrown
 * while the arguments are mapped, where the error could not say which argument held it.
 */
export function decodeNodeId(globalId: string): { typename: string; id: string } {
  try {
    return decodeGlobalID(globalId);
  } catch {
    return { typename: UNDECODABLE, id: globalId };
  }
}

/** Refuses, naming the argument, any id decodeNodeId could not read. */
export function refuseUndecodable(ids: readonly ({ typename: string; id: unknown } | null | undefined)[], field: string): void {
  const bad = ids.find((gid) => gid?.typename === UNDECODABLE);
  if (bad) throw badInput(field, `"${String(bad.id).slice(0, 40)}" is not a valid id`);
}
