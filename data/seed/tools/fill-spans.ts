// Pins every quote in statements.json to its span in its article (core's pinQuoteSpans), so a curator can add
// a quote by its text alone. Nothing is written unless every quote resolves. Run from the repository root:
//   npx tsx data/seed/tools/fill-spans.ts [FOLDER]      (then: parley seed check [FOLDER])
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readSeedDataset } from '../../../packages/core/src/seed/read.ts';
import { pinQuoteSpans, type UnpinnedStatement } from '../../../packages/core/src/seed/spans.ts';

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '..'));
try {
  const { dataset, bodies } = readSeedDataset(dir);
  const { statements, pinned, changed, problems } = pinQuoteSpans(dataset.statements as UnpinnedStatement[], bodies);
  if (problems.length) {
    console.error(`fill-spans: ${problems.length} problem(s); statements.json left unchanged:`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  writeFileSync(join(dir, 'statements.json'), `${JSON.stringify(statements, null, 2)}\n`);
  console.log(`fill-spans: ${pinned} quotes pinned in ${statements.length} statements (${changed} changed).`);
} catch (error) {
  console.error(`fill-spans: ${(error as Error).message}`);
  process.exit(1);
}
