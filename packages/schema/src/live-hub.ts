import { createSourceEventStream, getOperationAST, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLError } from 'graphql';
import type { ParleyContext } from './context.ts';
import { eventIdOf, isLiveTopic, type LiveTopic } from './live-events.ts';
import { COMPLETE, nextFrame, PING, type Frame, type LiveSink } from './live-frames.ts';

/** One SSE subscriber between its handshake (through Yoga) and the moment its socket joins a group. */
export interface LiveTicket {
  hub: LiveHub;
  /** The subscriber's own execution arguments; its context is dropped once it has joined. */
  args: ExecutionArgs;
  /** Its own source stream, when it resumes after a Last-Event-ID: the events it missed, then done. */
  replay: AsyncIterator<unknown> | null;
}

export interface LiveHubOptions {
  /** Runs one event's execution; answers may be shared by key (see shared-subscriptions.ts). */
  execute: (args: ExecutionArgs) => ExecutionResult | Promise<ExecutionResult>;
  /** Yoga's error masking, applied to each event as Yoga would have. */
  maskError?: (error: GraphQLError) => GraphQLError;
  /** A subscriber further behind than this (bytes its socket has not taken) is cut off. Default 1 MiB. */
  maxBufferedBytes?: number;
  /** Comment lines keep idle streams open through proxies; one timer for all of them. Default 12 s. */
  heartbeatMs?: number;
  /** Told of each subscriber cut off for falling behind. */
  onCutOff?: (topic: string) => void;
  /** Told how many subscribers each event was written to (replayed events included). */
  onDelivered?: (topic: string, events: number) => void;
  /** Told of each event a subscriber was cut off at instead of receiving it on its stream. */
  onDropped?: (topic: string, events: number) => void;
}

const isIterable = (value: unknown): value is AsyncIterable<unknown> => typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

/** The subscription's root field: its topic when it is one of the live topics with event ids. */
export function rootFieldOf(args: ExecutionArgs): string {
  const operation = getOperationAST(args.document, args.operationName);
  const first = operation?.selectionSet.selections[0];
  return first?.kind === 'Field' ? first.name.value : '';
}

/** Only what resolvers read: the Yoga context (request, params, server objects) is not kept alive. */
function liveContext(ctx: ParleyContext): ParleyContext {
  return { db: ctx.db, pubsub: ctx.pubsub, viewer: ctx.viewer, idempotency: null, outbound: ctx.outbound };
}

/**
 * Subscribers of one (document, operation, variables, viewer): one source stream, one filter check, one
 * execution and one serialization per event, written as the same bytes to every member's socket.
 */
class LiveGroup {
  readonly members = new Set<LiveSink>();
  /** Members still replaying what they missed; live frames wait here for them, in order. */
  readonly replaying = new Map<LiveSink, Frame[]>();
  readonly ready: Promise<void>;
  closed = false;
  private iterator: AsyncIterator<unknown> | null = null;
  private readonly topic: LiveTopic | null;

  constructor(
    private readonly hub: LiveHub,
    private readonly args: ExecutionArgs,
    readonly rootField: string,
    private readonly forget: () => void,
  ) {
    this.topic = isLiveTopic(rootField) ? rootField : null;
    this.ready = Promise.resolve(createSourceEventStream(args)).then(
      (stream) => {
        if (!isIterable(stream)) {
          // The same arguments passed each subscriber's own handshake: not expected, but end cleanly.
          if (stream.errors?.length) this.broadcast(this.hub.frame(null, stream));
          return this.finish();
        }
        this.iterator = stream[Symbol.asyncIterator]();
        // The first next() is what attaches the listener: every member joins after it.
        const first = this.iterator.next();
        void this.run(first);
      },
      () => this.finish(),
    );
  }

  frameFor(args: ExecutionArgs, payload: unknown): Frame | Promise<Frame> {
    const id = this.topic && typeof payload === 'number' ? eventIdOf((args.contextValue as ParleyContext).db, this.topic, payload) : null;
    // A fresh context object per event: nothing a resolver caches on it outlives the event.
    const result = this.hub.execute({ ...args, contextValue: { ...(args.contextValue as object) }, rootValue: payload });
    if (id instanceof Promise) return Promise.all([id, result]).then(([eventId, r]) => this.hub.frame(eventId, r));
    return result instanceof Promise ? result.then((r) => this.hub.frame(id, r)) : this.hub.frame(id, result);
  }

  private async run(first: Promise<IteratorResult<unknown>>) {
    let pending = first;
    for (;;) {
      let step: IteratorResult<unknown>;
      try {
        step = await pending;
      } catch {
        break;
      }
      if (step.done || this.closed) break;
      try {
        this.broadcast(await this.frameFor(this.args, step.value));
      } catch {
        // An event that could not be read (the database briefly unreachable) is skipped, not fatal: the group
        // lives on, and a reader that resumes with its Last-Event-ID gets it from the change log.
      }
      pending = this.iterator!.next();
    }
    this.finish();
  }

  private broadcast(frame: Frame) {
    const limit = this.hub.maxBufferedBytes;
    let written = 0;
    for (const sink of this.members) {
      if (this.replaying.size > 0 && this.replaying.has(sink)) {
        this.replaying.get(sink)!.push(frame);
        continue;
      }
      sink.write(frame.bytes);
      if (sink.writableLength > limit) this.cut(sink);
      else written++;
    }
    if (written > 0) this.hub.onDelivered?.(this.rootField, written);
  }

