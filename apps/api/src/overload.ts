import type { IncomingMessage, ServerResponse } from 'node:http';

export interface OverloadOptions {
  /** GraphQL requests executing at once (live subscription streams are not counted). */
  maxConcurrent: number;
  /** Requests waiting for a slot; beyond this the answer is 503 at once. */
  maxQueue: number;
  /** How long a request may wait for a slot before it gets 503. */
  queueTimeoutMs: number;
}

export interface Limiter {
  run(req: IncomingMessage, res: ServerResponse, handle: () => Promise<void>): Promise<void>;
  stats(): { active: number; queued: number; rejected: number; abandoned: number };
}

function unavailable(res: ServerResponse, message: string) {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '1' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE' } }] }));
}

/**
 * Gives overload a shape: at most maxConcurrent requests run, a short queue waits, and everything beyond
 * is told so at once (503 + Retry-After) instead of timing out. A request whose client went away while it
 * waited is dropped without running.
 */
export function createLimiter(options: OverloadOptions): Limiter {
  let active = 0;
  let rejected = 0;
  let abandoned = 0;
  const queue: (() => void)[] = [];

  const next = () => {
    while (active < options.maxConcurrent && queue.length) queue.shift()!();
  };

  return {
    run(req, res, handle) {
      return new Promise<void>((resolve) => {
        const start = () => {
          active++;
          let released = false;
          const release = () => {
            if (released) return;
            released = true;
            active--;
            next();
          };
          res.once('close', release);
          handle()
            .then(resolve, resolve)
            .finally(() => {
              if (res.writableFinished) release();
            });
        };
        if (active < options.maxConcurrent) return start();
        if (queue.length >= options.maxQueue) {
          rejected++;
          unavailable(res, 'The server is busy; retry in a moment');
          req.resume();
          return resolve();
        }
        let timer: NodeJS.Timeout | undefined;
        const waiting = () => {
          clearTimeout(timer);
          res.off('close', gone);
          if (res.destroyed) {
            abandoned++;
            return resolve();
          }
          start();
        };
        const gone = () => {
          const at = queue.indexOf(waiting);
          if (at >= 0) queue.splice(at, 1);
          clearTimeout(timer);
          abandoned++;
          resolve();
        };
        timer = setTimeout(() => {
          const at = queue.indexOf(waiting);
          if (at >= 0) queue.splice(at, 1);
          res.off('close', gone);
          rejected++;
          unavailable(res, 'The server is busy; retry in a moment');
          req.resume();
          resolve();
        }, options.queueTimeoutMs);
        res.once('close', gone);
        queue.push(waiting);
      });
    },
    stats: () => ({ active, queued: queue.length, rejected, abandoned }),
  };
}
