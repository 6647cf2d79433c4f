import { afterAll, describe, expect, test } from 'vitest';
import { gql, makeApp } from '../helpers/app.ts';

const app = await makeApp();
afterAll(() => app.dispose());

const PAGE = `query Page($first: Int, $after: String, $filter: StatementFilter) {
  statements(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { id saidOn text speaker { slug } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('pagination', () => {
  test('cursors round-trip: pages are disjoint, ordered newest first, and together cover every statement', async () => {
    const seen: string[] = [];
    const dates: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page++) {
      const r: any = await gql(app, PAGE, { first: 4, after });
      expect(r.errors).toBeUndefined();
      const c: any = r.data.statements;
      total = c.totalCount;
      seen.push(...c.edges.map((e: any) => e.node.id));
      dates.push(...c.edges.map((e: any) => e.node.saidOn));
      if (!c.pageInfo.hasNextPage) break;
      expect(c.pageInfo.endCursor).toBe(c.edges.at(-1).cursor);
      after = c.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(4);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test('first: 101 is refused by name; first: 100 is fine', async () => {
    const refused = await gql(app, PAGE, { first: 101 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(refused.data ?? null).toBeNull();
    const ok = await gql(app, PAGE, { first: 100 });
    expect(ok.errors).toBeUndefined();
  });

  test("a forged cursor is the client's error, not a crash", async () => {
    const r = await gql(app, PAGE, { first: 2, after: 'bm90IGEgY3Vyc29y' });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

// The executor's result objects are plain objects (a pnpm patch, for speed): an alias named like a
// prototype property must still come back as a field of its own.
test('aliases named __proto__, constructor or hasOwnProperty come back as fields', async () => {
  const r: any = await gql(app, '{ statements(first: 1) { edges { node { __proto__: text constructor: id hasOwnProperty: saidOn text id saidOn } } } }');
  expect(r.errors).toBeUndefined();
  const node = r.data.statements.edges[0].node;
  expect(Object.getOwnPropertyNames(node)).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'text', 'id', 'saidOn']);
  expect(Object.getOwnPropertyDescriptor(node, '__proto__')?.value).toBe(node.text);
  expect(node.constructor).toBe(node.id);
  expect(node.hasOwnProperty).toBe(node.saidOn);
});

describe('filters', () => {
  test('by speaker, channel and date range', async () => {
    const asif = await gql(app, `{ actor(slug: "khawaja-asif") { id } }`);
    const speaker = asif.data.actor.id;
    const all = await gql(app, PAGE, { first: 100, filter: { speaker } });
    expect(all.data.statements.totalCount).toBeGreaterThan(3);
    expect(all.data.statements.edges.every((e: any) => e.node.speaker.slug === 'khawaja-asif')).toBe(true);

    const x = await gql(
      app,
      `query($f: StatementFilter) { statements(first: 100, filter: $f) { totalCount edges { node { channel saidOn speaker { slug } } } } }`,
      {
        f: { speaker, channel: 'SOCIAL_MEDIA_POST', from: '2025-10-29', to: '2025-10-29' },
      },
    );
    expect(x.errors).toBeUndefined();
    const edges = x.data.statements.edges;
    expect(edges.length).toBeGreaterThanOrEqual(3);
    for (const { node } of edges) expect(node).toEqual({ channel: 'SOCIAL_MEDIA_POST', saidOn: '2025-10-29', speaker: { slug: 'khawaja-asif' } });
    expect(x.data.statements.totalCount).toBe(edges.length);
  });

  test('by act, target and full text', async () => {
    const threats = await gql(app, `{ statements(first: 100, filter: { act: THREATEN }) { totalCount edges { node { act } } } }`);
    expect(threats.data.statements.totalCount).toBeGreaterThan(0);
    expect(threats.data.statements.edges.every((e: any) => e.node.act === 'THREATEN')).toBe(true);

    const tora = await gql(app, `{ statements(first: 10, filter: { text: "\\"Tora Bora\\"" }) { totalCount edges { node { text quotes { text } } } } }`);
    expect(tora.errors).toBeUndefined();
    expect(tora.data.statements.totalCount).toBeGreaterThan(0);
    for (const { node } of tora.data.statements.edges) {
      const texts = [node.text, ...node.quotes.map((q: any) => q.text)].join(' ');
      expect(texts).toMatch(/Tora Bora/);
    }

    const taliban = await gql(app, `{ resolveActor(name: "Afghan Taliban") { id } }`);
    const target = taliban.data.resolveActor.id;
    const addressed = await gql(app, `query($f: StatementFilter) { statements(first: 100, filter: $f) { totalCount edges { node { targets { id } } } } }`, {
      f: { target },
    });
    expect(addressed.data.statements.totalCount).toBeGreaterThan(0);
    for (const { node } of addressed.data.statements.edges) expect(node.targets.map((t: any) => t.id)).toContain(target);
  });

  test('side keeps the statements whose speaker is on that side, and together the sides cover every statement', async () => {
    const q = `query($f: StatementFilter) { statements(first: 100, filter: $f) { totalCount edges { node { speaker { side } } } } }`;
    const all = await gql(app, q, {});
    let sum = 0;
    for (const side of ['PK', 'AF', 'MEDIATORS', 'OTHERS']) {
      const r = await gql(app, q, { f: { side } });
      expect(r.errors).toBeUndefined();
      for (const { node } of r.data.statements.edges) expect(node.speaker.side).toBe(side);
      sum += r.data.statements.totalCount;
    }
    expect(sum).toBe(all.data.statements.totalCount);
    const pk = await gql(app, q, { f: { side: 'PK' } });
    expect(pk.data.statements.totalCount).toBeGreaterThan(0);
    expect(pk.data.statements.totalCount).toBeLessThan(all.data.statements.totalCount);
  });

  test('a date range ending before it starts is refused by field', async () => {
    const r = await gql(app, PAGE, { first: 5, filter: { from: '2025-11-01', to: '2025-10-01' } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
  });
});

describe('search', () => {
  test('"Tora Bora" finds Khawaja Asif\'s warning, ranked, with highlighted snippets', async () => {
    const r = await gql(
      app,
      `{ search(query: "Tora Bora", first: 10) { kind score snippet highlights { start end } statement { speaker { slug } } source { title } } }`,
    );
    expect(r.errors).toBeUndefined();
    const hits = r.data.search;
    expect(hits.length).toBeGreaterThan(0);
    const scores = hits.map((h: any) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const statementHit = hits.find((h: any) => h.kind === 'STATEMENT' || h.kind === 'QUOTE');
    expect(statementHit.statement.speaker.slug).toBe('khawaja-asif');
    for (const hit of hits) {
      expect(hit.highlights.length).toBeGreaterThan(0);
      const marked = hit.highlights.map((h: any) => hit.snippet.slice(h.start, h.end).toLowerCase());
      expect(marked.some((m: string) => m === 'tora' || m === 'bora')).toBe(true);
    }
  });

  test('diacritics and stems are folded: "Turkiye" finds "Türkiye", "strike" finds "strikes"', async () => {
    const r = await gql(app, `{ a: search(query: "Turkiye") { snippet } b: search(query: "strike") { snippet } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.a.some((h: any) => /Türkiye|Turkiye/.test(h.snippet))).toBe(true);
    expect(r.data.b.some((h: any) => /strikes/i.test(h.snippet))).toBe(true);
  });

  test('malformed FTS syntax is a clear BAD_USER_INPUT naming the field', async () => {
    for (const query of ['"unbalanced', 'AND OR', '(((', 'NEAR(', '*']) {
      const r = await gql(app, `query($q: String!) { search(query: $q) { snippet } }`, { q: query });
      expect(r.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
      expect(r.errors?.[0]?.message).toMatch(/full-text query/);
    }
  });
});

