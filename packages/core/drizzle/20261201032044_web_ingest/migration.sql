CREATE TABLE `feed_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`feed_id` integer NOT NULL,
	`url` text NOT NULL,
	`title` text,
	`outcome` text NOT NULL,
	`note` text,
	`source_id` integer,
	`seen_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT `fk_feed_items_feed_id_feeds_id_fk` FOREIGN KEY (`feed_id`) REFERENCES `feeds`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_feed_items_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `feeds` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`url` text NOT NULL UNIQUE,
	`title` text,
	`outlet` text NOT NULL,
	`outlet_id` integer,
	`interval_minutes` integer DEFAULT 30 NOT NULL,
	`status` text DEFAULT 'ACTIVE' NOT NULL,
	`etag` text,
	`last_modified` text,
	`last_polled_at` text,
	`last_success_at` text,
	`last_error` text,
	`failures` integer DEFAULT 0 NOT NULL,
	`next_poll_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT `fk_feeds_outlet_id_outlets_id_fk` FOREIGN KEY (`outlet_id`) REFERENCES `outlets`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `outlet_domains` (
	`domain` text PRIMARY KEY,
	`outlet_id` integer NOT NULL,
	CONSTRAINT `fk_outlet_domains_outlet_id_outlets_id_fk` FOREIGN KEY (`outlet_id`) REFERENCES `outlets`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `outlet_names` (
	`normalized` text PRIMARY KEY,
	`outlet_id` integer NOT NULL,
	`text` text NOT NULL,
	`credit` integer DEFAULT false NOT NULL,
	CONSTRAINT `fk_outlet_names_outlet_id_outlets_id_fk` FOREIGN KEY (`outlet_id`) REFERENCES `outlets`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `outlets` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`key` text NOT NULL UNIQUE,
	`name` text NOT NULL,
	`kind` text,
	`country` text,
	`owner_group` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `source_shingles` (
	`hash` integer NOT NULL,
	`source_id` integer NOT NULL,
	CONSTRAINT `source_shingles_pk` PRIMARY KEY(`hash`, `source_id`),
	CONSTRAINT `fk_source_shingles_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
ALTER TABLE `sources` ADD `outlet_id` integer REFERENCES outlets(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `copy_of_id` integer REFERENCES sources(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `wire_outlet_id` integer REFERENCES outlets(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `copy_evidence` text;--> statement-breakpoint
CREATE INDEX `sources_url_idx` ON `sources` (`url`);--> statement-breakpoint
CREATE INDEX `sources_outlet_record_idx` ON `sources` (`outlet_id`);--> statement-breakpoint
CREATE INDEX `sources_copy_of_idx` ON `sources` (`copy_of_id`);--> statement-breakpoint
CREATE INDEX `sources_wire_idx` ON `sources` (`wire_outlet_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `feed_items_feed_url_unique` ON `feed_items` (`feed_id`,`url`);--> statement-breakpoint
CREATE INDEX `feed_items_feed_seen_idx` ON `feed_items` (`feed_id`,`seen_at`,`id`);--> statement-breakpoint
CREATE INDEX `feed_items_url_idx` ON `feed_items` (`url`);--> statement-breakpoint
CREATE INDEX `feed_items_source_idx` ON `feed_items` (`source_id`);--> statement-breakpoint
CREATE INDEX `feeds_due_idx` ON `feeds` (`status`,`next_poll_at`);--> statement-breakpoint
CREATE INDEX `outlet_domains_outlet_idx` ON `outlet_domains` (`outlet_id`);--> statement-breakpoint
CREATE INDEX `outlet_names_outlet_idx` ON `outlet_names` (`outlet_id`);--> statement-breakpoint
CREATE INDEX `outlets_group_idx` ON `outlets` (`owner_group`);--> statement-breakpoint
CREATE INDEX `outlets_kind_idx` ON `outlets` (`kind`,`name`);--> statement-breakpoint
CREATE INDEX `source_shingles_source_idx` ON `source_shingles` (`source_id`);