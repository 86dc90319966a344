import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escalationsOf } from "../store/escalation-store.ts";
import {
  type Clock,
  createChannel,
  createRule,
  MINUTE,
  report,
  startNotifySystem,
} from "../testing/notify-fixture.ts";
import { startWebhookReceiver, type WebhookReceiver } from "../testing/receivers.ts";
import { hotelFleet, type TestSystem } from "../testing/test-system.ts";

/**
 * Escalation with an injected clock against a real receiver: level after level until someone
 * acknowledges, every step on the defect's timeline, and quiet hours in the site's time zone.
 */

const ESCALATE = "hotel-oslo";
const QUIET = "hotel-bergen";
const PATIENT = "hotel-tromso";
// Monday 10:00 in Oslo (UTC+1).
const clock: Clock = { now: Date.parse("2026-11-23T09:00:00Z") };
let t: TestSystem;
let hook: WebhookReceiver;
const channels: number[] = [];

/** The levels the receiver heard of, for one defect. */
const levelsHeard = (defect: number) =>
  hook.requests
    .filter((r) => r.body?.defect?.id === defect)
    .map((r) => `${r.body.type} ${r.body.level.number}`);

const pass = () => t.system.notifier.runOnce();

beforeAll(async () => {
  hook = await startWebhookReceiver();
  t = await startNotifySystem({ clock });
  await t.provision(hotelFleet(ESCALATE));
  await t.provision(hotelFleet(QUIET));
  for (const name of ["Staff", "Site manager", "Regional manager"])
    channels.push((await createChannel(t, { kind: "webhook", name, url: hook.url })).id);
  await createRule(t, {
    name: "Escalate",
    site: ESCALATE,
    levels: [
      { name: "Staff", delayMinutes: 0, channels: [channels[0] as number] },
      { name: "Site manager", delayMinutes: 30, channels: [channels[1] as number] },
      { name: "Regional manager", delayMinutes: 120, channels: [channels[2] as number] },
    ],
  });
});

afterAll(async () => {
  await t?.stop();
  await hook?.close();
});

