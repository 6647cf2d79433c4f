-- A database that already holds a ledger gets its sync feed backfilled once from the existing rows, on the
-- next open (openDatabase clears the flag when done). A fresh database starts with an empty, exact feed.
INSERT INTO `sync_meta` (`key`, `value`) SELECT 'backfill', 'pending' WHERE EXISTS (SELECT 1 FROM `actors`) OR EXISTS (SELECT 1 FROM `sources`);
