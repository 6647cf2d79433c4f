import { afterAll, expect, test } from 'vitest';
import { codes, gql, makeApp } from '../helpers/app.ts';

// A client that replays the public sync feed from the start must hold exactly the public dataset that the
// ordinary queries show, after creates, updates, a retraction, a deletion and an ingest + confirm.
const app = await makeApp();
afterAll(() => app.dispose());
const token = app.editorToken;

async function ok(query: string, variables?: Record<string, unknown>, auth: string | undefined = token) {
  const r = await gql(app, query, variables, auth);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data;
}

/** Replays the feed page by page into a store keyed by global id. */
async function replay(entity?: string) {
  const store = new Map<string, { entity: string; data: any }>();
  let after: string | null = null;
  const kinds: string[] = [];
  for (;;) {
    const data: any = await ok(
      `query($after: String, $entity: String) { sync(first: 100, after: $after, entity: $entity) {
        edges { cursor node { nodeId entity kind at data reason } } pageInfo { hasNextPage endCursor } } }`,
      { after, entity },
      '',
    );
    for (const { node } of data.sync.edges) {
      kinds.push(node.kind);
      if (node.kind === 'CREATED' || node.kind === 'UPDATED') store.set(node.nodeId, { entity: node.entity, data: node.data });
      else store.delete(node.nodeId);
    }
    if (!data.sync.pageInfo.hasNextPage) return { store, kinds, end: data.sync.pageInfo.endCursor as string };
    after = data.sync.pageInfo.endCursor;
  }
}

async function all(field: string, selection: string): Promise<any[]> {
  const out: any[] = [];
  let after: string | null = null;
  for (;;) {
    const data: any = await ok(
      `query($after: String) { ${field}(first: 100, after: $after) { edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } }`,
      { after },
      '',
    );
    out.push(...data[field].edges.map((e: any) => e.node));
    if (!data[field].pageInfo.hasNextPage) return out;
    after = data[field].pageInfo.endCursor;
  }
}

/** The public dataset through the normal queries, in the same shape as the replayed records. */
async function publicDataset() {
  const statements = await all(
    'statements',
    'id text act saidOn speaker { id } targets { id } topics round { id } quotes { id text start end kind source { id } }',
  );
  const actors = await all('actors', 'id slug name kind country');
  const events = await all('events', 'id type occurredOn summary');
  const claims = await all('claims', 'id text event { id } stances { id stance actor { id } }');
  const rounds = await all('rounds', 'id title status outcome updates { status note }');
  const out = new Map<string, unknown>();
  for (const s of statements) {
    out.set(s.id, {
      text: s.text,
      act: s.act,
      saidOn: s.saidOn,
      speaker: s.speaker.id,
      targets: s.targets.map((t: any) => t.id).sort(),
      topics: [...s.topics].sort(),
      round: s.round?.id ?? null,
    });
    for (const q of s.quotes) out.set(q.id, { statement: s.id, source: q.source.id, text: q.text, start: q.start, end: q.end, kind: q.kind });
  }
  for (const a of actors) out.set(a.id, { slug: a.slug, name: a.name, kind: a.kind, country: a.country });
  for (const e of events) out.set(e.id, { type: e.type, occurredOn: e.occurredOn, summary: e.summary });
  for (const c of claims)
    out.set(c.id, { text: c.text, event: c.event?.id ?? null, stances: c.stances.map((x: any) => ({ id: x.id, stance: x.stance, actor: x.actor.id })) });
  for (const r of rounds)
    out.set(r.id, { title: r.title, status: r.status, outcome: r.outcome, updates: r.updates.map((u: any) => ({ status: u.status, note: u.note })) });
  return out;
}

/** The replayed store in the same shape (only the entities compared). */
function shaped(store: Map<string, { entity: string; data: any }>) {
  const out = new Map<string, unknown>();
  for (const [id, { entity, data: d }] of store) {
    if (entity === 'Statement')
      out.set(id, {
        text: d.text,
        act: d.act,
        saidOn: d.saidOn,
        speaker: d.speaker,
        targets: [...d.targets].sort(),
        topics: [...d.topics].sort(),
        round: d.round,
      });
    else if (entity === 'Quote') out.set(id, { statement: d.statement, source: d.source, text: d.text, start: d.start, end: d.end, kind: d.kind });
    else if (entity === 'Actor') out.set(id, { slug: d.slug, name: d.name, kind: d.kind, country: d.country });
    else if (entity === 'Event') out.set(id, { type: d.type, occurredOn: d.occurredOn, summary: d.summary });
    else if (entity === 'Claim')
      out.set(id, { text: d.text, event: d.event, stances: d.stances.map((x: any) => ({ id: x.id, stance: x.stance, actor: x.actor })) });
    else if (entity === 'NegotiationRound')
      out.set(id, { title: d.title, status: d.status, outcome: d.outcome, updates: d.updates.map((u: any) => ({ status: u.status, note: u.note })) });
  }
  return out;
}