describe("escalation", () => {
  it("goes a level up each time its delay passes unacknowledged, and stops at acknowledgement", async () => {
    const defect = await report(t, ESCALATE, "elev-a-btn-12", "bulb_out");
    await pass();
    expect(levelsHeard(defect)).toEqual(["defect.notified 1"]);
    clock.now += 29 * MINUTE;
    await pass();
    expect(levelsHeard(defect)).toHaveLength(1);
    clock.now += MINUTE;
    await pass();
    expect(levelsHeard(defect)).toEqual(["defect.notified 1", "defect.escalated 2"]);
    // The delivery log says each step in English, and what it is made of for other languages.
    const log = await t.api("GET", `/api/notify/deliveries?channel=${channels[1]}`);
    expect(log.body.items[0]).toMatchObject({
      purpose: "step",
      summary: `Level 2 (Site manager) of “Escalate”: defect #${defect}`,
      summaryParams: { level: 2, levelName: "Site manager", rule: "Escalate", defect },
    });

    const ack = await t.api("POST", `/api/defects/${defect}/ack`, { body: {} });
    expect(ack.status).toBe(200);
    await pass();
    expect(escalationsOf(t.system.db, defect)).toEqual([
      expect.objectContaining({ state: "stopped", reason: "acknowledged", next_at: null }),
    ]);
    clock.now += 5 * 60 * MINUTE;
    await pass();
    expect(levelsHeard(defect)).toHaveLength(2);

    const page = await t.api("GET", `/api/defects/${defect}`);
    const timeline = page.body.timeline.map((e: { type: string }) => e.type);
    expect(timeline).toEqual(["opened", "report", "notified", "escalated", "acknowledged"]);
    const escalated = page.body.timeline[3];
    expect(escalated).toMatchObject({ actor: "bulbcheck", source: null });
    expect(escalated.note).toBe("Level 2 of 3 (Site manager), rule “Escalate”: Site manager");
  });

  it("reaches the top level and ends there", async () => {
    const defect = await report(t, ESCALATE, "elev-a-floor", "spill");
    await pass();
    clock.now += 30 * MINUTE;
    await pass();
    clock.now += 119 * MINUTE;
    await pass();
    expect(levelsHeard(defect)).toHaveLength(2);
    clock.now += MINUTE;
    await pass();
    clock.now += 24 * 60 * MINUTE;
    await pass();
    expect(levelsHeard(defect)).toEqual([
      "defect.notified 1",
      "defect.escalated 2",
      "defect.escalated 3",
    ]);
    expect(escalationsOf(t.system.db, defect)[0]).toMatchObject({
      state: "done",
      next_at: null,
    });
    // Only the three steps went out: each level once, to its own channel.
    const log = await t.api("GET", `/api/notify/deliveries?site=${ESCALATE}`);
    const mine = log.body.items.filter((d: { defect: number }) => d.defect === defect);
    expect(mine.map((d: { channel: { id: number } }) => d.channel.id).sort()).toEqual(
      [...channels].sort(),
    );
  });

  it("tells nobody of a defect resolved before its first level was due", async () => {
    await t.provision(hotelFleet(PATIENT));
    await createRule(t, {
      name: "Give staff ten minutes",
      site: PATIENT,
      levels: [{ name: "Site manager", delayMinutes: 10, channels: [channels[1] as number] }],
    });
    const defect = await report(t, PATIENT, "elev-a-lamp", "flicker");
    await pass();
    expect(escalationsOf(t.system.db, defect)[0]).toMatchObject({ state: "active" });
    clock.now += 5 * MINUTE;
    const resolved = await t.api("POST", `/api/defects/${defect}/resolve`, { body: {} });
    expect(resolved.status).toBe(200);
    clock.now += 5 * MINUTE;
    await pass();
    expect(levelsHeard(defect)).toEqual([]);
    expect(escalationsOf(t.system.db, defect)[0]).toMatchObject({
      state: "stopped",
      reason: "resolved",
    });
  });
});

describe("quiet hours, in the site's time zone", () => {
  it("hold a step across midnight until they end, and let the exempt severities through", async () => {
    await createRule(t, {
      name: "Night shift",
      site: QUIET,
      quietHours: { from: "22:00", to: "07:00", except: ["high"] },
      levels: [
        { name: "Staff", delayMinutes: 0, channels: [channels[0] as number] },
        { name: "Site manager", delayMinutes: 30, channels: [channels[1] as number] },
      ],
    });
    // Tuesday 23:30 in Bergen (Europe/Oslo, UTC+1).
    clock.now = Date.parse("2026-11-24T22:30:00Z");
    const quiet = await report(t, QUIET, "elev-a-lamp", "bulb_out"); // medium: waits
    const urgent = await report(t, QUIET, "elev-a-btn-12", "bulb_out"); // high: goes now
    await pass();
    expect(levelsHeard(quiet)).toEqual([]);
    expect(levelsHeard(urgent)).toEqual(["defect.notified 1"]);
    expect(escalationsOf(t.system.db, quiet)[0]).toMatchObject({
      next_level: 0,
      next_at: Date.parse("2026-11-25T06:00:00Z"), // 07:00 in Bergen
    });
    clock.now = Date.parse("2026-11-25T05:59:00Z");
    await pass();
    expect(levelsHeard(quiet)).toEqual([]);
    clock.now = Date.parse("2026-11-25T06:00:00Z");
    await pass();
    expect(levelsHeard(quiet)).toEqual(["defect.notified 1"]);
    // The next level counts from the step that went out at 07:00, not from the night.
    clock.now += 29 * MINUTE;
    await pass();
    expect(levelsHeard(quiet)).toHaveLength(1);
    clock.now += MINUTE;
    await pass();
    expect(levelsHeard(quiet)).toEqual(["defect.notified 1", "defect.escalated 2"]);
  });
});
