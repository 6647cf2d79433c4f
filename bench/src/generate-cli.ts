import { parseArgs } from 'node:util';
import { generateDataset, parseScale } from './dataset/generate.ts';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '100k' }, out: { type: 'string' } } });
const statements = parseScale(values.scale!);
const out = values.out ?? `data/generated-${values.scale}.db`;
const report = generateDataset(out, statements, (m) => console.log(`  ${m}`));
console.log(`${out}: ${(report.bytes / 1e6).toFixed(1)} MB in ${report.seconds.toFixed(1)} s`);
console.log(report.counts);