const sorted = (m: Map<string, unknown>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));

test('the seeded database replays into exactly its public dataset', async () => {
  const { store, kinds } = await replay();
  expect(kinds.every((k) => k === 'CREATED')).toBe(true);
  expect(sorted(shaped(store))).toEqual(sorted(await publicDataset()));
});

test('after creates, updates, a retraction, a deletion and an ingest + confirm, the replay still matches', async () => {
  const before = await replay();
  const ids = await ok(`{ asif: actor(slug: "khawaja-asif") { id } mujahid: actor(slug: "zabihullah-mujahid") { id }
    source: sources(first: 1) { edges { node { id } } } rounds(first: 1) { edges { node { id } } } }`);
  const created = await ok(`mutation($input: CreateStatementInput!) { createStatement(input: $input) { id } }`, {
    input: {
      occasion: { speakerId: ids.asif.id, saidOn: '2025-11-28', channel: 'PRESS_REMARKS' },
      text: 'We will answer any attack.',
      act: 'THREATEN',
      targetIds: [ids.mujahid.id],
      topics: ['border'],
    },
  });
  const keep = created.createStatement.id;
  await ok(
    `mutation($id: ID!) { updateStatement(id: $id, input: { text: "We will answer any attack, at once.", topics: ["border", "retaliation"] }) { id } }`,
    { id: keep },
  );
  const doomed = (
    await ok(`mutation($input: CreateStatementInput!) { createStatement(input: $input) { id } }`, {
      input: { occasion: { speakerId: ids.asif.id, saidOn: '2025-11-29' }, text: 'A statement entered by mistake.', act: 'COMMENT' },
    })
  ).createStatement.id;
  const event = (
    await ok(
      `mutation { createEvent(input: { type: ARMED_CLASH, occurredOn: "2025-11-27", summary: "Exchange of fire at Chaman.", locations: [{ country: "PK", place: "Chaman" }] }) { id } }`,
    )
  ).createEvent.id;
  await ok(`mutation($id: ID!) { updateEvent(id: $id, input: { summary: "Exchange of fire at the Chaman crossing." }) { id } }`, { id: event });
  const claim = (
    await ok(
      `mutation($e: ID!, $a: ID!) { createClaim(input: { text: "Three soldiers were killed.", eventId: $e, killed: 3, stances: [{ actorId: $a, stance: ASSERTS }] }) { id } }`,
      { e: event, a: ids.asif.id },
    )
  ).createClaim.id;
  await ok(`mutation($id: ID!) { updateRoundStatus(input: { roundId: $id, status: SUSPENDED, at: "2025-11-30", note: "Talks paused." }) { id } }`, {
    id: ids.rounds.edges[0].node.id,
  });

  // A retraction and a deletion.
  const seeded = (await ok(`{ statements(first: 1, orderBy: { field: SAID_ON, direction: ASC }) { edges { node { id quotes { id } stances { id } } } } }`))
    .statements.edges[0].node;
  const retracted = await ok(
    `mutation($id: ID!) { retractStatement(id: $id, reason: "Misattributed: the outlet corrected its report.") { nodeId entity by reason } }`,
    { id: keep },
  );
  expect(retracted.retractStatement).toMatchObject({ nodeId: keep, entity: 'Statement', reason: expect.stringContaining('Misattributed') });
  await ok(`mutation($id: ID!) { deleteStatement(id: $id, reason: "Duplicate entry.") { nodeId } }`, { id: doomed });
  await ok(`mutation($id: ID!) { retractClaim(id: $id, reason: "Figures unsourced.") { nodeId } }`, { id: claim });

  // Ingest an article and confirm one of its quotes: the statement appears only now, as CREATED.
  const ingest = await ok(`mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { quotes { id text statement { id speaker { status } } } } }`, {
    input: {
      title: 'Asif speaks',
      outlet: 'Test Wire',
      publishedOn: '2025-11-30',
      text: 'ISLAMABAD: Defence Minister Khawaja Asif said on Sunday: “Our patience has limits and it is now exhausted.”',
    },
  });
  const pending = ingest.ingestArticle.quotes.find((q: any) => q.statement.speaker.status === 'ACTIVE');
  expect(pending).toBeDefined();
  const midway = await replay();
  expect(midway.store.has(pending.statement.id)).toBe(false);
  await ok(`mutation($id: ID!) { confirmQuote(id: $id) { id } }`, { id: pending.id });

  const after = await replay();
  expect(sorted(shaped(after.store))).toEqual(sorted(await publicDataset()));
  expect(after.store.has(keep)).toBe(false);
  expect(after.store.has(doomed)).toBe(false);
  expect(after.store.get(pending.statement.id)?.entity).toBe('Statement');
  expect(after.store.get(event)?.data.summary).toBe('Exchange of fire at the Chaman crossing.');
  expect(after.kinds.slice(before.kinds.length)).toEqual(expect.arrayContaining(['CREATED', 'UPDATED', 'RETRACTED', 'DELETED']));
  expect(seeded.id).toBeTruthy();

  // Retracted and deleted records are gone from node() for readers; editors still see the retracted one.
  const nodes = await ok(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [keep, doomed, claim] }, '');
  expect(nodes.nodes).toEqual([null, null, null]);
  const editor = await ok(`query($id: ID!) { node(id: $id) { ... on Statement { status } } }`, { id: keep });
  expect(editor.node.status).toBe('RETRACTED');
  const tombs = await ok(`{ tombstones(first: 10, entity: "Statement") { edges { node { nodeId reason who } } } }`);
  expect(tombs.tombstones.edges[0].node).toMatchObject({ nodeId: doomed, reason: 'Duplicate entry.', who: 'test editor' });
  const log = await ok(
    `query($id: Int!) { changes(first: 5, filter: { entity: "Statement", entityId: $id, from: "2020-01-01" }) { edges { node { action } } } }`,
    {
      id: Number(Buffer.from(keep, 'base64').toString().split(':')[1]),
    },
  );
  expect(log.changes.edges.map((e: any) => e.node.action)).toContain('retract');
});

