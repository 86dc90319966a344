-- The insights' window on each site's own clock (issue 21): each site's part starts at its own
-- midnight, so the statements range over each site's part of an index, and the indexes on the
-- UTC day number (defects_opened_day, defects_resolved_day, migration 008) have no reader left.
--
-- From this version on, event_days.day (migration 013) is the site's calendar day, as days since
-- 1970-01-01 on its clock, no longer the UTC day: rows written before keep their UTC days.
--
-- Defects resolved in the window, by site: one range per site.
CREATE INDEX defects_resolved_window ON defects(site_id, resolved_at);
DROP INDEX defects_resolved_day;
DROP INDEX defects_opened_day;
-- The repeat failures in a window (defects whose earlier fix did not hold): few, so a small
-- partial index, rather than reading every defect of the window for recurrence_of.
CREATE INDEX defects_recurrences ON defects(site_id, opened_at, asset_id)
  WHERE recurrence_of IS NOT NULL;
