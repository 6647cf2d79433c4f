// Seed content, negotiations: the process, its rounds, their status history and demands, read back through the GraphQL API.
// Every fact below is traceable to a sentence of data/seed/articles/*.txt, quoted in the comment above its assertion.
import { describe, expect, test } from 'vitest';
import { q, round, statement, useSeededApp } from './seed-api.ts';

useSeededApp();

describe('negotiations', () => {
  // 003: "the two sides came to the negotiating table in Doha, which resulted in a temporary ceasefire, and it was agreed
  // to meet again in Istanbul"; 001/004: brokered / mediated "by Qatar and Turkey".
  test('one process: Doha, then the Istanbul rounds, mediated by Qatar and Türkiye', async () => {
    const data = await q(`{ processes { key mediators { slug } rounds { key sequence } } }`);
    expect(data.processes).toHaveLength(1);
    expect(data.processes[0].mediators.map((m: any) => m.slug).sort()).toEqual(['qatar', 'turkiye']);
    expect(data.processes[0].rounds.map((r: any) => [r.sequence, r.key])).toEqual([
      [1, 'doha-round-1'],
      [2, 'istanbul-round-2'],
      [3, 'istanbul-round-3'],
    ]);
    const doha = await round('doha-round-1');
    expect([doha.venueCity, doha.venueCountry, doha.status, doha.outcome]).toEqual(['Doha', 'QA', 'CONCLUDED', 'CEASEFIRE']);
    expect(doha.participants.filter((p: any) => p.role === 'HOST').map((p: any) => p.actor.slug)).toEqual(['qatar']);
  });

  // 003 "briefly broke down … back at the table by midday"; 002 "In a pre-dawn announcement … Tarar said …"
  test('the second round: its status history, oldest first, ends in collapse', async () => {
    const r = await round('istanbul-round-2');
    expect([r.venueCity, r.venueCountry, r.startedOn, r.endedOn, r.status, r.outcome]).toEqual([
      'Istanbul',
      'TR',
      '2025-10-25',
      '2025-10-29',
      'COLLAPSED',
      'NO_AGREEMENT',
    ]);
    expect(r.updates.map((u: any) => u.status)).toEqual(['SCHEDULED', 'IN_SESSION', 'SUSPENDED', 'IN_SESSION', 'COLLAPSED']);
    expect(r.updates[2].note).toContain('briefly broke down');
    expect(r.updates[3].at).toBe('2025-10-28T12:00:00+03:00');
    expect(r.updates[3].note).toContain('by midday');
    expect(r.updates[4]).toMatchObject({ at: '2025-10-29', status: 'COLLAPSED', source: { key: 'seed-002' } });
    expect(r.updates[4].note).toContain('Tarar');
    expect(r.latestUpdate).toMatchObject({ status: 'COLLAPSED', source: { key: 'seed-002' } });
    const roles = r.participants.map((p: any) => `${p.role}:${p.actor.slug}`).sort();
    expect(roles).toEqual(['HOST:turkiye', 'MEDIATOR:qatar', 'MEDIATOR:turkiye', 'PARTY:afghan-taliban-government', 'PARTY:pakistan-government']);
    expect(r.statements.totalCount).toBe(31);
  });

  // 000: "Multiple rounds of talks held in Istanbul failed … On November 7, Khawaja Asif announced that the negotiations
  // had entered an “indefinite phase.”"
  test('the later Istanbul round is in an indefinite pause since 7 Nov', async () => {
    const r = await round('istanbul-round-3');
    expect([r.status, r.outcome, r.endedOn]).toEqual(['SUSPENDED', 'INDEFINITE_PAUSE', '2025-11-07']);
    expect(r.updates.map((u: any) => [u.at, u.status, u.source.key])).toEqual([['2025-11-07', 'SUSPENDED', 'seed-000']]);
    expect(r.statements.edges.map((e: any) => e.node.key)).toEqual(['asif-2025-11-07-indefinite-phase']);
    const s = await statement('asif-2025-11-07-indefinite-phase');
    expect([s.speaker.slug, s.saidOn, s.datePrecision]).toEqual(['khawaja-asif', '2025-11-07', 'DAY']);
  });

  test('the demands of the second round and what became of them', async () => {
    const r = await round('istanbul-round-2');
    const demands = Object.fromEntries(r.demands.map((d: any) => [d.key, d]));
    expect(Object.keys(demands).sort()).toEqual([
      'istanbul-2-airspace-guarantees',
      'istanbul-2-hand-over-47-commanders',
      'istanbul-2-no-us-drones',
      'istanbul-2-stop-ttp-attacks-from-afghan-soil',
      'istanbul-2-ttp-shura-72h',
      'istanbul-2-written-verifiable-guarantees',
    ]);
    const summary = (key: string) => [demands[key].by.slug, demands[key].to.slug, demands[key].status, demands[key].source.key];
    // 002: taken "as an affront", answered "You declare war and we retaliate".
    expect(summary('istanbul-2-ttp-shura-72h')).toEqual(['pakistan-government', 'afghan-taliban-government', 'REJECTED', 'seed-002']);
    expect(demands['istanbul-2-ttp-shura-72h'].text).toContain('72 hours');
    // 002: "It is being said that Islamabad’s negotiators provided a list of 47 TTP commanders…" — no answer reported.
    expect(summary('istanbul-2-hand-over-47-commanders')).toEqual(['pakistan-government', 'afghan-taliban-government', 'TABLED', 'seed-002']);
    expect(demands['istanbul-2-hand-over-47-commanders'].text).toContain('47');
    // 003: "their refusal to provide any written assurances".
    expect(summary('istanbul-2-written-verifiable-guarantees')).toEqual(['pakistan-government', 'afghan-taliban-government', 'REJECTED', 'seed-003']);
    // 002: airspace guarantees, "something Pakistan was not even willing to discuss".
    expect(summary('istanbul-2-airspace-guarantees')).toEqual(['afghan-taliban-government', 'pakistan-government', 'REJECTED', 'seed-002']);
    // 003: "the Afghan side filed a new demand … American drones" — no answer reported.
    expect(summary('istanbul-2-no-us-drones')).toEqual(['afghan-taliban-government', 'pakistan-government', 'TABLED', 'seed-003']);
    // 002: "They were agreeing with everything but were not ready to give in writing".
    expect(demands['istanbul-2-stop-ttp-attacks-from-afghan-soil'].status).toBe('PARTIAL');
  });
});
