-- Evidence from every source on one defect (issue 20, docs/api.md#evidence).

-- Who reported a defect and how: a JSON array of [channel, reporter, firstAt, lastAt, reports],
-- one per source, kept with the defect (read with it, no join on the hot path; at most 20).
ALTER TABLE defects ADD COLUMN evidence TEXT NOT NULL DEFAULT '[]';
-- The round that passed the asset minutes before a sensor saw the fault: JSON
-- {"checkpoint","at","staff"}, or NULL.
ALTER TABLE defects ADD COLUMN after_round TEXT;
-- Of a sensor_suspect defect: JSON {"device","okAt","fault","channel","reporter","defect"}.
ALTER TABLE defects ADD COLUMN suspect TEXT;

-- What each device last said of each asset by `health`: JSON {"<asset>": [state, at]}, written
-- with the device's activity once per batch (no statement of its own on the heartbeat path).
ALTER TABLE devices ADD COLUMN health TEXT NOT NULL DEFAULT '{}';

-- Insights count them per site and period.
CREATE INDEX defects_after_round ON defects(site_id, opened_at) WHERE after_round IS NOT NULL;
CREATE INDEX defects_sensor_suspect ON defects(site_id, opened_at) WHERE fault = 'sensor_suspect';
-- The QR page offers the faults an asset had most often first.
CREATE INDEX defects_by_asset_fault ON defects(site_id, asset_id, fault);

-- The evidence of the defects before this version, from their timelines: a report over MQTT
-- (with an event) came from a sensor's health or a button, one by the QR code from a customer,
-- any other from someone signed in.
UPDATE defects SET evidence = coalesce((
  SELECT json_group_array(json_array(channel, actor, first_at, last_at, n)) FROM (
    SELECT CASE
             WHEN t.source = 'system' THEN 'system'
             WHEN t.source = 'sensor' THEN 'sensor'
             WHEN t.event_seq IS NOT NULL THEN 'button'
             WHEN t.actor = 'QR code' THEN 'qr'
             ELSE 'dashboard'
           END AS channel,
           t.actor, min(t.at) AS first_at, max(t.at) AS last_at, count(*) AS n
    FROM defect_timeline t WHERE t.defect_id = defects.id AND t.type = 'report'
    GROUP BY 1, 2 ORDER BY min(t.seq) LIMIT 20)
), '[]');

-- A customer who left an address on the QR page, to be told once when the defect is fixed:
-- deleted once told (or given up on), and with the defect.
CREATE TABLE defect_watchers (
  id               INTEGER PRIMARY KEY,
  defect_id        INTEGER NOT NULL REFERENCES defects(id) ON DELETE CASCADE,
  email            TEXT NOT NULL,
  language         TEXT,
  created_at       INTEGER NOT NULL,
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  INTEGER,                 -- NULL: try as soon as the defect is resolved
  last_error       TEXT
) STRICT;
CREATE UNIQUE INDEX defect_watchers_once ON defect_watchers(defect_id, email);
