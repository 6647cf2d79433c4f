import { Placeholder } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { inlineConstantIntegers } from '../src/db/plan-literals.ts';

const slot = new Placeholder('\u00000');

test('SQLite: constant integers become literals, every other parameter stays bound in order', () => {
  const out = inlineConstantIntegers(
    { sql: `select "a?b", json_object('k?', "x") from t where x = ? and y in (?, ?) limit ? offset ?`, params: [slot, 'CONFIRMED', 2.5, 21, 0] },
    'sqlite',
  );
  expect(out.sql).toBe(`select "a?b", json_object('k?', "x") from t where x = ? and y in (?, ?) limit 21 offset 0`);
  expect(out.params).toEqual([slot, 'CONFIRMED', 2.5]);
});

test('SQLite: a quote doubled inside a name does not end it', () => {
  const out = inlineConstantIntegers({ sql: `select "it""s ?" from t limit ?`, params: [1] }, 'sqlite');
  expect(out.sql).toBe(`select "it""s ?" from t limit 1`);
  expect(out.params).toEqual([]);
});

test('PostgreSQL: constants become literals and the remaining parameters are renumbered with their typings', () => {
  const out = inlineConstantIntegers(
    {
      sql: `select "x$1" from t where a = $1 and b = (select c from u limit $2) and d = $3 limit $4`,
      params: [slot, 1, 'x', 50],
      typings: ['none', 'none', 'date', 'none'],
    },
    'postgres',
  );
  expect(out.sql).toBe(`select "x$1" from t where a = $1 and b = (select c from u limit 1) and d = $2 limit 50`);
  expect(out.params).toEqual([slot, 'x']);
  expect(out.typings).toEqual(['none', 'date']);
});

test('negative, fractional and unsafe numbers stay bound', () => {
  const query = { sql: 'select 1 from t where a = ? and b = ? and c = ?', params: [-1, 0.5, 2 ** 60] };
  expect(inlineConstantIntegers(query, 'sqlite')).toBe(query);
});
