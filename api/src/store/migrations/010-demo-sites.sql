-- The demo chain is marked, so that one admin action removes it and its history, and nothing else.
ALTER TABLE sites ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;
-- Set when a site's removal starts: from then on it is gone for every reader, while its rows are
-- deleted in small batches behind.
ALTER TABLE sites ADD COLUMN removing_since INTEGER;

-- Facts about the installation itself, by name (JSON values).
CREATE TABLE system_state (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
