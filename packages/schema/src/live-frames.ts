import type { ExecutionResult } from 'graphql';

/**
 * Where one subscriber's bytes go: a node:http ServerResponse as it is (the fast path), or a ReadableStream
 * behind a fetch Response (Yoga's fetch API, `createServer(yoga)`). Only what the live hub needs.
 */
export interface LiveSink {
  write(chunk: Uint8Array): unknown;
  end(chunk: Uint8Array): unknown;
  destroy(): unknown;
  /** Bytes accepted but not yet handed to the kernel: how far behind this reader is. */
  readonly writableLength: number;
}

const bytes = (text: string) => new TextEncoder().encode(text);

/** The comment that opens every stream and keeps idle ones alive through proxies. */
export const PING = bytes(':\n\n');
export const COMPLETE = bytes('event: complete\ndata:\n\n');

export const SSE_HEADERS = {
  'content-type': 'text/event-stream',
  connection: 'keep-alive',
  'cache-control': 'no-cache',
  'content-encoding': 'none',
};

/** One `next` event, serialized once and written as the same bytes to every subscriber that shares it. */
export interface Frame {
  id: number | null;
  bytes: Uint8Array;
}

export function nextFrame(id: number | null, result: ExecutionResult): Frame {
  const { data, errors, extensions } = result;
  const { http: _http, ...rest } = (extensions ?? {}) as Record<string, unknown>;
  const body = JSON.stringify({ data, errors, extensions: Object.keys(rest).length ? rest : undefined });
  return { id, bytes: bytes(`${id !== null ? `id: ${id}\n` : ''}event: next\ndata: ${body}\n\n`) };
}

/**
 * A sink over a ReadableStream, for transports that are not node:http. Its backlog is counted in bytes
 * enqueued and not yet pulled, like a socket's.
 */
export function streamSink(ReadableStreamImpl: typeof ReadableStream, onCancel: (sink: LiveSink) => void) {
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  let queued = 0;
  let open = true;
  const sink: LiveSink = {
    write(chunk) {
      if (!open || !controller) return;
      queued += chunk.byteLength;
      controller.enqueue(chunk);
    },
    end(chunk) {
      if (!open || !controller) return;
      if (chunk) controller.enqueue(chunk);
      open = false;
      controller.close();
    },
    destroy() {
      if (!open || !controller) return;
      open = false;
      controller.error(new Error('subscriber cut off'));
    },
    get writableLength() {
      return queued;
    },
  };
  const stream = new ReadableStreamImpl<Uint8Array>(
    {
      start(c) {
        controller = c;
        c.enqueue(PING);
      },
      pull() {
        // With no high-water mark, a pull means the reader has taken everything enqueued.
        queued = 0;
      },
      cancel() {
        open = false;
        onCancel(sink);
      },
    },
    { highWaterMark: 0 },
  );
  return { sink, stream };
}
