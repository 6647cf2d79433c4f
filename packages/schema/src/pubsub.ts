import { setMaxListeners } from 'node:events';
import { Repeater, type PubSub, type RepeaterBuffer } from 'graphql-yoga';

import type { ParleyTopics } from '@parley/core';

export type { ParleyTopics };

export type ParleyPubSub = PubSub<ParleyTopics> & {
  /** Ends every open subscription cleanly (each SSE stream gets its `complete`), e.g. on shutdown. */
  closeAll?(): void;
  /** Subscribers cut off so far for not reading their events. */
  readonly cutOff?: number;
  /** Counts a subscriber cut off elsewhere (the live hub, for a socket that stopped reading). */
  countCutOff?(topic: string): void;
};

export type ParleyEventTarget = {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
  dispatchEvent(event: Event): boolean;
};

export interface ParleyPubSubConfig {
  /** Where events travel (default: this process only). Redis and the cluster relay pass their own. */
  eventTarget?: ParleyEventTarget;
  /** Events one subscriber may have waiting before it is cut off (default 256). */
  maxQueuedEvents?: number;
  /** Called once for each subscriber cut off for falling behind. */
  onCutOff?: (topic: string) => void;
  /** Called with the events a cut-off subscriber's queue held (and the one that overflowed it). */
  onDropped?: (topic: string, events: number) => void;
}

/**
 * A queue that never blocks nor throws: when a subscriber lets `limit` events pile up (a client that
 * stopped reading its stream), its queue is dropped and the subscriber cut off. Yoga's own pubsub queues up
 * to 1,024 pushes per subscriber and then throws from inside publish, which took the whole process down.
 */
class CutOffBuffer<T> implements RepeaterBuffer<T> {
  private items: T[] = [];
  constructor(
    private readonly limit: number,
    private readonly overflow: (dropped: number) => void,
  ) {}
  get empty() {
    return this.items.length === 0;
  }
  get full() {
    return false;
  }
  add(value: T) {
    if (this.items.length >= this.limit) {
      const dropped = this.items.length + 1;
      this.items = [];
      this.overflow(dropped);
      return;
    }
    this.items.push(value);
  }
  remove(): T {
    if (this.items.length === 0) throw new Error('CutOffBuffer is empty');
    return this.items.shift()!;
  }
}

export function createParleyPubSub(config: ParleyPubSubConfig = {}): ParleyPubSub {
  let target = config.eventTarget;
  if (!target) {
    // Every open dashboard is a listener: thousands are normal here, not a leak worth a warning.
    const local = new EventTarget();
    setMaxListeners(0, local);
    target = local as ParleyEventTarget;
  }
  const eventTarget = target;
  const limit = Math.max(1, config.maxQueuedEvents ?? 256);
  const open = new Set<() => void>();
  let cutOff = 0;
  const pubsub: ParleyPubSub = {
    publish(topic, ...args) {
      // A failing listener or transport must never fail the write that already committed.
      try {
        eventTarget.dispatchEvent(new CustomEvent(topic, { detail: args[0] }));
      } catch {
        // delivery is best-effort; readers resume from Last-Event-ID
      }
    },
    subscribe: ((topic: string) => {
      let stopRepeater: () => void = () => {};
      let cut = false;
      const buffer = new CutOffBuffer<unknown>(limit, (dropped) => {
        cut = true;
        pubsub.countCutOff!(topic);
        config.onDropped?.(topic, dropped);
        queueMicrotask(stopRepeater);
      });
      return new Repeater((push, stop) => {
        const listener = (event: Event) => {
          if (!cut) void push((event as CustomEvent).detail).catch(() => {});
        };
        stopRepeater = () => stop();
        open.add(stopRepeater);
        eventTarget.addEventListener(topic, listener);
        void stop.then(() => {
          open.delete(stopRepeater);
          eventTarget.removeEventListener(topic, listener);
        });
      }, buffer);
    }) as ParleyPubSub['subscribe'],
    closeAll() {
      for (const stop of [...open]) stop();
    },
    get cutOff() {
      return cutOff;
    },
    countCutOff(topic) {
      cutOff++;
      config.onCutOff?.(topic);
    },
  };
  return pubsub;
}
