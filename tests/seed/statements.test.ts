// Seed content, statements: who said it, where, when, as printed by whom, read back through the GraphQL API.
// Every fact below is traceable to a sentence of data/seed/articles/*.txt, quoted in the comment above its assertion.
import { describe, expect, test } from 'vitest';
import { q, quoteBySource, statement, useSeededApp } from './seed-api.ts';

useSeededApp();

describe('statements: who said it, where, when, as printed by whom', () => {
  // 002: "Hours later, Pakistan’s Defence Minister Khwaja Asif said: “We will conduct strikes, we definitely will.”
  //       Asif was speaking to reporters at Parliament House … according to a Dawn report."
  test('"We will conduct strikes" — Khawaja Asif to reporters at Parliament House on Wednesday 29 Oct', async () => {
    const s = await statement('asif-2025-10-29-parliament-will-conduct-strikes');
    expect(s.speaker.slug).toBe('khawaja-asif');
    expect([s.channel, s.venue, s.saidOn, s.datePrecision]).toEqual(['PRESS_REMARKS', 'Parliament House', '2025-10-29', 'DAY']);
    expect([s.act, s.intensity, s.conditional]).toEqual(['THREATEN', -8, true]);
    expect(s.quotes.map((x: any) => [x.source.key, x.kind, x.text])).toEqual([['seed-002', 'DIRECT', 'We will conduct strikes, we definitely will']]);
  });

  // 002 "We have borne your treachery and mockery for too long, but no more", 003 "We have tolerated your disloyalty
  // and mockery but not anymore", 004 "We will no longer tolerate your mockery and betrayal" — one passage of the X post.
  test('the "no more" passage of the 29 Oct X post: one statement, three outlets, three wordings', async () => {
    const s = await statement('asif-2025-10-29-x-no-more');
    expect(s.outletCount).toBe(3);
    expect([s.channel, s.venue, s.saidOn, s.datePrecision]).toEqual(['SOCIAL_MEDIA_POST', 'X', '2025-10-29', 'DAY']);
    expect(quoteBySource(s)).toEqual({
      'seed-002': 'We have borne your treachery and mockery for too long, but no more',
      'seed-003': 'We have tolerated your disloyalty and mockery but not anymore',
      'seed-004': 'We will no longer tolerate your mockery and betrayal',
    });
    expect(s.quotes.every((x: any) => x.kind === 'DIRECT' && x.link === 'CONFIRMED')).toBe(true);
  });

  // 004: "In a post on X (formerly Twitter) on Wednesday, October 29, Asif said …" — the post holds the Tora Bora,
  // graveyard, circus passages and more, each its own statement.
  test('the X post occasion holds thirteen statements, each printed by at least one outlet', async () => {
    const data = await q(`{ statement(key: "asif-2025-10-29-x-tora-bora") { outletCount occasion { key channel venue statements { key } } } }`);
    expect(data.statement.outletCount).toBe(3);
    expect(data.statement.occasion.key).toBe('asif-2025-10-29-x-post');
    const keys = data.statement.occasion.statements.map((s: any) => s.key);
    expect(keys).toHaveLength(13);
    expect(keys).toEqual(expect.arrayContaining(['asif-2025-10-29-x-graveyard-of-empires', 'asif-2025-10-29-x-circus', 'asif-2025-10-29-x-no-more']));
  });

  // 002 "…their threats are only circus!", 003 "…their threats as mere spectacle"; 004's "a response that the whole
  // world would witness" is only a suggested match and does not count as an outlet until confirmed.
  test('a suggested quote is kept but not counted as an outlet', async () => {
    const s = await statement('asif-2025-10-29-x-circus');
    expect(s.outletCount).toBe(2);
    expect(s.quotes.map((x: any) => x.source.key).sort()).toEqual(['seed-002', 'seed-003']);
    const suggested = s.all.filter((x: any) => x.link === 'SUGGESTED');
    expect(suggested.map((x: any) => [x.source.key, x.kind])).toEqual([['seed-004', 'PARAPHRASE']]);
  });

  // 000: "Speaking on Geo News’ programme Aaj Shahzeb Khanzada Kay Sath, he said, “Today we are completely writing
  // them off…”"; 001: "…“But now, we are completely writing them off, and we do not expect anything good from them.”"
  test('"writing them off" — the Geo News interview, printed by seeds 000 and 001', async () => {
    const s = await statement('asif-2025-11-25-geo-writing-off');
    expect([s.channel, s.venue]).toEqual(['TV_INTERVIEW', 'Geo News — Aaj Shahzeb Khanzada Kay Sath']);
    // "His remarks came shortly after" Mujahid's post of Tuesday 25 Nov (001 is dated 2025-11-26): the day is inferred.
    expect([s.saidOn, s.datePrecision]).toEqual(['2025-11-25', 'APPROXIMATE']);
    expect([s.act, s.outletCount]).toEqual(['REJECT', 2]);
    expect(quoteBySource(s)['seed-000']).toBe('Today we are completely writing them off, and we do not expect anything good from them');
    expect(quoteBySource(s)['seed-001']).toMatch(
      /^One should hope for good and not write off another until limits are crossed\. But now, we are completely writing/,
    );
  });

  // 002: "In a pre-dawn announcement, Pakistan’s Information Minister Attaullah Tarar said the latest round of talks …
  // “failed to bring about any workable solution”"; 003: "Federal Information Minister Attaullah Tarar announced that the
  // latest talks between Islamabad and Kabul in Istanbul had failed."
  test('the Information Minister announced the failure, as printed by two outlets', async () => {
    const s = await statement('tarar-2025-10-29-talks-failed');
    expect(s.speaker.slug).toBe('attaullah-tarar');
    expect([s.saidOn, s.datePrecision, s.round.key, s.outletCount]).toEqual(['2025-10-29', 'DAY', 'istanbul-round-2', 2]);
    expect(quoteBySource(s)['seed-002']).toContain('“failed to bring about any workable solution”');
    expect(quoteBySource(s)['seed-003']).toBe('the latest talks between Islamabad and Kabul in Istanbul had failed');
    const actor = await q(`{ actor(slug: "attaullah-tarar") { parent { slug } roles { title organization { slug } } } }`);
    expect(actor.actor.parent.slug).toBe('pakistan-government');
    expect(actor.actor.roles).toEqual([{ title: 'Information Minister', organization: { slug: 'pakistan-government' } }]);
  });

  // 002: "“Yes, it is, of course. We very much hope that even if the talks are on pause, the fighting will not renew,”
  // he said at UN Headquarters in New York."
  test("the UN spokesperson's hope, said at UN Headquarters", async () => {
    const s = await statement('dujarric-2025-10-29-hope-fighting-will-not-renew');
    expect(s.speaker.slug).toBe('stephane-dujarric');
    expect([s.channel, s.venue, s.act, s.intensity]).toEqual(['PRESS_CONFERENCE', 'UN Headquarters, New York', 'APPEAL', 1]);
    expect(s.quotes[0].text).toBe('Yes, it is, of course. We very much hope that even if the talks are on pause, the fighting will not renew');
  });

  // 000: "Zabihullah Mujahid accused Pakistan—through a post on the social media platform X—of carrying out overnight
  // airstrikes…"; 001: "Zabihullah Mujahid said in posts on X that Islamabad attacked several areas…"; 001: "“The Islamic
  // Emirate strongly condemns this violation …,” Mujahid said in a statement."
  test('Mujahid: the accusation on X (two outlets) and the vow "in a statement"', async () => {
    const x = await statement('mujahid-2025-11-25-x-accuses-pakistan-strikes');
    expect([x.speaker.slug, x.channel, x.venue, x.saidOn, x.datePrecision, x.act]).toEqual([
      'zabihullah-mujahid',
      'SOCIAL_MEDIA_POST',
      'X',
      '2025-11-25',
      'DAY',
      'ACCUSE',
    ]);
    expect(x.outletCount).toBe(2);
    const vow = await statement('mujahid-2025-11-25-respond-appropriately');
    expect([vow.speaker.slug, vow.channel, vow.act]).toEqual(['zabihullah-mujahid', 'OFFICIAL_STATEMENT', 'THREATEN']);
    expect(vow.quotes[0].text).toMatch(/it will respond appropriately at the right time$/);
  });

  // 001: "Mustaghfir Gurbuz, a spokesman for the governor of Khost, claimed the strikes were carried out by drones and aircraft."
  test("the Khost governor's spokesman and his claim", async () => {
    const s = await statement('gurbuz-2025-11-25-drones-and-aircraft');
    expect(s.speaker.slug).toBe('mustaghfir-gurbuz');
    expect(s.quotes.map((x: any) => [x.source.key, x.kind, x.text])).toEqual([['seed-001', 'INDIRECT', 'the strikes were carried out by drones and aircraft']]);
    const actor = await q(`{ actor(slug: "mustaghfir-gurbuz") { roles { title } } }`);
    expect(actor.actor.roles[0].title).toBe('Spokesman for the Governor of Khost');
  });

  // 002: "Its negotiators gave their counterparts an ultimatum for “convening a Tehrik Taliban Pakistan (TTP) Shura within
  // 72 hours or acting unilaterally’’. This was taken as an affront by the Taliban regime which responded: “You declare war
  // and we retaliate. Islamabad is not safe.’’"
  test("the 72-hour ultimatum and the Taliban's answer, both at the Istanbul table", async () => {
    const ultimatum = await statement('pakistan-delegation-2025-10-ttp-shura-ultimatum');
    expect([ultimatum.speaker.slug, ultimatum.act, ultimatum.conditional, ultimatum.round.key]).toEqual([
      'pakistan-government',
      'THREATEN',
      true,
      'istanbul-round-2',
    ]);
    expect(ultimatum.quotes[0].text).toBe('convening a Tehrik Taliban Pakistan (TTP) Shura within 72 hours or acting unilaterally');
    expect(ultimatum.targets.map((t: any) => t.slug).sort()).toEqual(['afghan-taliban-government', 'ttp']);
    const answer = await statement('afghan-delegation-2025-10-you-declare-war');
    expect([answer.speaker.slug, answer.round.key, answer.quotes[0].text]).toEqual([
      'afghan-taliban-government',
      'istanbul-round-2',
      'You declare war and we retaliate. Islamabad is not safe',
    ]);
  });

  // 002: "On the directives of India and by becoming its proxy, Fitna al-Hindustan (official Pakistani name for Tehrik
  // Taliban Pakistan or TTP) wants to leverage its position over Pakistan through Afghanistan."
  test("the TTP-as-India's-proxy accusation names the TTP and India as targets", async () => {
    const s = await statement('asif-2025-10-29-parliament-ttp-india-proxy');
    expect(s.targets.map((t: any) => t.slug).sort()).toEqual(['india', 'ttp']);
    expect([s.act, s.venue]).toEqual(['ACCUSE', 'Parliament House']);
  });

  // 003: "Turkish and Qatari mediators urged both sides to sit down again as a last-ditch effort…" — one passage,
  // recorded once per mediator state.
  test("the mediators' joint urging is recorded for Türkiye and for Qatar", async () => {
    const t = await statement('turkiye-2025-10-28-urge-resume');
    const qa = await statement('qatar-2025-10-28-urge-resume');
    expect([t.speaker.slug, qa.speaker.slug]).toEqual(['turkiye', 'qatar']);
    expect(t.quotes[0].text).toBe(qa.quotes[0].text);
    expect([t.act, t.saidOn, t.datePrecision]).toEqual(['APPEAL', '2025-10-28', 'APPROXIMATE']);
  });

  // 002: "Earlier, when the second round of talks had begun between the two sides on October 25, Asif had warned that
  // failure to reach an agreement would mean “open war”."
  test('the "open war" warning is dated to the start of the Istanbul round', async () => {
    const s = await statement('asif-2025-10-25-open-war');
    expect([s.saidOn, s.datePrecision, s.round.key, s.conditional]).toEqual(['2025-10-25', 'APPROXIMATE', 'istanbul-round-2', true]);
  });

  // 001: "…escalated on Tuesday after the Taliban vowed to “respond appropriately” to a series of overnight border strikes
  // that left 10 people dead and blamed Pakistan for the deaths."
  test('the Taliban blamed Pakistan for the deaths (seed 001, Tuesday 25 Nov)', async () => {
    const s = await statement('taliban-2025-11-25-blame-pakistan-for-deaths');
    expect([s.speaker.slug, s.saidOn, s.act]).toEqual(['afghan-taliban-government', '2025-11-25', 'ACCUSE']);
    expect(s.quotes.map((x: any) => [x.source.key, x.text])).toEqual([['seed-001', 'blamed Pakistan for the deaths']]);
  });

  test('statement filters: per speaker, per channel, per round', async () => {
    const ids = await q(`{ asif: actor(slug: "khawaja-asif") { id } r2: round(key: "istanbul-round-2") { id } }`);
    const count = async (filter: Record<string, unknown>) =>
      (await q(`query($f: StatementFilter) { statements(first: 1, filter: $f) { totalCount } }`, { f: filter })).statements.totalCount;
    expect(await count({ speaker: ids.asif.id })).toBe(49);
    // The Geo News interview is the only TV interview: 14 statements.
    expect(await count({ channel: 'TV_INTERVIEW' })).toBe(14);
    // Asif's X post (13) and Mujahid's posts on X (2).
    expect(await count({ channel: 'SOCIAL_MEDIA_POST' })).toBe(15);
    expect(await count({ round: ids.r2.id })).toBe(31);
  });

  test("full-text search finds every outlet's Tora Bora wording of the X post", async () => {
    const data = await q(`{ search(query: "Tora Bora", first: 20, kinds: [QUOTE]) { statement { key } source { key } } }`);
    const xPost = data.search
      .filter((h: any) => h.statement?.key === 'asif-2025-10-29-x-tora-bora')
      .map((h: any) => h.source.key)
      .sort();
    expect(xPost).toEqual(['seed-002', 'seed-003', 'seed-004']);
  });
});
