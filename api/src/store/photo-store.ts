import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/** A photo of a defect as stored; its files are named by `id` (photos/photo-files.ts). */
export interface PhotoRow {
  id: string;
  defectId: number;
  /** The defect's site: who may see the photo. */
  site: string;
  at: number;
  by: string;
  actor: string;
  source: "staff" | "customer";
  caption: string | null;
  width: number;
  height: number;
  bytes: number;
  thumbBytes: number;
}

const SELECT = `SELECT p.id, p.defect_id AS defectId, d.site_id AS site, p.at, p.by_name AS "by",
  p.actor, p.source, p.caption, p.width, p.height, p.bytes, p.thumb_bytes AS thumbBytes
  FROM defect_photos p JOIN defects d ON d.id = p.defect_id`;

export function insertPhoto(db: Db, photo: Omit<PhotoRow, "site">): void {
  statement(
    db,
    `INSERT INTO defect_photos (id, defect_id, at, by_name, actor, source, caption, width, height, bytes, thumb_bytes)
     VALUES (@id, @defectId, @at, @by, @actor, @source, @caption, @width, @height, @bytes, @thumbBytes)`,
  ).run(photo);
}

export function getPhoto(db: Db, id: string): PhotoRow | undefined {
  return statement<[string], PhotoRow>(db, `${SELECT} WHERE p.id = ?`).get(id);
}

export function photosOfDefect(db: Db, defectId: number): PhotoRow[] {
  return statement<[number], PhotoRow>(
    db,
    `${SELECT} WHERE p.defect_id = ? ORDER BY p.at, p.id`,
  ).all(defectId);
}

/**
 * When the latest report by QR code on a defect was made since `since`, and whether a photo by
 * QR code came after it: a customer may attach one photo to the report they just made.
 */
export function latestQrReport(
  db: Db,
  defectId: number,
  since: number,
): { at: number; photoAfter: boolean } | undefined {
  const row = statement<[number, number], { at: number }>(
    db,
    `SELECT max(at) AS at FROM defect_timeline
     WHERE defect_id = ? AND type IN ('opened', 'report') AND source = 'customer'
       AND actor = 'QR code' AND at >= ?`,
  ).get(defectId, since);
  if (!row || row.at === null) return undefined;
  const after = statement<[number, number], { n: number }>(
    db,
    "SELECT count(*) AS n FROM defect_photos WHERE defect_id = ? AND source = 'customer' AND at >= ?",
  ).get(defectId, row.at);
  return { at: row.at, photoAfter: (after?.n ?? 0) > 0 };
}

/**
 * Deletes up to `limit` photos of defects resolved before `before` (retention: they are kept as
 * long as the records people answer for); returns their ids, whose files the caller deletes once
 * this is committed. The timeline keeps its `photo` entries.
 */
export function prunePhotosBatch(db: Db, before: number, limit: number): string[] {
  const ids = statement<[number, number], { id: string }>(
    db,
    `SELECT p.id FROM defect_photos p JOIN defects d ON d.id = p.defect_id
     WHERE d.status = 'resolved' AND d.resolved_at < ? LIMIT ?`,
  )
    .all(before, limit)
    .map((r) => r.id);
  deletePhotoRows(db, ids);
  return ids;
}

export function deletePhotoRows(db: Db, ids: readonly string[]): void {
  if (ids.length === 0) return;
  statement(db, "DELETE FROM defect_photos WHERE id IN (SELECT value FROM json_each(?))").run(
    JSON.stringify(ids),
  );
}

/** Of `ids`, those with a row: the rest are files nothing points at. */
export function storedPhotoIds(db: Db, ids: readonly string[]): Set<string> {
  return new Set(
    statement<[string], { id: string }>(
      db,
      "SELECT id FROM defect_photos WHERE id IN (SELECT value FROM json_each(?))",
    )
      .all(JSON.stringify(ids))
      .map((r) => r.id),
  );
}

/** Every photo id (a backup copies their files). */
export function allPhotoIds(db: Db): string[] {
  return statement<[], { id: string }>(db, "SELECT id FROM defect_photos ORDER BY id")
    .all()
    .map((r) => r.id);
}

/** The bytes of every stored photo, image and thumbnail (for /metrics). */
export function photoBytes(db: Db): number {
  return (
    statement<[], { n: number | null }>(
      db,
      "SELECT sum(bytes + thumb_bytes) AS n FROM defect_photos",
    ).get()?.n ?? 0
  );
}
