-- Indexes for the insights aggregates and a site's compliance by day (docs/performance.md, "What
-- was changed and what it gained"): each reads a window of days as a range, not the whole table.
--
-- Defects opened and resolved per UTC day, grouped in the index's order so that no sort is needed;
-- source and category make the opened one covering for the counts by source and by category.
-- The expression must be written exactly so in queries for SQLite to use the index.
CREATE INDEX defects_opened_day ON defects(opened_at / 86400000, source, category);
CREATE INDEX defects_resolved_day ON defects(resolved_at / 86400000);
-- One site's (or each site's) defects opened in the window, with every column the insights and
-- the daily report read. It replaces defects_by_site_opened (site_id, opened_at), its prefix.
CREATE INDEX defects_by_site_window ON defects(
  site_id, opened_at, source, category, asset_id, acknowledged_at, resolved_at
);
DROP INDEX defects_by_site_opened;
-- A site's inspections in a window, across its checkpoints (inspections_by_checkpoint ranges on
-- `at` only within one checkpoint).
CREATE INDEX inspections_by_site_at ON inspections(site_id, at, on_time);
