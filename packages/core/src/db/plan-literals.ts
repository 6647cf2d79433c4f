// A planned statement's constant integers (its page sizes and offsets, and the `limit 1` drizzle puts under
// every single relation) written into its SQL text instead of bound. With the same plan, SQLite runs a
// relational query 1.4× (an actor page) to 3.6× (a round page) faster when its LIMITs are literals, measured
// on the bench's 100k dataset; a LIMIT that is a variable keeps SQLite from specializing each correlated
// subquery at prepare time.
//
// Only a template's plain integers are constants: the shape walk (plan-shape.ts) turned every value that
// varies between configs of one shape into a placeholder, and a limit or offset is part of the shape's key.

export interface BuiltQuery {
  sql: string;
  params: unknown[];
  typings?: unknown[];
}

const isConstant = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** `query` with each constant integer parameter written as a literal; the rest keep their order. */
export function inlineConstantIntegers(query: BuiltQuery, engine: 'sqlite' | 'postgres'): BuiltQuery {
  if (!query.params.some(isConstant)) return query;
  const params: unknown[] = [];
  const typings: unknown[] | undefined = query.typings ? [] : undefined;
  const keep = (i: number) => {
    params.push(query.params[i]);
    typings?.push(query.typings![i]);
    return params.length;
  };
  const { sql } = query;
  let out = '';
  let positional = 0;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"') {
      // A quoted name or string (drizzle binds every value, so only names and JSON keys are quoted).
      let end = i + 1;
      while (end < sql.length && !(sql[end] === ch && sql[end + 1] !== ch)) end += sql[end] === ch ? 2 : 1;
      out += sql.slice(i, end + 1);
      i = end;
    } else if (engine === 'sqlite' && ch === '?') {
      const index = positional++;
      out += isConstant(query.params[index]) ? String(query.params[index]) : (keep(index), '?');
    } else if (engine === 'postgres' && ch === '$' && /\d/.test(sql[i + 1] ?? '')) {
      let end = i + 1;
      while (/\d/.test(sql[end] ?? '')) end++;
      const index = Number(sql.slice(i + 1, end)) - 1;
      out += isConstant(query.params[index]) ? String(query.params[index]) : `$${keep(index)}`;
      i = end - 1;
    } else out += ch;
  }
  return typings ? { ...query, sql: out, params, typings } : { ...query, sql: out, params };
}
