// The search section alone, on a given dataset file: `tsx src/search-run.ts data/x.db [repeats]`.
import { paramSets } from './params.ts';
import { searchLatency } from './measure/search-latency.ts';
import { renderSearch } from './report.ts';

const [path, repeats] = process.argv.slice(2);
if (!path) throw new Error('usage: search-run.ts DATASET.db [repeats]');
const result = await searchLatency(path, paramSets(path).searchClasses, Number(repeats ?? 3), (m) => console.error(m));
console.log(renderSearch(result, path).join('\n'));
