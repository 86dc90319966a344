import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hotelFleet, startTestSystem, type TestSystem } from "../testing/test-system.ts";

/**
 * GET /api/insights with known times: medians and 90th percentiles in minutes, the spread across
 * sites, and the hour-by-weekday grid on each site's own clock. The system's clock is the test's.
 */
const MINUTE = 60_000;
// Monday 30 November 2026, 23:30 UTC: Tuesday 00:30 in Oslo, Stockholm and Copenhagen.
const MONDAY_2330_UTC = Date.UTC(2026, 10, 30, 23, 30);

let t: TestSystem;
let clock = MONDAY_2330_UTC;

const SITES = [
  { id: "oslo", name: "Oslo", timezone: "Europe/Oslo", ack: [10, 20, 30] },
  { id: "bergen", name: "Bergen", timezone: "Europe/Oslo", ack: [22] },
  { id: "stockholm", name: "Stockholm", timezone: "Europe/Stockholm", ack: [18] },
  { id: "copenhagen", name: "Copenhagen", timezone: "Europe/Copenhagen", ack: [300] },
  { id: "london", name: "London", timezone: "Europe/London", ack: [] },
];
const ASSETS = ["elev-a-btn-12", "elev-a-floor", "elev-a-lamp"];

beforeAll(async () => {
  t = await startTestSystem({ now: () => clock });
  await t.api("PUT", "/api/fleet", {
    body: {
      sites: SITES.map((s) => ({
        ...hotelFleet(s.id).sites[0],
        id: s.id,
        name: s.name,
        timezone: s.timezone,
      })),
    },
  });
  // Each defect opened at the same instant, acknowledged after its minutes, resolved 60 minutes
  // after its acknowledgement; the opening clock is Monday 23:30 UTC for every one.
  for (const site of SITES) {
    for (const [n, minutes] of site.ack.entries()) {
      clock = MONDAY_2330_UTC;
      const opened = await t.api<{ id: number }>("POST", "/api/defects", {
        body: { site: site.id, asset: ASSETS[n], fault: "flicker", source: "staff" },
      });
      expect(opened.status).toBe(201);
      clock = MONDAY_2330_UTC + minutes * MINUTE;
      expect((await t.api("POST", `/api/defects/${opened.body.id}/ack`)).status).toBe(200);
      clock += 60 * MINUTE;
      expect((await t.api("POST", `/api/defects/${opened.body.id}/resolve`)).status).toBe(200);
    }
  }
  // London's one defect, open still: Monday 23:30 in London, so Monday 23:00 on its clock.
  clock = MONDAY_2330_UTC;
  await t.api("POST", "/api/defects", {
    body: { site: "london", asset: "elev-a-lamp", fault: "flicker", source: "staff" },
  });
  clock = MONDAY_2330_UTC + 6 * 60 * MINUTE;
});
afterAll(() => t?.stop());

interface Middle {
  median: number;
  p90: number;
  count: number;
}
interface Body {
  sites: { site: string; minutesToAcknowledge: Middle | null; minutesToResolve: Middle | null }[];
  chain: { minutesToAcknowledge: Middle | null; minutesToResolve: Middle | null };
  spread: {
    measure: string;
    q1: number;
    median: number;
    q3: number;
    iqr: number;
    cv: number | null;
    low: string[];
    high: string[];
  }[];
  whenOpened: number[][];
}

async function insights(query = "days=7") {
  const response = await t.api<Body>("GET", `/api/insights?${query}`);
  expect(response.status).toBe(200);
  return response.body;
}

