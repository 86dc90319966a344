import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escalationsOf } from "../store/escalation-store.ts";
import {
  type Clock,
  createChannel,
  createRule,
  report,
  startNotifySystem,
} from "../testing/notify-fixture.ts";
import { startWebhookReceiver, type WebhookReceiver } from "../testing/receivers.ts";
import { hotelFleet, type TestSystem } from "../testing/test-system.ts";

/** Which rules real defects fall under: severity, category, customer-visible, source, site. */

const OSLO = "hotel-oslo";
const BERGEN = "hotel-bergen";
const clock: Clock = { now: Date.parse("2026-11-23T09:00:00Z") };
let t: TestSystem;
let hook: WebhookReceiver;
const rules: Record<string, number> = {};

beforeAll(async () => {
  hook = await startWebhookReceiver();
  t = await startNotifySystem({ clock });
  await t.provision(hotelFleet(OSLO));
  await t.provision(hotelFleet(BERGEN));
  const channel = (await createChannel(t, { kind: "webhook", name: "Hook", url: hook.url })).id;
  const levels = [{ name: "Someone", delayMinutes: 0, channels: [channel] }];
  rules.high = await createRule(t, {
    name: "high",
    site: OSLO,
    match: { severities: ["high"] },
    levels,
  });
  rules.cleanliness = await createRule(t, {
    name: "clean",
    site: OSLO,
    match: { categories: ["cleanliness"] },
    levels,
  });
  rules.backOffice = await createRule(t, {
    name: "back office",
    site: OSLO,
    match: { customerVisible: false },
    levels,
  });
  rules.customers = await createRule(t, {
    name: "customers",
    site: OSLO,
    match: { sources: ["customer"] },
    levels,
  });
  rules.bergen = await createRule(t, { name: "bergen", site: BERGEN, levels });
  rules.everywhere = await createRule(t, { name: "everywhere", site: null, levels });
  rules.off = await createRule(t, { name: "off", site: OSLO, enabled: false, levels });
});

afterAll(async () => {
  await t?.stop();
  await hook?.close();
});

const rulesOf = (defect: number) =>
  escalationsOf(t.system.db, defect)
    .map((e) => Object.entries(rules).find(([, id]) => id === e.rule_id)?.[0])
    .sort();

describe("rule filters", () => {
  it("take each defect under the rules whose every filter it passes, on its site or every site", async () => {
    // Customer-visible button: bulb_out is medium, one up: high; lighting; staff.
    const button = await report(t, OSLO, "elev-a-btn-12", "bulb_out");
    // Back-office lamp: flicker stays low; lighting; reported by a customer.
    const lamp = await report(t, OSLO, "elev-a-lamp", "flicker", "customer");
    // Customer-visible floor: dirty is medium, one up: high; cleanliness; staff.
    const floor = await report(t, OSLO, "elev-a-floor", "dirty");
    const bergen = await report(t, BERGEN, "elev-a-lamp", "flicker");
    await t.system.notifier.runOnce();
    expect(rulesOf(button)).toEqual(["everywhere", "high"]);
    expect(rulesOf(lamp)).toEqual(["backOffice", "customers", "everywhere"]);
    expect(rulesOf(floor)).toEqual(["cleanliness", "everywhere", "high"]);
    expect(rulesOf(bergen)).toEqual(["bergen", "everywhere"]);
    // One message per rule that took a defect, each with its rule's name.
    const heard = (d: number) =>
      hook.requests
        .filter((r) => r.body?.defect?.id === d)
        .map((r) => r.body.rule.name)
        .sort();
    expect(heard(lamp)).toEqual(["back office", "customers", "everywhere"]);
  });

  it("refuse a level naming a channel that does not exist, by its field", async () => {
    const res = await t.api("POST", "/api/notify/rules", {
      body: { name: "x", site: OSLO, levels: [{ name: "a", delayMinutes: 0, channels: [999] }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe("levels[0].channels[0]");
  });

  it("refuse quiet hours that are not times, and fields nobody may set", async () => {
    const bad = await t.api("POST", "/api/notify/rules", {
      body: {
        name: "x",
        site: OSLO,
        quietHours: { from: "25:00", to: "07:00" },
        levels: [{ name: "a", delayMinutes: 0, channels: [1] }],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^quietHours\.from/);
    const extra = await t.api("POST", "/api/notify/rules", {
      body: {
        id: 7,
        name: "x",
        site: OSLO,
        levels: [{ name: "a", delayMinutes: 0, channels: [1] }],
      },
    });
    expect(extra.status).toBe(400);
  });
});
