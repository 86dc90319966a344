-- Notifications (docs/notifications.md). Channels: where messages go. `config` is JSON checked by
-- the shared schema ({"url"} or {"to": [...]}); `secret` signs a webhook's bodies.
CREATE TABLE notify_channels (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL,               -- webhook | slack | teams | email
  config      TEXT NOT NULL,
  secret      TEXT,
  enabled     INTEGER NOT NULL DEFAULT 1,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
) STRICT;

-- Which defects notify whom. `site_id` NULL: every site. `match`, `quiet_hours` and `levels` are
-- JSON checked by the shared schema.
CREATE TABLE notify_rules (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,
  site_id      TEXT REFERENCES sites(id),
  enabled      INTEGER NOT NULL DEFAULT 1,
  match        TEXT NOT NULL,
  quiet_hours  TEXT,
  levels       TEXT NOT NULL,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX notify_rules_by_site ON notify_rules(site_id);

-- One escalation per (defect, rule): the next level to notify and when. Its deadline is stored so
-- that a sweep after a restart finds every step that fell due meanwhile.
CREATE TABLE notify_escalations (
  defect_id   INTEGER NOT NULL REFERENCES defects(id),
  rule_id     INTEGER NOT NULL,
  site_id     TEXT NOT NULL,
  next_level  INTEGER NOT NULL,
  next_at     INTEGER,                     -- NULL once no step is left
  state       TEXT NOT NULL,               -- active | done | stopped
  reason      TEXT,
  created_at  INTEGER NOT NULL,
  PRIMARY KEY (defect_id, rule_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX notify_escalations_due ON notify_escalations(next_at) WHERE state = 'active';

-- Every message to send. `key` is unique per step and channel (the database refuses a second
-- delivery of one step) and is the webhook's idempotency key. `attempt_id` names the attempt in
-- flight: only that attempt may record its outcome.
CREATE TABLE notify_deliveries (
  id               INTEGER PRIMARY KEY,
  key              TEXT NOT NULL UNIQUE,
  purpose          TEXT NOT NULL,          -- step | test | report
  channel_id       INTEGER NOT NULL REFERENCES notify_channels(id),
  site_id          TEXT,
  defect_id        INTEGER,
  rule_id          INTEGER,
  level            INTEGER,
  summary          TEXT NOT NULL,
  message          TEXT NOT NULL,          -- JSON: what to say, rendered per channel at send time
  state            TEXT NOT NULL,          -- pending | sending | sent | failed | uncertain
  attempts         INTEGER NOT NULL DEFAULT 0,
  max_attempts     INTEGER,                -- NULL: until give_up_at
  next_attempt_at  INTEGER,
  give_up_at       INTEGER NOT NULL,
  attempt_id       TEXT,
  last_status      INTEGER,
  last_error       TEXT,
  created_at       INTEGER NOT NULL,
  sent_at          INTEGER
) STRICT;
CREATE INDEX notify_deliveries_due ON notify_deliveries(next_attempt_at) WHERE state = 'pending';
CREATE INDEX notify_deliveries_in_flight ON notify_deliveries(state) WHERE state = 'sending';
CREATE INDEX notify_deliveries_by_site ON notify_deliveries(site_id, id);
CREATE INDEX notify_deliveries_by_channel ON notify_deliveries(channel_id, id);

-- The delivery log: every attempt with its answer.
CREATE TABLE notify_attempts (
  seq          INTEGER PRIMARY KEY,
  delivery_id  INTEGER NOT NULL REFERENCES notify_deliveries(id),
  n            INTEGER NOT NULL,
  at           INTEGER NOT NULL,
  duration_ms  INTEGER NOT NULL,
  status       INTEGER,
  outcome      TEXT NOT NULL,              -- sent | retry | failed | interrupted
  error        TEXT
) STRICT;
CREATE INDEX notify_attempts_by_delivery ON notify_attempts(delivery_id, seq);

-- The daily bulb report's recipients. `sites` is a JSON array, NULL for every site.
-- `last_sent_for` is the local date of the last morning it was sent.
CREATE TABLE notify_reports (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL,
  sites          TEXT,
  hour           INTEGER NOT NULL,
  timezone       TEXT NOT NULL,
  channels       TEXT NOT NULL,
  enabled        INTEGER NOT NULL DEFAULT 1,
  last_sent_for  TEXT,
  created_at     INTEGER NOT NULL
) STRICT;

-- How far the notifier has looked at new defects. It starts at the newest defect at upgrade, so
-- that the history is not announced at once.
CREATE TABLE notify_state (
  name   TEXT PRIMARY KEY,
  value  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO notify_state (name, value) SELECT 'last_defect', coalesce(max(id), 0) FROM defects;

-- The daily report reads one site's defects by opening time.
CREATE INDEX defects_by_site_opened ON defects(site_id, opened_at);
