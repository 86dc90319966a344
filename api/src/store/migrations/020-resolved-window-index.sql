-- Defects resolved in the insights' window, by site (issue 21): each site's days are its own, so
-- the resolutions are read with their site and instant, one range per site. It replaces
-- defects_resolved_day, which held only the UTC day.
CREATE INDEX defects_resolved_window ON defects(site_id, resolved_at);
DROP INDEX defects_resolved_day;