describe("GET /api/insights, medians and percentiles in minutes", () => {
  it("takes the median and the 90th percentile of each site's defects", async () => {
    const body = await insights();
    const oslo = body.sites.find((s) => s.site === "oslo");
    // 10, 20, 30: the median is 20; the 90th percentile lies 80 % of the way from 20 to 30.
    expect(oslo?.minutesToAcknowledge).toEqual({ median: 20, p90: 28, count: 3 });
    expect(oslo?.minutesToResolve).toEqual({ median: 80, p90: 88, count: 3 });
    const london = body.sites.find((s) => s.site === "london");
    expect(london?.minutesToAcknowledge).toBeNull();
    // The chain: 10, 18, 20, 22, 30, 300.
    expect(body.chain.minutesToAcknowledge?.median).toBe(21);
    expect(body.chain.minutesToAcknowledge?.p90).toBeCloseTo(165, 6);
    expect(body.chain.minutesToAcknowledge?.count).toBe(6);
  });

  it("limits a site filter to that site", async () => {
    const body = await insights("days=7&site=bergen");
    expect(body.sites.map((s) => s.site)).toEqual(["bergen"]);
    expect(body.chain.minutesToAcknowledge).toEqual({ median: 22, p90: 22, count: 1 });
  });
});

describe("GET /api/insights, the spread between sites", () => {
  it("gives the quartiles, IQR and coefficient of variation, and names the outlying site", async () => {
    const body = await insights();
    const ack = body.spread.find((s) => s.measure === "minutesToAcknowledge");
    // Site medians 18, 20, 22, 300 (London has none): Q1 19.5, median 21, Q3 91.5.
    expect(ack).toMatchObject({
      q1: 19.5,
      median: 21,
      q3: 91.5,
      iqr: 72,
      low: [],
      high: ["copenhagen"],
    });
    // Mean 90; population sd sqrt((72² + 70² + 68² + 210²) / 4).
    const sd = Math.sqrt((72 ** 2 + 70 ** 2 + 68 ** 2 + 210 ** 2) / 4);
    expect(ack?.cv).toBeCloseTo(sd / 90, 9);
    // Defects opened per site: 3, 1, 1, 1, 1: Oslo lies above the rest.
    const opened = body.spread.find((s) => s.measure === "openedPerSite");
    expect(opened).toMatchObject({ iqr: 0, high: ["oslo"], low: [] });
  });
});

describe("GET /api/insights, when things fail", () => {
  it("counts each defect at the weekday and hour of its own site's clock", async () => {
    const body = await insights();
    expect(body.whenOpened).toHaveLength(7);
    // Tuesday 00:30 in Oslo, Stockholm and Copenhagen: six defects.
    expect(body.whenOpened[1]?.[0]).toBe(6);
    // Monday 23:30 in London.
    expect(body.whenOpened[0]?.[23]).toBe(1);
    expect(body.whenOpened.flat().reduce((a, b) => a + b, 0)).toBe(7);
  });
});

describe("GET /api/insights, days on each site's clock", () => {
  it("counts a defect at 23:30 UTC on the next day in Oslo and on the same day in London", async () => {
    const body = (await insights()) as Body & {
      perDay: { day: string; opened: number; resolved: number }[];
      from: string;
    };
    // Seven days ending on Tuesday 1 December, the latest site's today.
    expect(body.perDay.map((d) => d.day)).toEqual([
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
      "2026-11-30",
      "2026-12-01",
    ]);
    const day = (d: string) => body.perDay.find((p) => p.day === d);
    expect(day("2026-12-01")).toMatchObject({ opened: 6, resolved: 6 });
    expect(day("2026-11-30")).toMatchObject({ opened: 1, resolved: 0 });
    // The window starts at midnight on the earliest clock that has the first day: Copenhagen's,
    // Oslo's and Stockholm's (23:00 UTC the day before).
    expect(body.from).toBe("2026-11-24T23:00:00.000Z");
  });

  it("keeps a site's part of the window to its own days", async () => {
    // A window of one day: Tuesday 1 December. London's defect (Monday 23:30 there) is outside.
    const body = (await insights("days=1")) as Body & { perDay: { day: string; opened: number }[] };
    expect(body.perDay).toEqual([expect.objectContaining({ day: "2026-12-01", opened: 6 })]);
    expect(body.sites.find((s) => s.site === "london")).toMatchObject({
      minutesToAcknowledge: null,
    });
    expect(body.whenOpened.flat().reduce((a, b) => a + b, 0)).toBe(6);
  });
});
