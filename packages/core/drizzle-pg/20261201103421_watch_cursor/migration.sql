-- Watches start from the present, as SQLite's watches migration sets up: the cursor row exists from the start.
INSERT INTO watch_cursor (name, position) SELECT 'watches', coalesce(max(id), 0) FROM sync_log ON CONFLICT (name) DO NOTHING;
