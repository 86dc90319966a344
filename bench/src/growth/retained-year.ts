import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_RETENTION, Retention } from "@bulbcheck/api";
import { ChangeFeed, Ingester } from "@bulbcheck/api/ingest";
import { type Db, openDatabase, upsertFleet } from "@bulbcheck/api/store";
import { deviceTopic, fleetDocumentSchema } from "@bulbcheck/shared";
import { pino } from "pino";
import { type BenchFigure, benchFigure, percentile, round2 } from "../kit/bench-stats.ts";

/**
 * A year of one site at the demo's density, under an injected clock, through the real ingester
 * with retention's nightly sweep (90 days of messages, 400 of records): the bytes each kind of
 * message costs, and the size of the file as the year goes by. A chain's size is derived from it:
 * every site writes its own rows, so N sites take N times the site's bytes.
 */

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);

export interface YearOptions {
  days: number;
  /** Sensors of the site, each sending a health message a minute (the demo's interval). */
  sensors: number;
  /** Sites of the chain the size is derived for. */
  chainSites: number;
}

export interface YearResult {
  options: YearOptions;
  messages: number;
  /** Bytes of each row with its index entries, measured with SQLite's dbstat at the year's end. */
  bytesPerHeartbeat: number;
  bytesPerEvent: number;
  /** The mix of the demo: what an average message costs. */
  bytesPerMessage: number;
  /** The database file (page count x page size) after the sweep of these days. */
  sizeByDay: { day: number; bytes: number }[];
  /** The whole run, in seconds of this process (its own pace, not a figure to compare). */
  seconds: number;
  /** How long one delete batch held the writer, over every batch that deleted rows. */
  batchMs: { p50: number; p99: number; longest: number; batches: number };
}

function fleet(sensors: number) {
  return fleetDocumentSchema.parse({
    sites: [
      {
        id: "year-site",
        name: "A year",
        zones: [
          {
            id: "floor",
            name: "Floor",
            assets: Array.from({ length: sensors }, (_, i) => ({
              id: `lamp-${i}`,
              name: `Lamp ${i}`,
              category: "lighting",
              customerVisible: i % 2 === 0,
            })),
            checkpoints: [{ id: "round", name: "Round", intervalMinutes: 240 }],
          },
        ],
        devices: [
          ...Array.from({ length: sensors }, (_, i) => ({
            id: `sensor-${i}`,
            kind: "sensor",
            intervalSeconds: 60,
            watches: [`lamp-${i}`],
          })),
          { id: "pad", kind: "button", intervalSeconds: 3600 },
        ],
      },
    ],
  });
}

function tableBytes(db: Db, names: string[]): number {
  const row = db
    .prepare(
      `SELECT sum(pgsize - unused) AS used FROM dbstat WHERE name IN (SELECT value FROM json_each(?))`,
    )
    .get(JSON.stringify(names)) as { used: number | null };
  return row.used ?? 0;
}