  /**
   * A reader that stopped reading must not hold the others or grow without bound: it is told and dropped.
   * The event that overflowed its backlog counts as dropped: the reader gets it only by resuming with
   * Last-Event-ID (unless it wakes within the few seconds before its socket is destroyed).
   */
  private cut(sink: LiveSink) {
    this.remove(sink);
    this.hub.onCutOff?.(this.rootField);
    this.hub.onDropped?.(this.rootField, 1);
    sink.end(COMPLETE);
    setTimeout(() => sink.destroy(), 5000).unref();
  }

  async join(sink: LiveSink, replay: AsyncIterator<unknown> | null, own: ExecutionArgs) {
    this.members.add(sink);
    if (!replay) return;
    this.replaying.set(sink, []);
    let upTo = 0;
    try {
      // Live events are already being heard (ready) before the change log is read for the replay.
      await this.ready;
      for (;;) {
        const step = await replay.next();
        if (step.done || !this.members.has(sink)) break;
        const frame = await this.frameFor(own, step.value);
        if (frame.id !== null) upTo = Math.max(upTo, frame.id);
        sink.write(frame.bytes);
        this.hub.onDelivered?.(this.rootField, 1);
      }
    } catch {
      // a failed replay leaves the reader on live events, as a fresh subscriber
    }
    const waiting = this.replaying.get(sink) ?? [];
    this.replaying.delete(sink);
    if (!this.members.has(sink)) return;
    let caughtUp = 0;
    for (const frame of waiting) {
      if (frame.id !== null && frame.id <= upTo) continue;
      sink.write(frame.bytes);
      caughtUp++;
    }
    if (sink.writableLength > this.hub.maxBufferedBytes) {
      caughtUp = Math.max(0, caughtUp - 1);
      this.cut(sink);
    }
    if (caughtUp > 0) this.hub.onDelivered?.(this.rootField, caughtUp);
  }

  remove(sink: LiveSink) {
    this.members.delete(sink);
    this.replaying.delete(sink);
    if (this.members.size === 0 && !this.closed) {
      this.closed = true;
      this.forget();
      void this.iterator?.return?.();
    }
  }

  heartbeat() {
    for (const sink of this.members) if (sink.writableLength === 0) sink.write(PING);
  }

  /** The source ended (shutdown, or the pubsub cut the group off): every member gets `complete`. */
  private finish() {
    if (!this.closed) {
      this.closed = true;
      this.forget();
    }
    for (const sink of this.members) sink.end(COMPLETE);
    this.members.clear();
    this.replaying.clear();
  }
}

/** Built apart so the closure a socket keeps holds the group and the sink, not the subscriber's handshake. */
const leaving = (group: LiveGroup, sink: LiveSink) => () => group.remove(sink);

export class LiveHub {
  readonly maxBufferedBytes: number;
  readonly onCutOff?: (topic: string) => void;
  readonly onDelivered?: (topic: string, events: number) => void;
  readonly onDropped?: (topic: string, events: number) => void;
  private readonly groups = new Map<DocumentNode, Map<string, LiveGroup>>();
  private readonly all = new Set<LiveGroup>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: LiveHubOptions) {
    this.maxBufferedBytes = options.maxBufferedBytes ?? 1 << 20;
    this.onCutOff = options.onCutOff;
    this.onDelivered = options.onDelivered;
    this.onDropped = options.onDropped;
  }

  execute(args: ExecutionArgs) {
    return this.options.execute(args);
  }

  frame(id: number | null, result: ExecutionResult): Frame {
    const mask = this.options.maskError;
    return nextFrame(id, mask && result.errors ? { ...result, errors: result.errors.map(mask) } : result);
  }

  /** Subscribers currently served, for diagnostics and tests. */
  get size(): number {
    let n = 0;
    for (const group of this.all) n += group.members.size;
    return n;
  }

  /** Adds a subscriber's sink to its group (creating it on first use); returns how to take it out again. */
  attach(ticket: LiveTicket, sink: LiveSink): () => void {
    const { args } = ticket;
    const ctx = args.contextValue as ParleyContext;
    const key = `${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}|${ctx.viewer ? `${ctx.viewer.tokenId}:${ctx.viewer.role}` : '-'}`;
    const group = this.groupFor(args, key);
    void group.join(sink, ticket.replay, args);
    return leaving(group, sink);
  }

  private groupFor(args: ExecutionArgs, key: string): LiveGroup {
    const document = args.document;
    let byKey = this.groups.get(document);
    if (!byKey) this.groups.set(document, (byKey = new Map()));
    const existing = byKey.get(key);
    if (existing && !existing.closed) return existing;
    const siblings = byKey;
    const group: LiveGroup = new LiveGroup(this, { ...args, contextValue: liveContext(args.contextValue as ParleyContext) }, rootFieldOf(args), () => {
      if (siblings.get(key) === group) siblings.delete(key);
      if (siblings.size === 0 && this.groups.get(document) === siblings) this.groups.delete(document);
      this.all.delete(group);
      if (this.all.size === 0) this.stopHeartbeat();
    });
    byKey.set(key, group);
    this.all.add(group);
    this.startHeartbeat();
    return group;
  }

  private startHeartbeat() {
    if (this.timer) return;
    this.timer = setInterval(() => {
      for (const group of this.all) group.heartbeat();
    }, this.options.heartbeatMs ?? 12_000);
    this.timer.unref();
  }

  private stopHeartbeat() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
