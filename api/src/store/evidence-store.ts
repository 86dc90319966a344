import type {
  Evidence,
  ReportableFault,
  ReportChannel,
  RoundPass,
  SensorHealth,
} from "@bulbcheck/shared";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/**
 * Evidence kept with each defect (migration 017): its sources, the round passed before a sensor
 * saw it, and what a `sensor_suspect` is about. Columns of `defects`, read with the defect.
 */

/** A round pass as kept: with the checkpoint's name at the time. */
export type StoredRoundPass = RoundPass & { checkpointName: string };

export interface StoredSuspect {
  device: string;
  okAt: number;
  fault: ReportableFault;
  channel: ReportChannel;
  reporter: string;
  defect: number;
}

export interface DefectEvidence {
  evidence: Evidence[];
  afterRound: StoredRoundPass | null;
  suspect: StoredSuspect | null;
}

type EvidenceTuple = [ReportChannel, string, number, number, number];

/** The evidence columns of a defect row, parsed (they are only ever written from typed values). */
export function evidenceFrom(row: {
  evidence?: string | null;
  after_round?: string | null;
  suspect?: string | null;
}): DefectEvidence {
  const tuples = JSON.parse(row.evidence ?? "[]") as EvidenceTuple[];
  return {
    evidence: tuples.map(([channel, reporter, firstAt, lastAt, reports]) => ({
      channel,
      reporter,
      firstAt,
      lastAt,
      reports,
    })),
    afterRound: row.after_round ? (JSON.parse(row.after_round) as StoredRoundPass) : null,
    suspect: row.suspect ? (JSON.parse(row.suspect) as StoredSuspect) : null,
  };
}

export function writeEvidence(db: Db, defect: number, evidence: readonly Evidence[]): void {
  const tuples: EvidenceTuple[] = evidence.map((e) => [
    e.channel,
    e.reporter,
    e.firstAt,
    e.lastAt,
    e.reports,
  ]);
  statement(db, "UPDATE defects SET evidence = ? WHERE id = ?").run(JSON.stringify(tuples), defect);
}

export function markAfterRound(db: Db, defect: number, pass: StoredRoundPass): void {
  statement(db, "UPDATE defects SET after_round = ? WHERE id = ?").run(
    JSON.stringify(pass),
    defect,
  );
}

export function markSuspect(db: Db, defect: number, suspect: StoredSuspect): void {
  statement(db, "UPDATE defects SET suspect = ? WHERE id = ?").run(JSON.stringify(suspect), defect);
}

/**
 * The last check-in, at or before `at` and at most `windowMs` earlier, of any checkpoint that
 * covers the asset; with the checkpoint's name.
 */
export function lastRoundOf(
  db: Db,
  site: string,
  asset: string,
  at: number,
  windowMs: number,
): (StoredRoundPass & { result: string }) | undefined {
  return statement<
    [{ site: string; asset: string; at: number; from: number }],
    StoredRoundPass & { result: string }
  >(
    db,
    `SELECT i.checkpoint_id AS checkpoint, coalesce(c.name, i.checkpoint_id) AS checkpointName, i.at, i.staff,
            i.result
     FROM checkpoint_assets ca
     JOIN inspections i ON i.site_id = ca.site_id AND i.checkpoint_id = ca.checkpoint_id
       AND i.at <= @at AND i.at >= @from
     LEFT JOIN checkpoints c ON c.site_id = ca.site_id AND c.id = ca.checkpoint_id
     WHERE ca.site_id = @site AND ca.asset_id = @asset
     ORDER BY i.at DESC LIMIT 1`,
  ).get({ site, asset, at, from: at - windowMs });
}

/**
 * What the site's devices last said of the asset by `health`, each with its window (three of
 * its intervals). One read of the site's devices: a person's report is rare, heartbeats are not.
 */
export function sensorHealthOf(db: Db, site: string, asset: string): SensorHealth[] {
  const rows = statement<
    [string, string],
    { id: string; state: string; at: number; interval_seconds: number }
  >(
    db,
    `SELECT d.id, h.value ->> 0 AS state, h.value ->> 1 AS at, d.interval_seconds
     FROM devices d, json_each(d.health) h
     WHERE d.site_id = ? AND h.key = ? AND d.secret_hash IS NOT NULL`,
  ).all(site, asset);
  return rows.map((r) => ({
    device: r.id,
    state: r.state === "ok" ? "ok" : "fault",
    at: r.at,
    windowMs: 3 * r.interval_seconds * 1000,
  }));
}

/** How often each fault was reported on the asset: what its QR page offers first. */
export function faultHistory(db: Db, site: string, asset: string): Record<string, number> {
  const rows = statement<[string, string], { fault: string; n: number }>(
    db,
    "SELECT fault, count(*) AS n FROM defects WHERE site_id = ? AND asset_id = ? GROUP BY fault",
  ).all(site, asset);
  return Object.fromEntries(rows.map((r) => [r.fault, r.n]));
}
