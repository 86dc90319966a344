-- The checkpoints a button serves, as a JSON array of checkpoint ids of its site; NULL when its
-- fleet entry names none (then every checkpoint of its site). With `watches`, a device's scope.
ALTER TABLE devices ADD COLUMN serves TEXT;

-- A name on a defect's timeline, and who resolved it, may be one a device sent (its `staff`
-- field): the device it came through, as JSON {"device","kind"}, so that it reads as a claim.
ALTER TABLE defect_timeline ADD COLUMN via TEXT;
ALTER TABLE defects ADD COLUMN resolved_via TEXT;

-- A site's unplaced assets are capped; counting them reads only them.
CREATE INDEX assets_unplaced ON assets(site_id) WHERE unplaced = 1;
