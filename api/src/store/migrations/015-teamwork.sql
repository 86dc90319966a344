-- Working on defects as a team (issue 20): who a defect is assigned to, on hold, what fixed it,
-- whether it repeats an earlier one; people's contact details; rules that assign; in-app notices.
ALTER TABLE users ADD COLUMN email TEXT;
ALTER TABLE users ADD COLUMN phone TEXT;

-- One user (by id: a renamed user keeps their work) or a role's team at the defect's site.
-- Added columns name users and defects without a REFERENCES clause: users are never deleted
-- (only disabled), and site removal unlinks defects before deleting them (site-removal-store).
ALTER TABLE defects ADD COLUMN assignee_user INTEGER;
ALTER TABLE defects ADD COLUMN assignee_team TEXT;          -- staff | manager
ALTER TABLE defects ADD COLUMN assigned_at INTEGER;
ALTER TABLE defects ADD COLUMN assigned_by TEXT;
ALTER TABLE defects ADD COLUMN hold_reason TEXT;
ALTER TABLE defects ADD COLUMN hold_since INTEGER;
ALTER TABLE defects ADD COLUMN hold_by TEXT;
ALTER TABLE defects ADD COLUMN cause TEXT;
ALTER TABLE defects ADD COLUMN resolved_from TEXT;          -- the status an undo goes back to
ALTER TABLE defects ADD COLUMN recurrence_of INTEGER;
ALTER TABLE defects ADD COLUMN reopens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE defects ADD COLUMN comments INTEGER NOT NULL DEFAULT 0;
-- My work: what is assigned to a user, or to a team at a site, while unresolved.
CREATE INDEX defects_unresolved_by_user ON defects(assignee_user, due_at) WHERE status <> 'resolved' AND assignee_user IS NOT NULL;
CREATE INDEX defects_unresolved_by_team ON defects(site_id, assignee_team, due_at) WHERE status <> 'resolved' AND assignee_team IS NOT NULL;
-- The last resolved defect of a fault on an asset: is a new one a fix that did not hold?
CREATE INDEX defects_resolved_by_asset ON defects(site_id, asset_id, fault, resolved_at) WHERE status = 'resolved';

CREATE TABLE assignment_rules (
  id             INTEGER PRIMARY KEY,
  site_id        TEXT NOT NULL,
  zone_id        TEXT,
  categories     TEXT NOT NULL,              -- JSON array; empty matches every category
  faults         TEXT NOT NULL,              -- JSON array; empty matches every fault
  assignee_user  INTEGER REFERENCES users(id),
  assignee_team  TEXT,
  created_at     INTEGER NOT NULL,
  created_by     TEXT NOT NULL,
  CHECK ((assignee_user IS NULL) <> (assignee_team IS NULL))
) STRICT;

-- A user's in-app notices: assigned to them (or their team), escalated to them.
CREATE TABLE user_notices (
  id         INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(id),
  kind       TEXT NOT NULL,                  -- assigned | escalated
  defect_id  INTEGER NOT NULL REFERENCES defects(id),
  at         INTEGER NOT NULL,
  by         TEXT NOT NULL,
  read_at    INTEGER,
  -- An e-mail to the user about it: NULL until sent (or until there is nothing to send).
  mailed_at  INTEGER
) STRICT;
CREATE INDEX user_notices_by_user ON user_notices(user_id, id);
CREATE INDEX user_notices_by_defect ON user_notices(defect_id);
CREATE INDEX user_notices_to_mail ON user_notices(id) WHERE mailed_at IS NULL;
