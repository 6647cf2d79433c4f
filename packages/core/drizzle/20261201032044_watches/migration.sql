CREATE TABLE `alerts` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`watch_id` integer NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`trigger_key` text NOT NULL,
	`summary` text NOT NULL,
	`evidence` text NOT NULL,
	`acknowledged_at` text,
	`acknowledged_by` text,
	CONSTRAINT `fk_alerts_watch_id_watches_id_fk` FOREIGN KEY (`watch_id`) REFERENCES `watches`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`alert_id` integer NOT NULL,
	`url` text NOT NULL,
	`status` text DEFAULT 'PENDING' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`locked_until` text,
	`last_error` text,
	`delivered_at` text,
	CONSTRAINT `fk_deliveries_alert_id_alerts_id_fk` FOREIGN KEY (`alert_id`) REFERENCES `alerts`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `delivery_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`delivery_id` integer NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`http_status` integer,
	`error` text,
	`duration_ms` integer NOT NULL,
	CONSTRAINT `fk_delivery_attempts_delivery_id_deliveries_id_fk` FOREIGN KEY (`delivery_id`) REFERENCES `deliveries`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `watch_cursor` (
	`name` text PRIMARY KEY,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `watches` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`rule` text NOT NULL,
	`webhook_url` text,
	`secret` text NOT NULL,
	`status` text DEFAULT 'ACTIVE' NOT NULL,
	`created_by` text NOT NULL,
	`token_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT `fk_watches_token_id_api_tokens_id_fk` FOREIGN KEY (`token_id`) REFERENCES `api_tokens`(`id`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alerts_trigger_unique` ON `alerts` (`watch_id`,`trigger_key`);--> statement-breakpoint
CREATE INDEX `alerts_watch_idx` ON `alerts` (`watch_id`,`id`);--> statement-breakpoint
CREATE INDEX `alerts_open_idx` ON `alerts` (`acknowledged_at`,`id`);--> statement-breakpoint
CREATE INDEX `deliveries_due_idx` ON `deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `deliveries_alert_idx` ON `deliveries` (`alert_id`);--> statement-breakpoint
CREATE INDEX `delivery_attempts_delivery_idx` ON `delivery_attempts` (`delivery_id`,`id`);--> statement-breakpoint
CREATE INDEX `watches_status_idx` ON `watches` (`status`,`kind`);--> statement-breakpoint
-- Watches start from the present: what was written before them is not news.
INSERT INTO `watch_cursor` (`name`, `position`) SELECT 'watches', coalesce(max(`id`), 0) FROM `sync_log`;
