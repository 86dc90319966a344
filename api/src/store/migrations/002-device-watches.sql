-- The assets a sensor watches, as a JSON array of asset ids of its site: when the sensor is
-- silent, their state is unknown rather than ok.
ALTER TABLE devices ADD COLUMN watches TEXT NOT NULL DEFAULT '[]';
