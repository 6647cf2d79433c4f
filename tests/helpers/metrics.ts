export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE = /^([A-Za-z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+-?\d+)?$/;
const LABEL = /([A-Za-z_]\w*)="((?:[^"\\]|\\.)*)"/g;
const unescapeLabel = (value: string) => value.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));

/**
 * The sample lines of the Prometheus text format (0.0.4), one per series; comments (HELP, TYPE) skipped.
 * Hand-written: the one parser package for it (parse-prometheus-text-format) folds every series of a
 * labelled histogram into one and drops their counts, which is exactly what these tests read.
 */
export function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, name, value] of (match[2] ?? '').matchAll(LABEL)) labels[name!] = unescapeLabel(value!);
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

export interface Scrape {
  status: number;
  contentType: string | null;
  text: string;
  /** The sum of the samples named `name` whose labels include `labels`; 0 when there are none. */
  value(name: string, labels?: Record<string, string>): number;
  /** Every value one label takes in the samples named `name`. */
  labelValues(name: string, label: string): string[];
}

/** GET /metrics and parse it. A histogram's count per series is its `_count` sample. */
export async function scrape(url: string): Promise<Scrape> {
  const response = await fetch(`${url}/metrics`);
  const text = await response.text();
  const samples = response.ok ? parseExposition(text) : [];
  const matching = (name: string, labels: Record<string, string> = {}) =>
    samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text,
    value: (name, labels) => matching(name, labels).reduce((sum, s) => sum + s.value, 0),
    labelValues: (name, label) => [
      ...new Set(
        matching(name)
          .map((s) => s.labels[label])
          .filter((v): v is string => v !== undefined),
      ),
    ],
  };
}

/** Scrapes until `check` holds (a gauge following a socket that closes), or returns the last scrape after timeoutMs. */
export async function scrapeUntil(url: string, check: (s: Scrape) => boolean, timeoutMs = 10_000): Promise<Scrape> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await scrape(url);
    if (check(s) || Date.now() > deadline) return s;
    await new Promise((r) => setTimeout(r, 50));
  }
}
