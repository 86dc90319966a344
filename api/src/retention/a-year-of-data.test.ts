import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addDays, deviceTopic, fleetDocumentSchema } from "@bulbcheck/shared";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChangeFeed } from "../engine/change-feed.ts";
import { Ingester } from "../ingest/ingester.ts";
import { siteDailyReport } from "../notify/daily-report.ts";
import { type Db, openDatabase } from "../store/database.ts";
import { messagesPerDay } from "../store/event-day-store.ts";
import { complianceByDay } from "../store/event-store.ts";
import { upsertFleet } from "../store/fleet-store.ts";
import { defectsOpenedIn, insightSites, resolvedIn } from "../store/insight-store.ts";
import { hotelFleet } from "../testing/test-system.ts";
import { Retention } from "./retention.ts";

/**
 * 120 days of a steady load under an injected clock, twice on the same messages: one database
 * swept by retention every night, one not (and swept once at the end). The messages older than
 * 90 days are gone, what the screens read for the whole window is the same in all three, and the
 * swept database stops growing once retention has something to delete.
 */

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
const DAYS = 120;
const SITES = ["hotel-oslo", "hotel-bergen"];
const silent = pino({ level: "silent" });

/** The same pseudo-random day every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

interface Message {
  site: string;
  device: string;
  kind: "health" | "report" | "checkin" | "resolve";
  payload: object;
  at: number;
}

/** A day at one site: a sensor every 5 minutes, check-ins, now and then a fault or a report. */
function dayOf(site: string, day: number): Message[] {
  const next = random(day * 31 + site.length);
  const sensor = `${site}-sensor`;
  const pad = `${site}-pad`;
  const start = T0 + day * DAY;
  const messages: Message[] = [];
  const faultAt = next() < 0.3 ? Math.floor(next() * 250) : -1;
  for (let slot = 0; slot < 288; slot++) {
    const at = start + slot * 5 * 60_000;
    const id = `h-${day}-${slot}`;
    const asset = slot % 2 === 0 ? "elev-a-lamp" : "elev-a-btn-12";
    const faulty =
      faultAt >= 0 && slot >= faultAt && slot < faultAt + 12 && asset === "elev-a-lamp";
    messages.push({
      site,
      device: sensor,
      kind: "health",
      payload: faulty
        ? { id, asset, state: "fault", fault: "bulb_out", battery: 80 }
        : { id, asset, state: "ok", battery: 80 },
      at,
    });
  }
  for (const hour of [7, 11, 15, 19])
    messages.push({
      site,
      device: pad,
      kind: "checkin",
      payload: { id: `c-${day}-${hour}`, checkpoint: "elev-a-check", result: "ok", staff: "kari" },
      at: start + hour * 3_600_000 + Math.floor(next() * 3_000_000),
    });
  if (next() < 0.4) {
    const at = start + 9 * 3_600_000;
    const source = next() < 0.5 ? "staff" : "customer";
    messages.push({
      site,
      device: pad,
      kind: "report",
      payload: { id: `r-${day}`, asset: "elev-a-floor", fault: "dirty", source },
      at,
    });
    messages.push({
      site,
      device: pad,
      kind: "resolve",
      payload: { id: `x-${day}`, asset: "elev-a-floor", staff: "ola" },
      at: at + Math.floor(next() * 6 * 3_600_000),
    });
  }
  return messages.sort((a, b) => a.at - b.at);
}

class Installation {
  readonly dir = mkdtempSync(join(tmpdir(), "bulbcheck-year-"));
  readonly db: Db;
  readonly ingester: Ingester;
  readonly retention: Retention;
  now = T0;

  constructor() {
    this.db = openDatabase({ path: join(this.dir, "bulbcheck.db") });
    for (const site of SITES) {
      const secrets = new Map([
        [`${site}-sensor`, "hash"],
        [`${site}-pad`, "hash"],
      ]);
      this.db.transaction(() =>
        upsertFleet(this.db, fleetDocumentSchema.parse(hotelFleet(site)), secrets, 0),
      )();
    }
    this.ingester = new Ingester({ db: this.db, feed: new ChangeFeed(), logger: silent });
    this.retention = new Retention({
      db: this.db,
      logger: silent,
      now: () => this.now,
      policy: { eventDays: 90, recordDays: 400 },
      batchRows: 500,
    });
  }

  /** One day's messages, each received when it happened, committed a few at a time. */
  async ingestDay(day: number): Promise<void> {
    const messages = SITES.flatMap((site) => dayOf(site, day)).sort((a, b) => a.at - b.at);
    for (let i = 0; i < messages.length; i += 50) {
      const chunk = messages.slice(i, i + 50);
      const outcomes = await Promise.all(
        chunk.map((m) =>
          this.ingester.submit({
            topic: deviceTopic({ site: m.site, device: m.device, kind: m.kind }),
            payload: Buffer.from(
              JSON.stringify({ ...m.payload, ts: new Date(m.at).toISOString() }),
            ),
            receivedAt: m.at,
            authenticatedDevice: m.device,
          }),
        ),
      );
      expect(outcomes.every((o) => o.result === "stored")).toBe(true);
    }
    this.now = T0 + (day + 1) * DAY;
  }

