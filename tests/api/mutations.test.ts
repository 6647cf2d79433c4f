import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gql, makeApp } from '../helpers/app.ts';

const app = await makeApp();
afterAll(() => app.dispose());

let asif = '';
beforeAll(async () => {
  asif = (await gql(app, `{ actor(slug: "khawaja-asif") { id } }`)).data.actor.id;
});

describe('statements and quotes', () => {
  test('createStatement with an inline occasion, targets, topics and a verified quote', async () => {
    const source = await gql(
      app,
      `mutation { createSource(input: { title: "Test wire", outlet: "Parley tests", body: "The minister said: \\"We will talk again.\\" Then he left.", publishedOn: "2025-11-20" }) { id body } }`,
      {},
      app.editorToken,
    );
    expect(source.errors).toBeUndefined();
    const body: string = source.data.createSource.body;
    const start = body.indexOf('We will');
    const r = await gql(
      app,
      `mutation($input: CreateStatementInput!) { createStatement(input: $input) {
      text act intensity saidOn channel speaker { slug } topics targets { slug } outletCount quotes { text start end source { title } }
    } }`,
      {
        input: {
          occasion: { speakerId: asif, saidOn: '2025-11-20', channel: 'PRESS_REMARKS', venue: 'Parliament House' },
          text: 'We will talk again.',
          act: 'CONSULT',
          targetIds: [asif],
          topics: ['Talks', 'talks'],
          quotes: [{ sourceId: source.data.createSource.id, text: 'We will talk again.', start, end: start + 19 }],
        },
      },
      app.editorToken,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.createStatement).toMatchObject({
      act: 'CONSULT',
      intensity: 2,
      saidOn: '2025-11-20',
      channel: 'PRESS_REMARKS',
      speaker: { slug: 'khawaja-asif' },
      topics: ['talks'],
      outletCount: 1,
      quotes: [{ text: 'We will talk again.', start, end: start + 19, source: { title: 'Test wire' } }],
    });
  });

  test('createSource is idempotent on content', async () => {
    const q = `mutation { createSource(input: { title: "Same text", outlet: "A", body: "Identical body text.\\r\\n" }) { id } }`;
    const a = await gql(app, q, {}, app.editorToken);
    const b = await gql(app, q.replace('"A"', '"B"').replace('\\r\\n', ''), {}, app.editorToken);
    expect(b.data.createSource.id).toBe(a.data.createSource.id);
  });
});

describe('rounds', () => {
  test('updateRoundStatus appends to the history and the round takes the latest status', async () => {
    const rounds = await gql(app, `{ rounds(first: 1) { edges { node { id status updates { at status } } } } }`);
    const round = rounds.data.rounds.edges[0].node;
    const r = await gql(
      app,
      `mutation($id: ID!) { updateRoundStatus(input: { roundId: $id, status: IN_SESSION, at: "2026-01-05T09:00:00Z", note: "Talks resume in Doha" }) {
      status latestUpdate { status note } updates { status note }
    } }`,
      { id: round.id },
      app.editorToken,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.updateRoundStatus.status).toBe('IN_SESSION');
    expect(r.data.updateRoundStatus.latestUpdate).toEqual({ status: 'IN_SESSION', note: 'Talks resume in Doha' });
    expect(r.data.updateRoundStatus.updates).toHaveLength(round.updates.length + 1);

    // A back-dated entry joins the history but does not override the latest status.
    const back = await gql(
      app,
      `mutation($id: ID!) { updateRoundStatus(input: { roundId: $id, status: SCHEDULED, at: "2025-01-01", note: "Announced" }) { status updates { status } } }`,
      { id: round.id },
      app.editorToken,
    );
    expect(back.data.updateRoundStatus.status).toBe('IN_SESSION');
    expect(back.data.updateRoundStatus.updates[0].status).toBe('SCHEDULED');
  });
});

