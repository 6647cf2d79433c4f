import { builder } from '../builder.ts';
import * as E from '@parley/core';

export const ActorKind = builder.enumType('ActorKind', { values: E.ACTOR_KINDS });
export const ActorStatus = builder.enumType('ActorStatus', { values: E.ACTOR_STATUSES });
export const AliasKind = builder.enumType('AliasKind', { values: E.ALIAS_KINDS });
export const SourceKind = builder.enumType('SourceKind', { values: E.SOURCE_KINDS });
export const DatePrecision = builder.enumType('DatePrecision', { values: E.DATE_PRECISIONS });
export const OutletKind = builder.enumType('OutletKind', { values: E.OUTLET_KINDS });
export const FeedStatus = builder.enumType('FeedStatus', { values: E.FEED_STATUSES });
export const FeedItemOutcome = builder.enumType('FeedItemOutcome', { values: E.FEED_ITEM_OUTCOMES });
export const Channel = builder.enumType('Channel', { values: E.CHANNELS });
export const Act = builder.enumType('Act', {
  values: E.ACTS,
  description: 'PLOVER act. Each maps to one intensity on the −10…+10 conflict–cooperation scale (see actIntensity).',
});
export const QuoteKind = builder.enumType('QuoteKind', { values: E.QUOTE_KINDS });
export const QuoteLink = builder.enumType('QuoteLink', { values: E.QUOTE_LINKS });
export const StatementStatus = builder.enumType('StatementStatus', { values: E.STATEMENT_STATUSES });
export const RoundStatus = builder.enumType('RoundStatus', { values: E.ROUND_STATUSES });
export const RoundOutcome = builder.enumType('RoundOutcome', { values: E.ROUND_OUTCOMES });
export const ParticipantRole = builder.enumType('ParticipantRole', { values: E.PARTICIPANT_ROLES });
export const DemandStatus = builder.enumType('DemandStatus', { values: E.DEMAND_STATUSES });
export const EventType = builder.enumType('EventType', { values: E.EVENT_TYPES });
export const Stance = builder.enumType('Stance', { values: E.STANCES });
export const TokenRole = builder.enumType('TokenRole', { values: E.TOKEN_ROLES });
export const Side = builder.enumType('Side', {
  values: E.SIDES,
  description: "A speaker's side: its country, through its parent body where it has none; mediators; others.",
});
export const OrderDirection = builder.enumType('OrderDirection', { values: ['ASC', 'DESC'] as const });
