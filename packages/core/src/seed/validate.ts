import type { z } from 'zod';
import * as F from './format.ts';
import type { SeedDataset, SeedEntity } from './format.ts';
import { citationKeys } from '../domain/citations.ts';
import type { LoadedDataset } from './read.ts';
import { referenceProblems } from './validate-refs.ts';

/**
 * Curated text cites sources with [[source:KEY]] tokens, which readers see rendered; a bare internal name
 * ("seed 003", "(002)") would reach them as it is, so it is refused, and every token must name a source.
 */
function citations(d: LoadedDataset['dataset'], sources: Set<string>, problems: string[]): void {
  const walk = (value: unknown, at: string): void => {
    if (typeof value === 'string') {
      if (/\bseeds? \d{3}\b|\(\d{3}\b/i.test(value)) problems.push(`${at}: cites a source by an internal name; use [[source:KEY]]`);
      for (const key of citationKeys(value)) if (!sources.has(key)) problems.push(`${at}: cites unknown source "${key}"`);
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}.${i}`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'text' || !at.includes('quotes')) walk(v, `${at}.${k}`);
  };
  walk(d, 'dataset');
}

const SCHEMAS: { [K in SeedEntity]: z.ZodType<SeedDataset[K][number]> } = {
  actors: F.seedActorSchema,
  sources: F.seedSourceSchema,
  occasions: F.seedOccasionSchema,
  statements: F.seedStatementSchema,
  processes: F.seedProcessSchema,
  rounds: F.seedRoundSchema,
  events: F.seedEventSchema,
  claims: F.seedClaimSchema,
  discrepancies: F.seedDiscrepancySchema,
};

const show = (value: unknown) => {
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 57)}…` : json;
};

/** One zod issue as a line a curator can act on: where (entity.key.path) and what is wrong. */
function describe(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${show(input)}`;
    case 'invalid_value':
      return `${show(input)} is not one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return typeof input === 'string' || typeof input === 'number' ? `${show(input)} ${issue.message}` : issue.message;
  }
}

/** Every entry of every file against its schema: enums, required fields, formats, no unknown fields. */
function shapeProblems(d: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [entity, schema] of Object.entries(SCHEMAS) as [SeedEntity, z.ZodType][]) {
    const list = d[entity];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push(`${entity}: must be a list of entries, got ${show(list)}`);
      continue;
    }
    list.forEach((item: unknown, i) => {
      const key = (item as { key?: unknown } | null)?.key;
      const at = `${entity}.${typeof key === 'string' && key ? key : `#${i}`}`;
      const result = schema.safeParse(item, { reportInput: true });
      for (const issue of result.success ? [] : result.error.issues) {
        problems.push(`${[at, ...issue.path.map(String)].join('.')}: ${describe(issue)}`);
      }
    });
  }
  return problems;
}

/**
 * Everything that must hold before a dataset may be loaded. First its shape, entry by entry, against the zod
 * schemas of format.ts; then what only the whole dataset can show: unique keys, references that resolve,
 * exact spans, one actor per normalized alias, a round's status matching its latest update. Returns every
 * problem found, each naming the entity, the key and the field.
 */
export function validateSeed({ dataset, bodies }: LoadedDataset): string[] {
  const raw = dataset as unknown as Record<string, unknown>;
  const cited: string[] = [];
  const sources = new Set((Array.isArray(dataset.sources) ? dataset.sources : []).map((s) => s?.key));
  citations(dataset, sources, cited);
  return [...shapeProblems(raw), ...referenceProblems(raw, bodies), ...cited];
}
