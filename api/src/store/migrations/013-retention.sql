-- What the events said, per UTC day, kept after the raw events are deleted (retention): how many
-- messages of each kind each site's devices sent, by fault (or result) and by who sent them.
-- `detail` is the fault of a health fault, a report or a resolve, the result of a check-in, the
-- state of a status, and '' for a health "ok".
CREATE TABLE event_days (
  day      INTEGER NOT NULL,               -- UTC day number: at / 86400000
  site_id  TEXT NOT NULL,
  kind     TEXT NOT NULL,
  detail   TEXT NOT NULL,
  source   TEXT NOT NULL,                  -- sensor | staff | customer | system
  n        INTEGER NOT NULL,
  PRIMARY KEY (day, site_id, kind, detail, source)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_days_by_site ON event_days(site_id, day);

-- A health "ok" on an asset with nothing open changes nothing but the device's liveness: it is
-- kept as its idempotency key and arrival alone (a repeated id is still stored once, and every
-- acknowledged message is still accounted for here and in event_days), not as a full event row.
CREATE TABLE heartbeats (
  seq          INTEGER PRIMARY KEY,
  device_id    TEXT NOT NULL,
  event_id     TEXT NOT NULL,
  received_at  INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX heartbeats_by_device_event ON heartbeats(device_id, event_id);

-- Retention deletes finished deliveries by age; the partial index keeps the unfinished out of it.
CREATE INDEX notify_deliveries_finished ON notify_deliveries(created_at) WHERE state IN ('sent', 'failed', 'uncertain');
