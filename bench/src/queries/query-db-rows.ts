import {
  addEventDays,
  type Db,
  type EventDay,
  insertEvent,
  recordDeviceActivity,
  recordInspection,
  upsertFleet,
} from "@bulbcheck/api/store";
import {
  type AssetCategory,
  type FleetDocumentInput,
  fleetDocumentSchema,
  type ReportableFault,
} from "@bulbcheck/shared";

/** The registry and the event log of the query bench's store (query-db.ts builds the rest). */

const ZONES_PER_SITE = 6;
const ASSETS_PER_ZONE = 10;
const CHECKPOINTS_PER_SITE = 4;
const SENSORS_PER_SITE = 6;
const BUTTONS_PER_SITE = 4;
export const DAY = 86_400_000;

export const FAULTS_BY_CATEGORY: Record<AssetCategory, readonly ReportableFault[]> = {
  lighting: ["bulb_out", "flicker"],
  equipment: ["button_dead", "out_of_order", "broken"],
  cleanliness: ["dirty", "spill"],
  supplies: ["supplies_empty"],
  signage: ["signage"],
  other: ["other"],
};
const CATEGORIES = Object.keys(FAULTS_BY_CATEGORY) as AssetCategory[];

/** mulberry32: a small seeded generator, so that every build of one size is the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface Site {
  id: string;
  assets: { id: string; zone: string; category: AssetCategory; customerVisible: boolean }[];
  checkpoints: string[];
  sensors: string[];
  buttons: string[];
}

export function registry(db: Db, count: number, now: number): Site[] {
  const width = String(count).length;
  const sites: Site[] = [];
  const document: FleetDocumentInput = { sites: [] };
  for (let s = 0; s < count; s++) {
    const id = `store-${String(s + 1).padStart(width, "0")}`;
    const site: Site = { id, assets: [], checkpoints: [], sensors: [], buttons: [] };
    const zones: FleetDocumentInput["sites"][number]["zones"] = [];
    for (let z = 0; z < ZONES_PER_SITE; z++) {
      const zone = `zone-${z + 1}`;
      const assets = Array.from({ length: ASSETS_PER_ZONE }, (_, a) => {
        const category = CATEGORIES[(z + a) % CATEGORIES.length] as AssetCategory;
        const asset = {
          id: `${zone}-asset-${a + 1}`,
          zone,
          category,
          customerVisible: a % 3 === 0,
        };
        site.assets.push(asset);
        return {
          id: asset.id,
          name: `Asset ${a + 1} of zone ${z + 1}`,
          category,
          customerVisible: asset.customerVisible,
        };
      });
      const checkpoints =
        z < CHECKPOINTS_PER_SITE
          ? [
              {
                id: `${zone}-round`,
                name: `Round of zone ${z + 1}`,
                intervalMinutes: 240,
                assets: assets.slice(0, 5).map((a) => a.id),
              },
            ]
          : [];
      site.checkpoints.push(...checkpoints.map((c) => c.id));
      zones.push({ id: zone, name: `Zone ${z + 1}`, assets, checkpoints });
    }
    const devices: FleetDocumentInput["sites"][number]["devices"] = [];
    for (let d = 0; d < SENSORS_PER_SITE + BUTTONS_PER_SITE; d++) {
      const sensor = d < SENSORS_PER_SITE;
      const device = `${id}-${sensor ? "sensor" : "pad"}-${d + 1}`;
      (sensor ? site.sensors : site.buttons).push(device);
      devices.push({
        id: device,
        kind: sensor ? "sensor" : "button",
        intervalSeconds: sensor ? 60 : 3600,
        watches: sensor ? site.assets.slice(d * 10, d * 10 + 10).map((a) => a.id) : [],
      });
    }
    document.sites.push({
      id,
      name: `Store ${s + 1}`,
      timezone: "Europe/Oslo",
      hours: { "mon-sat": "08:00-22:00" },
      zones,
      devices,
    });
    sites.push(site);
  }
  const fleet = fleetDocumentSchema.parse(document);
  // The devices never log in: a placeholder stands where a secret's hash would be.
  const hashes = new Map(
    sites.flatMap((s) => [...s.sensors, ...s.buttons]).map((d) => [d, "bench-no-login"]),
  );
  db.transaction(() => upsertFleet(db, fleet, hashes, now))();
  return sites;
}

export interface Draw {
  now: number;
  rand: () => number;
  pick: <T>(items: readonly T[]) => T;
  weightedSite: () => Site;
}

/** The event log: sensor heartbeats mostly, staff check-ins, reports and resolves, over 30 days. */
type EventDayCount = EventDay & { n: number };

