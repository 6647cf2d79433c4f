import { afterAll, expect, test } from 'vitest';
import { gql, makeApp } from '../helpers/app.ts';

// Curated notes cite sources, never internal names: "(seed 003)" became a citation token that readers see
// rendered as the source's label, with the source itself listed beside the text.
const app = await makeApp();
afterAll(() => app.dispose());

const INTERNAL = /\bseeds? \d{3}\b|\[\[source:/i;

test('no curated text that readers get names a seed file or shows a raw token', async () => {
  const r = await gql(
    app,
    `{
    actors(first: 100) { edges { node { description citations { label source { id title url } } } } }
    events(first: 100) { edges { node { summary citations { label } } } }
    claims(first: 100) { edges { node { text } } }
    rounds(first: 100) { edges { node { updates { note citations { label } } demands { note } } } }
    statements(first: 100) { edges { node { note occasion { note } } } }
  }`,
  );
  expect(r.errors).toBeUndefined();
  const text = JSON.stringify(r.data);
  expect(text).not.toMatch(INTERNAL);
  const sync = await gql(app, `{ sync(first: 100) { edges { node { data } } } }`);
  expect(JSON.stringify(sync.data)).not.toMatch(INTERNAL);
});

test('a note cites its source by label and lists it with its id and title', async () => {
  const r = await gql(app, `{ actor(slug: "gul-bahadur-group") { description citations { label source { key title } } } }`);
  expect(r.errors).toBeUndefined();
  const actor = r.data.actor;
  expect(actor.citations.map((c: any) => c.source.key)).toEqual(['seed-002', 'seed-003']);
  for (const c of actor.citations) expect(actor.description).toContain(c.label);
  expect(actor.citations[0].label).toMatch(/^“Khawaja Asif warns Pakistan/);
});
