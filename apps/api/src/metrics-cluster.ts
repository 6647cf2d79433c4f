import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

// Workers share one port, so a scrape lands on whichever worker node:cluster hands the connection to. That
// worker asks the primary, which gathers every worker's registries through prom-client's AggregatorRegistry
// (counters and histograms summed, gauges by each metric's aggregator) and sends back the text. One scrape
// therefore sees the whole process group, and Prometheus needs one target per host, not per worker.

const SCRAPE = 'parley:metrics-scrape';
const SCRAPED = 'parley:metrics-scraped';
/** prom-client gives up on a silent worker after 5 s; this waits a little longer for its answer. */
const TIMEOUT_MS = 6000;

interface Scraped {
  type: typeof SCRAPED;
  id: number;
  text?: string;
  error?: string;
}

/** In a worker: lets the primary's AggregatorRegistry read these registries. */
export function joinClusterMetrics(registries: Registry[]): void {
  AggregatorRegistry.setRegistries(registries);
  // Constructing one is what starts answering the primary's requests in this worker.
  new AggregatorRegistry();
}

let nextId = 0;
const waiting = new Map<number, (answer: Scraped) => void>();
let listening = false;

/** In a worker: the whole cluster's metrics, gathered by the primary. */
export function scrapeCluster(): Promise<string> {
  if (!listening) {
    listening = true;
    process.on('message', (message: Scraped) => {
      if (message?.type === SCRAPED) waiting.get(message.id)?.(message);
    });
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      reject(new Error('the cluster primary did not answer'));
    }, TIMEOUT_MS);
    waiting.set(id, (answer) => {
      clearTimeout(timer);
      waiting.delete(id);
      if (answer.text !== undefined) resolve(answer.text);
      else reject(new Error(answer.error ?? 'no metrics'));
    });
    const fail = (error: Error) => {
      clearTimeout(timer);
      waiting.delete(id);
      reject(error);
    };
    if (!process.send || !process.connected) return fail(new Error('not connected to the cluster primary'));
    process.send({ type: SCRAPE, id }, undefined, undefined, (error) => error && fail(error));
  });
}

/** In the primary: answers each worker's scrape with every worker's metrics. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: { type?: string; id?: number }) => {
    if (message?.type !== SCRAPE || typeof message.id !== 'number') return;
    const id = message.id;
    const reply = (answer: Omit<Scraped, 'type' | 'id'>) => {
      if (worker.isConnected()) worker.send({ type: SCRAPED, id, ...answer });
    };
    aggregator.clusterMetrics().then(
      (text) => reply({ text }),
      (error: Error) => reply({ error: error.message }),
    );
  });
}
