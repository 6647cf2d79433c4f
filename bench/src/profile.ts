// Reads a V8 .cpuprofile (node --cpu-prof) and says where the time went: by package and by function.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface ProfileSummary {
  samples: number;
  byPackage: { name: string; percent: number }[];
  byFunction: { name: string; percent: number }[];
}

/** Where a frame's code lives: an npm package, Node itself, Parley's own source, or V8's pseudo-frames. */
function owner(url: string, fn: string): string {
  if (!url) {
    if (fn === '(garbage collector)') return 'GC';
    if (fn === '(program)' || fn === '(idle)' || fn === '(root)') return fn;
    return 'native';
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const repo = /\/(packages\/[^/]+|apps\/[^/]+|bench)\//.exec(url);
  return repo ? repo[1]! : url;
}

export function summarizeProfile(file: string, top = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[] };
  const hits = new Map<number, number>();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const n = hits.get(node.id) ?? 0;
    if (!n) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)' || functionName === '(root)') continue;
    busy += n;
    const pkg = owner(url, functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + n);
    const fn = `${functionName || '(anonymous)'} ${pkg}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + n);
  }
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, n]) => ({ name, percent: (100 * n) / Math.max(1, busy) }));
  return { samples: busy, byPackage: rank(byPackage), byFunction: rank(byFunction) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = summarizeProfile(process.argv[2]!, Number(process.argv[3] ?? 20));
  console.log(`${s.samples} busy samples`);
  for (const p of s.byPackage) console.log(`${p.percent.toFixed(1).padStart(5)}%  ${p.name}`);
  console.log('');
  for (const f of s.byFunction) console.log(`${f.percent.toFixed(1).padStart(5)}%  ${f.name}`);
}
