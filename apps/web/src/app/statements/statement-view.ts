import { STATEMENT_PAGE_SIZE, STATEMENT_PAGE_SIZES } from '@/graphql/list-documents.ts';
import type { VariablesOf } from '@/graphql/tada.ts';
import type { StatementsQuery } from '@/graphql/list-documents.ts';
import { ACTS, CHANNELS, SIDES } from '@/lib/enums.ts';
import { one, pick, type SearchParams } from '@/lib/params.ts';

type Filter = NonNullable<VariablesOf<typeof StatementsQuery>['filter']>;

export const ORDERS = { said: 'SAID_ON', recorded: 'CREATED_AT' } as const;
export type Order = keyof typeof ORDERS;

/**
 * The filters as they travel in the URL, named as the API's export parameters name them, so the same
 * string serves a shareable link and the export link.
 */
export const FILTER_PARAMS = ['speaker', 'target', 'side', 'act', 'channel', 'topic', 'round', 'from', 'to', 'text'] as const;
type FilterParam = (typeof FILTER_PARAMS)[number];

export interface StatementView {
  filter: Partial<Record<FilterParam, string>>;
  order: Order;
  dir: 'asc' | 'desc';
  size: number;
  after?: string;
  before?: string;
  /** The URL held blank fields (what a submitted form sends): the page redirects to the short form. */
  blanks: boolean;
  /** Filters the URL gave that the API could not take (an unknown act, a malformed date), as given. */
  ignored: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the view from the URL; a value the API could not take (an unknown act, a malformed date) is dropped. */
export async function readView(searchParams: SearchParams): Promise<StatementView> {
  const p = await searchParams;
  const day = (v: string | undefined) => (v && DAY.test(v) ? v : undefined);
  const raw: Record<FilterParam, string | undefined> = {
    speaker: one(p.speaker),
    target: one(p.target),
    side: pick(SIDES, one(p.side)),
    act: pick(ACTS, one(p.act)),
    channel: pick(CHANNELS, one(p.channel)),
    topic: one(p.topic)?.toLowerCase(),
    round: one(p.round),
    from: day(one(p.from)),
    to: day(one(p.to)),
    text: one(p.text)?.slice(0, 500),
  };
  const filter = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as StatementView['filter'];
  const size = Number(one(p.size));
  return {
    filter,
    order: pick(['said', 'recorded'] as const, one(p.order)) ?? 'said',
    dir: pick(['asc', 'desc'] as const, one(p.dir)) ?? 'desc',
    size: (STATEMENT_PAGE_SIZES as readonly number[]).includes(size) ? size : STATEMENT_PAGE_SIZE,
    after: one(p.after),
    before: one(p.before),
    blanks: Object.values(p).some((v) => v !== undefined && one(v) === undefined),
    ignored: FILTER_PARAMS.filter((k) => one(p[k]) && raw[k] === undefined).map((k) => `${k}=${one(p[k])}`),
  };
}

/** The query's variables: ?before= pages back towards the start, otherwise forward from ?after=. */
export function variablesOf(view: StatementView): VariablesOf<typeof StatementsQuery> {
  const f = view.filter;
  const filter: Filter = {
    speaker: f.speaker,
    target: f.target,
    side: f.side as Filter['side'],
    act: f.act as Filter['act'],
    channel: f.channel as Filter['channel'],
    topic: f.topic,
    round: f.round,
    from: f.from,
    to: f.to,
    text: f.text,
  };
  const page = view.before ? { last: view.size, before: view.before } : { first: view.size, after: view.after };
  return { filter, orderBy: { field: ORDERS[view.order], direction: view.dir === 'asc' ? 'ASC' : 'DESC' }, ...page };
}

/** Only the filters, as URL parameters (what the export links carry). */
export function filterParams(view: Pick<StatementView, 'filter'>): URLSearchParams {
  const qs = new URLSearchParams();
  for (const name of FILTER_PARAMS) {
    const value = view.filter[name];
    if (value) qs.set(name, value);
  }
  return qs;
}

/** This view's URL with the cursor replaced; defaults are left out so links stay short. */
export function viewHref(view: StatementView, cursor: { after?: string; before?: string } = {}): string {
  const qs = filterParams(view);
  if (view.order !== 'said') qs.set('order', view.order);
  if (view.dir !== 'desc') qs.set('dir', view.dir);
  if (view.size !== STATEMENT_PAGE_SIZE) qs.set('size', String(view.size));
  for (const [k, v] of Object.entries(cursor)) if (v) qs.set(k, v);
  return qs.size ? `/statements?${qs}` : '/statements';
}

export const isFiltered = (view: StatementView) => Object.keys(view.filter).length > 0;
