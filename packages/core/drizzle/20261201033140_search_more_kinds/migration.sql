-- The full-text index now covers rounds, events, claims and actors too. Row ids become id * 8 + kind (one
-- namespace per kind, as before with * 4), so the index is rebuilt from the tables and every trigger
-- re-created; the triggers keep the simple INSERT … VALUES form the bench's bulk loader replays.
DROP TRIGGER IF EXISTS `statements_search_ai`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `statements_search_au`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `statements_search_ad`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `quotes_search_ai`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `quotes_search_au`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `quotes_search_ad`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `sources_search_ai`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `sources_search_au`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `sources_search_ad`;
--> statement-breakpoint
DELETE FROM `search_index`;
--> statement-breakpoint
INSERT INTO search_index(rowid, kind, ref_id, title, body) SELECT id * 8 + 1, 'STATEMENT', id, '', text FROM `statements`;
--> statement-breakpoint
CREATE TRIGGER `statements_search_ai` AFTER INSERT ON `statements` BEGIN
	INSERT INTO search_index(rowid, kind, ref_id, title, body) VALUES (new.id * 8 + 1, 'STATEMENT', new.id, '', new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `statements_search_au` AFTER UPDATE OF `text` ON `statements` BEGIN
	UPDATE search_index SET title = '', body = new.text WHERE rowid = new.id * 8 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_search_ad` AFTER DELETE ON `statements` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, kind, ref_id, title, body) SELECT id * 8 + 2, 'QUOTE', id, '', text FROM `quotes`;
--> statement-breakpoint
CREATE TRIGGER `quotes_search_ai` AFTER INSERT ON `quotes` BEGIN
	INSERT INTO search_index(rowid, kind, ref_id, title, body) VALUES (new.id * 8 + 2, 'QUOTE', new.id, '', new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_search_au` AFTER UPDATE OF `text` ON `quotes` BEGIN
	UPDATE search_index SET title = '', body = new.text WHERE rowid = new.id * 8 + 2;
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_search_ad` AFTER DELETE ON `quotes` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, kind, ref_id, title, body) SELECT id * 8 + 3, 'SOURCE', id, title, body FROM `sources`;
--> statement-breakpoint
CREATE TRIGGER `sources_search_ai` AFTER INSERT ON `sources` BEGIN
	INSERT INTO search_index(rowid, kind, ref_id, title, body) VALUES (new.id * 8 + 3, 'SOURCE', new.id, new.title, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `sources_search_au` AFTER UPDATE OF `title`, `body` ON `sources` BEGIN
	UPDATE search_index SET title = new.title, body = new.body WHERE rowid = new.id * 8 + 3;
END;
--> statement-breakpoint
CREATE TRIGGER `sources_search_ad` AFTER DELETE ON `sources` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, kind, ref_id, title, body) SELECT id * 8 + 4, 'ROUND', id, title, coalesce(venue_city, '') || ' ' || coalesce(venue_country, '') || ' ' || status || ' ' || coalesce(outcome, '') FROM `negotiation_rounds`;
--> statement-breakpoint
CREATE TRIGGER `negotiation_rounds_search_ai` AFTER INSERT ON `negotiation_rounds` BEGIN
	INSERT INTO search_index(rowid, kind, ref_id, title, body) VALUES (new.id * 8 + 4, 'ROUND', new.id, new.title, coalesce(new.venue_city, '') || ' ' || coalesce(new.venue_country, '') || ' ' || new.status || ' ' || coalesce(new.outcome, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `negotiation_rounds_search_au` AFTER UPDATE OF `title`, `venue_city`, `venue_country`, `status`, `outcome` ON `negotiation_rounds` BEGIN
	UPDATE search_index SET title = new.title, body = coalesce(new.venue_city, '') || ' ' || coalesce(new.venue_country, '') || ' ' || new.status || ' ' || coalesce(new.outcome, '') WHERE rowid = new.id * 8 + 4;
END;
--> statement-breakpoint
CREATE TRIGGER `negotiation_rounds_search_ad` AFTER DELETE ON `negotiation_rounds` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, kind, ref_id, title, body) SELECT id * 8 + 5, 'EVENT', id, type, summary FROM `events`;
--> statement-breakpoint
CREATE TRIGGER `events_search_ai` AFTER INSERT ON `events` BEGIN
	INSERT INTO search_index(rowid, kind, ref_id, title, body) VALUES (new.id * 8 + 5, 'EVENT', new.id, new.type, new.summary);
END;
--> statement-breakpoint
CREATE TRIGGER `events_search_au` AFTER UPDATE OF `type`, `summary` ON `events` BEGIN
	UPDATE search_index SET title = new.type, body = new.summary WHERE rowid = new.id * 8 + 5;
END;
--> statement-breakpoint
CREATE TRIGGER `events_search_ad` AFTER DELETE ON `events` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, kind, ref_id, title, body) SELECT id * 8 + 6, 'CLAIM', id, '', text FROM `claims`;
--> statement-breakpoint
CREATE TRIGGER `claims_search_ai` AFTER INSERT ON `claims` BEGIN
	INSERT INTO search_index(rowid, kind, ref_id, title, body) VALUES (new.id * 8 + 6, 'CLAIM', new.id, '', new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_search_au` AFTER UPDATE OF `text` ON `claims` BEGIN
	UPDATE search_index SET title = '', body = new.text WHERE rowid = new.id * 8 + 6;
END;
--> statement-breakpoint
CREATE TRIGGER `claims_search_ad` AFTER DELETE ON `claims` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, kind, ref_id, title, body) SELECT id * 8 + 7, 'ACTOR', id, name, coalesce(description, '') FROM `actors`;
--> statement-breakpoint
CREATE TRIGGER `actors_search_ai` AFTER INSERT ON `actors` BEGIN
	INSERT INTO search_index(rowid, kind, ref_id, title, body) VALUES (new.id * 8 + 7, 'ACTOR', new.id, new.name, coalesce(new.description, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `actors_search_au` AFTER UPDATE OF `name`, `description` ON `actors` BEGIN
	UPDATE search_index SET title = new.name, body = coalesce(new.description, '') WHERE rowid = new.id * 8 + 7;
END;
--> statement-breakpoint
CREATE TRIGGER `actors_search_ad` AFTER DELETE ON `actors` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 8 + 7;
END;
