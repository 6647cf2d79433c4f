// One HTTP row of the report: check a running contender's first answers against the reference (Parley in-process on
// the SQLite file), then load it with autocannon in a process of its own. Shared by the SQLite and PostgreSQL runs.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { benchOptions } from './cli-options.ts';
import { type LoadResult, runLoad } from './load/loadgen.ts';
import { idSkeleton } from './measure/in-process.ts';
import { summarizeProfile } from './profile.ts';
import { type HttpRequest, type Params, parleyRequest, peerRequest, rawRequest, type Scenario } from './queries.ts';
import type { Contender, Engine, HttpRow, Report } from './report.ts';
import { repoRoot, type Running } from './servers/spawn.ts';

export interface ReadList {
  read: Scenario;
  variant: 'varied' | 'repeated';
  list: Params[];
}

export interface HttpContext {
  opt: ReturnType<typeof benchOptions>['opt'];
  report: Report;
  reads: ReadList[];
  /** `${read}:${variant}` → Parley's answers to the first few variants. */
  references: Map<string, unknown[]>;
  log(m: string): void;
}

function toRequest(contender: Contender, read: Scenario, p: Params): HttpRequest | null {
  return contender === 'raw' ? rawRequest(read, p) : contender === 'parley' ? parleyRequest(read, p) : peerRequest(read, p);
}

/**
 * Search hits as a set, without score, snippet and cursor: each engine ranks within a window and cuts snippets
 * from its own match marks (FTS5's highlight(), ts_headline), as tests/api/engines-reads.test.ts compares them.
 */
function hitSet(answer: any): string {
  const hits = (answer?.data?.search ?? []) as Record<string, unknown>[];
  return JSON.stringify(hits.map(({ score, snippet, highlights, cursor, ...hit }) => JSON.stringify(hit)).sort());
}

export function httpRows(ctx: HttpContext) {
  /** Asks a running contender the first few variants and compares with the reference. */
  async function check(server: Running, contender: Contender, read: Scenario, variant: string, list: Params[], engine?: Engine): Promise<string> {
    const expected = ctx.references.get(`${read}:${variant}`)!;
    let sameHits = true;
    for (let i = 0; i < expected.length; i++) {
      const req = toRequest(contender, read, list[i]!);
      if (!req) return 'n/a';
      const res = await fetch(server.url + req.path, { method: req.method, headers: req.headers, body: req.body });
      const answer = (await res.json()) as { errors?: unknown };
      if (answer.errors) return `ERRORS: ${JSON.stringify(answer.errors).slice(0, 200)}`;
      if ((expected[i] as { errors?: unknown }).errors)
        return `reference has errors: ${JSON.stringify((expected[i] as { errors?: unknown }).errors).slice(0, 200)}`;
      if (contender === 'peer') {
        if (idSkeleton(read, answer, 'peer') !== idSkeleton(read, expected[i], 'parley')) return 'same ids: NO';
      } else if (!isDeepStrictEqual(answer, expected[i])) {
        if (engine !== 'postgres' || read !== 'search') return 'identical: NO';
        if (hitSet(answer) !== hitSet(expected[i])) return contender === 'raw' ? 'identical: NO' : 'identical: NO (other hits than on SQLite)';
        sameHits = false;
      }
    }
    if (contender === 'peer') return 'same statements and quotes';
    return sameHits ? 'identical JSON' : 'same hits (order, scores and snippets its own)';
  }

  async function measure(
    server: Running,
    contender: Contender,
    label: string,
    read: Scenario,
    variant: 'varied' | 'repeated',
    options: { unique?: boolean; engine?: Engine } = {},
  ) {
    if (!ctx.opt.reads.has(read)) return;
    const list = ctx.reads.find((r) => r.read === read && r.variant === variant)!.list;
    const requests = list.map((p) => toRequest(contender, read, p)).filter((r): r is HttpRequest => r !== null);
    const row: HttpRow = { read, variant, contender, label, result: null, check: '', ...(options.engine ? { engine: options.engine } : {}) };
    ctx.report.http.push(row);
    if (!requests.length) {
      row.check = 'no equivalent';
      return;
    }
    row.check = await check(server, contender, read, variant, list, options.engine);
    let result: LoadResult;
    try {
      result = await runLoad({
        url: server.url,
        requests,
        connections: ctx.opt.connections,
        durationSeconds: ctx.opt.durationSeconds,
        warmupSeconds: ctx.opt.warmupSeconds,
        unique: options.unique,
      });
    } catch (error) {
      row.check += `; load failed: ${String(error).slice(0, 200)}`;
      return;
    }
    row.result = result;
    ctx.log(
      `  ${read.padEnd(6)} ${variant.padEnd(8)} ${label.padEnd(40)} ${Math.round(result.rps).toString().padStart(6)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  ${row.check}`,
    );
  }

  async function withServer(start: () => Promise<Running>, body: (s: Running) => Promise<void>, profile?: string) {
    const server = await start();
    try {
      await body(server);
    } finally {
      await server.stop();
    }
    if (profile && existsSync(profile)) {
      // Main threads only (CPU.<date>.<time>.<pid>.0.<seq>): the other thread is tsx's module loader.
      for (const file of readdirSync(profile).filter((f) => /\.0\.\d+\.cpuprofile$/.test(f))) {
        const path = join(profile, file);
        ctx.report.profiles.push({ name: `${server.name}, pid ${file.split('.')[3]}`, file: path.replace(repoRoot, ''), summary: summarizeProfile(path) });
      }
    }
  }

  return { measure, withServer };
}
