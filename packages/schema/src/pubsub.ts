import { setMaxListeners } from 'node:events';
import { createPubSub, type PubSub } from 'graphql-yoga';

import type { ParleyTopics } from '@parley/core';

export type { ParleyTopics };

export type ParleyPubSub = PubSub<ParleyTopics>;
export type ParleyPubSubConfig = Parameters<typeof createPubSub<ParleyTopics>>[0];

export function createParleyPubSub(config?: ParleyPubSubConfig): ParleyPubSub {
  if (config?.eventTarget) return createPubSub<ParleyTopics>(config);
  // Every open dashboard is a listener: thousands are normal here, not a leak worth a warning.
  const eventTarget = new EventTarget();
  setMaxListeners(0, eventTarget);
  return createPubSub<ParleyTopics>({ ...config, eventTarget: eventTarget as NonNullable<ParleyPubSubConfig>['eventTarget'] });
}
