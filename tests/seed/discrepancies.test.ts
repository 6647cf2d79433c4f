// Seed content, discrepancies between sources, read back through the GraphQL API.
// Every fact below is traceable to a sentence of data/seed/articles/*.txt, quoted in the comment above its assertion.
import { describe, expect, test } from 'vitest';
import { q, useSeededApp } from './seed-api.ts';

useSeededApp();

describe('discrepancies between sources', () => {
  const versionsOf = async (subject: string, key: string) => {
    const data = await q(`query($s: String) { discrepancies(subject: $s) { key field versions { value quote source { key } } } }`, { s: subject });
    const found = data.discrepancies.find((d: any) => d.key === key);
    expect(found, `${subject} ${key}`).toBeTruthy();
    return found.versions.map((v: any) => [v.source.key, v.value]);
  };

  // 002 "the second round of talks had begun … on October 25"; 003 "a second round of talks … continued for three days";
  // 000 "Multiple rounds of talks held in Istanbul"
  test('round numbering', async () => {
    const v = await versionsOf('round:istanbul-round-2', 'istanbul-round-numbering');
    expect(v.map(([s]: string[]) => s)).toEqual(['seed-002', 'seed-003', 'seed-002', 'seed-000']);
    expect(v[0][1]).toMatch(/^second round/);
    expect(v[3][1]).toMatch(/multiple Istanbul rounds/);
  });

  // 002 "this happened three or four times I think"; 003 "They came close to an agreement four or five times"
  test('how many times an agreement was close', async () => {
    expect(await versionsOf('round:istanbul-round-2', 'istanbul-round-2-near-agreements')).toEqual([
      ['seed-002', 'three or four times (Khawaja Asif)'],
      ['seed-003', 'four or five times (diplomatic sources in the Foreign Office)'],
    ]);
  });

  // 003's page header "Tuesday, November 11, 2025" against its "earlier this month … October 11"
  test('the date of seed 003', async () => {
    const v = await versionsOf('source:seed-003', 'seed-003-published-on');
    expect(v[0]).toEqual(['seed-003', '2025-11-11 (page header)']);
    const source = await q(`{ source(key: "seed-003") { publishedOn publishedPrecision } }`);
    expect(source.source).toEqual({ publishedOn: '2025-10-29', publishedPrecision: 'APPROXIMATE' });
  });

  test('the wordings of the X post and of the Geo interview', async () => {
    const noMore = await versionsOf('statement:asif-2025-10-29-x-no-more', 'x-post-no-more-wording');
    expect(noMore.map(([s]: string[]) => s)).toEqual(['seed-002', 'seed-003', 'seed-004']);
    const folly = await versionsOf('statement:asif-2025-11-25-geo-folly-to-trust', 'geo-folly-wording');
    expect(folly).toEqual([
      ['seed-000', 'trusting them would be the biggest foolishness'],
      ['seed-001', 'it will be folly to trust them'],
    ]);
  });

  test("every discrepancy version's quote is printed in its source", async () => {
    const data = await q(`{ discrepancies { key versions { quote source { key body } } } }`);
    let checked = 0;
    for (const d of data.discrepancies) {
      expect(d.versions.length, d.key).toBeGreaterThanOrEqual(2);
      for (const v of d.versions) {
        if (v.quote === null) continue;
        expect(v.source.body.includes(v.quote), `${d.key}: ${v.quote}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });
});
