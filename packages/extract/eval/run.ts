// Scores extractQuotes on one half of the shared evaluation corpus against the gold annotations kept here.
//   pnpm --filter @parley/extract eval [--half dev|test] [--verbose]
// The corpus (article text) lives outside the repository: ../shared/corpus from the repo root, or $PARLEY_CORPUS.
// Only figures are written (eval/results/<half>.json), never article text.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { confusionTable, corpusBody, corpusHeader, scoreArticles, type ArticleRun, type EvalReport, type GoldFile, type PRF } from '../src/eval-score.ts';
import { extractQuotes } from '../src/extract.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = resolve(here, '../../..');

export function corpusDir(): string {
  return process.env.PARLEY_CORPUS ? resolve(process.env.PARLEY_CORPUS) : resolve(repoRoot, '../shared/corpus');
}

export type Half = 'dev' | 'test';

export interface EvalOptions {
  /** The corpus directory; default corpusDir(). */
  corpus?: string;
  /** The gold directory of the half; default eval/gold/<half>. */
  goldDir?: string;
}

/**
 * Runs the extractor over one half (dev or test) and scores it; { absent } with the reason when the corpus or the
 * half's gold is not there. The gold is looked for first: without it no article of the half is read.
 */
export function evaluateHalf(half: Half, opts: EvalOptions = {}): { report: EvalReport } | { absent: string } {
  const goldDir = opts.goldDir ?? join(here, 'gold', half);
  if (!existsSync(goldDir) || !readdirSync(goldDir).some((f) => f.endsWith('.json'))) {
    return {
      absent:
        half === 'test'
          ? `the TEST half's gold is not in this checkout (looked for ${goldDir}); it is added by the lead for the held-out measurement, so no TEST article was read`
          : `no gold annotations for the ${half} half at ${goldDir}`,
    };
  }
  const dir = opts.corpus ?? corpusDir();
  if (!existsSync(dir)) return { absent: `corpus not found at ${dir} (set PARLEY_CORPUS to its directory)` };
  const split = JSON.parse(readFileSync(join(here, 'split.json'), 'utf8')) as { dev: string[]; test: string[] };
  const wanted = new Set(split[half]);
  const runs: ArticleRun[] = [];
  for (const name of readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as GoldFile;
    if (!wanted.has(gold.file)) throw new Error(`${name}: ${gold.file} is not in the ${half} half of split.json`);
    const path = join(dir, gold.file);
    if (!existsSync(path)) throw new Error(`${gold.file} missing from ${dir}`);
    const raw = readFileSync(path, 'utf8');
    const body = corpusBody(raw);
    const sha = createHash('sha256').update(body, 'utf8').digest('hex');
    if (sha !== gold.bodySha256) throw new Error(`${gold.file}: body sha256 ${sha} differs from the gold's ${gold.bodySha256}`);
    for (const g of gold.items) {
      if (body.slice(g.start, g.start + g.check.length) !== g.check) throw new Error(`${gold.file}: item at ${g.start} fails its check`);
    }
    const h = corpusHeader(raw);
    const candidates = extractQuotes(body, { ...(h.publishedOn ? { publishedOn: h.publishedOn } : {}), ...(h.title ? { title: h.title } : {}) });
    runs.push({ file: gold.file, candidates, gold: gold.items });
  }
  return { report: scoreArticles(runs) };
}

export function figures(r: EvalReport): object {
  const { misses: _m, falsePositives: _f, actErrors: _a, ...rest } = r;
  // Figures only: the confusion matrix is counts, kept.
  return rest;
}

const line = (name: string, p: PRF): string =>
  `  ${name.padEnd(9)} P ${p.precision.toFixed(3)} (${p.matchedCandidates}/${p.candidates})  R ${p.recall.toFixed(3)} (${p.matchedGold}/${p.gold})  F1 ${p.f1.toFixed(3)}`;

export function summary(half: Half, r: EvalReport): string {
  return [
    `extraction on the ${half.toUpperCase()} half (${r.articles} articles)`,
    'overlap (≥ 50% of the shorter span):',
    line('all', r.overlap.all),
    line('DIRECT', r.overlap.direct),
    line('INDIRECT', r.overlap.indirect),
    'exact span:',
    line('all', r.exact.all),
    line('DIRECT', r.exact.direct),
    line('INDIRECT', r.exact.indirect),
    `act accuracy ${r.act.accuracy.toFixed(3)} (${r.act.correct}/${r.act.total})  conditional ${r.conditional.accuracy.toFixed(3)} (${r.conditional.correct}/${r.conditional.total})`,
    `wrong speaker at confidence ≥ 0.8: ${(r.wrongSpeakerHighConfidence.share * 100).toFixed(1)}% (${r.wrongSpeakerHighConfidence.wrong}/${r.wrongSpeakerHighConfidence.total})`,
    'act confusion (matched pairs; rows gold, columns extracted):',
    confusionTable(r.actConfusion),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--half');
  const half = (i >= 0 ? args[i + 1] : 'dev') as Half;
  if (half !== 'dev' && half !== 'test') {
    console.error('--half must be dev or test');
    process.exit(2);
  }
  const out = evaluateHalf(half);
  if ('absent' in out) {
    console.log(`Nothing to evaluate on the ${half.toUpperCase()} half: ${out.absent}.`);
    process.exit(0);
  }
  console.log(summary(half, out.report));
  if (args.includes('--verbose')) {
    for (const m of out.report.misses) console.log(`MISS ${m.file.slice(0, 3)} ${m.kind} [${m.speaker}] ${m.check}`);
    for (const f of out.report.falsePositives) console.log(`FP   ${f.file.slice(0, 3)} ${f.kind} ${f.reason} [${f.speaker}] ${f.confidence} ${f.text}`);
    for (const a of out.report.actErrors) console.log(`ACT  ${a.file.slice(0, 3)} gold ${a.gold} got ${a.got} ${a.text}`);
  }
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', `${half}.json`), `${JSON.stringify(figures(out.report), null, 2)}\n`);
}
