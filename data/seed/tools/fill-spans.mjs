#!/usr/bin/env node
// Pins every quote in statements.json to its span in the source body: start/end are JavaScript string offsets
// (UTF-16 code units) into the article file exactly as stored — no trimming, no normalisation — so that
// body.slice(start, end) === text. Dependency-free; run with `node data/seed/tools/fill-spans.mjs`.
//
// A text that occurs once is pinned there. A text that occurs more than once is ambiguous: the quote must
// already carry a `start` at one of the occurrences (the curator's explicit choice), otherwise the script
// fails naming the quote. A text that does not occur fails naming the statement and the text.
// Nothing is written unless every quote resolves.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const seedDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (name) => JSON.parse(readFileSync(join(seedDir, name), 'utf8'));

const sources = readJson('sources.json');
const statements = readJson('statements.json');

const bodies = new Map();
for (const source of sources) bodies.set(source.key, readFileSync(join(seedDir, source.file), 'utf8'));

function occurrences(body, text) {
  const found = [];
  for (let at = body.indexOf(text); at !== -1; at = body.indexOf(text, at + 1)) found.push(at);
  return found;
}

const errors = [];
let pinned = 0;
let changed = 0;

for (const statement of statements) {
  if (!Array.isArray(statement.quotes) || statement.quotes.length === 0) {
    errors.push(`statement ${statement.key}: has no quotes`);
    continue;
  }
  statement.quotes = statement.quotes.map((quote, index) => {
    const label = `statement ${statement.key}, quote #${index + 1} (${quote.source})`;
    const body = bodies.get(quote.source);
    if (body === undefined) {
      errors.push(`${label}: unknown source "${quote.source}"`);
      return quote;
    }
    if (typeof quote.text !== 'string' || quote.text.length === 0) {
      errors.push(`${label}: empty text`);
      return quote;
    }
    const found = occurrences(body, quote.text);
    let start;
    if (found.length === 0) {
      errors.push(`${label}: text does not occur in ${quote.source}: ${JSON.stringify(quote.text)}`);
      return quote;
    } else if (found.length === 1) {
      start = found[0];
    } else if (Number.isInteger(quote.start) && found.includes(quote.start)) {
      start = quote.start;
    } else {
      errors.push(
        `${label}: text occurs ${found.length} times in ${quote.source} (at ${found.join(', ')}); ` +
          `set "start" to the intended occurrence: ${JSON.stringify(quote.text)}`,
      );
      return quote;
    }
    const end = start + quote.text.length;
    if (quote.start !== start || quote.end !== end) changed++;
    pinned++;
    // Rebuild with a stable field order so that reviews diff cleanly.
    const { source, text, start: _s, end: _e, kind, link, ...rest } = quote;
    return { source, text, start, end, kind, ...(link === undefined ? {} : { link }), ...rest };
  });
}

if (errors.length > 0) {
  console.error(`fill-spans: ${errors.length} problem(s); statements.json left unchanged:`);
  for (const error of errors) console.error(`  - ${error}`);
  process.exit(1);
}

writeFileSync(join(seedDir, 'statements.json'), JSON.stringify(statements, null, 2) + '\n');
console.log(`fill-spans: ${pinned} quotes pinned in ${statements.length} statements (${changed} changed).`);
