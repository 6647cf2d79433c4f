// Which outlet record a source belongs to: its URL's domain first (the strongest witness), then the
// publisher's name as the page gives it, then the outlet name the editor typed. An outlet met for the first
// time becomes a record of unknown kind, with its domain, so later articles from it resolve to the same row.
import { eq, inArray } from 'drizzle-orm';
import { outletDomains, outletNames, outlets } from '../db/schema.ts';
import { slugify } from '../write/aliases.ts';
import { first, type WriteScope } from '../write/transaction.ts';
import { outletKey } from './ensure-outlets.ts';

/** www.dawn.com → [www.dawn.com, dawn.com]: a subdomain belongs to its site, a bare suffix to no one. */
export function domainCandidates(url: string | null | undefined): string[] {
  if (!url) return [];
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return [];
  }
  // An address is its own site: 10.0.0.1 is not a subdomain of "0.1".
  if (/^[\d.]+$/.test(host) || host.includes(':')) return [host];
  const labels = host.split('.');
  const out: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) out.push(labels.slice(i).join('.'));
  return out;
}

export const registrableHost = (url: string | null | undefined) => domainCandidates(url).map((d) => d.replace(/^www\./, ''))[0] ?? null;

export async function outletByDomain({ tx }: Pick<WriteScope, 'tx'>, url: string | null | undefined): Promise<number | null> {
  const candidates = domainCandidates(url);
  if (candidates.length === 0) return null;
  const rows = await tx.select().from(outletDomains).where(inArray(outletDomains.domain, candidates));
  // The most specific domain wins: news.example.com may be a different outlet from example.com.
  for (const d of candidates) {
    const row = rows.find((r) => r.domain === d);
    if (row) return row.outletId;
  }
  return null;
}

export async function outletByName({ tx }: Pick<WriteScope, 'tx'>, name: string | null | undefined): Promise<number | null> {
  if (!name?.trim()) return null;
  const key = outletKey(name);
  if (!key) return null;
  return (await first(tx.select({ id: outletNames.outletId }).from(outletNames).where(eq(outletNames.normalized, key)).limit(1)))?.id ?? null;
}

/** The outlet record for a source, created when nothing matches. */
export async function resolveOutlet(scope: WriteScope, input: { url?: string | null; publisher?: string | null; outlet: string }): Promise<number> {
  const found = (await outletByDomain(scope, input.url)) ?? (await outletByName(scope, input.publisher)) ?? (await outletByName(scope, input.outlet));
  if (found !== null) return found;
  const name = (input.publisher?.trim() || input.outlet).slice(0, 200);
  const base = slugify(name) || 'outlet';
  let key = base;
  for (let n = 2; await first(scope.tx.select({ id: outlets.id }).from(outlets).where(eq(outlets.key, key)).limit(1)); n++) key = `${base}-${n}`;
  const row = (await first(scope.tx.insert(outlets).values({ key, name }).returning()))!;
  scope.log('Outlet', row.id, 'ingest', null, row);
  for (const text of new Set([name, input.outlet])) {
    await scope.tx
      .insert(outletNames)
      .values({ normalized: outletKey(text), outletId: row.id, text })
      .onConflictDoNothing();
  }
  const domain = registrableHost(input.url);
  // A bare address or a one-label host (localhost) names a machine, not an outlet.
  if (domain?.includes('.') && !/^[\d.]+$/.test(domain)) await scope.tx.insert(outletDomains).values({ domain, outletId: row.id }).onConflictDoNothing();
  return row.id;
}