describe('escalation', () => {
  test('per day and per side, with means that agree with the statements themselves', async () => {
    const r = await gql(app, `{ escalation(from: "2025-10-01", to: "2025-12-31") { day statements meanIntensity sides { side statements meanIntensity } } }`);
    expect(r.errors).toBeUndefined();
    const points = r.data.escalation;
    expect(points.length).toBeGreaterThan(2);
    const days = points.map((p: any) => p.day);
    expect([...days].sort()).toEqual(days);
    for (const p of points) {
      expect(p.sides.reduce((n: number, s: any) => n + s.statements, 0)).toBe(p.statements);
      const weighted = p.sides.reduce((n: number, s: any) => n + s.meanIntensity * s.statements, 0) / p.statements;
      expect(p.meanIntensity).toBeCloseTo(weighted, 6);
    }
    const sides = new Set(points.flatMap((p: any) => p.sides.map((s: any) => s.side)));
    expect(sides.has('PK')).toBe(true);
    expect(sides.has('AF')).toBe(true);

    // Cross-check one day against the statements query.
    const oct29 = points.find((p: any) => p.day === '2025-10-29');
    const direct = await gql(
      app,
      `{ statements(first: 100, filter: { from: "2025-10-29", to: "2025-10-29" }) { edges { node { intensity datePrecision } } } }`,
    );
    const dayEdges = direct.data.statements.edges.filter((e: any) => e.node.datePrecision !== 'MONTH');
    expect(oct29.statements).toBe(dayEdges.length);
  });

  test('an inverted range is refused', async () => {
    const r = await gql(app, `{ escalation(from: "2025-11-01", to: "2025-10-01") { day } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});

describe('resolveActor', () => {
  test.each([
    ['Khawaja Asif', 'khawaja-asif'],
    ['khwaja asif', 'khawaja-asif'],
    ['KHAWAJA MUHAMMAD ASIF', 'khawaja-asif'],
    ['Defence Minister Khawaja Asif', 'khawaja-asif'],
    ['Khawja Asif', 'khawaja-asif'],
  ])('%s → %s', async (name, slug) => {
    const r = await gql(app, `query($n: String!) { resolveActor(name: $n) { slug } }`, { n: name });
    expect(r.errors).toBeUndefined();
    expect(r.data.resolveActor?.slug).toBe(slug);
  });

  test('Türkiye, Turkey and Turkiye name one actor', async () => {
    const r = await gql(
      app,
      `{ a: resolveActor(name: "Türkiye") { slug } b: resolveActor(name: "Turkey") { slug } c: resolveActor(name: "turkiye") { slug } }`,
    );
    expect(r.data.a.slug).toBeTruthy();
    expect(r.data.b.slug).toBe(r.data.a.slug);
    expect(r.data.c.slug).toBe(r.data.a.slug);
  });

  test('an unknown name resolves to null, not to a guess', async () => {
    const r = await gql(app, `{ resolveActor(name: "Nobody In Particular") { slug } }`);
    expect(r.data.resolveActor).toBeNull();
  });
});

describe('node and nodes', () => {
  test('refetch by global id, any type; unknown ids come back null', async () => {
    const r = await gql(app, `{ statements(first: 1) { edges { node { id text } } } rounds(first: 1) { edges { node { id title } } } }`);
    const statement = r.data.statements.edges[0].node;
    const round = r.data.rounds.edges[0].node;
    const n = await gql(
      app,
      `query($ids: [ID!]!, $id: ID!) {
      node(id: $id) { id ... on Statement { text } }
      nodes(ids: $ids) { id ... on NegotiationRound { title } ... on Statement { text } }
    }`,
      { id: statement.id, ids: [round.id, statement.id, 'U3RhdGVtZW50Ojk5OTk5'] },
    );
    expect(n.errors).toBeUndefined();
    expect(n.data.node).toEqual(statement);
    expect(n.data.nodes).toEqual([round, statement, null]);
  });
});

describe('lookups by key', () => {
  test('claim(key) and statement(key) find the curated entries; unknown keys are null', async () => {
    const r = await gql(app, `{ claims(first: 1) { edges { node { key text } } } }`);
    const claim = r.data.claims.edges[0].node;
    const byKey = await gql(
      app,
      `query($k: String!) { claim(key: $k) { key text } statement(key: "asif-2025-10-29-x-no-more") { key createdAt } missing: claim(key: "no-such-claim") { key } }`,
      { k: claim.key },
    );
    expect(byKey.data.claim).toEqual(claim);
    expect(byKey.data.statement.key).toBe('asif-2025-10-29-x-no-more');
    expect(Number.isNaN(Date.parse(byKey.data.statement.createdAt))).toBe(false);
    expect(byKey.data.missing).toBeNull();
  });
});
