// Relational queries (`db.query.x.findMany/findFirst`) planned once per shape. Drizzle builds a relational
// query's SQL from its config on every call, then SQLite prepares it again: most of an uncached GraphQL read's
// CPU. Here a config's shape (plan-shape.ts: its SQL with the bound values taken out) keys a statement
// prepared with placeholders; a later config of the same shape only binds its own values. Whatever selection,
// filter or page size a GraphQL document asks for gets this, since the key is computed from the config itself.
import { PgAsyncRelationalQuery } from 'drizzle-orm/pg-core';
import { SQLiteSyncRelationalQuery } from 'drizzle-orm/sqlite-core';
import type { AnyRelations } from 'drizzle-orm';
import { type BuiltQuery, inlineConstantIntegers } from './plan-literals.ts';
import { ShapeWalk, slot, Unplannable } from './plan-shape.ts';

/** Distinct shapes kept per database; the least recently used goes first. */
const MAX_PLANS = 1000;

interface Prepared {
  execute(values?: Record<string, unknown>): unknown;
}

export interface PlanStats {
  hits: number;
  misses: number;
  unplannable: number;
  size: number;
}

interface Planner {
  plans: Map<string, Prepared>;
  stats: PlanStats;
}

const planners = new WeakMap<object, Planner>();

/** How many relational queries were served by a cached plan, newly planned, or built the ordinary way. */
export function queryPlanStats(db: object): PlanStats {
  const p = planners.get(db);
  return p ? { ...p.stats, size: p.plans.size } : { hits: 0, misses: 0, unplannable: 0, size: 0 };
}

type QueryInternals = {
  schema: AnyRelations;
  tableConfig: AnyRelations[string];
  config: unknown;
  mode: 'many' | 'first';
  table: unknown;
  dialect: unknown;
  session: unknown;
  forbidJsonb: boolean;
  parseJson: boolean;
};

/**
 * A relational query class whose `_prepare` plans through `planner`: `Base` is the engine's own class
 * (better-sqlite3's sync query, node-postgres's async one), `prepareTemplate` prepares a config of placeholders.
 */
function plannedQuery(
  Base: new (...args: any[]) => { _prepare(...args: unknown[]): Prepared },
  planner: Planner,
  prepareTemplate: (q: QueryInternals, template: unknown) => Prepared,
) {
  return class PlannedRelationalQuery extends Base {
    override _prepare(...args: unknown[]): Prepared {
      // An explicit .prepare() (a name or a flag) is the caller's own plan: left as drizzle makes it.
      if (args.some((a) => a !== undefined && a !== false)) return super._prepare(...args);
      const q = this as unknown as QueryInternals;
      let walk: ShapeWalk;
      try {
        walk = new ShapeWalk(q.schema, false);
        walk.key = `${q.tableConfig.name}|${q.mode}|`;
        walk.config(q.config, q.tableConfig);
      } catch (error) {
        if (!(error instanceof Unplannable)) throw error;
        planner.stats.unplannable++;
        return super._prepare(...args);
      }
      let plan = planner.plans.get(walk.key);
      if (plan) {
        planner.stats.hits++;
        // Most recently used last, so the oldest is the first key when the cache is full.
        planner.plans.delete(walk.key);
        planner.plans.set(walk.key, plan);
      } else {
        planner.stats.misses++;
        plan = prepareTemplate(q, new ShapeWalk(q.schema, true).config(q.config, q.tableConfig));
        if (planner.plans.size >= MAX_PLANS) planner.plans.delete(planner.plans.keys().next().value!);
        planner.plans.set(walk.key, plan);
      }
      const values: Record<string, unknown> = {};
      for (let i = 0; i < walk.values.length; i++) values[slot(i)] = walk.values[i];
      const prepared = plan;
      return { execute: (own?: Record<string, unknown>) => prepared.execute(own ? { ...own, ...values } : values) };
    }
  };
}

type QueryClass = new (...args: any[]) => { _toSQL(): { query: unknown; builtQuery: BuiltQuery } };

/** The engine's relational query class, building its SQL with the template's constant integers inlined. */
function withLiterals<T extends QueryClass>(Query: T, engine: 'sqlite' | 'postgres'): T {
  return class extends Query {
    override _toSQL() {
      const { query, builtQuery } = super._toSQL();
      return { query, builtQuery: inlineConstantIntegers(builtQuery, engine) };
    }
  };
}

function install(db: { query: Record<string, unknown> }, builder: unknown): void {
  for (const table of Object.values(db.query)) (table as { builder: unknown }).builder = builder;
}

function newPlanner(db: object): Planner {
  const planner: Planner = { plans: new Map(), stats: { hits: 0, misses: 0, unplannable: 0, size: 0 } };
  planners.set(db, planner);
  return planner;
}

/** Every `db.query.<table>` of this SQLite database plans its queries through one shared, bounded cache. */
export function planRelationalQueries(db: { query: Record<string, unknown> }): void {
  // _prepare is drizzle's internal hook behind execute(), sync() and await; the typings leave it out.
  const Base = SQLiteSyncRelationalQuery as unknown as new (...args: unknown[]) => { _prepare(...args: unknown[]): Prepared };
  const Query = withLiterals(SQLiteSyncRelationalQuery as unknown as QueryClass, 'sqlite') as unknown as new (...args: unknown[]) => { prepare(): Prepared };
  install(
    db,
    plannedQuery(Base, newPlanner(db), (q, template) =>
      new Query('sync', q.schema, q.table, q.tableConfig, q.dialect, q.session, template, q.mode, q.forbidJsonb).prepare(),
    ),
  );
}

/**
 * The same for a PostgreSQL database: each shape becomes one named prepared statement, so node-postgres has the
 * server plan it once per connection as well.
 */
export function planPostgresRelationalQueries(db: { query: Record<string, unknown> }): void {
  const Base = PgAsyncRelationalQuery as unknown as new (...args: unknown[]) => { _prepare(...args: unknown[]): Prepared };
  const Query = withLiterals(PgAsyncRelationalQuery as unknown as QueryClass, 'postgres') as unknown as new (
    ...args: unknown[]
  ) => {
    prepare(name?: string): Prepared;
  };
  let plans = 0;
  install(
    db,
    plannedQuery(Base, newPlanner(db), (q, template) =>
      new Query(q.schema, q.table, q.tableConfig, q.dialect, q.session, template, q.mode, q.parseJson).prepare(`parley_plan_${++plans}`),
    ),
  );
}
