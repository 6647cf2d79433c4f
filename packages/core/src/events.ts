/**
 * Topics carry ids, not rows: each subscriber re-reads the node through the same resolvers as queries,
 * so a payload never goes stale and works the same across processes.
 */
export type ParleyTopics = {
  statementAdded: [statementId: number];
  roundUpdated: [roundId: number];
  /** A statement left the public record (its confirmation was undone, or it was retracted). */
  statementWithdrawn: [statementId: number];
  /** A watch fired; token holders hear of it (alertRaised). */
  alertRaised: [alertId: number];
  /** The review queue changed for this source: an article arrived with quotes to review, or one was settled. */
  reviewQueueChanged: [sourceId: number];
  /** A feed was added, resumed or removed: a poller in this process looks at once instead of at its next tick. */
  feedChanged: [feedId: number];
};

/** Anything that can hear committed writes: Yoga's pubsub fits, so does a plain test recorder. */
export interface EventSink {
  publish<K extends keyof ParleyTopics>(topic: K, ...args: ParleyTopics[K]): void;
}
