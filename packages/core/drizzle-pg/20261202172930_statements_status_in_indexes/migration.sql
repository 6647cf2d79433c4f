DROP INDEX "statements_said_idx";--> statement-breakpoint
CREATE INDEX "statements_said_idx" ON "statements" ("said_on","id","status");--> statement-breakpoint
DROP INDEX "statements_speaker_idx";--> statement-breakpoint
CREATE INDEX "statements_speaker_idx" ON "statements" ("speaker_id","said_on","id","status");--> statement-breakpoint
DROP INDEX "statements_round_idx";--> statement-breakpoint
CREATE INDEX "statements_round_idx" ON "statements" ("round_id","said_on","id","status");--> statement-breakpoint
DROP INDEX "statements_act_idx";--> statement-breakpoint
CREATE INDEX "statements_act_idx" ON "statements" ("act","said_on","id","status");--> statement-breakpoint
DROP INDEX "statements_channel_idx";--> statement-breakpoint
CREATE INDEX "statements_channel_idx" ON "statements" ("channel","said_on","id","status");