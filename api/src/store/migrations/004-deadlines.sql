-- Deadlines kept with what they are about, so that after a restart or a clock jump every overdue
-- checkpoint is found by one query. `due_at` is NULL until the next provisioning or check-in
-- computes it from the site's opening hours; the watchdog fills in those it finds missing.
ALTER TABLE checkpoints ADD COLUMN due_at INTEGER;
CREATE INDEX checkpoints_by_due ON checkpoints(due_at);
-- Whether a check-in came before its checkpoint was due: inspection compliance.
ALTER TABLE inspections ADD COLUMN on_time INTEGER NOT NULL DEFAULT 1;
