-- When each checkpoint was last checked, kept with the checkpoint so that boards need not search
-- the inspection log. Filled from the log for checkpoints checked before this migration.
ALTER TABLE checkpoints ADD COLUMN last_checked_at INTEGER;
UPDATE checkpoints SET last_checked_at = (
  SELECT max(at) FROM inspections i WHERE i.site_id = checkpoints.site_id AND i.checkpoint_id = checkpoints.id
);