test('the feed follows on from a cursor and filters by entity', async () => {
  const { end } = await replay();
  const none = await ok(`query($after: String) { sync(first: 10, after: $after) { edges { cursor } pageInfo { endCursor } } }`, { after: end }, '');
  expect(none.sync.edges).toEqual([]);
  expect(none.sync.pageInfo.endCursor).toBe(end);
  const only = await replay('Event');
  expect([...only.store.values()].every((r) => r.entity === 'Event')).toBe(true);
  expect(codes(await gql(app, `{ sync(entity: "Nope") { edges { cursor } } }`))).toEqual(['BAD_USER_INPUT']);
  expect(codes(await gql(app, `{ sync(after: "bogus") { edges { cursor } } }`))).toEqual(['BAD_USER_INPUT']);
});

test('deleting what others refer to is refused with CONFLICT naming them; a statement takes its quotes with it', async () => {
  const ids = await ok(`{ asif: actor(slug: "khawaja-asif") { id } claims(first: 1) { edges { node { event { id } } } } }`);
  const actor = await gql(app, `mutation($id: ID!) { deleteActor(id: $id, reason: "test") { nodeId } }`, { id: ids.asif.id }, token);
  expect(codes(actor)).toEqual(['CONFLICT']);
  expect(actor.errors![0]!.message).toMatch(/statements \(as speaker\)/);
  expect(actor.errors![0]!.extensions!.field).toBe('id');
  const retract = await gql(app, `mutation($id: ID!) { retractActor(id: $id, reason: "test") { nodeId } }`, { id: ids.asif.id }, token);
  expect(codes(retract)).toEqual(['CONFLICT']);
  const event = await gql(app, `mutation($id: ID!) { deleteEvent(id: $id, reason: "test") { nodeId } }`, { id: ids.claims.edges[0].node.event.id }, token);
  expect(codes(event)).toEqual(['CONFLICT']);
  expect(event.errors![0]!.message).toMatch(/claims/);
  const noReason = await gql(app, `mutation($id: ID!) { deleteEvent(id: $id, reason: "  ") { nodeId } }`, { id: ids.claims.edges[0].node.event.id }, token);
  expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);
  expect(codes(await gql(app, `mutation($id: ID!) { deleteEvent(id: $id, reason: "x") { nodeId } }`, { id: ids.claims.edges[0].node.event.id }))).toEqual([
    'UNAUTHENTICATED',
  ]);

  const withQuote = (await ok(`{ statements(first: 1, filter: { text: "treachery" }) { edges { node { id quotes { id } stances { id } } } } }`)).statements
    .edges[0].node;
  if (withQuote.stances.length === 0) {
    await ok(`mutation($id: ID!) { deleteStatement(id: $id, reason: "test cascade") { nodeId } }`, { id: withQuote.id });
    const { store } = await replay();
    for (const q of withQuote.quotes) expect(store.has(q.id)).toBe(false);
    const tombs = await ok(`{ tombstones(first: 20, entity: "Quote") { totalCount } }`);
    expect(tombs.tombstones.totalCount).toBeGreaterThanOrEqual(withQuote.quotes.length);
  }
});
