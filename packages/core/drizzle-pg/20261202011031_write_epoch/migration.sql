-- The write epoch the response cache compares (src/db/epoch.ts): one row, moved inside the writing transaction by
-- every statement that writes a table of this database, so a reader sees how many writes have committed here and
-- nowhere else. SQLite's counterpart is its own data_version pragma. A sequence would not do: nextval() is seen
-- before the write commits, and an answer read in between would be cached under the new value.
CREATE TABLE write_epoch (id smallint PRIMARY KEY CHECK (id = 1), n bigint NOT NULL);
--> statement-breakpoint
INSERT INTO write_epoch (id, n) VALUES (1, 0);
--> statement-breakpoint
-- Once per transaction: moving the row for every statement would stack a row version per statement (a bulk copy
-- writes one search_index row per statement through triggers). The flag is transaction-local, so it is gone at
-- commit or rollback, and a savepoint rolled back takes both the flag and the move with it.
CREATE FUNCTION parley_write_epoch_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('parley.write_epoch_moved', true) IS DISTINCT FROM 'yes' THEN
    UPDATE write_epoch SET n = n + 1 WHERE id = 1;
    PERFORM set_config('parley.write_epoch_moved', 'yes', true);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Statement-level, on every table but search_index (written only by other tables' triggers, which already move it).
-- A table added by a later migration needs its own trigger (tests/postgres/response-cache.test.ts checks them all).
DO $$
DECLARE t record;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN ('write_epoch', 'search_index') LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION parley_write_epoch_bump()',
      t.tablename || '_write_epoch', t.tablename);
  END LOOP;
END $$;
