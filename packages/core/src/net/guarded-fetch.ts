// GET over node:http(s) through the outbound guard. Not the global fetch: it cannot pin a connection to an
// address that was checked, and a redirect must be re-checked before it is followed, not after.
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { checkOutbound, OutboundError, type CheckedTarget, type OutboundPolicy, type Resolver } from './outbound-guard.ts';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

export interface OutboundOptions {
  policy: OutboundPolicy;
  limits?: Partial<FetchLimits>;
  /** Tests swap in a resolver that answers what they want a host name to resolve to. */
  resolve?: Resolver;
  userAgent?: string;
}

export interface FetchedResponse {
  /** Where the body came from, after redirects. */
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const USER_AGENT = 'ParleyBot/0.2 (+ingestion; respects ETag/Last-Modified)';

/**
 * GETs a URL: every hop checked and pinned, the whole exchange under one deadline, the body cut off past
 * maxBytes. A 304 is returned as is (conditional polls want it); other non-2xx answers are errors.
 */
export async function guardedGet(raw: string, options: OutboundOptions, headers: Record<string, string> = {}): Promise<FetchedResponse> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let current = raw;
    for (let hop = 0; ; hop++) {
      const target = await withDeadline(checkOutbound(current, options.policy, options.resolve), controller.signal, limits.timeoutMs);
      const response = await request(target, { 'user-agent': options.userAgent ?? USER_AGENT, ...headers }, limits, controller.signal);
      if (response.status >= 300 && response.status < 400 && response.status !== 304 && response.headers.location) {
        if (hop >= limits.maxRedirects) throw new OutboundError('redirects', `more than ${limits.maxRedirects} redirects`);
        current = new URL(response.headers.location, target.url).toString();
        continue;
      }
      if (response.status !== 304 && (response.status < 200 || response.status >= 300)) {
        throw new OutboundError('http', `the server answered HTTP ${response.status}`, response.status);
      }
      return { ...response, url: target.url.toString() };
    }
  } finally {
    clearTimeout(timer);
  }
}

function timeoutError(ms: number) {
  return new OutboundError('timeout', `timed out after ${(ms / 1000).toLocaleString('en')} s`);
}

function withDeadline<T>(promise: Promise<T>, signal: AbortSignal, ms: number): Promise<T> {
  if (signal.aborted) return Promise.reject(timeoutError(ms));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(timeoutError(ms));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function request(target: CheckedTarget, headers: Record<string, string>, limits: FetchLimits, signal: AbortSignal) {
  const client = target.url.protocol === 'https:' ? https : http;
  return new Promise<Omit<FetchedResponse, 'url'>>((resolve, reject) => {
    const req = client.get(
      target.url,
      {
        headers: { accept: '*/*', 'accept-encoding': 'identity', ...headers },
        signal,
        // The pin: whatever the resolver would say now, the socket goes to the address that was checked.
        lookup: ((_host: string, opts: { all?: boolean }, cb: (...args: unknown[]) => void) => {
          if (opts?.all) cb(null, [{ address: target.address, family: target.family }]);
          else cb(null, target.address, target.family);
        }) as never,
      },
      (res) => {
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > limits.maxBytes) {
          res.destroy();
          return reject(tooLarge(limits.maxBytes));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes) {
            res.destroy();
            reject(tooLarge(limits.maxBytes));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', (error) => reject(signal.aborted ? timeoutError(limits.timeoutMs) : new OutboundError('network', error.message)));
      },
    );
    req.on('error', (error) => {
      if (error instanceof OutboundError) return reject(error);
      reject(
        signal.aborted
          ? timeoutError(limits.timeoutMs)
          : new OutboundError('network', `could not fetch: ${(error as NodeJS.ErrnoException).code ?? error.message}`),
      );
    });
  });
}

const tooLarge = (max: number) => new OutboundError('too-large', `the response is larger than ${(max / 1024 / 1024).toLocaleString('en')} MB`);
