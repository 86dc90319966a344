import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChangeFeed } from "../engine/change-feed.ts";
import { sweep } from "../engine/watchdog.ts";
import { type Clock, createChannel, startNotifySystem } from "../testing/notify-fixture.ts";
import { type SmtpReceiver, startSmtpReceiver } from "../testing/receivers.ts";
import { hotelFleet, type TestSystem } from "../testing/test-system.ts";

/**
 * The daily bulb report on a day of real defects, with an injected clock: what failed, what was
 * still open at the day's end and for how long, overdue inspections, who caught defects first;
 * and its e-mail each morning at the local hour, once a day.
 */

const SITE = "hotel-oslo";
const at = (utc: string) => Date.parse(`2026-11-${utc}Z`);
// Monday 2026-11-23, 08:00 in Oslo (UTC+1); the hotel opens 06:00-23:00 on weekdays.
const clock: Clock = { now: at("23T07:00:00") };
let smtp: SmtpReceiver;
let t: TestSystem;

async function reportAs(asset: string, fault: string, source: string, reporter: string) {
  const res = await t.api("POST", "/api/defects", {
    body: { site: SITE, asset, fault, source, reporter },
  });
  return res.body.id as number;
}

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await startNotifySystem({ clock, smtpUrl: smtp.url });
  // No devices: their silence would be defects of the day too, and this story is about people.
  const fleet = hotelFleet(SITE);
  for (const site of fleet.sites) site.devices = [];
  await t.provision(fleet);
  clock.now = at("23T09:00:00");
  const button = await reportAs("elev-a-btn-12", "bulb_out", "staff", "Kari");
  clock.now = at("23T10:00:00");
  await reportAs("elev-a-floor", "dirty", "customer", "Guest by the lift");
  clock.now = at("23T12:00:00");
  await t.api("POST", `/api/defects/${button}/resolve`, { body: {} });
  // The elevator check was due 240 open minutes after provisioning: 12:00 in Oslo.
  clock.now = at("23T12:30:00");
  sweep(t.system.db, new ChangeFeed(), clock.now);
});

afterAll(async () => {
  await t?.stop();
  await smtp?.close();
});

describe("the daily report", () => {
  it("tells yesterday's story in the site's time zone", async () => {
    clock.now = at("24T08:00:00");
    const res = await t.api("GET", `/api/reports/daily?site=${SITE}`);
    expect(res.status).toBe(200);
    const [site] = res.body.sites;
    expect(site).toMatchObject({
      site: SITE,
      date: "2026-11-23",
      from: "2026-11-22T23:00:00.000Z",
      to: "2026-11-23T23:00:00.000Z",
      asOf: "2026-11-23T23:00:00.000Z",
      firstFinders: { sensor: 0, staff: 1, customer: 1, system: 1 },
      caughtBeforeCustomers: 0.5,
      firstReporters: [
        { name: "Guest by the lift", count: 1 },
        { name: "Kari", count: 1 },
      ],
    });
    expect(
      site.failed.map((d: { fault: string; status: string }) => `${d.fault} ${d.status}`),
    ).toEqual(["bulb_out resolved", "dirty open", "inspection_overdue open"]);
    expect(site.failed[0]).toMatchObject({ openHours: 3, firstReporter: "Kari" });
    expect(site.stillOpen.map((d: { fault: string }) => d.fault)).toEqual([
      "dirty",
      "inspection_overdue",
    ]);
    expect(site.stillOpen[0]).toMatchObject({
      openHours: 13,
      severity: "high",
      source: "customer",
    });
    expect(site.overdueInspections).toEqual([
      {
        checkpoint: "elev-a-check",
        name: "Elevator A",
        zone: "Elevator A",
        overdueSince: "2026-11-23T11:00:00.000Z",
        checkedAt: null,
      },
    ]);
    expect(res.body.totals).toEqual({ failed: 3, stillOpen: 2, overdueInspections: 1 });
  });

  it("is the same whenever a past day is read, and so far for today", async () => {
    clock.now = at("26T08:00:00");
    const again = await t.api("GET", `/api/reports/daily?site=${SITE}&date=2026-11-23`);
    expect(again.body.sites[0].stillOpen[0].openHours).toBe(13);
    const today = await t.api("GET", `/api/reports/daily?site=${SITE}&date=2026-11-26`);
    expect(today.body.sites[0]).toMatchObject({ failed: [], asOf: "2026-11-26T08:00:00.000Z" });
    expect(today.body.sites[0].stillOpen).toHaveLength(2);
    const bad = await t.api("GET", `/api/reports/daily?date=23.11.2026`);
    expect(bad.status).toBe(400);
  });

  it("is e-mailed each morning at the local hour, once a day", async () => {
    clock.now = at("27T05:00:00"); // Friday 06:00 in Oslo
    const channel = (
      await createChannel(t, { kind: "email", name: "Manager", to: ["mona@example.test"] })
    ).id;
    const sub = await t.api("POST", "/api/notify/reports", {
      body: {
        name: "Oslo mornings",
        sites: [SITE],
        hour: 7,
        timezone: "Europe/Oslo",
        channels: [channel],
      },
    });
    expect(sub.status).toBe(201);
    await t.system.notifier.runOnce();
    expect(smtp.mails).toHaveLength(0);
    clock.now = at("27T05:59:00");
    await t.system.notifier.runOnce();
    expect(smtp.mails).toHaveLength(0);
    clock.now = at("27T06:00:00"); // 07:00 in Oslo
    await t.system.notifier.runOnce();
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]?.parsed;
    expect(mail?.subject).toBe("Daily bulb report Thu, 26 Nov 2026: Hotel Oslo Sentrum");
    expect(mail?.text).toContain("== Hotel Oslo Sentrum (Thu, 26 Nov 2026, Oslo time) ==");
    expect(mail?.text).toContain("Still open: 2");
    expect(String(mail?.html)).toContain("<h4>Still open (2)</h4>");
    expect(mail?.text).toContain(`http://bulbcheck.example.test/reports/daily?site=${SITE}`);
    clock.now = at("27T15:00:00");
    await t.system.notifier.runOnce();
    expect(smtp.mails).toHaveLength(1);
    // Down over the next morning's hour: sent at the first pass after it, once.
    clock.now = at("28T09:30:00");
    await t.system.notifier.runOnce();
    await t.system.notifier.runOnce();
    expect(smtp.mails).toHaveLength(2);
    expect(smtp.mails[1]?.parsed.subject).toBe(
      "Daily bulb report Fri, 27 Nov 2026: Hotel Oslo Sentrum",
    );
    const listed = await t.api("GET", "/api/notify/reports");
    expect(listed.body.items[0].lastSentFor).toBe("2026-11-28");
  });
});
