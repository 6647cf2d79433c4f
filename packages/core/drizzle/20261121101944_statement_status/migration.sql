ALTER TABLE `statements` ADD `status` text DEFAULT 'PUBLISHED' NOT NULL;--> statement-breakpoint
CREATE INDEX `statements_status_idx` ON `statements` (`status`,`created_at`);