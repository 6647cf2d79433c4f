import { afterAll, beforeAll, expect, test } from 'vitest';
import { gql, makeApp, type TestApp } from '../helpers/app.ts';
import { articlePage, startSite, WIRE_PARAGRAPHS, type Site } from '../helpers/web-fixtures.ts';

const INGEST_URL = `mutation ($input: IngestUrlInput!) {
  ingestUrl(input: $input) {
    source { id outlet outletRecord { key kind ownerGroup } wire { key } copyOf { id } copyEvidence }
    quotes { id text statement { id } }
  }
}`;
const CONFIRM = 'mutation ($id: ID!) { confirmQuote(id: $id) { link } }';
const STATEMENT = 'query ($id: ID!) { node(id: $id) { ... on Statement { outletCount independentOrigins quotes { source { outlet } } } } }';

let site: Site;
let app: TestApp;
beforeAll(async () => {
  site = await startSite();
  app = await makeApp({ PARLEY_FETCH_ALLOW: '127.0.0.1' });
});
afterAll(async () => {
  await app.dispose();
  await site.close();
});

const [lead, second, ...rest] = WIRE_PARAGRAPHS;
const dated = (p: string[], dateline: string) => [`${dateline}${p[0]}`, ...p.slice(1)];

async function publish(path: string, site_: string, canonical: string, paragraphs: string[]) {
  site.html(
    path,
    articlePage({
      headline: 'Pakistan vows to answer cross-border attacks',
      site: site_,
      canonical,
      published: '2025-12-03T08:00:00Z',
      paragraphs,
    }),
  );
  const r = await gql(app, INGEST_URL, { input: { url: `${site.origin}${path}` } }, app.editorToken);
  expect(r.errors, path).toBeUndefined();
  return r.data.ingestUrl;
}

/** The quote of the "equal force" passage in this ingestion. */
const equalForce = (result: any) => result.quotes.find((q: any) => q.text.includes('equal force'));

