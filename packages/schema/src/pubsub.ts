import { createPubSub, type PubSub } from 'graphql-yoga';

/**
 * Topics carry ids, not rows: each subscriber re-reads the node through the same resolvers as queries,
 * so a payload never goes stale and works the same across processes (Redis event target).
 */
export type ParleyTopics = {
  statementAdded: [statementId: number];
  roundUpdated: [roundId: number];
};

export type ParleyPubSub = PubSub<ParleyTopics>;
export type ParleyPubSubConfig = Parameters<typeof createPubSub<ParleyTopics>>[0];

export function createParleyPubSub(config?: ParleyPubSubConfig): ParleyPubSub {
  return createPubSub<ParleyTopics>(config);
}
