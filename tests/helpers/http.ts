import { type IncomingMessage, request, type Server } from 'node:http';
import { createHttpServer, listen, loadConfig } from '@parley/api';
import type { TestApp } from './app.ts';

export interface Running {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** The app behind the real node:http server, on a random free port. */
export async function serve(app: TestApp, bodyLimitBytes = loadConfig({}).bodyLimitBytes): Promise<Running> {
  const server = createHttpServer(app, { bodyLimitBytes });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Opens a GraphQL-over-SSE subscription (distinct connection mode) and yields each `next` payload as it
 * arrives, exactly as a browser's EventSource would receive it.
 */
export async function sseSubscribe(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  if (!response.ok || !response.body) throw new Error(`subscription failed: ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const queue: any[] = [];
  const waiters: ((value: any) => void)[] = [];
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = block
            .split('\n')
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).trim())
            .join('\n');
          if (event === 'next' || (!event && data)) {
            const payload = JSON.parse(data);
            const waiter = waiters.shift();
            if (waiter) waiter(payload);
            else queue.push(payload);
          }
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    next(timeoutMs = 5000): Promise<any> {
      if (queue.length) return Promise.resolve(queue.shift());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no event within timeout')), timeoutMs);
        waiters.push((value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
    },
    close: () => controller.abort(),
  };
}

/** An SSE subscriber that reads the response headers and then never reads again: its socket fills up. */
export function stalledSubscriber(url: string, query: string): Promise<IncomingMessage> {
  const body = JSON.stringify({ query });
  const target = new URL(`${url}/graphql`);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.pause();
        resolve(res);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A GraphQL POST whose body arrives only when `finish` is called: it holds its overload-limiter slot until then. */
export function heldPost(url: string, body: string) {
  let finish!: () => void;
  const answered = new Promise<number>((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        resolve(res.statusCode!);
      },
    );
    req.on('error', reject);
    req.write(body.slice(0, 5));
    finish = () => req.end(body.slice(5));
  });
  return { answered, finish: () => finish() };
}