export async function retainedYear(options: YearOptions): Promise<YearResult> {
  const dir = mkdtempSync(join(tmpdir(), "bulbcheck-year-"));
  const file = join(dir, "bulbcheck.db");
  const db = openDatabase({ path: file, synchronous: "normal" });
  const logger = pino({ level: "silent" });
  let now = T0;
  try {
    const secrets = new Map<string, string>([["pad", "x"]]);
    for (let i = 0; i < options.sensors; i++) secrets.set(`sensor-${i}`, "x");
    db.transaction(() => upsertFleet(db, fleet(options.sensors), secrets, 0))();
    const ingester = new Ingester({ db, feed: new ChangeFeed(), logger });
    const retention = new Retention({ db, logger, now: () => now, policy: DEFAULT_RETENTION });
    const sizeByDay: YearResult["sizeByDay"] = [];
    const batchMs: number[] = [];
    let messages = 0;
    let rand = 7;
    const next = () => {
      rand = (rand * 1_103_515_245 + 12_345) % 2_147_483_648;
      return rand / 2_147_483_648;
    };
    const started = performance.now();
    for (let day = 0; day < options.days; day++) {
      // A lamp fails about once a month each, for an hour; check-ins every 4 hours.
      const faults = new Map<number, number>();
      for (let s = 0; s < options.sensors; s++)
        if (next() < 1 / 30) faults.set(s, Math.floor(next() * 1380));
      for (let minute = 0; minute < 1440; minute += 10) {
        const pending: Promise<unknown>[] = [];
        for (let m = minute; m < minute + 10; m++) {
          const at = T0 + day * DAY + m * 60_000;
          for (let s = 0; s < options.sensors; s++) {
            const from = faults.get(s);
            const faulty = from !== undefined && m >= from && m < from + 60;
            const payload = faulty
              ? { id: `${day}-${m}`, asset: `lamp-${s}`, state: "fault", fault: "bulb_out" }
              : { id: `${day}-${m}`, asset: `lamp-${s}`, state: "ok", battery: 90 };
            pending.push(publish(ingester, `sensor-${s}`, "health", payload, at));
          }
          if (m % 240 === 120)
            pending.push(
              publish(
                ingester,
                "pad",
                "checkin",
                { id: `c-${day}-${m}`, checkpoint: "round", result: "ok" },
                at,
              ),
            );
        }
        messages += pending.length;
        await Promise.all(pending);
      }
      now = T0 + (day + 1) * DAY;
      const sweep = await retention.sweep();
      if (Object.keys(sweep.deleted).length > 0) batchMs.push(...sweep.batchMs);
      if ((day + 1) % 30 === 0 || day + 1 === options.days || day + 1 === 90)
        sizeByDay.push({ day: day + 1, bytes: statSync(file).size + walBytes(file) });
    }
    const seconds = (performance.now() - started) / 1000;
    const sorted = batchMs.sort((a, b) => a - b);
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const heartbeats = count("heartbeats");
    const events = count("events");
    const heartbeatBytes = tableBytes(db, ["heartbeats", "heartbeats_by_device_event"]);
    const eventBytes = tableBytes(db, ["events", "events_by_device_event"]);
    return {
      options,
      messages,
      bytesPerHeartbeat: Math.round(heartbeatBytes / heartbeats),
      bytesPerEvent: Math.round(eventBytes / events),
      bytesPerMessage: Math.round((heartbeatBytes + eventBytes) / (heartbeats + events)),
      sizeByDay,
      seconds: Math.round(seconds),
      batchMs: {
        p50: round2(percentile(sorted, 50)),
        p99: round2(percentile(sorted, 99)),
        longest: round2(batchMs.reduce((a, b) => Math.max(a, b), 0)),
        batches: batchMs.length,
      },
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function walBytes(file: string): number {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

function publish(
  ingester: Ingester,
  device: string,
  kind: "health" | "checkin",
  payload: object,
  at: number,
) {
  return ingester.submit({
    topic: deviceTopic({ site: "year-site", device, kind }),
    payload: Buffer.from(JSON.stringify({ ...payload, ts: new Date(at).toISOString() })),
    receivedAt: at,
    authenticatedDevice: device,
  });
}

const MB = 1_000_000;

export function yearFigures(year: YearResult): BenchFigure[] {
  const { chainSites, days } = year.options;
  const end = year.sizeByDay.at(-1)?.bytes ?? 0;
  const at90 = year.sizeByDay.find((s) => s.day === 90)?.bytes ?? 0;
  return [
    benchFigure({
      part: "growth",
      name: "bytes per heartbeat (an ok that changes nothing)",
      value: year.bytesPerHeartbeat,
      unit: "bytes",
      note: "row and index entry, SQLite dbstat",
    }),
    benchFigure({
      part: "growth",
      name: "bytes per event (a full event row)",
      value: year.bytesPerEvent,
      unit: "bytes",
      note: "row and index entry, SQLite dbstat",
    }),
    benchFigure({
      part: "growth",
      name: "retention: a delete batch holds the writer, p99",
      value: year.batchMs.p99,
      unit: "ms",
      note: `p50 ${year.batchMs.p50} ms, longest ${year.batchMs.longest} ms (a WAL checkpoint falls in some) of ${year.batchMs.batches} batches of 250 rows`,
    }),
    benchFigure({
      part: "growth",
      name: "bytes per message at the demo's mix",
      value: year.bytesPerMessage,
      unit: "bytes",
    }),
    benchFigure({
      part: "growth",
      name: `size after ${days} days, one site of ${year.options.sensors} sensors, retention on`,
      value: Math.round(end / MB),
      unit: "MB",
      note: `day 90: ${Math.round(at90 / MB)} MB; growth after day 90: ${at90 > 0 ? Math.round((end / at90 - 1) * 1000) / 10 : "?"} %`,
    }),
    benchFigure({
      part: "growth",
      name: `size after ${days} days, a ${chainSites}-site chain (derived)`,
      value: Math.round((end * chainSites) / MB / 100) / 10,
      unit: "GB",
      note: `${chainSites} x the site's file; bounded: flat after day 90`,
    }),
  ];
}
