import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../store/database.ts";
import { claimDelivery, deliveriesOfDefect } from "../store/delivery-store.ts";
import {
  type Clock,
  createChannel,
  createRule,
  MINUTE,
  report,
  startNotifySystem,
} from "../testing/notify-fixture.ts";
import { startWebhookReceiver, type WebhookReceiver } from "../testing/receivers.ts";
import { eventually, hotelFleet, type TestSystem } from "../testing/test-system.ts";
import { DEFAULT_RETRY_POLICY } from "./retry.ts";

/**
 * Restarts: deliveries and escalation deadlines are in SQLite, so a restart in the middle of
 * retries loses nothing and sends nothing twice; an attempt cut off by a stop or a crash is sent
 * again where the receiver can drop a repeat (webhooks, by idempotency key), and held as
 * uncertain where it cannot (chat rooms).
 */

const SITE = "hotel-oslo";
let t: TestSystem | undefined;
let hook: WebhookReceiver | undefined;

afterEach(async () => {
  await t?.stop();
  await hook?.close();
  t = undefined;
  hook = undefined;
});

async function setUp(kind: "webhook" | "slack", clock: Clock, timeoutMs?: number) {
  hook = await startWebhookReceiver();
  t = await startNotifySystem({
    clock,
    ...(timeoutMs
      ? { tuning: { retry: { ...DEFAULT_RETRY_POLICY, baseMs: 60_000, timeoutMs } } }
      : {}),
  });
  // No devices: minutes pass in these tests, and a silent device would be a defect to notify too.
  const fleet = hotelFleet(SITE);
  for (const site of fleet.sites) site.devices = [];
  await t.provision(fleet);
  const channel = (await createChannel(t, { kind, name: `${kind} room`, url: hook.url })).id;
  await createRule(t, {
    name: "Two levels",
    site: SITE,
    levels: [
      { name: "Staff", delayMinutes: 0, channels: [channel] },
      { name: "Site manager", delayMinutes: 30, channels: [channel] },
    ],
  });
  return channel;
}

/** Stops the system as a restart would, keeping its data, and starts it again on the same. */
async function restart(clock: Clock): Promise<TestSystem> {
  if (!t) throw new Error("no system");
  const dataDir = t.dataDir;
  await t.system.stop();
  t = await startNotifySystem({ clock, dataDir });
  return t;
}

