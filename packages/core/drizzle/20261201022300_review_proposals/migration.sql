ALTER TABLE `quote_candidates` ADD `act` text;--> statement-breakpoint
ALTER TABLE `quote_candidates` ADD `act_confidence` real;--> statement-breakpoint
ALTER TABLE `quote_candidates` ADD `speaker_kind` text;--> statement-breakpoint
ALTER TABLE `quote_candidates` ADD `problem` text;