// The shape of a relational query (drizzle's `db.query.x.findMany(config)`): everything that decides its SQL
// text, with every value that only fills a parameter taken out. Two configs of one shape differ only in the
// values bound to the statement, so one prepared statement serves both (query-plans.ts).
//
// Anything this walk does not fully understand makes the config unplannable, and the query is built the
// ordinary way: a missed cache costs speed, never a wrong answer.
import { Column, type AnyRelations, operators, orderByOperators, Param, Placeholder, SQL, StringChunk, Name, Table, isSQLWrapper, sql } from 'drizzle-orm';

/** Thrown (and caught by the caller) when a config holds something the walk cannot vouch for. */
export class Unplannable extends Error {}

type TableRelations = AnyRelations[string];

// drizzle's own symbols for a table's name and columns (the same Symbol.for keys it uses internally).
const TABLE_NAME = Symbol.for('drizzle:Name');
const TABLE_COLUMNS = Symbol.for('drizzle:Columns');

/** Placeholder names are prefixed so they never collide with placeholders a caller put in the config. */
export const slot = (i: number) => `\u0000${i}`;

/** One walk over a config: its shape key, its values in slot order, and (when asked) the config with slots. */
export class ShapeWalk {
  key = '';
  values: unknown[] = [];
  constructor(
    private readonly relations: AnyRelations,
    readonly build: boolean,
  ) {}

  private site(value: unknown, encoder?: Column): Param | Placeholder {
    const i = this.values.length;
    this.values.push(value);
    this.key += '?';
    return encoder ? new Param(sql.placeholder(slot(i)), encoder) : sql.placeholder(slot(i));
  }

  /** A query config (`true` or an object) against the table `rel` describes. */
  config(config: unknown, rel: TableRelations): unknown {
    if (config === true) return ((this.key += 'T'), true);
    if (!isPlain(config)) throw new Unplannable('config');
    const c = config as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    this.key += '{';
    for (const k in c) {
      const v = c[k];
      if (v === undefined) continue;
      this.key += `${k}:`;
      switch (k) {
        case 'columns':
          if (!isPlain(v)) throw new Unplannable(k);
          for (const col in v as object) this.key += `${col}=${(v as Record<string, unknown>)[col] ? 1 : 0},`;
          out[k] = v;
          break;
        case 'with':
          out[k] = this.with(v, rel);
          break;
        case 'extras':
          out[k] = this.extras(v, rel);
          break;
        case 'where':
          out[k] = this.filter(v, rel);
          break;
        case 'orderBy':
          out[k] = this.orderBy(v, rel);
          break;
        case 'limit':
        case 'offset':
          // Part of the shape, not a slot: the template writes it into the SQL as a literal (query-plans.ts).
          if (!Number.isSafeInteger(v)) throw new Unplannable(k);
          this.key += String(v);
          out[k] = v;
          break;
        default:
          throw new Unplannable(k);
      }
      this.key += ';';
    }
    this.key += '}';
    return out;
  }

  private with(v: unknown, rel: TableRelations) {
    if (!isPlain(v)) throw new Unplannable('with');
    const out: Record<string, unknown> = {};
    for (const [name, sub] of Object.entries(v as object)) {
      this.key += `${name}(`;
      if (sub) {
        const relation = rel.relations[name];
        const target = relation && this.relations[relation.targetTableName];
        if (!target) throw new Unplannable(`with.${name}`);
        out[name] = this.config(sub, target);
      } else out[name] = sub;
      this.key += ')';
    }
    return out;
  }