test('a wire story and five republications are one independent origin and six outlets', async () => {
  const wire = await publish('/ap', 'AP News', 'https://apnews.com/article/pakistan-afghanistan-border-0001', dated(WIRE_PARAGRAPHS, 'ISLAMABAD (AP) — '));
  expect(wire.source).toMatchObject({
    outlet: 'Associated Press',
    outletRecord: { key: 'ap', kind: 'WIRE_AGENCY' },
    wire: null,
    copyOf: null,
  });

  const copies = [
    // Credits the wire in its dateline (and adds a line: the identical text would be the same source).
    await publish('/courier', 'The Valley Courier', 'https://valleycourier.example/world/border', [
      ...dated(WIRE_PARAGRAPHS, 'ISLAMABAD (AP) — '),
      'Follow the Valley Courier for updates from the region.',
    ]),
    // No credit at all, a new intro of its own: only the shared passages give it away.
    await publish('/ledger', 'Frontier Ledger', 'https://frontierledger.example/news/border', [
      'Tensions on the western border dominated the capital’s politics again this week.',
      lead!,
      second!,
      ...rest,
    ]),
    // A closing credit.
    await publish('/meridian', 'Daily Meridian', 'https://dailymeridian.example/pakistan/border', [
      ...WIRE_PARAGRAPHS.slice(0, 5),
      `${WIRE_PARAGRAPHS[5]} — AP`,
    ]),
    // Trimmed to its first four paragraphs, no credit.
    await publish('/evening', 'Metro Evening', 'https://metroevening.example/border', WIRE_PARAGRAPHS.slice(0, 4)),
    // "… Associated Press reported."
    await publish('/harbour', 'Harbour Times', 'https://harbourtimes.example/world/border', [
      ...WIRE_PARAGRAPHS.slice(0, 5),
      'The crossing would stay closed for another week, the Associated Press reported.',
    ]),
  ];
  expect(copies[0].source.wire).toEqual({ key: 'ap' });
  expect(copies[0].source.copyEvidence).toMatch(/dateline "\(AP\) —"/);
  expect(copies[1].source).toMatchObject({ wire: null, copyOf: { id: wire.source.id } });
  expect(copies[1].source.copyEvidence).toMatch(/shares \d+% of its passages/);
  expect(copies[2].source.wire).toEqual({ key: 'ap' });
  expect(copies[3].source.copyOf).toEqual({ id: wire.source.id });
  expect(copies[4].source.wire).toEqual({ key: 'ap' });
  for (const c of copies) expect(c.source.copyOf).toEqual({ id: wire.source.id });

  // Every printing of the passage links to one statement; confirming them makes it public.
  const statementId = equalForce(wire).statement.id;
  for (const r of [wire, ...copies]) {
    expect(equalForce(r).statement.id).toBe(statementId);
    expect((await gql(app, CONFIRM, { id: equalForce(r).id }, app.editorToken)).errors).toBeUndefined();
  }
  const s = await gql(app, STATEMENT, { id: statementId });
  expect(s.data.node).toMatchObject({ outletCount: 6, independentOrigins: 1 });

  // Two sites of one owner group reporting it in their own words add one origin between them.
  const own = (outlet: string) => [
    `Khawaja Asif, the defence minister, told ${outlet}'s correspondent in Sialkot that Islamabad would “answer every cross-border attack with equal force until the Taliban rein in the militants sheltering on their soil.”`,
    'The interview was recorded at the minister’s constituency office late on Tuesday evening, hours before the cabinet met to review the situation on the frontier.',
    'He declined to say whether the army had been given new rules of engagement, and referred questions about the Doha contacts to the Foreign Office in Islamabad.',
  ];
  const geo = await publish('/geo', 'Geo News', 'https://www.geo.tv/latest/asif-border', own('Geo'));
  const news = await publish('/thenews', 'The News', 'https://www.thenews.com.pk/print/asif-border', [
    ...own('The News'),
    'Separately, the Punjab government announced that schools in border districts would reopen on Monday after a week’s closure.',
  ]);
  expect(geo.source.outletRecord).toMatchObject({ key: 'geo', ownerGroup: 'Jang Group' });
  expect(news.source.outletRecord).toMatchObject({ key: 'the-news', ownerGroup: 'Jang Group' });
  for (const r of [geo, news]) {
    expect(equalForce(r).statement.id).toBe(statementId);
    await gql(app, CONFIRM, { id: equalForce(r).id }, app.editorToken);
  }
  const after = await gql(app, STATEMENT, { id: statementId });
  expect(after.data.node).toMatchObject({ outletCount: 8, independentOrigins: 2 });
});

test('the agency’s own story arriving after a republication makes the republication the copy', async () => {
  // A fresh ledger: the story above would otherwise be the earlier original.
  await app.dispose();
  app = await makeApp({ PARLEY_FETCH_ALLOW: '127.0.0.1' });
  const text = WIRE_PARAGRAPHS.map((p) => p.replace('Wednesday', 'Friday').replace('Chaman', 'Angoor Adda'));
  const early = await publish('/early', 'Lakeside Post', 'https://lakesidepost.example/border-friday', text);
  expect(early.source.copyOf).toBeNull();
  const agency = await publish('/afp', 'AFP', 'https://www.afp.com/en/news/border-friday', dated(text, 'ISLAMABAD (AFP) - '));
  expect(agency.source).toMatchObject({ outletRecord: { key: 'afp', kind: 'WIRE_AGENCY' }, copyOf: null, wire: null });
  const q = await gql(app, 'query ($id: ID!) { node(id: $id) { ... on Source { copyOf { id } copyEvidence } } }', { id: early.source.id });
  expect(q.data.node.copyOf).toEqual({ id: agency.source.id });
  expect(q.data.node.copyEvidence).toMatch(/the agency's own story/);
});
