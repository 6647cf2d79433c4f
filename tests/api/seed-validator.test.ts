import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSeedDataset, validateSeed } from '@parley/schema';
import { afterAll, describe, expect, test } from 'vitest';
import { seedDir } from '@parley/seed';

const loaded = readSeedDataset(seedDir);
/** The problems of the curated dataset after `breakIt` has changed a copy of it. */
const problemsAfter = (breakIt: (d: typeof loaded.dataset) => void) => {
  const broken = structuredClone(loaded.dataset);
  breakIt(broken);
  return validateSeed({ dataset: broken, bodies: loaded.bodies });
};
const loose = (x: object) => x as Record<string, unknown>;
const withDemands = loaded.dataset.rounds.findIndex((r) => r.demands?.length);
const demand = loaded.dataset.rounds[withDemands]!.demands![0]!;

test('the curated dataset passes every check', () => {
  expect(validateSeed(loaded)).toEqual([]);
});

test('several breaks at once are all reported, shape problems first', () => {
  const statement = loaded.dataset.statements[0]!;
  const problems = problemsAfter((d) => {
    d.statements[0]!.quotes[0]!.start += 1;
    d.statements[1]!.occasion = 'no-such-occasion';
    d.statements[2]!.quotes = [];
    d.actors[1]!.aliases = [...(d.actors[1]!.aliases ?? []), { text: d.actors[0]!.name.toUpperCase() }];
    loose(d.occasions[0]!).channel = 'CARRIER_PIGEON';
  });
  expect(problems.some((p) => p.startsWith(`statements.${statement.key}.quotes.0: span`))).toBe(true);
  expect(problems.some((p) => p.includes('unknown occasion "no-such-occasion"'))).toBe(true);
  expect(problems.some((p) => p.includes('has no quote'))).toBe(true);
  expect(problems.some((p) => p.includes('already names'))).toBe(true);
  expect(problems.some((p) => p.includes('"CARRIER_PIGEON" is not one of'))).toBe(true);
  expect(problems.findIndex((p) => p.includes('CARRIER_PIGEON'))).toBeLessThan(problems.findIndex((p) => p.includes('no-such-occasion')));
});

describe('each kind of break is caught, naming the entity, the key and the field', () => {
  test('a value outside its vocabulary', () => {
    const key = loaded.dataset.statements[3]!.key;
    expect(problemsAfter((d) => void (loose(d.statements[3]!).act = 'GLOAT'))).toEqual([
      expect.stringMatching(new RegExp(`^statements\\.${key}\\.act: "GLOAT" is not one of AGREE, CONSULT, .*COMMENT$`)),
    ]);
  });

  test('a missing required field, with its path', () => {
    const round = loaded.dataset.rounds[0]!;
    const problems = problemsAfter((d) => void delete loose(d.rounds[0]!.updates[0]!).note);
    expect(problems).toEqual([`rounds.${round.key}.updates.0.note: missing (expected string)`]);
  });

  test('an unknown field, a bad date, a key that is not kebab-case', () => {
    const problems = problemsAfter((d) => {
      loose(d.events[0]!).casualties = 3;
      d.occasions[0]!.saidOn = '2025-02-30';
      d.processes[0]!.key = 'Doha Talks';
    });
    expect(problems).toContain(`events.${loaded.dataset.events[0]!.key}: unknown field "casualties"`);
    expect(problems).toContain(`occasions.${loaded.dataset.occasions[0]!.key}.saidOn: "2025-02-30" is not an ISO date (YYYY-MM-DD)`);
    expect(problems.some((p) => p.startsWith('processes.Doha Talks.key: "Doha Talks" is not a kebab-case key'))).toBe(true);
  });

  test('a span that does not hold its text', () => {
    const s = loaded.dataset.statements[5]!;
    const problems = problemsAfter((d) => void (d.statements[5]!.quotes[0]!.end -= 1));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^statements\\.${s.key}\\.quotes\\.0: span \\d+–\\d+ holds `))]);
  });

  test('references that do not resolve', () => {
    const problems = problemsAfter((d) => {
      d.statements[0]!.targets = ['nobody'];
      d.claims[0]!.stances.push({ actor: d.actors[0]!.key, stance: 'DENIES', statement: 'no-such-statement' });
      d.discrepancies[0]!.subject = 'round:no-such-round';
      d.rounds[withDemands]!.demands![0]!.source = 'seed-999';
    });
    expect(problems.some((p) => p.endsWith('.targets.0: unknown actor "nobody"'))).toBe(true);
    expect(problems.some((p) => p.includes('unknown statement "no-such-statement"'))).toBe(true);
    expect(problems.some((p) => p.endsWith('.subject: unknown round "no-such-round"'))).toBe(true);
    expect(problems.some((p) => p.endsWith('.source: unknown source "seed-999"'))).toBe(true);
  });

  test('a key used twice, demands counted across rounds', () => {
    const problems = problemsAfter((d) => {
      d.events.push(structuredClone(d.events[0]!));
      const other = d.rounds[(withDemands + 1) % d.rounds.length]!;
      other.demands = [...(other.demands ?? []), structuredClone(demand)];
    });
    expect(problems).toContain(`events: key "${loaded.dataset.events[0]!.key}" is used twice`);
    expect(problems).toContain(`demands (across all rounds): key "${demand.key}" is used twice`);
  });

  test('two actors sharing an alias once normalized', () => {
    const [first, second] = loaded.dataset.actors;
    const problems = problemsAfter((d) => {
      d.actors[1]!.aliases = [...(d.actors[1]!.aliases ?? []), { text: ` ${first!.name.toUpperCase()}!` }];
    });
    expect(problems.some((p) => p.startsWith(`actors.${second!.key}: alias`) && p.endsWith(`already names ${first!.key}`))).toBe(true);
  });

  test('a parent loop, a round status its history does not end in, a discrepancy quote its source lacks', () => {
    const problems = problemsAfter((d) => {
      d.actors[0]!.parent = d.actors[1]!.key;
      d.actors[1]!.parent = d.actors[0]!.key;
      d.rounds[0]!.status = d.rounds[0]!.status === 'COLLAPSED' ? 'CONCLUDED' : 'COLLAPSED';
      d.discrepancies[0]!.versions[0]!.quote = 'words no article printed';
    });
    expect(problems.some((p) => p.includes('chain of parents loops'))).toBe(true);
    expect(problems.some((p) => p.startsWith(`rounds.${loaded.dataset.rounds[0]!.key}.status:`) && p.includes('latest update'))).toBe(true);
    expect(problems.some((p) => p.includes('.versions.0.quote: does not occur in'))).toBe(true);
  });
});

describe('readSeedDataset fails with one line, not a stack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-seed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('for a folder that is not there', () => {
    expect(() => readSeedDataset(join(dir, 'missing'))).toThrow(/missing: no such folder$/);
  });

  test('for a folder without the dataset files', () => {
    expect(() => readSeedDataset(dir)).toThrow(/holds none of the dataset files/);
  });

  test('for invalid JSON', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'actors.json'), '[{"key": ');
    expect(() => readSeedDataset(bad)).toThrow(/actors\.json: not valid JSON/);
  });

  test('for an article file that is not there', () => {
    const gone = join(dir, 'gone');
    mkdirSync(gone);
    writeFileSync(join(gone, 'sources.json'), JSON.stringify([{ key: 'a', file: 'articles/a.txt' }]));
    expect(() => readSeedDataset(gone)).toThrow(/source "a" names the file "articles\/a.txt", which is not in/);
  });
});
