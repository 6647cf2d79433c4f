// Export throughput and memory: the whole statements export, streamed over HTTP from a running Parley
// process, read as fast as the client can. The server's peak resident memory (VmHWM) before and after
// shows whether the stream stays flat as the export grows.
import { readFileSync } from 'node:fs';

export interface ExportResult {
  path: string;
  records: number;
  mb: number;
  seconds: number;
  recordsPerSecond: number;
  mbPerSecond: number;
  rssBeforeMb: number;
  peakRssMb: number;
}

/** VmRSS and VmHWM (peak) of a process, in MB; NaN where /proc is not available. */
function memory(pid: number): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return { rss: NaN, peak: NaN };
  }
}

export async function measureExport(url: string, pid: number, path: string): Promise<ExportResult> {
  const before = memory(pid);
  const t0 = performance.now();
  const res = await fetch(url + path);
  if (!res.ok || !res.body) throw new Error(`${path}: HTTP ${res.status}`);
  let bytes = 0;
  let newlines = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (let i = 0; i < value.length; i++) if (value[i] === 10) newlines++;
  }
  const seconds = (performance.now() - t0) / 1000;
  const after = memory(pid);
  // JSONL: one line per record; CSV: one header line plus one per record (texts hold no bare newlines).
  const records = path.includes('.csv') ? newlines - 1 : newlines;
  return {
    path,
    records,
    mb: bytes / 1e6,
    seconds,
    recordsPerSecond: records / seconds,
    mbPerSecond: bytes / 1e6 / seconds,
    rssBeforeMb: before.rss,
    peakRssMb: after.peak,
  };
}
