-- The insights' share caught before customers counts the window's defects of customer-visible
-- assets. Looking up each defect's asset cost more than the rest of the per-site comparison
-- (docs/performance.md); instead each visible asset's defects in the window are one range.
CREATE INDEX assets_visible ON assets(site_id, id) WHERE customer_visible = 1;
CREATE INDEX defects_by_asset_opened ON defects(site_id, asset_id, opened_at, source);
