-- Defects resolved in the insights' window, by site (issue 21): each site's days are its own, so
-- the resolutions are read with their site and instant, one range per site. It replaces
-- defects_resolved_day, which held only the UTC day.
CREATE INDEX defects_resolved_window ON defects(site_id, resolved_at);
DROP INDEX defects_resolved_day;
-- The repeat failures in a window (defects whose earlier fix did not hold): few, so a small
-- partial index, rather than reading every defect of the window for recurrence_of.
CREATE INDEX defects_recurrences ON defects(site_id, opened_at, asset_id)
  WHERE recurrence_of IS NOT NULL;
