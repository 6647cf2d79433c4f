// Writes schema.graphql, the checked-in contract that web documents are typed from.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printParleySchema } from '../src/schema.ts';

const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
writeFileSync(target, printParleySchema());
console.log(`Wrote ${target}`);
