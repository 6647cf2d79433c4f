// Measures the copy threshold (COPY_THRESHOLD in src/outlets/shingles.ts): containment scores of
// independent reports of the same crisis (the seed articles, pairwise) against copies derived from them the
// way republishers edit wire copy. Run: pnpm --filter @parley/core measure:copies
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDir } from '@parley/seed';
import { containment, COPY_THRESHOLD, shingleSample } from '../src/outlets/shingles.ts';

const dir = join(seedDir, 'articles');
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));

const score = (a: string, b: string) => {
  const sa = new Set(shingleSample(a));
  const sb = shingleSample(b);
  const shared = sb.filter((h) => sa.has(h)).length;
  return containment(shared, sa.size, sb.length);
};

const paragraphs = (t: string) => t.split(/\n+/).filter((p) => p.trim());
const LOCAL = [
  'Our correspondent in Peshawar adds that traders at the city’s main fruit market reported prices rising sharply this week.',
  'The provincial government has announced a relief package for families displaced from the border districts.',
  'Readers can follow our live coverage of the talks on the website and the mobile app throughout the day.',
];
const edits: Record<string, (t: string) => string> = {
  'new intro, same body': (t) =>
    ['In a development that has drawn attention across the region, officials spoke again on the crisis.', ...paragraphs(t).slice(1)].join('\n'),
  'first half only': (t) =>
    paragraphs(t)
      .slice(0, Math.ceil(paragraphs(t).length / 2))
      .join('\n'),
  'padded with local paragraphs': (t) => [...paragraphs(t), ...LOCAL].join('\n'),
  'light copy-edit (said→stated, every 12th word dropped)': (t) =>
    t
      .replace(/\bsaid\b/g, 'stated')
      .split(' ')
      .filter((_w, i) => i % 12 !== 11)
      .join(' '),
  'middle three paragraphs only': (t) => paragraphs(t).slice(2, 5).join('\n'),
};

const negatives: number[] = [];
for (let i = 0; i < articles.length; i++) for (let j = 0; j < articles.length; j++) if (i !== j) negatives.push(score(articles[i]!, articles[j]!));
const positives: Record<string, number[]> = {};
for (const [name, edit] of Object.entries(edits)) positives[name] = articles.map((a) => score(a, edit(a)));

const fmt = (xs: number[]) => `min ${Math.min(...xs).toFixed(2)} max ${Math.max(...xs).toFixed(2)}`;
console.log(`independent reports (${negatives.length} ordered pairs of seed articles): ${fmt(negatives)}`);
for (const [name, xs] of Object.entries(positives)) console.log(`copy, ${name.padEnd(56)} ${fmt(xs)}`);
const allPos = Object.values(positives).flat();
console.log(
  `threshold ${COPY_THRESHOLD}: ${allPos.filter((x) => x >= COPY_THRESHOLD).length}/${allPos.length} copies caught, ${negatives.filter((x) => x >= COPY_THRESHOLD).length}/${negatives.length} independent pairs misjudged`,
);
