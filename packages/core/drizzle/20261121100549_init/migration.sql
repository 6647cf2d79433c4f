CREATE TABLE `actor_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`actor_id` integer NOT NULL,
	`text` text NOT NULL,
	`kind` text DEFAULT 'NAME' NOT NULL,
	`normalized` text NOT NULL UNIQUE,
	`phonetic` text NOT NULL,
	`source_id` integer,
	CONSTRAINT `fk_actor_aliases_actor_id_actors_id_fk` FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_actor_aliases_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `actor_roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`actor_id` integer NOT NULL,
	`title` text NOT NULL,
	`organization_id` integer,
	`from_on` text,
	`to_on` text,
	`source_id` integer,
	CONSTRAINT `fk_actor_roles_actor_id_actors_id_fk` FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_actor_roles_organization_id_actors_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `actors`(`id`),
	CONSTRAINT `fk_actor_roles_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `actors` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`slug` text NOT NULL UNIQUE,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`country` text,
	`description` text,
	`parent_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT `fk_actors_parent_id_actors_id_fk` FOREIGN KEY (`parent_id`) REFERENCES `actors`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`token_hash` text NOT NULL UNIQUE,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`revoked_at` text
);
--> statement-breakpoint
CREATE TABLE `changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`token_id` integer,
	`who` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	CONSTRAINT `fk_changes_token_id_api_tokens_id_fk` FOREIGN KEY (`token_id`) REFERENCES `api_tokens`(`id`)
);
--> statement-breakpoint
CREATE TABLE `claim_stances` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`claim_id` integer NOT NULL,
	`actor_id` integer NOT NULL,
	`stance` text NOT NULL,
	`statement_id` integer,
	`source_id` integer,
	`killed` integer,
	`civilians` integer,
	`children` integer,
	CONSTRAINT `fk_claim_stances_claim_id_claims_id_fk` FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_claim_stances_actor_id_actors_id_fk` FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`),
	CONSTRAINT `fk_claim_stances_statement_id_statements_id_fk` FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON DELETE SET NULL,
	CONSTRAINT `fk_claim_stances_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`key` text UNIQUE,
	`text` text NOT NULL,
	`event_id` integer,
	`killed` integer,
	`civilians` integer,
	`children` integer,
	`source_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT `fk_claims_event_id_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON DELETE SET NULL,
	CONSTRAINT `fk_claims_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `demands` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`key` text UNIQUE,
	`round_id` integer NOT NULL,
	`by_id` integer NOT NULL,
	`to_id` integer NOT NULL,
	`text` text NOT NULL,
	`status` text DEFAULT 'TABLED' NOT NULL,
	`note` text,
	`source_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT `fk_demands_round_id_negotiation_rounds_id_fk` FOREIGN KEY (`round_id`) REFERENCES `negotiation_rounds`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_demands_by_id_actors_id_fk` FOREIGN KEY (`by_id`) REFERENCES `actors`(`id`),
	CONSTRAINT `fk_demands_to_id_actors_id_fk` FOREIGN KEY (`to_id`) REFERENCES `actors`(`id`),
	CONSTRAINT `fk_demands_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `discrepancies` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`key` text UNIQUE,
	`subject` text NOT NULL,
	`field` text NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE TABLE `discrepancy_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`discrepancy_id` integer NOT NULL,
	`value` text NOT NULL,
	`source_id` integer NOT NULL,
	`quote` text,
	CONSTRAINT `fk_discrepancy_versions_discrepancy_id_discrepancies_id_fk` FOREIGN KEY (`discrepancy_id`) REFERENCES `discrepancies`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_discrepancy_versions_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `event_locations` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`event_id` integer NOT NULL,
	`place` text,
	`province` text,
	`country` text NOT NULL,
	CONSTRAINT `fk_event_locations_event_id_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`key` text UNIQUE,
	`type` text NOT NULL,
	`occurred_on` text NOT NULL,
	`date_precision` text NOT NULL,
	`summary` text NOT NULL,
	`source_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT `fk_events_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `negotiation_processes` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`key` text UNIQUE,
	`name` text NOT NULL,
	`description` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `negotiation_rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`key` text UNIQUE,
	`process_id` integer NOT NULL,
	`sequence` integer NOT NULL,
	`title` text NOT NULL,
	`venue_city` text,
	`venue_country` text,
	`started_on` text,
	`ended_on` text,
	`status` text DEFAULT 'SCHEDULED' NOT NULL,
	`outcome` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT `fk_negotiation_rounds_process_id_negotiation_processes_id_fk` FOREIGN KEY (`process_id`) REFERENCES `negotiation_processes`(`id`)
);
--> statement-breakpoint
CREATE TABLE `occasions` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`key` text UNIQUE,
	`speaker_id` integer NOT NULL,
	`said_on` text NOT NULL,
	`date_precision` text NOT NULL,
	`channel` text NOT NULL,
	`venue` text,
	`url` text,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT `fk_occasions_speaker_id_actors_id_fk` FOREIGN KEY (`speaker_id`) REFERENCES `actors`(`id`)
);
--> statement-breakpoint
CREATE TABLE `process_mediators` (
	`process_id` integer NOT NULL,
	`actor_id` integer NOT NULL,
	CONSTRAINT `process_mediators_pk` PRIMARY KEY(`process_id`, `actor_id`),
	CONSTRAINT `fk_process_mediators_process_id_negotiation_processes_id_fk` FOREIGN KEY (`process_id`) REFERENCES `negotiation_processes`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_process_mediators_actor_id_actors_id_fk` FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `quotes` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`statement_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`text` text NOT NULL,
	`kind` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`link` text DEFAULT 'CONFIRMED' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT `fk_quotes_statement_id_statements_id_fk` FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_quotes_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`),
	CONSTRAINT "quotes_span_check" CHECK("start" >= 0 and "end" > "start")
);
--> statement-breakpoint
CREATE TABLE `round_participants` (
	`round_id` integer NOT NULL,
	`actor_id` integer NOT NULL,
	`role` text NOT NULL,
	CONSTRAINT `round_participants_pk` PRIMARY KEY(`round_id`, `actor_id`, `role`),
	CONSTRAINT `fk_round_participants_round_id_negotiation_rounds_id_fk` FOREIGN KEY (`round_id`) REFERENCES `negotiation_rounds`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_round_participants_actor_id_actors_id_fk` FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `round_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`round_id` integer NOT NULL,
	`at` text NOT NULL,
	`at_precision` text DEFAULT 'DAY' NOT NULL,
	`status` text NOT NULL,
	`note` text NOT NULL,
	`source_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT `fk_round_updates_round_id_negotiation_rounds_id_fk` FOREIGN KEY (`round_id`) REFERENCES `negotiation_rounds`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_round_updates_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`key` text UNIQUE,
	`title` text NOT NULL,
	`outlet` text NOT NULL,
	`kind` text NOT NULL,
	`url` text,
	`published_on` text,
	`published_precision` text DEFAULT 'DAY' NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`body` text NOT NULL,
	`content_hash` text NOT NULL UNIQUE,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `statement_targets` (
	`statement_id` integer NOT NULL,
	`actor_id` integer NOT NULL,
	CONSTRAINT `statement_targets_pk` PRIMARY KEY(`statement_id`, `actor_id`),
	CONSTRAINT `fk_statement_targets_statement_id_statements_id_fk` FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_statement_targets_actor_id_actors_id_fk` FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `statement_topics` (
	`statement_id` integer NOT NULL,
	`topic` text NOT NULL,
	CONSTRAINT `statement_topics_pk` PRIMARY KEY(`statement_id`, `topic`),
	CONSTRAINT `fk_statement_topics_statement_id_statements_id_fk` FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`key` text UNIQUE,
	`occasion_id` integer NOT NULL,
	`speaker_id` integer NOT NULL,
	`said_on` text NOT NULL,
	`channel` text NOT NULL,
	`text` text NOT NULL,
	`act` text NOT NULL,
	`intensity` real NOT NULL,
	`conditional` integer DEFAULT false NOT NULL,
	`round_id` integer,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT `fk_statements_occasion_id_occasions_id_fk` FOREIGN KEY (`occasion_id`) REFERENCES `occasions`(`id`),
	CONSTRAINT `fk_statements_speaker_id_actors_id_fk` FOREIGN KEY (`speaker_id`) REFERENCES `actors`(`id`),
	CONSTRAINT `fk_statements_round_id_negotiation_rounds_id_fk` FOREIGN KEY (`round_id`) REFERENCES `negotiation_rounds`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE INDEX `actor_aliases_actor_idx` ON `actor_aliases` (`actor_id`);--> statement-breakpoint
CREATE INDEX `actor_aliases_phonetic_idx` ON `actor_aliases` (`phonetic`);--> statement-breakpoint
CREATE INDEX `actor_roles_actor_idx` ON `actor_roles` (`actor_id`);--> statement-breakpoint
CREATE INDEX `actor_roles_org_idx` ON `actor_roles` (`organization_id`);--> statement-breakpoint
CREATE INDEX `actors_kind_idx` ON `actors` (`kind`,`name`);--> statement-breakpoint
CREATE INDEX `actors_country_idx` ON `actors` (`country`,`name`);--> statement-breakpoint
CREATE INDEX `actors_parent_idx` ON `actors` (`parent_id`);--> statement-breakpoint
CREATE INDEX `actors_name_idx` ON `actors` (`name`);--> statement-breakpoint
CREATE INDEX `changes_entity_idx` ON `changes` (`entity`,`entity_id`,`id`);--> statement-breakpoint
CREATE INDEX `changes_at_idx` ON `changes` (`at`,`id`);--> statement-breakpoint
CREATE INDEX `claim_stances_claim_idx` ON `claim_stances` (`claim_id`,`id`);--> statement-breakpoint
CREATE INDEX `claim_stances_actor_idx` ON `claim_stances` (`actor_id`);--> statement-breakpoint
CREATE INDEX `claim_stances_statement_idx` ON `claim_stances` (`statement_id`);--> statement-breakpoint
CREATE INDEX `claims_event_idx` ON `claims` (`event_id`);--> statement-breakpoint
CREATE INDEX `demands_round_idx` ON `demands` (`round_id`,`id`);--> statement-breakpoint
CREATE INDEX `demands_by_idx` ON `demands` (`by_id`);--> statement-breakpoint
CREATE INDEX `demands_to_idx` ON `demands` (`to_id`);--> statement-breakpoint
CREATE INDEX `discrepancy_versions_discrepancy_idx` ON `discrepancy_versions` (`discrepancy_id`);--> statement-breakpoint
CREATE INDEX `event_locations_event_idx` ON `event_locations` (`event_id`);--> statement-breakpoint
CREATE INDEX `event_locations_province_idx` ON `event_locations` (`province`);--> statement-breakpoint
CREATE INDEX `events_occurred_idx` ON `events` (`occurred_on`,`id`);--> statement-breakpoint
CREATE INDEX `events_type_idx` ON `events` (`type`,`occurred_on`);--> statement-breakpoint
CREATE INDEX `rounds_process_idx` ON `negotiation_rounds` (`process_id`,`sequence`);--> statement-breakpoint
CREATE INDEX `rounds_status_idx` ON `negotiation_rounds` (`status`);--> statement-breakpoint
CREATE INDEX `rounds_started_idx` ON `negotiation_rounds` (`started_on`,`id`);--> statement-breakpoint
CREATE INDEX `occasions_speaker_idx` ON `occasions` (`speaker_id`,`said_on`);--> statement-breakpoint
CREATE INDEX `occasions_said_idx` ON `occasions` (`said_on`);--> statement-breakpoint
CREATE INDEX `process_mediators_actor_idx` ON `process_mediators` (`actor_id`);--> statement-breakpoint
CREATE INDEX `quotes_statement_idx` ON `quotes` (`statement_id`,`id`);--> statement-breakpoint
CREATE INDEX `quotes_source_idx` ON `quotes` (`source_id`,`start`);--> statement-breakpoint
CREATE UNIQUE INDEX `quotes_span_unique` ON `quotes` (`statement_id`,`source_id`,`start`,`end`);--> statement-breakpoint
CREATE INDEX `round_participants_actor_idx` ON `round_participants` (`actor_id`,`role`);--> statement-breakpoint
CREATE INDEX `round_updates_round_idx` ON `round_updates` (`round_id`,`at`,`id`);--> statement-breakpoint
CREATE INDEX `sources_published_idx` ON `sources` (`published_on`,`id`);--> statement-breakpoint
CREATE INDEX `sources_outlet_idx` ON `sources` (`outlet`);--> statement-breakpoint
CREATE INDEX `statement_targets_actor_idx` ON `statement_targets` (`actor_id`);--> statement-breakpoint
CREATE INDEX `statement_topics_topic_idx` ON `statement_topics` (`topic`);--> statement-breakpoint
CREATE INDEX `statements_said_idx` ON `statements` (`said_on`,`id`);--> statement-breakpoint
CREATE INDEX `statements_speaker_idx` ON `statements` (`speaker_id`,`said_on`,`id`);--> statement-breakpoint
CREATE INDEX `statements_round_idx` ON `statements` (`round_id`,`said_on`,`id`);--> statement-breakpoint
CREATE INDEX `statements_act_idx` ON `statements` (`act`,`said_on`,`id`);--> statement-breakpoint
CREATE INDEX `statements_channel_idx` ON `statements` (`channel`,`said_on`,`id`);--> statement-breakpoint
CREATE INDEX `statements_occasion_idx` ON `statements` (`occasion_id`);--> statement-breakpoint
CREATE INDEX `statements_created_idx` ON `statements` (`created_at`,`id`);