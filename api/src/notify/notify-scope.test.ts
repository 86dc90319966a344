import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Clock,
  createChannel,
  createRule,
  report,
  startNotifySystem,
} from "../testing/notify-fixture.ts";
import { startWebhookReceiver, type WebhookReceiver } from "../testing/receivers.ts";
import { hotelFleet, type TestSystem } from "../testing/test-system.ts";

/**
 * Who may manage what: admins everything; a manager the rules, reports and delivery log of their
 * sites, and another site's answer 404 as if it did not exist; below manager, nothing.
 */

const A = "hotel-oslo";
const B = "hotel-bergen";
const clock: Clock = { now: Date.parse("2026-11-23T09:00:00Z") };
let t: TestSystem;
let hook: WebhookReceiver;
let channel: number;
let ruleA: number;
let ruleB: number;
let manager: string;
let staff: string;

const levels = () => [{ name: "Staff", delayMinutes: 0, channels: [channel] }];

beforeAll(async () => {
  hook = await startWebhookReceiver();
  t = await startNotifySystem({ clock });
  await t.provision(hotelFleet(A));
  await t.provision(hotelFleet(B));
  channel = (await createChannel(t, { kind: "webhook", name: "Hook", url: hook.url })).id;
  ruleA = await createRule(t, { name: "A rule", site: A, levels: levels() });
  ruleB = await createRule(t, { name: "B rule", site: B, levels: levels() });
  await createRule(t, {
    name: "Everywhere",
    site: null,
    match: { severities: ["low"] },
    levels: levels(),
  });
  manager = (await t.user({ username: "anna", role: "manager", sites: [A] })).token;
  staff = (await t.user({ username: "sam", role: "staff", sites: [A] })).token;
});

afterAll(async () => {
  await t?.stop();
  await hook?.close();
});

describe("a manager scoped to site A", () => {
  it("sees A's rules and the every-site ones, never B's", async () => {
    const list = await t.api("GET", "/api/notify/rules", { token: manager });
    expect(list.body.items.map((r: { name: string }) => r.name).sort()).toEqual([
      "A rule",
      "Everywhere",
    ]);
    expect((await t.api("GET", `/api/notify/rules/${ruleA}`, { token: manager })).status).toBe(200);
    const hidden = await t.api("GET", `/api/notify/rules/${ruleB}`, { token: manager });
    const missing = await t.api("GET", "/api/notify/rules/9999", { token: manager });
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.code).toBe(missing.body.error.code);
    expect((await t.api("GET", `/api/notify/rules?site=${B}`, { token: manager })).status).toBe(
      404,
    );
  });

  it("cannot change or delete B's rules: 404, and B's rule stays", async () => {
    const patch = await t.api("PATCH", `/api/notify/rules/${ruleB}`, {
      token: manager,
      body: { enabled: false },
    });
    expect(patch.status).toBe(404);
    expect((await t.api("DELETE", `/api/notify/rules/${ruleB}`, { token: manager })).status).toBe(
      404,
    );
    expect((await t.api("GET", `/api/notify/rules/${ruleB}`)).body.enabled).toBe(true);
  });

  it("makes and changes rules for A, but not for B or every site", async () => {
    const made = await t.api("POST", "/api/notify/rules", {
      token: manager,
      body: { name: "Mine", site: A, levels: levels() },
    });
    expect(made.status).toBe(201);
    const patched = await t.api("PATCH", `/api/notify/rules/${made.body.id}`, {
      token: manager,
      body: { match: { severities: ["high"] } },
    });
    expect(patched.body.match).toEqual({ severities: ["high"] });
    const forB = await t.api("POST", "/api/notify/rules", {
      token: manager,
      body: { name: "Theirs", site: B, levels: levels() },
    });
    expect(forB.status).toBe(404);
    const everywhere = await t.api("POST", "/api/notify/rules", {
      token: manager,
      body: { name: "All", site: null, levels: levels() },
    });
    expect(everywhere.status).toBe(403);
    const audit = await t.api("GET", "/api/audit?limit=5");
    expect(audit.body.items).toContainEqual(
      expect.objectContaining({ actor: "anna", action: "rule.update", site: A }),
    );
  });

  it("sees A's deliveries only, and B's are 404", async () => {
    const a = await report(t, A, "elev-a-lamp", "bulb_out");
    const b = await report(t, B, "elev-a-lamp", "bulb_out");
    await t.system.notifier.runOnce();
    const log = await t.api("GET", "/api/notify/deliveries", { token: manager });
    const defects = new Set(log.body.items.map((d: { defect: number }) => d.defect));
    expect(defects.has(a)).toBe(true);
    expect(defects.has(b)).toBe(false);
    const all = await t.api("GET", "/api/notify/deliveries");
    const ofB = all.body.items.find((d: { defect: number }) => d.defect === b);
    expect(
      (await t.api("GET", `/api/notify/deliveries/${ofB.id}`, { token: manager })).status,
    ).toBe(404);
    expect(
      (await t.api("POST", `/api/notify/deliveries/${ofB.id}/retry`, { token: manager })).status,
    ).toBe(404);
  });

  it("subscribes A to the daily report, but not B", async () => {
    const ok = await t.api("POST", "/api/notify/reports", {
      token: manager,
      body: { name: "A mornings", sites: [A], timezone: "Europe/Oslo", channels: [channel] },
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ hour: 7, sites: [A] });
    const no = await t.api("POST", "/api/notify/reports", {
      token: manager,
      body: { name: "Both", sites: [A, B], timezone: "Europe/Oslo", channels: [channel] },
    });
    expect(no.status).toBe(404);
    const admins = await t.api("POST", "/api/notify/reports", {
      body: { name: "All", sites: null, timezone: "Europe/Oslo", channels: [channel] },
    });
    expect(admins.status).toBe(201);
    const seen = await t.api("GET", "/api/notify/reports", { token: manager });
    expect(seen.body.items.map((s: { name: string }) => s.name)).toEqual(["A mornings"]);
    expect(
      (await t.api("DELETE", `/api/notify/reports/${admins.body.id}`, { token: manager })).status,
    ).toBe(404);
  });

  it("cannot see webhook targets, secrets, or send tests", async () => {
    expect(
      (await t.api("POST", `/api/notify/channels/${channel}/test`, { token: manager })).status,
    ).toBe(403);
    expect(
      (await t.api("DELETE", `/api/notify/channels/${channel}`, { token: manager })).status,
    ).toBe(403);
  });
});

describe("below manager", () => {
  it("staff may not read or manage notifications, but read the daily report of their sites", async () => {
    for (const path of [
      "/api/notify/rules",
      "/api/notify/channels",
      "/api/notify/deliveries",
      "/api/notify/reports",
    ])
      expect((await t.api("GET", path, { token: staff })).status).toBe(403);
    expect((await t.api("GET", `/api/reports/daily?site=${A}`, { token: staff })).status).toBe(200);
    expect((await t.api("GET", `/api/reports/daily?site=${B}`, { token: staff })).status).toBe(404);
    const mine = await t.api("GET", "/api/reports/daily", { token: staff });
    expect(mine.body.sites.map((s: { site: string }) => s.site)).toEqual([A]);
  });
});

describe("channels in use", () => {
  it("cannot be deleted until no rule or report names them", async () => {
    const res = await t.api("DELETE", `/api/notify/channels/${channel}`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("channel_in_use");
    expect(res.body.error.message).toContain("rule “A rule”");
  });
});