  /** Pages of the raw messages: events and heartbeats with their indexes. */
  rawPages(): number {
    const row = this.db
      .prepare(
        `SELECT count(*) AS n FROM dbstat WHERE name IN
           ('events', 'events_by_device_event', 'heartbeats', 'heartbeats_by_device_event')`,
      )
      .get() as { n: number };
    return row.n;
  }

  pages(): number {
    return this.db.pragma("page_count", { simple: true }) as number;
  }

  oldest(table: "events" | "heartbeats"): number {
    const row = this.db.prepare(`SELECT min(received_at) AS at FROM ${table}`).get() as {
      at: number;
    };
    return row.at;
  }

  /** What the insights, the site pages and the daily reports read for the whole window. */
  screens() {
    const { db } = this;
    const from = T0;
    const window = { starts: new Map([["Europe/Oslo", from]]) };
    const all = {
      opened: defectsOpenedIn(db, window, null),
      resolved: resolvedIn(db, window, null),
      sites: insightSites(db, null),
      messages: messagesPerDay(db, from / DAY, null),
    };
    const perSite = SITES.map((site) => ({
      opened: defectsOpenedIn(db, window, [site]),
      resolved: resolvedIn(db, window, [site]),
      messages: messagesPerDay(db, from / DAY, [site]),
      compliance: complianceByDay(db, site, from, "Europe/Oslo"),
      reports: Array.from({ length: DAYS }, (_, d) =>
        siteDailyReport(db, site, addDays("2026-01-01", d), this.now),
      ),
    }));
    return { all, perSite };
  }

  close(): void {
    this.db.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

describe("a year of data: retention with roll-ups", () => {
  const swept = new Installation();
  const unswept = new Installation();
  const pagesAfterDay: number[] = [];
  const rawPagesAfterDay: number[] = [];

  beforeAll(async () => {
    for (let day = 0; day < DAYS; day++) {
      await swept.ingestDay(day);
      await unswept.ingestDay(day);
      await swept.retention.sweep();
      pagesAfterDay.push(swept.pages());
      rawPagesAfterDay.push(swept.rawPages());
    }
  }, 600_000);

  afterAll(() => {
    swept.close();
    unswept.close();
  });

  it("keeps the messages of the last 90 days only", () => {
    const cutoff = swept.now - 90 * DAY;
    expect(swept.oldest("events")).toBeGreaterThanOrEqual(cutoff);
    expect(swept.oldest("heartbeats")).toBeGreaterThanOrEqual(cutoff);
    expect(unswept.oldest("heartbeats")).toBeLessThan(cutoff);
    // Check-ins are records, kept 400 days: none of them went.
    const inspections = (db: Db) =>
      (db.prepare("SELECT count(*) AS n FROM inspections").get() as { n: number }).n;
    expect(inspections(swept.db)).toBe(DAYS * SITES.length * 4);
  });

  it("reads the same insights, site pages and daily reports before and after pruning", async () => {
    const before = unswept.screens();
    // Each site's own days: the last UTC evening's messages fall on the next day in Oslo.
    expect(before.all.messages).toHaveLength(DAYS + 1);
    expect(before.all.opened.length).toBeGreaterThan(30);
    const summary = await unswept.retention.sweep();
    expect(summary.deleted.heartbeats).toBeGreaterThan(0);
    expect(summary.deleted.events).toBeGreaterThan(0);
    expect(unswept.screens()).toEqual(before);
    expect(swept.screens()).toEqual(before);
  });

  it("does not grow in the last 30 days of steady load", () => {
    const grown = (pages: number[], from: number, to: number) =>
      (pages[to] as number) - (pages[from] as number);
    console.log(
      `pages after each 10th day: ${pagesAfterDay.filter((_, d) => d % 10 === 9).join(", ")}; of the raw messages: ${rawPagesAfterDay.filter((_, d) => d % 10 === 9).join(", ")}`,
    );
    // Each night's sweep frees as many pages of raw messages as the next day writes.
    expect(rawPagesAfterDay.at(-1) as number).toBeLessThanOrEqual(
      (rawPagesAfterDay[89] as number) * 1.05,
    );
    // What grows is what is kept by design (defects, check-ins, daily counts): a sliver of it.
    expect(grown(pagesAfterDay, 89, 119)).toBeLessThan(grown(pagesAfterDay, 29, 59) / 5);
  });
});