  private extras(v: unknown, rel: TableRelations) {
    if (!isPlain(v)) throw new Unplannable('extras');
    const out: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(v as object)) {
      this.key += `${name}(`;
      out[name] = field && this.deferred(field, (f, t) => (typeof f === 'function' ? f(t, { sql: operators.sql }) : f).getSQL(), rel);
      this.key += ')';
    }
    return out;
  }

  private orderBy(v: unknown, rel: TableRelations) {
    if (typeof v === 'function') return this.deferred(v, (f, t) => f(t, orderByOperators), rel);
    if (!isPlain(v)) throw new Unplannable('orderBy');
    for (const [col, dir] of Object.entries(v as object)) this.key += `${col}=${dir},`;
    return v;
  }

  /**
   * A function of the table (RAW, extras, orderBy): called here on the plain table to learn its shape, and in
   * the built config wrapped so that, called by drizzle on its aliased table, its values become slots.
   */
  private deferred(f: unknown, call: (f: any, table: unknown) => unknown, rel: TableRelations) {
    const first = this.values.length;
    this.chunk(call(f, rel.table), false);
    if (!this.build) return f;
    const relations = this.relations;
    return (table: unknown) => {
      const again = new ShapeWalk(relations, true);
      again.values.length = first;
      return again.chunk(call(f, table), true);
    };
  }

  /** A relational filter (drizzle's `where` object) against `rel`'s table. */
  filter(v: unknown, rel: TableRelations): unknown {
    if (!isPlain(v)) throw new Unplannable('where');
    const out: Record<string, unknown> = {};
    this.key += '{';
    for (const [k, value] of Object.entries(v as object)) {
      if (value === undefined) continue;
      this.key += `${k}:`;
      if (k === 'RAW') {
        out[k] = this.deferred(value, (f, t) => (typeof f === 'function' ? f(t, operators) : f.getSQL()), rel);
      } else if (k === 'AND' || k === 'OR') {
        if (!Array.isArray(value)) throw new Unplannable(k);
        out[k] = value.map((sub) => this.filter(sub, rel));
      } else if (k === 'NOT') {
        out[k] = this.filter(value, rel);
      } else {
        const column = (rel.table as any)[TABLE_COLUMNS]?.[k] as Column | undefined;
        if (column instanceof Column) out[k] = this.field(value, column);
        else {
          const relation = rel.relations[k];
          const target = relation && this.relations[relation.targetTableName];
          if (!target) throw new Unplannable(`where.${k}`);
          if (typeof value === 'boolean') (this.key += String(value)), (out[k] = value);
          else out[k] = this.filter(value, target);
        }
      }
      this.key += ';';
    }
    this.key += '}';
    return out;
  }

  /** A column's filter: a bare value (equality) or an object of operators. */
  private field(v: unknown, column: Column): unknown {
    // A bare value means equality (drizzle reads any object, a Date too, as operators instead).
    if (isValue(v) && !(v instanceof Date)) return { eq: this.site(v, column) };
    if (v instanceof Placeholder) return ((this.key += `P${v.name}`), v);
    if (!isPlain(v)) throw new Unplannable('filter value');
    const out: Record<string, unknown> = {};
    this.key += '{';
    for (const [op, value] of Object.entries(v as object)) {
      if (value === undefined) continue;
      this.key += `${op}:`;
      switch (op) {
        case 'NOT':
          out[op] = this.field(value, column);
          break;
        case 'AND':
        case 'OR':
          if (!Array.isArray(value)) throw new Unplannable(op);
          out[op] = value.map((sub) => this.field(sub, column));
          break;
        case 'isNull':
        case 'isNotNull':
          this.key += value ? 1 : 0;
          out[op] = value;
          break;
        case 'in':
        case 'notIn':
          if (!Array.isArray(value) || !value.every((x) => isValue(x) || x === null)) throw new Unplannable(op);
          this.key += `[${value.length}]`;
          out[op] = value.map((x) => this.site(x, column));
          break;
        case 'eq':
        case 'ne':
        case 'gt':
        case 'gte':
        case 'lt':
        case 'lte':
          if (!isValue(value) && value !== null) throw new Unplannable(op);
          out[op] = this.site(value, column);
          break;
        case 'like':
        case 'notLike':
        case 'ilike':
        case 'notIlike':
          if (typeof value !== 'string') throw new Unplannable(op);
          out[op] = this.site(value);
          break;
        default:
          throw new Unplannable(op);
      }
      this.key += ';';
    }
    this.key += '}';
    return out;
  }

  /** A piece of SQL: its text and names go into the key, its bound values become slots. */
  chunk(c: unknown, build: boolean): unknown {
    if (c instanceof StringChunk) return ((this.key += c.value.join('')), c);
    if (c === undefined) return c;
    if (c instanceof SQL) {
      if ((c as unknown as { shouldInlineParams: boolean }).shouldInlineParams) throw new Unplannable('inline params');
      this.key += '(';
      const chunks = c.queryChunks.map((x) => this.chunk(x, build));
      this.key += ')';
      if (!build) return c;
      return Object.assign(new SQL(chunks as SQL['queryChunks']), { decoder: (c as unknown as { decoder: unknown }).decoder });
    }
    if (Array.isArray(c)) {
      this.key += `[${c.length}`;
      const out = c.map((x) => this.chunk(x, build));
      this.key += ']';
      return out;
    }
    if (c instanceof Column) return ((this.key += `c${(c as any).table[TABLE_NAME]}.${c.name}`), c);
    if (c instanceof Table) return ((this.key += `t${(c as any)[TABLE_NAME]}`), c);
    if (c instanceof Name) return ((this.key += `n${c.value}`), c);
    if (c instanceof Placeholder) return ((this.key += `P${c.name}`), c);
    if (c instanceof Param) {
      if (c.value instanceof SQL || c.value instanceof Placeholder) throw new Unplannable('param of sql');
      if (c.value !== null && c.encoder.mapToDriverValue(c.value) instanceof SQL) throw new Unplannable('sql value');
      const i = this.values.length;
      this.values.push(c.value);
      this.key += '?';
      return build ? new Param(sql.placeholder(slot(i)), c.encoder, c.codec) : c;
    }
    if (isValue(c) || c === null) {
      const i = this.values.length;
      this.values.push(c);
      this.key += '?';
      return build ? sql.placeholder(slot(i)) : c;
    }
    // A query builder used as a subquery: SQL of its own, in parentheses unless it says otherwise.
    if (isSQLWrapper(c) && !(c instanceof Column) && typeof c === 'object' && 'getSelectedFields' in (c as object)) {
      const omit = (c as { shouldOmitSQLParens?: () => boolean }).shouldOmitSQLParens?.() ?? false;
      this.key += omit ? '' : 'S';
      const inner = this.chunk(c.getSQL(), build);
      return build ? (omit ? inner : new SQL([new StringChunk('('), inner as SQL, new StringChunk(')')])) : c;
    }
    throw new Unplannable('chunk');
  }
}

function isPlain(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** A value bound as a parameter as it is: the kinds SQLite binds (Dates through the column's encoder). */
function isValue(v: unknown): boolean {
  const t = typeof v;
  return t === 'string' || t === 'number' || t === 'bigint' || t === 'boolean' || v instanceof Date;
}