describe('mergeActors', () => {
  test('moves statements (with their quotes), stances and aliases into the survivor', async () => {
    const made = await gql(
      app,
      `mutation { createActor(input: { name: "K. Asif Duplicate", kind: PERSON, aliases: [{ text: "Asif Duplicate" }] }) { id } }`,
      {},
      app.editorToken,
    );
    const dup = made.data.createActor.id;
    const st = await gql(
      app,
      `mutation($s: ID!) { createStatement(input: { occasion: { speakerId: $s, saidOn: "2025-11-21" }, text: "Said by the duplicate", act: COMMENT }) { id } }`,
      { s: dup },
      app.editorToken,
    );
    const claims = await gql(app, `{ claims(first: 1) { edges { node { id } } } }`);
    const claimId = claims.data.claims.edges[0].node.id;
    await gql(
      app,
      `mutation($c: ID!, $a: ID!, $st: ID!) { addClaimStance(claimId: $c, input: { actorId: $a, stance: DISPUTES, statementId: $st }) { id } }`,
      { c: claimId, a: dup, st: st.data.createStatement.id },
      app.editorToken,
    );

    const before = await gql(app, `{ actor(slug: "khawaja-asif") { statements(first: 1) { totalCount } stances { stance } aliases { text } } }`);
    const merged = await gql(
      app,
      `mutation($s: ID!, $m: ID!) { mergeActors(survivorId: $s, mergedId: $m) { slug statements(first: 1) { totalCount } stances { stance } aliases { text } } }`,
      { s: asif, m: dup },
      app.editorToken,
    );
    expect(merged.errors).toBeUndefined();
    const after = merged.data.mergeActors;
    expect(after.statements.totalCount).toBe(before.data.actor.statements.totalCount + 1);
    expect(after.stances).toHaveLength(before.data.actor.stances.length + 1);
    expect(after.aliases.map((a: any) => a.text)).toEqual(expect.arrayContaining(['K. Asif Duplicate', 'Asif Duplicate']));
    expect((await gql(app, `query($id: ID!) { node(id: $id) { id } }`, { id: dup })).data.node).toBeNull();
    expect((await gql(app, `{ resolveActor(name: "Asif Duplicate") { slug } }`)).data.resolveActor.slug).toBe('khawaja-asif');
  });

  test('merging an actor into itself is refused', async () => {
    const r = await gql(app, `mutation($s: ID!) { mergeActors(survivorId: $s, mergedId: $s) { id } }`, { s: asif }, app.editorToken);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mergedId' });
  });
});

describe('claims and disagreements', () => {
  test('updateClaimStance changes the figures an actor claims', async () => {
    const claims = await gql(app, `{ claims(first: 20) { edges { node { id stances { id stance killed } } } } }`);
    const claim = claims.data.claims.edges.map((e: any) => e.node).find((c: any) => c.stances.length > 0);
    const stance = claim.stances[0];
    const r = await gql(
      app,
      `mutation($id: ID!) { updateClaimStance(id: $id, input: { killed: 12 }) { stances { id killed stance } } }`,
      { id: stance.id },
      app.editorToken,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.updateClaimStance.stances.find((s: any) => s.id === stance.id)).toEqual({ id: stance.id, killed: 12, stance: stance.stance });
  });

  test('createDiscrepancy keeps every version with its citation, and refuses a quote its source does not hold', async () => {
    const sources = await gql(app, `{ sources(first: 2) { edges { node { id body } } } }`);
    const [a, b] = sources.data.sources.edges.map((e: any) => e.node);
    const versions = [
      { value: 'first version', sourceId: a.id, quote: a.body.slice(0, 30) },
      { value: 'second version', sourceId: b.id, quote: b.body.slice(0, 30) },
    ];
    const ok = await gql(
      app,
      `mutation($v: [DiscrepancyVersionInput!]!) { createDiscrepancy(input: { subject: "round:test", field: "date", versions: $v }) { subject versions { value quote source { id } } } }`,
      { v: versions },
      app.editorToken,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.createDiscrepancy.versions).toEqual(versions.map((v) => ({ value: v.value, quote: v.quote, source: { id: v.sourceId } })));
    const bad = await gql(
      app,
      `mutation($v: [DiscrepancyVersionInput!]!) { createDiscrepancy(input: { subject: "round:test", field: "date", versions: $v }) { id } }`,
      {
        v: [versions[0], { ...versions[1], quote: 'words not in the source at all' }],
      },
      app.editorToken,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.versions.1.quote' });
    const one = await gql(
      app,
      `mutation($v: [DiscrepancyVersionInput!]!) { createDiscrepancy(input: { subject: "x", field: "y", versions: $v }) { id } }`,
      { v: [versions[0]] },
      app.editorToken,
    );
    expect(one.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
