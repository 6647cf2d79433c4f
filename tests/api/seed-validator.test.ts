import { readSeedDataset, validateSeed } from '@parley/schema';
import { expect, test } from 'vitest';
import { seedDir } from '@parley/seed';

const loaded = readSeedDataset(seedDir);

test('the curated dataset passes every check', () => {
  expect(validateSeed(loaded)).toEqual([]);
});

test('the validator catches a moved span, a dangling reference, a quoteless statement, a shared alias and a bad enum', () => {
  const broken = structuredClone(loaded.dataset);
  const statement = broken.statements[0]!;
  statement.quotes[0]!.start += 1;
  broken.statements[1]!.occasion = 'no-such-occasion';
  broken.statements[2]!.quotes = [];
  broken.actors[1]!.aliases = [...(broken.actors[1]!.aliases ?? []), { text: broken.actors[0]!.name.toUpperCase() }];
  (broken.occasions[0] as { channel: string }).channel = 'CARRIER_PIGEON';
  const problems = validateSeed({ dataset: broken, bodies: loaded.bodies });
  expect(problems.some((p) => p.startsWith(`statements.${statement.key}.quotes.0: span`))).toBe(true);
  expect(problems.some((p) => p.includes('unknown occasion "no-such-occasion"'))).toBe(true);
  expect(problems.some((p) => p.includes('has no quote'))).toBe(true);
  expect(problems.some((p) => p.includes('already names'))).toBe(true);
  expect(problems.some((p) => p.includes('"CARRIER_PIGEON" is not one of'))).toBe(true);
});
