import Link from 'next/link';
import { ActBadge, StatusBadge } from '@/components/Badges.tsx';
import { Highlighted } from '@/components/Highlighted.tsx';
import type { SearchQuery } from '@/graphql/documents.ts';
import type { ResultOf } from '@/graphql/tada.ts';
import { ACTOR_KIND_LABELS, type SearchKind } from '@/lib/enums.ts';
import { formatDate, label } from '@/lib/format.ts';
import { hrefFor, quoteAnchor } from '@/lib/ref.ts';

export type Hit = ResultOf<typeof SearchQuery>['search'][number];

/** Where a hit leads: the record it matched, or (for a quote) its highlighted span in the source. */
export function hitHref(hit: Hit): string | null {
  if (hit.round) return hrefFor.round(hit.round);
  if (hit.event) return hrefFor.event(hit.event);
  if (hit.claim) return hrefFor.claim(hit.claim);
  if (hit.actor) return hrefFor.actor(hit.actor);
  if (hit.kind === 'STATEMENT' && hit.statement) return hrefFor.statement(hit.statement);
  if (hit.source) return `${hrefFor.source(hit.source)}${hit.quote ? `#${quoteAnchor(hit.quote.id)}` : ''}`;
  if (hit.statement) return hrefFor.statement(hit.statement);
  return null;
}

const KIND_BADGE: Record<SearchKind, string> = {
  STATEMENT: 'Statement',
  QUOTE: 'Quote as printed',
  SOURCE: 'Source text',
  ROUND: 'Round of talks',
  EVENT: 'Incident',
  CLAIM: 'Claim',
  ACTOR: 'Actor',
};

/** One search hit: what kind of record it is, where it comes from, the matched words, and a link to it. */
export function SearchHit({ hit }: { hit: Hit }) {
  const href = hitHref(hit);
  const snippet = <Highlighted text={hit.snippet} ranges={hit.highlights} />;
  return (
    <li data-kind={hit.kind}>
      <div className="meta-row">
        <span className="badge">{KIND_BADGE[hit.kind]}</span>
        {hit.statement && (
          <>
            <Link href={hrefFor.actor(hit.statement.speaker)}>{hit.statement.speaker.name}</Link>
            <span>{formatDate(hit.statement.saidOn, hit.statement.datePrecision)}</span>
          </>
        )}
        {hit.source && <span>in {hit.source.title}</span>}
        {hit.round && (
          <>
            <span>{hit.round.title}</span>
            <StatusBadge status={hit.round.status} />
            {hit.round.startedOn && <span>{formatDate(hit.round.startedOn)}</span>}
          </>
        )}
        {hit.event && (
          <span>
            {label(hit.event.type)}, {formatDate(hit.event.occurredOn, hit.event.datePrecision)}
          </span>
        )}
        {hit.actor && (
          <span>
            {hit.actor.name} ({ACTOR_KIND_LABELS[hit.actor.kind]})
          </span>
        )}
      </div>
      <p className="search-snippet">
        {href ? (
          <Link href={href} prefetch={false}>
            {snippet}
          </Link>
        ) : (
          snippet
        )}
      </p>
      {hit.statement && (
        <div className="statement-foot">
          <ActBadge act={hit.statement.act} intensity={hit.statement.intensity} />
          {hit.kind !== 'STATEMENT' && <Link href={hrefFor.statement(hit.statement)}>The statement and its other versions</Link>}
        </div>
      )}
    </li>
  );
}