describe("a restart", () => {
  it("in the middle of retries sends nothing twice and loses nothing", async () => {
    const clock: Clock = { now: Date.parse("2026-11-23T09:00:00Z") };
    await setUp("webhook", clock);
    if (!t || !hook) throw new Error("not set up");
    hook.answers.push(503, 503);
    const defect = await report(t, SITE, "elev-a-btn-12", "bulb_out");
    await t.system.notifier.runOnce();
    clock.now += 30_000;
    await t.system.notifier.runOnce();
    expect(hook.requests.map((r) => r.status)).toEqual([503, 503]);

    clock.now += 5 * MINUTE;
    t = await restart(clock);
    await t.system.notifier.runOnce();
    expect(hook.requests.map((r) => r.status)).toEqual([503, 503, 200]);
    // The escalation's deadline survived too: level 2, 30 minutes after level 1 went out.
    clock.now = Date.parse("2026-11-23T09:29:00Z");
    t = await restart(clock);
    await t.system.notifier.runOnce();
    expect(hook.requests).toHaveLength(3);
    clock.now = Date.parse("2026-11-23T09:30:00Z");
    await t.system.notifier.runOnce();
    t = await restart(clock);
    await t.system.notifier.runOnce();
    clock.now += 24 * 60 * MINUTE;
    await t.system.notifier.runOnce();

    expect(hook.requests.map((r) => r.status)).toEqual([503, 503, 200, 200]);
    expect([...hook.accepted.values()].map((r) => r.body.level.number)).toEqual([1, 2]);
    const deliveries = deliveriesOfDefect(t.system.db, defect);
    expect(deliveries.map((d) => [d.level, d.state, d.attempts])).toEqual([
      [0, "sent", 3],
      [1, "sent", 1],
    ]);
    const page = await t.api("GET", `/api/defects/${defect}`);
    expect(page.body.timeline.map((e: { type: string }) => e.type)).toEqual([
      "opened",
      "report",
      "notified",
      "escalated",
    ]);
  });

  it("sends a webhook cut off by the stop again, with the same idempotency key", async () => {
    const clock: Clock = { now: Date.parse("2026-11-23T09:00:00Z") };
    await setUp("webhook", clock);
    if (!t || !hook) throw new Error("not set up");
    const receiver = hook;
    receiver.answers.push("hang");
    const defect = await report(t, SITE, "elev-a-btn-12", "bulb_out");
    void t.system.notifier.runOnce();
    await eventually("the request", () => (receiver.requests.length > 0 ? true : undefined));
    t = await restart(clock);
    // The receiver did take it in the end; the notifier could not know.
    receiver.release();
    await t.system.notifier.runOnce();
    expect(receiver.requests).toHaveLength(2);
    expect(receiver.requests[0]?.headers["idempotency-key"]).toBe(
      receiver.requests[1]?.headers["idempotency-key"],
    );
    expect(receiver.accepted.size).toBe(1);
    const [delivery] = deliveriesOfDefect(t.system.db, defect);
    const detail = await t.api("GET", `/api/notify/deliveries/${delivery?.id}`);
    expect(detail.body.log.map((a: { outcome: string }) => a.outcome)).toEqual([
      "interrupted",
      "sent",
    ]);
    expect(detail.body.state).toBe("sent");
  });

  it("holds a chat message cut off by the stop as uncertain, for an admin to resend", async () => {
    const clock: Clock = { now: Date.parse("2026-11-23T09:00:00Z") };
    await setUp("slack", clock);
    if (!t || !hook) throw new Error("not set up");
    const receiver = hook;
    receiver.answers.push("hang");
    const defect = await report(t, SITE, "elev-a-btn-12", "bulb_out");
    void t.system.notifier.runOnce();
    await eventually("the request", () => (receiver.requests.length > 0 ? true : undefined));
    t = await restart(clock);
    receiver.release();
    await t.system.notifier.runOnce();
    expect(receiver.requests).toHaveLength(1);
    const [delivery] = deliveriesOfDefect(t.system.db, defect);
    expect(delivery).toMatchObject({ state: "uncertain", attempts: 1 });
    expect(delivery?.last_error).toContain("not sent again by itself");
    const resent = await t.api("POST", `/api/notify/deliveries/${delivery?.id}/retry`);
    expect(resent.body.state).toBe("sent");
    expect(receiver.requests).toHaveLength(2);
  });

  it("settles an attempt a crash cut off when it starts again", async () => {
    const clock: Clock = { now: Date.parse("2026-11-23T09:00:00Z") };
    await setUp("webhook", clock);
    if (!t || !hook) throw new Error("not set up");
    hook.answers.push(503);
    const defect = await report(t, SITE, "elev-a-btn-12", "bulb_out");
    await t.system.notifier.runOnce();
    const dataDir = t.dataDir;
    await t.system.stop();
    // What a crash in the middle of the next attempt leaves: the delivery marked as being sent.
    const db = openDatabase({ path: join(dataDir, "bulbcheck.db") });
    const [pending] = deliveriesOfDefect(db, defect);
    expect(claimDelivery(db, pending?.id ?? 0, "attempt-of-the-crashed-process")).toBe(true);
    db.close();
    t = await startNotifySystem({ clock, dataDir });
    await t.system.notifier.runOnce();
    const [after] = deliveriesOfDefect(t.system.db, defect);
    expect(after).toMatchObject({ state: "sent", attempts: 3 });
    const detail = await t.api("GET", `/api/notify/deliveries/${after?.id}`);
    expect(detail.body.log.map((a: { outcome: string }) => a.outcome)).toEqual([
      "retry",
      "interrupted",
      "sent",
    ]);
  });

  it("treats a request that got no answer like one cut off: again for a webhook, held for a room", async () => {
    for (const kind of ["webhook", "slack"] as const) {
      const clock: Clock = { now: Date.parse("2026-11-23T09:00:00Z") };
      await setUp(kind, clock, 200);
      if (!t || !hook) throw new Error("not set up");
      hook.answers.push("hang");
      const defect = await report(t, SITE, "elev-a-btn-12", "bulb_out");
      await t.system.notifier.runOnce();
      hook.release();
      const [delivery] = deliveriesOfDefect(t.system.db, defect);
      if (kind === "webhook") expect(delivery).toMatchObject({ state: "pending", attempts: 1 });
      else expect(delivery).toMatchObject({ state: "uncertain", attempts: 1 });
      expect(delivery?.last_error).toContain("no answer within 200 ms");
      await t.stop();
      await hook.close();
      t = undefined;
      hook = undefined;
    }
  });
});
