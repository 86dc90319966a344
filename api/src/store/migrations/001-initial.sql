-- The registry: what exists, as provisioned through PUT /api/fleet.
CREATE TABLE sites (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  address     TEXT,
  timezone    TEXT NOT NULL DEFAULT 'UTC',
  hours       TEXT NOT NULL DEFAULT '{}',   -- JSON: { "mon-fri": "06:00-23:00", ... }
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE zones (
  site_id  TEXT NOT NULL REFERENCES sites(id),
  id       TEXT NOT NULL,
  name     TEXT NOT NULL,
  PRIMARY KEY (site_id, id)
) STRICT, WITHOUT ROWID;

-- Asset ids are unique within a site. `unplaced` marks assets first met in an event.
CREATE TABLE assets (
  site_id           TEXT NOT NULL,
  id                TEXT NOT NULL,
  zone_id           TEXT NOT NULL,
  name              TEXT NOT NULL,
  category          TEXT NOT NULL,
  customer_visible  INTEGER NOT NULL DEFAULT 0,
  unplaced          INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (site_id, id),
  FOREIGN KEY (site_id, zone_id) REFERENCES zones(site_id, id)
) STRICT, WITHOUT ROWID;

CREATE TABLE checkpoints (
  site_id           TEXT NOT NULL,
  id                TEXT NOT NULL,
  zone_id           TEXT NOT NULL,
  name              TEXT NOT NULL,
  interval_minutes  INTEGER NOT NULL,
  PRIMARY KEY (site_id, id),
  FOREIGN KEY (site_id, zone_id) REFERENCES zones(site_id, id)
) STRICT, WITHOUT ROWID;

CREATE TABLE checkpoint_assets (
  site_id        TEXT NOT NULL,
  checkpoint_id  TEXT NOT NULL,
  asset_id       TEXT NOT NULL,
  PRIMARY KEY (site_id, checkpoint_id, asset_id)
) STRICT, WITHOUT ROWID;

-- Device ids are global: they are MQTT usernames. A revoked device keeps its row and history.
CREATE TABLE devices (
  id                TEXT PRIMARY KEY,
  site_id           TEXT NOT NULL REFERENCES sites(id),
  kind              TEXT NOT NULL,          -- sensor | button
  name              TEXT,
  interval_seconds  INTEGER NOT NULL,
  secret_hash       TEXT,                   -- NULL once revoked
  revoked_at        INTEGER,
  online            INTEGER NOT NULL DEFAULT 0,
  last_seen_at      INTEGER,
  battery           REAL,
  events            INTEGER NOT NULL DEFAULT 0,
  rejected          INTEGER NOT NULL DEFAULT 0,
  created_at        INTEGER NOT NULL
) STRICT;
CREATE INDEX devices_by_site ON devices(site_id);

-- The immutable event log. `event_id` is the device's idempotency key; status messages have none.
CREATE TABLE events (
  seq          INTEGER PRIMARY KEY,
  device_id    TEXT NOT NULL,
  event_id     TEXT,
  site_id      TEXT NOT NULL,
  kind         TEXT NOT NULL,
  asset_id     TEXT,
  at           INTEGER NOT NULL,            -- when it happened (trusted ts, else received_at)
  received_at  INTEGER NOT NULL,
  payload      TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX events_by_device_event ON events(device_id, event_id);

-- Payloads that failed validation, kept (capped) so that nothing sent is silently lost.
CREATE TABLE rejected_events (
  seq           INTEGER PRIMARY KEY,
  device_id     TEXT,
  site_id       TEXT,
  topic         TEXT NOT NULL,
  reason        TEXT NOT NULL,
  message       TEXT NOT NULL,
  payload       BLOB NOT NULL,
  payload_size  INTEGER NOT NULL,
  received_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX rejected_by_device ON rejected_events(device_id, seq);

CREATE TABLE defects (
  id                INTEGER PRIMARY KEY,
  site_id           TEXT NOT NULL,
  zone_id           TEXT NOT NULL,
  asset_id          TEXT NOT NULL,
  fault             TEXT NOT NULL,
  category          TEXT NOT NULL,
  severity          TEXT NOT NULL,
  status            TEXT NOT NULL,
  source            TEXT NOT NULL,
  reports           INTEGER NOT NULL,
  reporters         TEXT NOT NULL,          -- JSON array
  first_seen_at     INTEGER NOT NULL,
  last_seen_at      INTEGER NOT NULL,
  opened_at         INTEGER NOT NULL,
  due_at            INTEGER NOT NULL,
  acknowledged_at   INTEGER,
  acknowledged_by   TEXT,
  resolved_at       INTEGER,
  resolved_by       TEXT
) STRICT;
-- The brief's invariant, kept by the database too: one unresolved defect per (site, asset, fault).
CREATE UNIQUE INDEX defects_one_unresolved ON defects(site_id, asset_id, fault) WHERE status <> 'resolved';
-- Site boards and the overview read only unresolved defects.
CREATE INDEX defects_unresolved_by_site ON defects(site_id, severity, due_at, opened_at) WHERE status <> 'resolved';
CREATE INDEX defects_by_site ON defects(site_id, id);
CREATE INDEX defects_by_status ON defects(status, id);

-- Every report and state change of a defect, in order.
CREATE TABLE defect_timeline (
  seq        INTEGER PRIMARY KEY,
  defect_id  INTEGER NOT NULL REFERENCES defects(id),
  at         INTEGER NOT NULL,
  type       TEXT NOT NULL,                 -- opened | report | acknowledged | resolved
  actor      TEXT NOT NULL,
  source     TEXT,
  event_seq  INTEGER,
  note       TEXT
) STRICT;
CREATE INDEX timeline_by_defect ON defect_timeline(defect_id, seq);

CREATE TABLE inspections (
  seq            INTEGER PRIMARY KEY,
  site_id        TEXT NOT NULL,
  checkpoint_id  TEXT NOT NULL,
  device_id      TEXT NOT NULL,
  staff          TEXT,
  result         TEXT NOT NULL,
  at             INTEGER NOT NULL,
  event_seq      INTEGER NOT NULL
) STRICT;
CREATE INDEX inspections_by_checkpoint ON inspections(site_id, checkpoint_id, at);

-- API bearer tokens: only a SHA-256 of each (they are 256-bit random, so no slow hash is needed).
CREATE TABLE api_tokens (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  role        TEXT NOT NULL,                -- viewer | staff | admin
  token_hash  TEXT NOT NULL UNIQUE,
  created_at  INTEGER NOT NULL,
  revoked_at  INTEGER
) STRICT;
