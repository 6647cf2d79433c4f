import Link from 'next/link';
import { STATEMENT_PAGE_SIZES } from '@/graphql/list-documents.ts';
import { EnumOptions } from '@/components/EnumOptions.tsx';
import { ACT_LABELS, ACTS, CHANNEL_LABELS, CHANNELS, SIDES } from '@/lib/enums.ts';
import { sideName } from '@/lib/format.ts';
import { isFiltered, type StatementView } from './statement-view.ts';

interface Choice {
  id: string;
  name: string;
}

/**
 * A plain GET form: submitting it writes every filter into the URL (no script needed), and a changed
 * filter starts again from the first page because the cursor is not among its fields.
 */
export function StatementFilters({ view, actors, rounds }: { view: StatementView; actors: Choice[]; rounds: Choice[] }) {
  const f = view.filter;
  const byName = [...actors].sort((a, b) => a.name.localeCompare(b.name));
  const actorOptions = byName.map((a) => (
    <option key={a.id} value={a.id}>
      {a.name}
    </option>
  ));
  return (
    <form className="filters panel statement-filters" action="/statements" role="search" aria-label="Filter statements">
      <label className="grow">
        Words
        <input type="search" name="text" defaultValue={f.text} placeholder='e.g. ceasefire, "Tora Bora"' />
      </label>
      <label>
        Speaker
        <select name="speaker" defaultValue={f.speaker ?? ''}>
          <option value="">Anyone</option>
          {actorOptions}
        </select>
      </label>
      <label>
        Addressed to
        <select name="target" defaultValue={f.target ?? ''}>
          <option value="">Anyone</option>
          {actorOptions}
        </select>
      </label>
      <label>
        Speaker’s side
        <select name="side" defaultValue={f.side ?? ''}>
          <option value="">Any side</option>
          <EnumOptions values={SIDES} label={sideName} />
        </select>
      </label>
      <label>
        Act
        <select name="act" defaultValue={f.act ?? ''}>
          <option value="">Any act</option>
          <EnumOptions values={ACTS} label={(v) => ACT_LABELS[v]} />
        </select>
      </label>
      <label>
        Channel
        <select name="channel" defaultValue={f.channel ?? ''}>
          <option value="">Any channel</option>
          <EnumOptions values={CHANNELS} label={(v) => CHANNEL_LABELS[v]} />
        </select>
      </label>
      <label>
        Topic
        <input type="text" name="topic" defaultValue={f.topic} placeholder="e.g. border" size={12} />
      </label>
      <label>
        Round of talks
        <select name="round" defaultValue={f.round ?? ''}>
          <option value="">Any or none</option>
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Said from
        <input type="date" name="from" defaultValue={f.from} />
      </label>
      <label>
        Said until
        <input type="date" name="to" defaultValue={f.to} />
      </label>
      <label>
        Order
        <select name="order" defaultValue={view.order}>
          <option value="said">By date said</option>
          <option value="recorded">By date recorded</option>
        </select>
      </label>
      <label>
        Direction
        <select name="dir" defaultValue={view.dir}>
          <option value="desc">Newest first</option>
          <option value="asc">Oldest first</option>
        </select>
      </label>
      <label>
        Per page
        <select name="size" defaultValue={String(view.size)}>
          {STATEMENT_PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Show</button>
      {isFiltered(view) && <Link href="/statements">Clear filters</Link>}
    </form>
  );
}
