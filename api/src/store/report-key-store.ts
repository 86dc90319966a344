import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/** The secret QR report keys are signed with, made by migration 006. */
export function reportKeySecret(db: Db): Buffer {
  const row = statement<[], { secret: Buffer }>(
    db,
    "SELECT secret FROM server_keys WHERE name = 'report-keys'",
  ).get();
  if (!row) throw new Error("the report key secret is missing from the database (migration 006)");
  return row.secret;
}

/** Revokes an asset's printed QR codes; returns the new version. */
export function raiseReportKeyVersion(db: Db, site: string, asset: string): number | undefined {
  return statement<[string, string], { v: number }>(
    db,
    `UPDATE assets SET report_key_version = report_key_version + 1
     WHERE site_id = ? AND id = ? RETURNING report_key_version AS v`,
  ).get(site, asset)?.v;
}

export interface LabelledAssetRow {
  id: string;
  name: string;
  zone_id: string;
  zone_name: string;
  report_key_version: number;
}

/**
 * The assets a site's QR label sheet holds: customer-visible and in service (a retired asset's
 * codes do not open), of one zone when `zone` is given; by zone and name, as a sheet is read.
 */
export function labelledAssets(db: Db, site: string, zone?: string): LabelledAssetRow[] {
  return statement<{ site: string; zone: string | null }, LabelledAssetRow>(
    db,
    `SELECT a.id, a.name, a.zone_id, z.name AS zone_name, a.report_key_version
     FROM assets a JOIN zones z ON z.site_id = a.site_id AND z.id = a.zone_id
     WHERE a.site_id = @site AND (@zone IS NULL OR a.zone_id = @zone)
       AND a.customer_visible = 1 AND a.unplaced = 0 AND a.retired_at IS NULL
     ORDER BY z.name, z.id, a.name, a.id`,
  ).all({ site, zone: zone ?? null });
}
