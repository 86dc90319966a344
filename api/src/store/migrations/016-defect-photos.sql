-- Photos on defects (docs/api.md, "Photos"): each one's image and thumbnail are files in
-- <data folder>/photos named by the id, 128 random bits (base64url), never by the defect.
CREATE TABLE defect_photos (
  id           TEXT PRIMARY KEY,
  defect_id    INTEGER NOT NULL REFERENCES defects(id),
  at           INTEGER NOT NULL,
  by_name      TEXT NOT NULL,                -- a signed-in person's name, or 'QR code'
  actor        TEXT NOT NULL,                -- as the audit log says it: user:kari, qr-code
  source       TEXT NOT NULL,                -- staff | customer
  caption      TEXT,
  width        INTEGER NOT NULL,
  height       INTEGER NOT NULL,
  bytes        INTEGER NOT NULL,
  thumb_bytes  INTEGER NOT NULL
) STRICT;
CREATE INDEX defect_photos_by_defect ON defect_photos(defect_id, at);

-- A `photo` entry of a timeline names its photo.
ALTER TABLE defect_timeline ADD COLUMN photo_id TEXT;
