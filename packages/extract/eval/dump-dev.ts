// DEV-only diagnostic: gold items beside the matched candidate (span, verb, act). Reads only the DEV half.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusBody, corpusHeader, overlapShare, speakerMatches, type GoldFile } from '../src/eval-score.ts';
import { extractQuotes } from '../src/extract.ts';
import { corpusDir } from './run.ts';

const here = new URL('.', import.meta.url).pathname;
const split = JSON.parse(readFileSync(join(here, 'split.json'), 'utf8')) as { dev: string[] };
const only = process.argv[2];
for (const name of readdirSync(join(here, 'gold', 'dev')).sort()) {
  const gold = JSON.parse(readFileSync(join(here, 'gold', 'dev', name), 'utf8')) as GoldFile;
  if (!split.dev.includes(gold.file)) throw new Error('not dev');
  if (only && !gold.file.startsWith(only)) continue;
  const raw = readFileSync(join(corpusDir(), gold.file), 'utf8');
  const body = corpusBody(raw);
  const h = corpusHeader(raw);
  const cs = extractQuotes(body, { ...(h.publishedOn ? { publishedOn: h.publishedOn } : {}), ...(h.title ? { title: h.title } : {}) });
  console.log(`=== ${gold.file}`);
  const used = new Set<number>();
  for (const g of gold.items) {
    const ci = cs.findIndex((c) => overlapShare(c, g) >= 0.5 && speakerMatches(c, g));
    const c = ci >= 0 ? cs[ci] : undefined;
    if (ci >= 0) used.add(ci);
    const exact = c && c.start === g.start && c.end === g.end;
    console.log(
      `G ${g.kind[0]} ${g.act}${c ? (c.act === g.act ? '' : ' ≠' + c.act) : ' MISS'} [${g.speaker}] «${body.slice(g.start, g.end).replace(/\n/g, ' ')}»`,
    );
    if (c) console.log(`   C verb=${c.verb} ${exact ? 'EXACT' : '«' + c.text.replace(/\n/g, ' ') + '»'}`);
  }
  cs.forEach((c, i) => {
    if (!used.has(i)) console.log(`X ${c.kind[0]} ${c.act} [${c.speaker?.name}] ${c.confidence} verb=${c.verb} «${c.text.replace(/\n/g, ' ')}»`);
  });
}
