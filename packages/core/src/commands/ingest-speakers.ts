import { eq } from 'drizzle-orm';
import { articleContext, normalizeName, resolveActor, type ActorRecord, type ArticleContext, type SpeakerRef } from '@parley/extract';
import * as T from '../db/schema.ts';
import type { ActorKind } from '../domain/enums.ts';
import { addAlias, slugify } from '../write/aliases.ts';
import { first, type WriteScope } from '../write/transaction.ts';

export interface SpeakerChoice {
  actorId: number;
  /** How it was found: alias, exact, transliteration, surname, title, affiliation, proposed or unnamed. */
  method: string;
}

/** Per article: the known actors for contextual matching, and the actors proposed so far, by name key. */
export interface SpeakerBook {
  actors: ActorRecord[];
  context: ArticleContext;
  proposed: Map<string, number>;
}

export async function speakerBook({ tx }: WriteScope, text: string): Promise<SpeakerBook> {
  const rows = await tx.query.actors.findMany({
    columns: { id: true, name: true },
    with: { aliases: { columns: { text: true } }, roles: { columns: { title: true } } },
  });
  const actors = rows.map((a) => ({ id: String(a.id), name: a.name, aliases: a.aliases.map((x) => x.text), roles: a.roles.map((r) => r.title) }));
  return { actors, context: articleContext(text), proposed: new Map() };
}

/** An actor whose stored name key equals this name's: the key every alias is stored under. */
async function byAlias({ tx }: WriteScope, name: string): Promise<number | null> {
  const key = normalizeName(name);
  if (!key) return null;
  const row = await first(tx.select({ actorId: T.actorAliases.actorId }).from(T.actorAliases).where(eq(T.actorAliases.normalized, key)).limit(1));
  return row?.actorId ?? null;
}

/**
 * Finds who said it. A named person or body is matched by its stored name key, then in the article's context
 * (surname, title, transliteration); a group goes to the body it belongs to; an anonymous source becomes an
 * unnamed-source speaker of its affiliation. Nothing is ever given to the nearest named person by default.
 */
export async function chooseSpeaker(scope: WriteScope, book: SpeakerBook, speaker: SpeakerRef): Promise<SpeakerChoice> {
  const kind = speaker.kind ?? 'PERSON';
  if (kind === 'GROUP' || kind === 'UNNAMED') {
    const affiliation = speaker.affiliation ?? speaker.name ?? speaker.text;
    const body = (await byAlias(scope, affiliation)) ?? contextual(book, affiliation);
    if (kind === 'GROUP' && body !== null) return { actorId: body, method: 'affiliation' };
    const name = kind === 'UNNAMED' ? `Unnamed source (${affiliation})` : (speaker.proposal?.name ?? speaker.name ?? speaker.text);
    const known = await byAlias(scope, name);
    if (known !== null) return { actorId: known, method: 'alias' };
    const actorId = await propose(scope, book, name, 'OTHER', speaker.country ?? null, undefined, body);
    return { actorId, method: kind === 'UNNAMED' ? 'unnamed' : 'proposed' };
  }
  const mention = speaker.name ?? speaker.text;
  const direct = await byAlias(scope, mention);
  if (direct !== null) return { actorId: direct, method: 'alias' };
  const found = contextual(book, mention);
  if (found !== null) return { actorId: found, method: 'context' };
  const proposal = speaker.proposal ?? {
    name: mention,
    kind: kind === 'BODY' ? ('GOVERNMENT' as const) : ('PERSON' as const),
    country: speaker.country ?? null,
    role: speaker.role,
  };
  // A proposal whose full name is already on file is that actor, not a new one.
  const named = await byAlias(scope, proposal.name);
  if (named !== null) return { actorId: named, method: 'alias' };
  const actorId = await propose(scope, book, proposal.name, proposal.kind, proposal.country ?? speaker.country ?? null, proposal.role ?? speaker.role, null);
  return { actorId, method: 'proposed' };
}

function contextual(book: SpeakerBook, mention: string): number | null {
  const resolution = resolveActor(mention, book.actors, book.context);
  return 'actorId' in resolution ? Number(resolution.actorId) : null;
}

/** One PROPOSED actor per unknown name and article; it stays out of public reads until an editor confirms it. */
async function propose(
  scope: WriteScope,
  book: SpeakerBook,
  name: string,
  kind: ActorKind,
  country: string | null,
  role: string | undefined,
  parentId: number | null,
): Promise<number> {
  const key = normalizeName(name) || name.trim().toLowerCase();
  const known = book.proposed.get(key);
  if (known) return known;
  const { tx, log } = scope;
  let slug = slugify(name);
  for (let n = 2; await first(tx.select({ id: T.actors.id }).from(T.actors).where(eq(T.actors.slug, slug)).limit(1)); n++) slug = `${slugify(name)}-${n}`;
  const actor = (await first(
    tx
      .insert(T.actors)
      .values({ slug, name: name.trim(), kind, country: country?.toUpperCase() ?? null, parentId, status: 'PROPOSED' })
      .returning(),
  ))!;
  await addAlias(tx, actor.id, name, 'NAME', null, 'speaker');
  if (role) await tx.insert(T.actorRoles).values({ actorId: actor.id, title: role });
  log('Actor', actor.id, 'propose', null, { ...actor, role });
  book.proposed.set(key, actor.id);
  book.actors.push({ id: String(actor.id), name: actor.name, aliases: [name], roles: role ? [role] : [] });
  return actor.id;
}
