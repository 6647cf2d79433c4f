// Validation rules shared by every domain's inputs. Limits are generous for real text and tight enough that
// a megabyte pasted into a name is refused by field, before any SQL runs.
import { z } from 'zod';

export const LIMITS = { name: 200, short: 500, text: 20_000, body: 1_000_000 } as const;

const trimmed = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max.toLocaleString('en')} characters`);

export const nameRule = trimmed(LIMITS.name);
export const shortRule = trimmed(LIMITS.short);
export const textRule = trimmed(LIMITS.text);
/** Verbatim text (a quote as printed): never trimmed, because its span must match character for character. */
export const verbatimRule = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.text, `must be at most ${LIMITS.text.toLocaleString('en')} characters`);
export const bodyRule = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.body, `must be at most ${LIMITS.body.toLocaleString('en')} characters`)
  .refine((s) => !/[\u0000-\u0008\u000e-\u001f]/.test(s), 'must be text, not binary data')
  .refine((s) => s.trim().length > 0, 'must not be blank');
export const countryRule = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO-3166 alpha-2 code such as PK');
export const slugRule = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')
  .max(80, 'must be at most 80 characters');
export const urlRule = z.string().max(2000, 'must be at most 2,000 characters').url('must be a URL');
export const languageRule = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP-47 tag such as en');
export const countRule = z.number().int().min(0, 'must not be negative').max(10_000_000, 'is implausibly large');
export const topicRule = z.string().trim().toLowerCase().min(1, 'must not be empty').max(60, 'must be at most 60 characters');
export const idListRule = z.array(z.string()).max(100, 'must list at most 100 ids');
export const offsetRule = z.number().int().min(0, 'must not be negative');
