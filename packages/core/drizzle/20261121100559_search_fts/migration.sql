-- Full-text index over statement text, quote text and source title and body. Triggers keep it in sync inside
-- the writing transaction. Row ids are namespaced (id * 4 + kind) so each row maps to one index entry.
CREATE VIRTUAL TABLE `search_index` USING fts5(
	kind UNINDEXED,
	ref_id UNINDEXED,
	title,
	body,
	tokenize = 'porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `statements_search_ai` AFTER INSERT ON `statements` BEGIN
	INSERT INTO search_index(rowid, kind, ref_id, title, body) VALUES (new.id * 4 + 1, 'STATEMENT', new.id, '', new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `statements_search_au` AFTER UPDATE OF `text` ON `statements` BEGIN
	UPDATE search_index SET body = new.text WHERE rowid = new.id * 4 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_search_ad` AFTER DELETE ON `statements` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_search_ai` AFTER INSERT ON `quotes` BEGIN
	INSERT INTO search_index(rowid, kind, ref_id, title, body) VALUES (new.id * 4 + 2, 'QUOTE', new.id, '', new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_search_au` AFTER UPDATE OF `text` ON `quotes` BEGIN
	UPDATE search_index SET body = new.text WHERE rowid = new.id * 4 + 2;
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_search_ad` AFTER DELETE ON `quotes` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
END;
--> statement-breakpoint
CREATE TRIGGER `sources_search_ai` AFTER INSERT ON `sources` BEGIN
	INSERT INTO search_index(rowid, kind, ref_id, title, body) VALUES (new.id * 4 + 3, 'SOURCE', new.id, new.title, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `sources_search_au` AFTER UPDATE OF `title`, `body` ON `sources` BEGIN
	UPDATE search_index SET title = new.title, body = new.body WHERE rowid = new.id * 4 + 3;
END;
--> statement-breakpoint
CREATE TRIGGER `sources_search_ad` AFTER DELETE ON `sources` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
END;
