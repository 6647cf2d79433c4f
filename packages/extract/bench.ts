// Times extractQuotes over the seed articles, each repeated to about 1,000 words. Run: pnpm --filter @parley/extract bench
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from './src/index.ts';

const dir = fileURLToPath(new URL('../../data/seed/articles/', import.meta.url));
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => {
    const text = readFileSync(dir + f, 'utf8');
    const parts = [text];
    while (words(parts.join('\n\n')) < 1000) parts.push(text);
    // Cut back to ~1,000 words at a paragraph boundary so every run reads the same amount.
    let body = parts.join('\n\n');
    const paras = body.split('\n');
    while (paras.length > 1 && words(paras.join('\n')) > 1100) paras.pop();
    body = paras.join('\n');
    return { name: f, body, words: words(body) };
  });

for (let i = 0; i < 20; i++) for (const a of articles) extractQuotes(a.body, { publishedOn: '2025-10-30' }); // warm-up
const rounds = 200;
let total = 0;
for (const a of articles) {
  const t0 = performance.now();
  let n = 0;
  for (let i = 0; i < rounds; i++) n = extractQuotes(a.body, { publishedOn: '2025-10-30' }).length;
  const ms = (performance.now() - t0) / rounds;
  total += ms;
  console.log(`${a.name}  ${String(a.words).padStart(5)} words  ${String(n).padStart(3)} candidates  ${ms.toFixed(2)} ms/article`);
}
console.log(`mean ${(total / articles.length).toFixed(2)} ms per ~1,000-word article`);
