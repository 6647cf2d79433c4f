// Seed content, events and claims: the incidents, and who asserts, denies or disputes what, read back through the GraphQL API.
// Every fact below is traceable to a sentence of data/seed/articles/*.txt, quoted in the comment above its assertion.
import { describe, expect, test } from 'vitest';
import { claim, q, stancesOf, statement, useSeededApp } from './seed-api.ts';

useSeededApp();

describe('events', () => {
  test('the incidents, with their dates and places', async () => {
    const data = await q(
      `{ events(first: 100) { edges { node { key type occurredOn datePrecision summary locations { place province country } claims { key } } } } }`,
    );
    const ev = Object.fromEntries(data.events.edges.map((e: any) => [e.node.key, e.node]));
    // 000 "overnight airstrikes in Afghanistan’s Khost, Kunar, and Paktika provinces"
    const strikes = ev['strikes-2025-11-25-khost-kunar-paktika'];
    expect(strikes.type).toBe('AIRSTRIKE');
    expect(strikes.locations.map((l: any) => `${l.province}/${l.country}`).sort()).toEqual(['Khost/AF', 'Kunar/AF', 'Paktika/AF']);
    expect(strikes.claims.map((c: any) => c.key).sort()).toEqual([
      'khost-kunar-paktika-strikes',
      'khost-kunar-paktika-strikes-civilian-deaths',
      'khost-strikes-by-drones-and-aircraft',
    ]);
    // 003 "attacked from the Afghan border on the night of October 11"
    expect([ev['border-clash-2025-10-11'].type, ev['border-clash-2025-10-11'].occurredOn, ev['border-clash-2025-10-11'].datePrecision]).toEqual([
      'ARMED_CLASH',
      '2025-10-11',
      'DAY',
    ]);
    // 002 "strikes by Islamabad also targeted Gul Bahadur group camps in Afghanistan"
    expect(ev['strikes-gul-bahadur-camps'].summary).toContain('Gul Bahadur');
    expect(ev['strikes-gul-bahadur-camps'].locations[0].country).toBe('AF');
    // 002 "reactivated its counter insurgency Operation Azm e Istehkam (Phase II)"
    expect(ev['operation-azm-e-istehkam-phase-2'].type).toBe('MILITARY_OPERATION');
    expect(ev['operation-azm-e-istehkam-phase-2'].summary).toContain('Phase II');
    // 002 "to forcibly evict/repatriate 1.7 million (17 lakh) Afghan refugees by December 2025"
    expect(ev['afghan-refugee-repatriation-plan'].type).toBe('POLICY');
    expect(ev['afghan-refugee-repatriation-plan'].summary).toMatch(/1\.7 million.*by December 2025/);
    // 002 "The Taliban, in turn, deployed additional forces along the Durand Line"
    expect(ev['taliban-deployment-durand-line'].type).toBe('DEPLOYMENT');
    expect(ev['taliban-deployment-durand-line'].locations[0].place).toBe('Durand Line');
    // 003 "…in Doha, which resulted in a temporary ceasefire"
    expect([ev['doha-ceasefire'].type, ev['doha-ceasefire'].datePrecision, ev['doha-ceasefire'].locations[0].place]).toEqual(['CEASEFIRE', 'MONTH', 'Doha']);
  });
});

describe('claims and stances', () => {
  // 001: "The strikes killed at least 10 civilians, including nine children"; "left 10 people dead and blamed Pakistan
  // for the deaths"; 000: "“Our military spokesperson has already denied these claims. Targeting civilians is absolutely
  // not our method.”"
  test('the civilian toll: who asserts which figures, who denies', async () => {
    const c = await claim('khost-kunar-paktika-strikes-civilian-deaths');
    expect([c.killed, c.civilians, c.children, c.event.key]).toEqual([10, 10, 9, 'strikes-2025-11-25-khost-kunar-paktika']);
    const figures = Object.fromEntries(
      c.stances.filter((s: any) => s.stance === 'ASSERTS').map((s: any) => [s.actor.slug, [s.killed, s.civilians, s.children]]),
    );
    expect(figures).toEqual({ 'zabihullah-mujahid': [10, 10, 9], 'afghan-taliban-government': [10, null, null] });
    expect(stancesOf(c, 'DENIES')).toEqual(['khawaja-asif', 'pakistan-military-spokesperson']);
    const asif = c.stances.find((s: any) => s.actor.slug === 'khawaja-asif');
    expect(asif.statement.key).toBe('asif-2025-11-25-geo-never-target-civilians');
    for (const s of c.stances.filter((x: any) => x.stance === 'DENIES')) expect([s.killed, s.civilians, s.children]).toEqual([null, null, null]);
  });

  test('the strikes themselves: asserted by the Afghan side, denied by Pakistan', async () => {
    const c = await claim('khost-kunar-paktika-strikes');
    expect(stancesOf(c, 'ASSERTS')).toEqual(['afghan-taliban-government', 'mustaghfir-gurbuz', 'zabihullah-mujahid']);
    expect(stancesOf(c, 'DENIES')).toEqual(['khawaja-asif', 'pakistan-military-spokesperson']);
  });

  // 002: "“The entire leadership of Kabul is playing in the hands of India.”"
  test('Kabul acting for India: asserted by Khawaja Asif, in his own words', async () => {
    const c = await claim('kabul-acts-for-india');
    expect(c.stances.map((s: any) => [s.actor.slug, s.stance, s.statement.key])).toEqual([
      ['khawaja-asif', 'ASSERTS', 'asif-2025-10-29-parliament-kabul-in-indias-hands'],
    ]);
    const s = await statement('asif-2025-10-29-parliament-kabul-in-indias-hands');
    expect(s.quotes[0].text).toBe('The entire leadership of Kabul is playing in the hands of India');
  });

  // 002: "Pakistan has consistently accused Afghanistan of sheltering Tehrik Taliban Pakistan (TTP) on its territory, an
  // accusation constantly repelled by Kabul"; 003: "the Taliban deny the allegation that they allow terrorists to operate
  // from Afghan soil".
  test('TTP on Afghan soil: Pakistan asserts, the Taliban deny (two outlets)', async () => {
    const c = await claim('ttp-uses-afghan-soil');
    expect(stancesOf(c, 'ASSERTS')).toEqual(['khawaja-asif', 'pakistan-government']);
    expect(stancesOf(c, 'DENIES')).toEqual(['afghan-taliban-government']);
    const denial = await statement(c.stances.find((s: any) => s.stance === 'DENIES').statement.key);
    expect([denial.act, denial.outletCount]).toEqual(['DENY', 2]);
  });

  // 003: "officials in Kabul accusing the Pakistani delegation of misbehavior and making “demands that are unacceptable to Afghanistan.”"
  test('the cause of the collapse is disputed by Kabul', async () => {
    const c = await claim('istanbul-collapse-caused-by-afghan-side');
    expect(stancesOf(c, 'DISPUTES')).toEqual(['afghan-taliban-government']);
    expect(stancesOf(c, 'ASSERTS')).toEqual(['khawaja-asif', 'pakistan-foreign-office', 'pakistani-security-sources']);
  });
});
