// Seed content, counts: read back through the GraphQL API of a freshly seeded app and checked twice — against the
// JSON files (the loader dropped nothing) and against the reviewed numbers (the dataset did not drift unnoticed).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dataset, q, seedDir, sum, useSeededApp } from './seed-api.ts';

useSeededApp();

describe('counts per entity', () => {
  test('the reviewed dataset has the counts recorded in NOTES.md', () => {
    const quotes = dataset.statements.flatMap((s: any) => s.quotes);
    expect({
      actors: dataset.actors.length,
      sources: dataset.sources.length,
      occasions: dataset.occasions.length,
      statements: dataset.statements.length,
      quotes: quotes.length,
      suggested: quotes.filter((x: any) => x.link === 'SUGGESTED').length,
      processes: dataset.processes.length,
      rounds: dataset.rounds.length,
      demands: sum(dataset.rounds, (r) => r.demands?.length ?? 0),
      events: dataset.events.length,
      claims: dataset.claims.length,
      stances: sum(dataset.claims, (c) => c.stances.length),
      discrepancies: dataset.discrepancies.length,
      versions: sum(dataset.discrepancies, (d) => d.versions.length),
    }).toEqual({
      actors: 26,
      sources: 5,
      occasions: 34,
      statements: 84,
      quotes: 115,
      suggested: 2,
      processes: 1,
      rounds: 3,
      demands: 6,
      events: 10,
      claims: 11,
      stances: 22,
      discrepancies: 27,
      versions: 76,
    });
  });

  test('actors, sources, rounds, events, claims and processes: the API holds every entry of the dataset', async () => {
    const data = await q(`{
      actors(first: 100) { totalCount edges { node { slug aliases { text } } } }
      sources(first: 100) { totalCount edges { node { key } } }
      rounds(first: 100) { totalCount edges { node { key } } }
      events(first: 100) { totalCount edges { node { key } } }
      claims(first: 100) { totalCount edges { node { key stances { stance } } } }
      processes { key rounds { key } }
      discrepancies { key versions { value } }
    }`);
    const keys = (conn: any, field = 'key') => conn.edges.map((e: any) => e.node[field]).sort();
    const expected = (list: any[]) => list.map((x) => x.key).sort();
    expect(data.actors.totalCount).toBe(dataset.actors.length);
    expect(keys(data.actors, 'slug')).toEqual(expected(dataset.actors));
    expect(data.sources.totalCount).toBe(dataset.sources.length);
    expect(keys(data.sources)).toEqual(expected(dataset.sources));
    expect(data.rounds.totalCount).toBe(dataset.rounds.length);
    expect(keys(data.rounds)).toEqual(expected(dataset.rounds));
    expect(data.events.totalCount).toBe(dataset.events.length);
    expect(keys(data.events)).toEqual(expected(dataset.events));
    expect(data.claims.totalCount).toBe(dataset.claims.length);
    expect(keys(data.claims)).toEqual(expected(dataset.claims));
    expect(sum(data.claims.edges, (e) => e.node.stances.length)).toBe(sum(dataset.claims, (c) => c.stances.length));
    expect(data.processes.map((p: any) => p.key)).toEqual(expected(dataset.processes));
    expect(data.discrepancies.map((d: any) => d.key).sort()).toEqual(expected(dataset.discrepancies));
    expect(sum(data.discrepancies, (d) => d.versions.length)).toBe(sum(dataset.discrepancies, (d) => d.versions.length));
    // Every name and alias is stored, except spellings that normalise to one already held by the same actor
    // ("Turkiye" folds to the same key as "Türkiye"): 26 names + 23 aliases − 1.
    expect(sum(data.actors.edges, (e) => e.node.aliases.length)).toBe(48);
  });

  test('statements, occasions and quotes: every statement with every quote; confirmed quotes per source', async () => {
    const data = await q(`{
      statements(first: 100) { totalCount pageInfo { hasNextPage } edges { node {
        key occasion { key } quotes { source { key } } all: quotes(links: [CONFIRMED, SUGGESTED]) { link source { key } }
      } } }
      sources(first: 100) { edges { node { key quoteCount } } }
    }`);
    const nodes = data.statements.edges.map((e: any) => e.node);
    expect(data.statements.totalCount).toBe(dataset.statements.length);
    expect(data.statements.pageInfo.hasNextPage).toBe(false);
    expect(nodes.map((s: any) => s.key).sort()).toEqual(dataset.statements.map((s: any) => s.key).sort());
    expect(new Set(nodes.map((s: any) => s.occasion.key)).size).toBe(dataset.occasions.length);
    const all = nodes.flatMap((s: any) => s.all);
    expect(all).toHaveLength(sum(dataset.statements, (s) => s.quotes.length));
    expect(all.filter((x: any) => x.link === 'SUGGESTED')).toHaveLength(2);
    const confirmed = nodes.flatMap((s: any) => s.quotes);
    expect(confirmed).toHaveLength(113);
    const perSource = Object.fromEntries(data.sources.edges.map((e: any) => [e.node.key, e.node.quoteCount]));
    expect(perSource).toEqual({ 'seed-000': 15, 'seed-001': 16, 'seed-002': 44, 'seed-003': 29, 'seed-004': 9 });
    expect(sum(Object.values(perSource), (n) => n)).toBe(confirmed.length);
  });

  test('every quote is pinned to its exact span in the article body as stored', async () => {
    const data = await q(`{ sources(first: 100) { edges { node { key body quotes(links: [CONFIRMED, SUGGESTED]) { text start end } } } } }`);
    let checked = 0;
    for (const { node } of data.sources.edges) {
      const file = dataset.sources.find((s: any) => s.key === node.key).file;
      expect(node.body).toBe(readFileSync(new URL(file, seedDir), 'utf8'));
      for (const quote of node.quotes) {
        expect(node.body.slice(quote.start, quote.end), `${node.key} ${quote.start}`).toBe(quote.text);
        checked++;
      }
    }
    expect(checked).toBe(115);
  });
});
