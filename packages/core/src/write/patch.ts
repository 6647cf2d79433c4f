import { badInput } from '../errors.ts';

/**
 * Turns an update input into a column patch: absent fields stay as they are, null clears a nullable column,
 * and null on a required column is refused by name rather than failing later as a constraint error.
 */
export function patchOf<T extends Record<string, unknown>>(
  input: T,
  required: readonly (keyof T & string)[],
  rename: Partial<Record<keyof T & string, string>> = {},
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (value === null && required.includes(key as keyof T & string)) throw badInput(`input.${key}`, 'must not be null');
    patch[rename[key as keyof T & string] ?? key] = value;
  }
  return patch;
}
