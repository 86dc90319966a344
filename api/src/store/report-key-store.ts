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
