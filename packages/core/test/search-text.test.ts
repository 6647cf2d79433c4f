import { expect, test } from 'vitest';
import { renderTokens } from '../src/domain/search-citations.ts';
import { CLOSE, countTokens, OPEN, parseMarked, snippetColumn, snippetOf } from '../src/domain/search-text.ts';
import { ftsTable } from './fixtures/fts-table.ts';

// Snippets and highlight ranges are built from FTS5 highlight() output (matches wrapped in \u0002 … \u0003).
const mark = (s: string) => s.replaceAll('[', OPEN).replaceAll(']', CLOSE);

test('marks become plain text with ranges and folded keys', () => {
  const m = parseMarked(mark('The [Ceasefire] near [Tórkham] held; [ceasefire] again.'));
  expect(m.text).toBe('The Ceasefire near Tórkham held; ceasefire again.');
  expect(m.marks.map((r) => m.text.slice(r.start, r.end))).toEqual(['Ceasefire', 'Tórkham', 'ceasefire']);
  expect(m.keys).toEqual(['ceasefire', 'torkham', 'ceasefire']);
});

test('a short text is its own snippet; a long one is cut around the most distinct matches', () => {
  const short = parseMarked(mark('Talks on the [border] resume.'));
  expect(snippetOf(short, 20)).toEqual({ snippet: 'Talks on the border resume.', highlights: short.marks });

  const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
  words[5] = `${OPEN}border${CLOSE}`;
  words[40] = `${OPEN}border${CLOSE}`;
  words[43] = `${OPEN}Torkham${CLOSE}`;
  const long = parseMarked(words.join(' '));
  const { snippet, highlights } = snippetOf(long, 10);
  // The window holding both terms wins over the earlier one holding one.
  expect(snippet.startsWith('…w38 w39 border')).toBe(true);
  expect(snippet.endsWith('…')).toBe(true);
  expect(highlights.map((r) => snippet.slice(r.start, r.end))).toEqual(['border', 'Torkham']);
  expect(snippet.split(' ')).toHaveLength(10);
});

test('the snippet comes from the column matching more of the query', () => {
  const title = parseMarked(mark('[Doha] round'));
  const body = parseMarked(mark('In [Doha], [guarantees] were discussed.'));
  expect(snippetColumn(title, body)).toBe(body);
  expect(snippetColumn(parseMarked(mark('[Doha] [guarantees]')), body)).toBe(body); // a tie goes to the body
  const title2 = parseMarked(mark('[Doha] [guarantees] in [Doha]'));
  expect(snippetColumn(title2, body)).toBe(title2);
});

test('token counts agree with the index tokenizer’s own, for ASCII, accents, combining marks and astral letters', () => {
  const texts = [
    'Pakistan’s Foreign Office said: “No talks until 2026.”',
    'al-Ansari, Doha — U.S. envoy; 10,000 refugees (Torkham)',
    'Tórkham e\u0301te Kābul naïve',
    '𝐀𝐁𝐂 emoji 😀 between, 中文字符 and עברית',
    '  leading and trailing   ',
    '',
  ];
  const sqlite = ftsTable(texts);
  // The docsize blob holds one varint per column; these counts are all below 128, so one byte.
  const sizes = sqlite.prepare('SELECT sz FROM t_docsize ORDER BY id').pluck().all() as Buffer[];
  expect(texts.map(countTokens)).toEqual(sizes.map((sz) => sz[0]));
  sqlite.close();
});

test('citation tokens read as their labels; marks after them move, a mark inside one goes with it', () => {
  const m = (w: string) => `${OPEN}${w}${CLOSE}`;
  const column = parseMarked(`At ${m('Torkham')} ([[source:seed-002]]), then [[source:${m('seed')}-9]] and ${m('Torkham')} again.`);
  const out = renderTokens(column, (key) => (key === 'seed-002' ? { title: 'A long title', outlet: 'Dawn' } : undefined));
  expect(out.text).toBe('At Torkham (Dawn), then an unlisted source and Torkham again.');
  expect(out.marks.map((r) => out.text.slice(r.start, r.end))).toEqual(['Torkham', 'Torkham']);
  expect(out.keys).toEqual(['torkham', 'torkham']);
});
