-- Full-text search, PostgreSQL's counterpart of SQLite's FTS5 table (drizzle/*search*): one search_index row per
-- searchable record, with the same columns (kind, ref_id, title, body) and the same row id, id * 8 + kind slot
-- (STATEMENT 1, QUOTE 2, SOURCE 3, ROUND 4, EVENT 5, CLAIM 6, ACTOR 7), so windows and cursors work as on SQLite.
-- The tsvector is a generated column; triggers keep the rows in step inside the writing transaction.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- unaccent() is only STABLE (it looks its dictionary up through search_path); naming the dictionary fixes the
-- result, so this wrapper may be IMMUTABLE and used in a generated column and in index expressions.
CREATE OR REPLACE FUNCTION parley_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
--> statement-breakpoint
-- English stemming and no stop words, as SQLite's porter tokenizer: FTS5 drops no word, so "the talks in Doha" and
-- "Pakistan's" (pakistan s) must keep every word here too, or the two engines would match different records.
CREATE TEXT SEARCH DICTIONARY parley_english_stem (TEMPLATE = snowball, Language = english);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION parley_english (COPY = english);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION parley_english
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH parley_english_stem;
--> statement-breakpoint
-- Words as SQLite's unicode61 tokenizer sees them: any character that is not a letter or a digit separates (al-Ansari,
-- U.S.), one space for one character, so offsets into the folded text still fall on the printed text's letters.
CREATE OR REPLACE FUNCTION parley_words(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT regexp_replace(parley_unaccent($1), '[^[:alnum:]]', ' ', 'g') $$;
--> statement-breakpoint
-- English stemming with diacritics removed, as SQLite's 'porter unicode61 remove_diacritics 2'. Titles weigh A
-- and bodies B, so a ranking can give titles four times a body's weight (ts_rank weights '{0,0,1,4}'), as bm25() does.
CREATE TABLE search_index (
  rowid bigint PRIMARY KEY,
  kind text NOT NULL,
  ref_id integer NOT NULL,
  title text NOT NULL DEFAULT '',
  body text NOT NULL DEFAULT '',
  document tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('parley_english'::regconfig, parley_words(title)), 'A') ||
    setweight(to_tsvector('parley_english'::regconfig, parley_words(body)), 'B')
  ) STORED
);
--> statement-breakpoint
CREATE INDEX search_index_document_idx ON search_index USING gin (document);
--> statement-breakpoint
-- Fuzzy and partial matches on short titles (actor names, round and source titles: "Khwaja" finds "Khawaja").
CREATE INDEX search_index_title_trgm_idx ON search_index USING gin (parley_unaccent(lower(title)) gin_trgm_ops);
--> statement-breakpoint
-- The actors list's name filter is `normalized LIKE '%…%'`: only a trigram index can serve a leading wildcard.
CREATE INDEX actor_aliases_normalized_trgm_idx ON actor_aliases USING gin (normalized gin_trgm_ops);
--> statement-breakpoint
-- One trigger function for every searchable table; the kind comes as the trigger's argument. The title and body
-- of each kind are those SQLite's triggers index.
CREATE OR REPLACE FUNCTION search_index_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_kind text := TG_ARGV[0];
  v_slot int := array_position(ARRAY['STATEMENT', 'QUOTE', 'SOURCE', 'ROUND', 'EVENT', 'CLAIM', 'ACTOR'], TG_ARGV[0]);
  v_title text;
  v_body text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM search_index WHERE rowid = OLD.id::bigint * 8 + v_slot;
    RETURN NULL;
  END IF;
  CASE v_kind
    WHEN 'STATEMENT', 'QUOTE', 'CLAIM' THEN v_title := ''; v_body := NEW.text;
    WHEN 'SOURCE' THEN v_title := NEW.title; v_body := NEW.body;
    WHEN 'ROUND' THEN
      v_title := NEW.title;
      v_body := coalesce(NEW.venue_city, '') || ' ' || coalesce(NEW.venue_country, '') || ' ' || NEW.status || ' ' || coalesce(NEW.outcome, '');
    WHEN 'EVENT' THEN v_title := NEW.type; v_body := NEW.summary;
    WHEN 'ACTOR' THEN v_title := NEW.name; v_body := coalesce(NEW.description, '');
  END CASE;
  INSERT INTO search_index (rowid, kind, ref_id, title, body) VALUES (NEW.id::bigint * 8 + v_slot, v_kind, NEW.id, v_title, v_body)
    ON CONFLICT (rowid) DO UPDATE SET title = excluded.title, body = excluded.body;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER statements_search AFTER INSERT OR DELETE OR UPDATE OF text ON statements
  FOR EACH ROW EXECUTE FUNCTION search_index_sync('STATEMENT');
--> statement-breakpoint
CREATE TRIGGER quotes_search AFTER INSERT OR DELETE OR UPDATE OF text ON quotes
  FOR EACH ROW EXECUTE FUNCTION search_index_sync('QUOTE');
--> statement-breakpoint
CREATE TRIGGER sources_search AFTER INSERT OR DELETE OR UPDATE OF title, body ON sources
  FOR EACH ROW EXECUTE FUNCTION search_index_sync('SOURCE');
--> statement-breakpoint
CREATE TRIGGER negotiation_rounds_search AFTER INSERT OR DELETE OR UPDATE OF title, venue_city, venue_country, status, outcome ON negotiation_rounds
  FOR EACH ROW EXECUTE FUNCTION search_index_sync('ROUND');
--> statement-breakpoint
CREATE TRIGGER events_search AFTER INSERT OR DELETE OR UPDATE OF type, summary ON events
  FOR EACH ROW EXECUTE FUNCTION search_index_sync('EVENT');
--> statement-breakpoint
CREATE TRIGGER claims_search AFTER INSERT OR DELETE OR UPDATE OF text ON claims
  FOR EACH ROW EXECUTE FUNCTION search_index_sync('CLAIM');
--> statement-breakpoint
CREATE TRIGGER actors_search AFTER INSERT OR DELETE OR UPDATE OF name, description ON actors
  FOR EACH ROW EXECUTE FUNCTION search_index_sync('ACTOR');
