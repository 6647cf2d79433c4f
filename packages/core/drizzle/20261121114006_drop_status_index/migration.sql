-- A status-led index tempted the planner away from the said_on ordering indexes on young databases;
-- unpublished statements are few, and every list filters them while walking an ordering index.
DROP INDEX IF EXISTS `statements_status_idx`;