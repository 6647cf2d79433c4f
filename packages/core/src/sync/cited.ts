// Citation tokens in a projected record, rendered as GraphQL renders them (see domain/citations.ts).
import { citationKeys, renderCitations } from '../domain/citations.ts';
import { globalIdOrNull as gid } from './global-id.ts';
import { ask, type Row, type Steps, tagged } from './steps.ts';

const SOURCE_BY_KEY = tagged('SELECT id, title, outlet FROM sources WHERE key = ? AND retracted_at IS NULL');

/**
 * Curated text reaches sync readers as it reaches GraphQL readers: citation tokens rendered as labels, and
 * the sources cited listed by global id.
 */
export function* renderCited(data: Record<string, unknown>): Steps<void> {
  // The sources cited anywhere in the record are looked up first, then every text rendered with them.
  const keys = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    else if (typeof value === 'string' && value.includes('[[source:')) for (const key of citationKeys(value)) keys.add(key);
  };
  collect(data);
  if (!keys.size) return;
  const found = new Map<string, Row | undefined>();
  for (const key of keys) found.set(key, (yield ask(SOURCE_BY_KEY, key))[0]);
  const cited = new Set<string>();
  const render = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(render);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, render(v)]));
    if (typeof value !== 'string' || !value.includes('[[source:')) return value;
    for (const key of citationKeys(value)) {
      const source = found.get(key);
      if (source) cited.add(gid('Source', source.id)!);
    }
    return renderCitations(value, (key) => found.get(key) as { title: string; outlet: string } | undefined);
  };
  for (const [field, value] of Object.entries(data)) data[field] = render(value);
  if (cited.size) data.citations = [...cited];
}
