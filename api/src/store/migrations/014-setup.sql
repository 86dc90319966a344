-- Setting up a chain on screens: a site's language, and retirement. A retired object keeps its
-- row and its history; it leaves the boards, the alerts and the lists. Retiring a site or a zone
-- retires what is in it at the same instant, so that restoring it brings back exactly those.
ALTER TABLE sites ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE sites ADD COLUMN retired_at INTEGER;
ALTER TABLE zones ADD COLUMN retired_at INTEGER;
ALTER TABLE assets ADD COLUMN retired_at INTEGER;
ALTER TABLE checkpoints ADD COLUMN retired_at INTEGER;
ALTER TABLE devices ADD COLUMN retired_at INTEGER;
