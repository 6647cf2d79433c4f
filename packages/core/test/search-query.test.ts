import { expect, test } from 'vitest';
import { ParleyError } from '../src/errors.ts';
import { parseSearchQuery, toFts5, toTsquery } from '../src/domain/search-query.ts';
import { ftsTable } from './fixtures/fts-table.ts';

// The search language is parsed once and rendered per engine; here, against a real FTS5 table with the
// index's own tokenizer, what users type matches what they mean.
const TEXTS = [
  "Qatar's spokesman Majed al-Ansari said the talks in Doha were constructive.",
  "Pakistan's Foreign Office rejected the claim.",
  'The U.S. welcomed the ceasefire at Torkham.',
  'Afghan officials denied any ceasefire violation near Torkham.',
  'Guarantees were demanded in writing.',
];
const db = ftsTable(TEXTS);
const match = (query: string) =>
  db
    .prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid')
    .pluck()
    .all(toFts5(parseSearchQuery(query, 'query'))) as number[];

test('words joined by punctuation are phrases of their parts, as the index split them', () => {
  expect(match("Pakistan's")).toEqual([2]);
  expect(match('al-Ansari')).toEqual([1]);
  expect(match('U.S.')).toEqual([3]);
  expect(match('Tórkham')).toEqual([3, 4]);
});

test('AND (implied), OR, NOT, phrases, prefixes and parentheses keep their FTS5 meaning', () => {
  expect(match('ceasefire Torkham')).toEqual([3, 4]);
  expect(match('ceasefire NOT denied')).toEqual([3]);
  expect(match('Doha OR Guarantees')).toEqual([1, 5]);
  expect(match('"talks in Doha"')).toEqual([1]);
  expect(match('"Doha talks"')).toEqual([]);
  expect(match('guarant*')).toEqual([5]);
  expect(match('(Doha OR welcomed) AND ceasefire')).toEqual([3]);
  // NOT binds tighter than AND, AND tighter than OR.
  expect(match('Doha OR ceasefire NOT denied')).toEqual([1, 3]);
  expect(toFts5(parseSearchQuery('a b OR c NOT d', 'q'))).toBe('(("a" AND "b") OR ("c" NOT "d"))');
});

test('a malformed query is BAD_USER_INPUT on its field, saying what is wrong', () => {
  const reason = (query: string) => {
    try {
      parseSearchQuery(query, 'filter.text');
    } catch (error) {
      expect(error).toBeInstanceOf(ParleyError);
      expect((error as ParleyError).code).toBe('BAD_USER_INPUT');
      expect((error as ParleyError).extensions.field).toBe('filter.text');
      return (error as Error).message;
    }
    throw new Error(`"${query}" parsed`);
  };
  expect(reason('"unclosed')).toMatch(/not a valid full-text query \(a " is not closed\)/);
  expect(reason('NOT Doha')).toMatch(/NOT needs something before it/);
  expect(reason('-Doha')).toMatch(/write NOT Doha/);
  expect(reason('Doha OR')).toMatch(/OR needs a word after it/);
  expect(reason('(Doha')).toMatch(/a \( is not closed/);
  expect(reason('Doha)')).toMatch(/a \) has no \(/);
  expect(reason('— & %')).toMatch(/it has no words/);
  expect(reason('""')).toMatch(/quoted phrase has no words/);
  expect(reason(Array.from({ length: 33 }, (_, i) => `w${i}`).join(' '))).toMatch(/more than 32 words/);
});

test('the same tree as a PostgreSQL tsquery', () => {
  expect(toTsquery(parseSearchQuery('"talks in Doha" guarant* NOT denied OR al-Ansari', 'q'))).toBe(
    "((('talks' <-> 'in' <-> 'Doha') & ('guarant':* & !'denied')) | ('al' <-> 'Ansari'))",
  );
});
