// pnpm bench's command line: options, their defaults, and --help.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseScale } from './dataset/generate.ts';
import { repoRoot } from './servers/spawn.ts';

export function benchOptions() {
  const { values: args } = parseArgs({
    options: {
      scale: { type: 'string' },
      'search-scale': { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      fanout: { type: 'string' },
      engine: { type: 'string' },
      only: { type: 'string' },
      reads: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'cpu-prof': { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });

  if (args.help) {
    console.log(`pnpm bench [options]
    --scale 10k|100k|1M     statements in the dataset for the HTTP, fan-out and SQL measurements (default 100k)
    --search-scale N        dataset for the search latency table (default 600k ≈ 1M quotes; "same" = --scale)
    --duration S            seconds per load row (default 10), --warmup S (default 2), --connections N (default 50)
    --fanout 1000,10000,10000x2   fan-out runs: subscribers, and xN for N API workers (default as shown)
    --engine sqlite|postgres|both   which database (default sqlite). postgres: the reads (HTTP rows, search latency) on
                            a copy of the dataset at PARLEY_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres,
                            the admin connection), then writes under load and fan-out against the API process on a scratch
                            clone of it; both: the SQLite sections too, side by side. Written to latest-postgres.md.
    --only http,fanout,sql,search,export   run some sections only
    --reads feed,actor,round,speaker,search,writes   HTTP rows (writes: createStatement under feed load) for some reads only (e.g. to profile one with --cpu-prof)
    --cpu-prof              write V8 CPU profiles of the Parley servers and summarize them in the report
    --quick                 a small smoke run (2k statements, 1 s rows) — what pnpm test runs
    --out DIR               where results go (default bench/results)`);
    process.exit(0);
  }

  const quick = args.quick!;
  const engine = args.engine ?? 'sqlite';
  if (!['sqlite', 'postgres', 'both'].includes(engine)) {
    console.error(`--engine ${engine}: use sqlite, postgres or both`);
    process.exit(2);
  }
  const opt = {
    scale: parseScale(args.scale ?? (quick ? '2k' : '100k')),
    searchScale: args['search-scale'] === 'same' ? null : parseScale(args['search-scale'] ?? (quick ? '2k' : '600k')),
    durationSeconds: Number(args.duration ?? (quick ? 1 : 10)),
    warmupSeconds: Number(args.warmup ?? (quick ? 0.5 : 2)),
    connections: Number(args.connections ?? (quick ? 8 : 50)),
    fanout: (args.fanout ?? (quick ? '20,100' : '1000,10000,10000x2'))
      .split(',')
      .map((f) => ({ subscribers: Number(f.split('x')[0]), workers: Number(f.split('x')[1] ?? 1) })),
    sections: new Set((args.only ?? 'http,fanout,sql,search,export').split(',')),
    reads: new Set((args.reads ?? 'feed,actor,search,round,speaker,writes').split(',')),
    cpuProf: args['cpu-prof']!,
    engines: new Set<'sqlite' | 'postgres'>(engine === 'both' ? ['sqlite', 'postgres'] : [engine as 'sqlite' | 'postgres']),
    out: args.out ? resolve(process.env.INIT_CWD ?? process.cwd(), args.out) : join(repoRoot, quick ? 'bench/results/quick' : 'bench/results'),
  };
  return { opt, quick };
}
