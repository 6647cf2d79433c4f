CREATE TABLE `quote_candidates` (
	`quote_id` integer PRIMARY KEY,
	`speaker_text` text,
	`speaker_start` integer,
	`speaker_end` integer,
	`speaker_name` text,
	`resolution` text,
	`verb` text,
	`confidence` real NOT NULL,
	`similarity` real,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT `fk_quote_candidates_quote_id_quotes_id_fk` FOREIGN KEY (`quote_id`) REFERENCES `quotes`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
ALTER TABLE `actors` ADD `status` text DEFAULT 'ACTIVE' NOT NULL;--> statement-breakpoint
CREATE INDEX `actors_status_idx` ON `actors` (`status`,`name`);