import {
  type AssetRef,
  addEvidence,
  channelOfSource,
  PERSON_CHANNELS,
  passedRoundBefore,
  type Report,
  type ReportableFault,
  type ReportChannel,
  suspectSensor,
} from "@bulbcheck/shared";
import { findUnresolved, type StoredDefect } from "../store/defect-store.ts";
import {
  lastRoundOf,
  markAfterRound,
  markSuspect,
  sensorHealthOf,
  writeEvidence,
} from "../store/evidence-store.ts";
import { getAsset } from "../store/registry-store.ts";
import type { EngineContext } from "./defect-engine.ts";

/**
 * Evidence from every source on one defect (docs/api.md#evidence): each report adds to its
 * defect's evidence; a sensor's first fault on a defect asks whether a round passed the asset
 * minutes before; a person's report against a sensor that said `ok` raises `sensor_suspect`,
 * and the sensor's own fault clears it. Inside the caller's transaction, like the engine.
 */

/** `BULBCHECK_ROUND_QUALITY_MINUTES` by default. */
export const DEFAULT_ROUND_QUALITY_MINUTES = 30;

/** How a report came in, and who it is from as evidence (a user's username, not a typed name). */
export interface ReportOrigin {
  channel?: ReportChannel | undefined;
  /** Who, as evidence; the report's reporter otherwise. */
  reporter?: string | undefined;
}

/** Adds the report to the defect's evidence (and marks round quality): the defect as written. */
export function noteEvidence(
  ctx: EngineContext,
  defect: StoredDefect,
  report: Report,
  origin: ReportOrigin,
): StoredDefect {
  const channel = origin.channel ?? channelOfSource(report.source);
  const reporter = origin.reporter ?? report.reporter;
  const firstFromSensor =
    channel === "sensor" && !defect.evidence.some((e) => e.channel === "sensor");
  const evidence = addEvidence(defect.evidence, { channel, reporter, at: report.at });
  writeEvidence(ctx.db, defect.id, evidence);
  let afterRound = defect.afterRound;
  const windowMs = (ctx.roundQualityMinutes ?? DEFAULT_ROUND_QUALITY_MINUTES) * 60_000;
  if (firstFromSensor && afterRound === null && windowMs > 0) {
    const last = lastRoundOf(ctx.db, defect.site, defect.asset, report.at, windowMs);
    const pass = passedRoundBefore(last, report.at, windowMs);
    if (pass && last) {
      afterRound = { ...pass, checkpointName: last.checkpointName };
      markAfterRound(ctx.db, defect.id, afterRound);
    }
  }
  return { ...defect, evidence, afterRound };
}

/**
 * Who checks the checker: after a report was written. A person's report of a fault a sensor on
 * the asset said was not there raises `sensor_suspect` on the asset, naming the sensor; the
 * sensor's own fault report on the asset clears it.
 */
export function checkTheChecker(
  ctx: EngineContext,
  asset: AssetRef,
  defect: StoredDefect,
  report: Report,
  origin: ReportOrigin,
  raise: (
    ctx: EngineContext,
    asset: AssetRef,
    at: number,
    note: string,
  ) => StoredDefect | undefined,
  clear: (ctx: EngineContext, site: string, asset: string, at: number) => void,
): void {
  const channel = origin.channel ?? channelOfSource(report.source);
  if (channel === "sensor") {
    const open = findUnresolved(ctx.db, asset.site, asset.asset, "sensor_suspect");
    if (open?.suspect?.device === report.reporter) clear(ctx, asset.site, asset.asset, report.at);
    return;
  }
  if (!PERSON_CHANNELS.includes(channel)) return;
  // A sensor already among the defect's reporters agrees with the person.
  const row = getAsset(ctx.db, asset.site, asset.asset);
  if (!row) return;
  const sensors = sensorHealthOf(ctx.db, asset.site, asset.asset).filter(
    (s) => !defect.evidence.some((e) => e.channel === "sensor" && e.reporter === s.device),
  );
  const sensor = suspectSensor(
    { fault: report.fault, category: row.category, at: report.at },
    sensors,
  );
  if (!sensor) return;
  const fault = report.fault as ReportableFault;
  const who = channel === "qr" ? "a customer (QR code)" : `${origin.reporter ?? report.reporter}`;
  const minutes = Math.round(Math.max(0, report.at - sensor.at) / 60_000);
  const before = minutes < 1 ? "moments" : `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const note = `Sensor ${sensor.device} may be wrong: ${who} reported ${fault.replaceAll("_", " ")} ${before} after it said ok`;
  // The suspect is filed on the asset, not on the device: no customer sees the sensor.
  const raised = raise(ctx, { ...asset, customerVisible: false }, report.at, note);
  if (!raised) return;
  const suspect = {
    device: sensor.device,
    okAt: sensor.at,
    fault,
    channel,
    reporter: origin.reporter ?? report.reporter,
    defect: defect.id,
  };
  markSuspect(ctx.db, raised.id, suspect);
  raised.suspect = suspect;
}
