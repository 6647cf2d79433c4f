import { defineRelations, type ExtractTablesFromSchema, type RelationsBuilder } from 'drizzle-orm';
import * as tables from './schema.ts';

type Helpers = RelationsBuilder<ExtractTablesFromSchema<typeof tables>>;

/**
 * The relations between the tables, described once: PostgreSQL's twins of the tables carry the same JS names
 * (pg/schema.ts, held to it by the parity test), so pg/open.ts builds its relations from this same description.
 */
export const describeRelations = (r: Helpers) => ({
  actors: {
    parent: r.one.actors({ from: r.actors.parentId, to: r.actors.id, alias: 'parent' }),
    members: r.many.actors({ alias: 'parent' }),
    aliases: r.many.actorAliases(),
    roles: r.many.actorRoles({ alias: 'holder' }),
    statements: r.many.statements({ alias: 'speaker' }),
    addressedBy: r.many.statements({
      from: r.actors.id.through(r.statementTargets.actorId),
      to: r.statements.id.through(r.statementTargets.statementId),
      alias: 'targets',
    }),
    stances: r.many.claimStances(),
  },
  actorAliases: {
    actor: r.one.actors({ from: r.actorAliases.actorId, to: r.actors.id, optional: false }),
    source: r.one.sources({ from: r.actorAliases.sourceId, to: r.sources.id }),
  },
  actorRoles: {
    actor: r.one.actors({ from: r.actorRoles.actorId, to: r.actors.id, optional: false, alias: 'holder' }),
    organization: r.one.actors({ from: r.actorRoles.organizationId, to: r.actors.id }),
    source: r.one.sources({ from: r.actorRoles.sourceId, to: r.sources.id }),
  },
  sources: {
    quotes: r.many.quotes(),
    outletRecord: r.one.outlets({ from: r.sources.outletId, to: r.outlets.id, alias: 'outletRecord' }),
    wire: r.one.outlets({ from: r.sources.wireOutletId, to: r.outlets.id, alias: 'wire' }),
    copyOf: r.one.sources({ from: r.sources.copyOfId, to: r.sources.id, alias: 'copyOf' }),
    copies: r.many.sources({ alias: 'copyOf' }),
  },
  outlets: {
    names: r.many.outletNames(),
    domains: r.many.outletDomains(),
    sources: r.many.sources({ alias: 'outletRecord' }),
    wireCopies: r.many.sources({ alias: 'wire' }),
  },
  outletNames: {
    outlet: r.one.outlets({ from: r.outletNames.outletId, to: r.outlets.id, optional: false }),
  },
  outletDomains: {
    outlet: r.one.outlets({ from: r.outletDomains.outletId, to: r.outlets.id, optional: false }),
  },
  feeds: {
    items: r.many.feedItems(),
    outletRecord: r.one.outlets({ from: r.feeds.outletId, to: r.outlets.id }),
  },
  feedItems: {
    feed: r.one.feeds({ from: r.feedItems.feedId, to: r.feeds.id, optional: false }),
    source: r.one.sources({ from: r.feedItems.sourceId, to: r.sources.id }),
  },
  occasions: {
    speaker: r.one.actors({ from: r.occasions.speakerId, to: r.actors.id, optional: false }),
    statements: r.many.statements(),
  },
  statements: {
    occasion: r.one.occasions({ from: r.statements.occasionId, to: r.occasions.id, optional: false }),
    speaker: r.one.actors({ from: r.statements.speakerId, to: r.actors.id, optional: false, alias: 'speaker' }),
    round: r.one.negotiationRounds({ from: r.statements.roundId, to: r.negotiationRounds.id }),
    quotes: r.many.quotes(),
    targets: r.many.actors({ alias: 'targets' }),
    targetLinks: r.many.statementTargets(),
    topics: r.many.statementTopics(),
    stances: r.many.claimStances(),
  },
  statementTargets: {
    statement: r.one.statements({ from: r.statementTargets.statementId, to: r.statements.id, optional: false }),
    actor: r.one.actors({ from: r.statementTargets.actorId, to: r.actors.id, optional: false }),
  },
  statementTopics: {
    statement: r.one.statements({ from: r.statementTopics.statementId, to: r.statements.id, optional: false }),
  },
  quotes: {
    candidate: r.one.quoteCandidates({ from: r.quotes.id, to: r.quoteCandidates.quoteId }),
    statement: r.one.statements({ from: r.quotes.statementId, to: r.statements.id, optional: false }),
    source: r.one.sources({ from: r.quotes.sourceId, to: r.sources.id, optional: false }),
  },
  quoteCandidates: {
    quote: r.one.quotes({ from: r.quoteCandidates.quoteId, to: r.quotes.id, optional: false }),
  },
  negotiationProcesses: {
    rounds: r.many.negotiationRounds(),
    mediators: r.many.actors({
      from: r.negotiationProcesses.id.through(r.processMediators.processId),
      to: r.actors.id.through(r.processMediators.actorId),
    }),
  },
  negotiationRounds: {
    process: r.one.negotiationProcesses({
      from: r.negotiationRounds.processId,
      to: r.negotiationProcesses.id,
      optional: false,
    }),
    participants: r.many.roundParticipants(),
    updates: r.many.roundUpdates(),
    demands: r.many.demands(),
    statements: r.many.statements(),
  },
  roundParticipants: {
    round: r.one.negotiationRounds({
      from: r.roundParticipants.roundId,
      to: r.negotiationRounds.id,
      optional: false,
    }),
    actor: r.one.actors({ from: r.roundParticipants.actorId, to: r.actors.id, optional: false }),
  },
  roundUpdates: {
    round: r.one.negotiationRounds({ from: r.roundUpdates.roundId, to: r.negotiationRounds.id, optional: false }),
    source: r.one.sources({ from: r.roundUpdates.sourceId, to: r.sources.id }),
  },
  demands: {
    round: r.one.negotiationRounds({ from: r.demands.roundId, to: r.negotiationRounds.id, optional: false }),
    by: r.one.actors({ from: r.demands.byId, to: r.actors.id, optional: false, alias: 'demandsBy' }),
    to: r.one.actors({ from: r.demands.toId, to: r.actors.id, optional: false, alias: 'demandsTo' }),
    source: r.one.sources({ from: r.demands.sourceId, to: r.sources.id }),
  },
  events: {
    locations: r.many.eventLocations(),
    claims: r.many.claims(),
    source: r.one.sources({ from: r.events.sourceId, to: r.sources.id }),
  },
  eventLocations: {
    event: r.one.events({ from: r.eventLocations.eventId, to: r.events.id, optional: false }),
  },
  claims: {
    event: r.one.events({ from: r.claims.eventId, to: r.events.id }),
    stances: r.many.claimStances(),
    source: r.one.sources({ from: r.claims.sourceId, to: r.sources.id }),
  },
  claimStances: {
    claim: r.one.claims({ from: r.claimStances.claimId, to: r.claims.id, optional: false }),
    actor: r.one.actors({ from: r.claimStances.actorId, to: r.actors.id, optional: false }),
    statement: r.one.statements({ from: r.claimStances.statementId, to: r.statements.id }),
    source: r.one.sources({ from: r.claimStances.sourceId, to: r.sources.id }),
  },
  discrepancies: {
    versions: r.many.discrepancyVersions(),
  },
  discrepancyVersions: {
    discrepancy: r.one.discrepancies({
      from: r.discrepancyVersions.discrepancyId,
      to: r.discrepancies.id,
      optional: false,
    }),
    source: r.one.sources({ from: r.discrepancyVersions.sourceId, to: r.sources.id, optional: false }),
  },
  changes: {
    token: r.one.apiTokens({ from: r.changes.tokenId, to: r.apiTokens.id }),
  },
  watches: {
    alerts: r.many.alerts(),
  },
  alerts: {
    watch: r.one.watches({ from: r.alerts.watchId, to: r.watches.id, optional: false }),
    deliveries: r.many.deliveries(),
  },
  deliveries: {
    alert: r.one.alerts({ from: r.deliveries.alertId, to: r.alerts.id, optional: false }),
    attemptLog: r.many.deliveryAttempts(),
  },
  deliveryAttempts: {
    delivery: r.one.deliveries({ from: r.deliveryAttempts.deliveryId, to: r.deliveries.id, optional: false }),
  },
});

export const relations = defineRelations(tables, (r) => describeRelations(r));
