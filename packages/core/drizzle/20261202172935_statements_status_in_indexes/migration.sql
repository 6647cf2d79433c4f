-- Each statement list index ends with `status`, so a reader's count (published statements of a speaker, a round,
-- an act, a channel, or all of them) is answered from the index alone. drizzle-kit's SQLite diff does not see a
-- change of an index's columns, so this migration is written by hand (the PostgreSQL one was generated).
DROP INDEX `statements_said_idx`;--> statement-breakpoint
CREATE INDEX `statements_said_idx` ON `statements` (`said_on`,`id`,`status`);--> statement-breakpoint
DROP INDEX `statements_speaker_idx`;--> statement-breakpoint
CREATE INDEX `statements_speaker_idx` ON `statements` (`speaker_id`,`said_on`,`id`,`status`);--> statement-breakpoint
DROP INDEX `statements_round_idx`;--> statement-breakpoint
CREATE INDEX `statements_round_idx` ON `statements` (`round_id`,`said_on`,`id`,`status`);--> statement-breakpoint
DROP INDEX `statements_act_idx`;--> statement-breakpoint
CREATE INDEX `statements_act_idx` ON `statements` (`act`,`said_on`,`id`,`status`);--> statement-breakpoint
DROP INDEX `statements_channel_idx`;--> statement-breakpoint
CREATE INDEX `statements_channel_idx` ON `statements` (`channel`,`said_on`,`id`,`status`);