export function events(db: Db, count: number, { now, rand, pick, weightedSite }: Draw): void {
  const from = now - 30 * DAY;
  const step = (30 * DAY) / count;
  const activity = new Map<string, { lastSeenAt: number; events: number; battery?: number }>();
  const CHUNK = 100_000;
  for (let start = 0; start < count; start += CHUNK) {
    // The daily roll-ups ingestion keeps beside the events (the insights' checks per day).
    const days = new Map<string, EventDayCount>();
    const countDay = (
      site: string,
      at: number,
      kind: EventDayCount["kind"],
      detail: string,
      source: EventDayCount["source"],
    ) => {
      const day = Math.floor(at / DAY);
      const key = `${day} ${site} ${kind} ${detail} ${source}`;
      const row = days.get(key) ?? { day, site, kind, detail, source, n: 0 };
      row.n++;
      days.set(key, row);
    };
    db.transaction(() => {
      for (let i = start; i < Math.min(count, start + CHUNK); i++) {
        const site = weightedSite();
        const at = Math.round(from + i * step);
        const asset = pick(site.assets);
        const button = rand() < 0.1;
        const device = button ? pick(site.buttons) : pick(site.sensors);
        const id = `e${i}`;
        let kind: "health" | "checkin" | "report" | "resolve" = "health";
        let payload: object;
        if (!button) {
          const fault = rand() < 0.03;
          payload = fault
            ? { id, asset: asset.id, state: "fault", fault: FAULTS_BY_CATEGORY[asset.category][0] }
            : { id, asset: asset.id, state: "ok", value: 100 + (i % 50), unit: "mA" };
        } else {
          const r = rand();
          kind = r < 0.6 ? "checkin" : r < 0.85 ? "report" : "resolve";
          payload =
            kind === "checkin"
              ? {
                  id,
                  checkpoint: pick(site.checkpoints),
                  result: r < 0.5 ? "ok" : "defects",
                  staff: "staff-anna",
                }
              : kind === "report"
                ? {
                    id,
                    asset: asset.id,
                    fault: pick(FAULTS_BY_CATEGORY[asset.category]),
                    source: "staff",
                  }
                : { id, asset: asset.id, staff: "staff-ola" };
        }
        const seq = insertEvent(db, {
          device,
          eventId: id,
          site: site.id,
          kind,
          asset: kind === "checkin" ? null : asset.id,
          at,
          receivedAt: at,
          payload: JSON.stringify(payload),
        });
        const detail =
          "fault" in payload
            ? String(payload.fault)
            : "result" in payload
              ? String(payload.result)
              : "";
        countDay(site.id, at, kind, kind === "resolve" ? "" : detail, button ? "staff" : "sensor");
        if (kind === "checkin" && seq !== undefined && "checkpoint" in payload) {
          const p = payload as { checkpoint: string; result: string };
          recordInspection(db, {
            site: site.id,
            checkpoint: p.checkpoint,
            device,
            staff: "staff-anna",
            result: p.result,
            at,
            eventSeq: seq,
          });
        }
        const a = activity.get(device) ?? { lastSeenAt: at, events: 0 };
        a.lastSeenAt = at;
        a.events++;
        if (!button && i % 97 === 0) a.battery = 20 + (i % 80);
        activity.set(device, a);
      }
      addEventDays(db, days.values());
    })();
  }
  db.transaction(() => {
    let n = 0;
    for (const [device, a] of activity) {
      // One device in twenty has gone quiet.
      recordDeviceActivity(db, device, {
        ...a,
        rejected: n % 40 === 0 ? 2 : 0,
        online: n++ % 20 !== 0,
      });
    }
  })();
}
