CREATE TABLE `sync_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`global_id` text NOT NULL,
	`kind` text NOT NULL,
	`data` text,
	`reason` text
);
--> statement-breakpoint
CREATE TABLE `sync_meta` (
	`key` text PRIMARY KEY,
	`value` text
);
--> statement-breakpoint
CREATE TABLE `sync_state` (
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`hash` text NOT NULL,
	CONSTRAINT `sync_state_pk` PRIMARY KEY(`entity`, `entity_id`)
);
--> statement-breakpoint
CREATE TABLE `tombstones` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`global_id` text NOT NULL,
	`who` text NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`reason` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `actors` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `actors` ADD `retracted_by` text;--> statement-breakpoint
ALTER TABLE `actors` ADD `retraction_reason` text;--> statement-breakpoint
ALTER TABLE `claim_stances` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `claim_stances` ADD `retracted_by` text;--> statement-breakpoint
ALTER TABLE `claim_stances` ADD `retraction_reason` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `retracted_by` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `retraction_reason` text;--> statement-breakpoint
ALTER TABLE `demands` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `demands` ADD `retracted_by` text;--> statement-breakpoint
ALTER TABLE `demands` ADD `retraction_reason` text;--> statement-breakpoint
ALTER TABLE `discrepancies` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `discrepancies` ADD `retracted_by` text;--> statement-breakpoint
ALTER TABLE `discrepancies` ADD `retraction_reason` text;--> statement-breakpoint
ALTER TABLE `events` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `events` ADD `retracted_by` text;--> statement-breakpoint
ALTER TABLE `events` ADD `retraction_reason` text;--> statement-breakpoint
ALTER TABLE `negotiation_rounds` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `negotiation_rounds` ADD `retracted_by` text;--> statement-breakpoint
ALTER TABLE `negotiation_rounds` ADD `retraction_reason` text;--> statement-breakpoint
ALTER TABLE `occasions` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `occasions` ADD `retracted_by` text;--> statement-breakpoint
ALTER TABLE `occasions` ADD `retraction_reason` text;--> statement-breakpoint
ALTER TABLE `quotes` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `quotes` ADD `retracted_by` text;--> statement-breakpoint
ALTER TABLE `quotes` ADD `retraction_reason` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `retracted_by` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `retraction_reason` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `retracted_by` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `retraction_reason` text;--> statement-breakpoint
CREATE INDEX `sync_log_entity_idx` ON `sync_log` (`entity`,`id`);--> statement-breakpoint
CREATE INDEX `sync_log_record_idx` ON `sync_log` (`entity`,`entity_id`,`id`);--> statement-breakpoint
CREATE INDEX `tombstones_entity_idx` ON `tombstones` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `tombstones_global_idx` ON `tombstones` (`global_id`);