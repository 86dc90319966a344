import { FAULT_CATALOG, type Fault, REPORTABLE_FAULTS, type ReportableFault } from "./faults.ts";

/**
 * Evidence from every source on one defect (issue 20, docs/api.md#evidence): who reported it and
 * how. Pure: no clock, no I/O; times are epoch milliseconds passed in.
 */

/**
 * How a report came in: `sensor` (a device's health fault), `button` (a `report` over MQTT: a
 * staff pad, a check-in or feedback button), `dashboard` (someone signed in, on the dashboard or
 * the API), `qr` (a customer by an asset's QR code), `system` (Bulb Check itself).
 */
export const REPORT_CHANNELS = ["sensor", "button", "dashboard", "qr", "system"] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

/** The channels through which a person speaks (against a sensor that says `ok`). */
export const PERSON_CHANNELS: readonly ReportChannel[] = ["button", "dashboard", "qr"];

/** Who a dashboard report is from when a token made it: not a person (see `independentSources`). */
export const TOKEN_REPORTER_PREFIX = "token:";

/** One source of reports on a defect: a channel and who (a device id, a username, "QR code"). */
export interface Evidence {
  channel: ReportChannel;
  reporter: string;
  firstAt: number;
  lastAt: number;
  reports: number;
}

/** Sources remembered per defect; beyond this only the existing entries' counts grow. */
export const MAX_EVIDENCE = 20;

/**
 * Adds one report to a defect's evidence: the same (channel, reporter) counts up, a new one is
 * appended (up to `MAX_EVIDENCE`). Reports may arrive out of order, so times are a min and a max.
 */
export function addEvidence(
  evidence: readonly Evidence[],
  report: { channel: ReportChannel; reporter: string; at: number },
): Evidence[] {
  const i = evidence.findIndex(
    (e) => e.channel === report.channel && e.reporter === report.reporter,
  );
  if (i === -1) {
    if (evidence.length >= MAX_EVIDENCE) return [...evidence];
    return [
      ...evidence,
      {
        channel: report.channel,
        reporter: report.reporter,
        firstAt: report.at,
        lastAt: report.at,
        reports: 1,
      },
    ];
  }
  return evidence.map((e, j) =>
    j === i
      ? {
          ...e,
          firstAt: Math.min(e.firstAt, report.at),
          lastAt: Math.max(e.lastAt, report.at),
          reports: e.reports + 1,
        }
      : e,
  );
}

/**
 * How many independent sources a defect has. Each channel is one source, whoever used it (two
 * customers by QR code are anonymous, and may be one person scanning twice; a sensor repeating
 * itself is one sensor), except the dashboard, where every signed-in person is a source of their
 * own; reports by API tokens there count as one source with nobody else.
 */
export function independentSources(evidence: readonly Pick<Evidence, "channel" | "reporter">[]) {
  const channels = new Set<ReportChannel>();
  const people = new Set<string>();
  for (const e of evidence) {
    channels.add(e.channel);
    if (e.channel === "dashboard" && !e.reporter.startsWith(TOKEN_REPORTER_PREFIX))
      people.add(e.reporter);
  }
  const dashboard = channels.has("dashboard") ? Math.max(1, people.size) : 0;
  return channels.size - (channels.has("dashboard") ? 1 : 0) + dashboard;
}

/** Two independent sources make a defect confirmed: two channels, or two signed-in people. */
export function isConfirmed(evidence: readonly Pick<Evidence, "channel" | "reporter">[]): boolean {
  return independentSources(evidence) >= 2;
}

/** The channel of a report with no channel named: what its source implies. */
export function channelOfSource(source: "sensor" | "staff" | "customer" | "system"): ReportChannel {
  return source === "sensor" ? "sensor" : source === "system" ? "system" : "dashboard";
}

/** What a sensor last said of one asset. */
export interface SensorHealth {
  device: string;
  state: "ok" | "fault";
  at: number;
  /** Three of the device's intervals: silent longer, it is offline, and its `ok` is stale. */
  windowMs: number;
}

/**
 * Whether a person's report of `fault` contradicts what a sensor last said of the asset: the
 * sensor said `ok` within its window before the report (or at most a window after it: a resend),
 * and the fault is one a sensor on such an asset would see (of the asset's category: a lamp's
 * sensor does not speak for a dirty floor). The sensor to suspect, or undefined.
 */
export function suspectSensor(
  report: { fault: Fault; category: string; at: number },
  sensors: readonly SensorHealth[],
): SensorHealth | undefined {
  if (!(REPORTABLE_FAULTS as readonly string[]).includes(report.fault)) return undefined;
  const info = FAULT_CATALOG[report.fault];
  if (info.category !== report.category || info.category === "other") return undefined;
  let suspect: SensorHealth | undefined;
  for (const s of sensors) {
    if (s.state !== "ok" || Math.abs(report.at - s.at) > s.windowMs) continue;
    if (!suspect || s.at > suspect.at) suspect = s;
  }
  return suspect;
}

/** A round that checked and passed the asset: the check-in of a checkpoint covering it. */
export interface RoundPass {
  checkpoint: string;
  at: number;
  staff: string | null;
}

/**
 * Whether a sensor's fault at `at` came soon after a round passed the asset: the last check-in
 * of a checkpoint covering it said `ok`, at most `windowMs` before. Round quality: the round
 * looked and did not see it.
 */
export function passedRoundBefore(
  last: (RoundPass & { result: string }) | undefined,
  at: number,
  windowMs: number,
): RoundPass | null {
  if (last?.result !== "ok" || last.at > at || at - last.at > windowMs) return null;
  return { checkpoint: last.checkpoint, at: last.at, staff: last.staff };
}

/**
 * The faults a QR page offers, likeliest first: those of the asset's category, then those this
 * asset had most often, then the rest in the catalog's order; "something else" last.
 */
export function likelyFaults(
  category: string,
  history: Readonly<Partial<Record<string, number>>> = {},
): ReportableFault[] {
  const rank = (f: ReportableFault) =>
    f === "other" ? 2 : FAULT_CATALOG[f].category === category ? 0 : 1;
  return [...REPORTABLE_FAULTS].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (history[b] ?? 0) - (history[a] ?? 0) ||
      REPORTABLE_FAULTS.indexOf(a) - REPORTABLE_FAULTS.indexOf(b),
  );
}

/** The short reference a customer can quote: `D-` and the defect's number. */
export function defectReference(id: number): string {
  return `D-${id}`;
}
