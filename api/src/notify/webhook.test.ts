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
 * Webhooks against a real HTTP receiver that checks the signature the way the docs say, and
 * fails on purpose: signing, retries with backoff, giving up, the delivery log, Slack and Teams.
 */

const SITE = "hotel-oslo";
const clock: Clock = { now: Date.parse("2026-11-23T10:00:00Z") };
let t: TestSystem;
let hook: WebhookReceiver;
let secret: string | undefined;
let channel: number;

beforeAll(async () => {
  hook = await startWebhookReceiver({ secret: () => secret, now: () => clock.now });
  t = await startNotifySystem({ clock });
  const fleet = hotelFleet(SITE);
  fleet.sites[0]?.zones?.[0]?.assets?.push({
    id: "hostile",
    name: "Lamp <script>alert(1)</script> & [link](http://evil.test) *bold*",
    category: "lighting",
    customerVisible: false,
  });
  await t.provision(fleet);
  const created = await createChannel(t, { kind: "webhook", name: "Ops hook", url: hook.url });
  channel = created.id;
  secret = created.secret ?? undefined;
});

afterAll(async () => {
  await t?.stop();
  await hook?.close();
});

describe("webhook channels", () => {
  it("get a secret, shown on creation and to admins only", async () => {
    expect(secret).toMatch(/^whsec_[\w-]{43}$/);
    const list = await t.api("GET", "/api/notify/channels");
    expect(list.body.items[0]).toMatchObject({
      id: channel,
      kind: "webhook",
      signed: true,
      target: hook.url,
    });
    expect(JSON.stringify(list.body)).not.toContain(secret);
    const read = await t.api("GET", `/api/notify/channels/${channel}/secret`);
    expect(read.body).toEqual({ channel, secret });
    const manager = await t.user({ username: "mia", role: "manager" });
    const seen = await t.api("GET", "/api/notify/channels", { token: manager.token });
    expect(seen.body.items[0]).toMatchObject({ name: "Ops hook", target: null });
    expect(
      (await t.api("GET", `/api/notify/channels/${channel}/secret`, { token: manager.token }))
        .status,
    ).toBe(403);
    expect(
      (
        await t.api("POST", "/api/notify/channels", {
          token: manager.token,
          body: { kind: "webhook", name: "x", url: hook.url },
        })
      ).status,
    ).toBe(403);
  });

  it("refuse what is not a web address", async () => {
    const res = await t.api("POST", "/api/notify/channels", {
      body: { kind: "webhook", name: "bad", url: "file:///etc/passwd" },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^url: /);
  });

  it("send a signed test the receiver verifies, and log it", async () => {
    const res = await t.api("POST", `/api/notify/channels/${channel}/test`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      purpose: "test",
      state: "sent",
      attempts: 1,
      lastStatus: 200,
    });
    expect(res.body.log).toEqual([
      expect.objectContaining({ n: 1, status: 200, outcome: "sent", error: null }),
    ]);
    const got = hook.requests.at(-1);
    expect(got?.verified).toBe(true);
    expect(got?.headers["x-bulbcheck-event"]).toBe("test");
    expect(got?.headers["idempotency-key"]).toBe(res.body.key);
    expect(got?.headers["x-bulbcheck-timestamp"]).toBe(String(Math.floor(clock.now / 1000)));
    expect(got?.body).toMatchObject({ type: "test", id: res.body.key, channel: { id: channel } });
    const log = await t.api("GET", "/api/notify/deliveries?limit=5");
    expect(log.body.items[0]).toMatchObject({ id: res.body.id, state: "sent" });
  });

  it("retry a receiver that fails with backoff, then deliver once", async () => {
    await createRule(t, {
      name: "Lighting",
      site: SITE,
      match: { categories: ["lighting"] },
      levels: [{ name: "Ops", delayMinutes: 0, channels: [channel] }],
    });
    const before = hook.requests.length;
    hook.answers.push(503, 500, 200);
    const defect = await report(t, SITE, "elev-a-btn-12", "bulb_out");
    await t.system.notifier.runOnce();
    const sent = () => hook.requests.slice(before);
    expect(sent().map((r) => r.status)).toEqual([503]);
    // Backoff: about half of a minute first (no jitter in tests), then a minute.
    clock.now += 29_000;
    await t.system.notifier.runOnce();
    expect(sent()).toHaveLength(1);
    clock.now += 1000;
    await t.system.notifier.runOnce();
    expect(sent().map((r) => r.status)).toEqual([503, 500]);
    clock.now += 59_000;
    await t.system.notifier.runOnce();
    expect(sent()).toHaveLength(2);
    clock.now += 1000;
    await t.system.notifier.runOnce();
    expect(sent().map((r) => r.status)).toEqual([503, 500, 200]);
    // The same body and key every time, each signed afresh and verified.
    expect(new Set(sent().map((r) => r.raw)).size).toBe(1);
    expect(new Set(sent().map((r) => r.headers["idempotency-key"])).size).toBe(1);
    expect(sent().every((r) => r.verified)).toBe(true);
    expect(sent()[0]?.body).toMatchObject({
      type: "defect.notified",
      defect: { id: defect, severity: "high", assetName: "Button 12 light" },
      site: { id: SITE, name: "Hotel Oslo Sentrum", timezone: "Europe/Oslo" },
      level: { number: 1, name: "Ops", of: 1 },
      url: `http://bulbcheck.example.test/defects/${defect}`,
    });
    const log = await t.api("GET", `/api/notify/deliveries?site=${SITE}`);
    const delivery = log.body.items.find((d: { defect: number }) => d.defect === defect);
    const detail = await t.api("GET", `/api/notify/deliveries/${delivery.id}`);
    expect(detail.body).toMatchObject({ state: "sent", attempts: 3, lastStatus: 200 });
    expect(
      detail.body.log.map((a: { status: number; outcome: string }) => [a.status, a.outcome]),
    ).toEqual([
      [503, "retry"],
      [500, "retry"],
      [200, "sent"],
    ]);
    expect(detail.body.log[0].error).toContain("HTTP 503");
  });

  it("give up at once on an answer that will not change, and resend by hand", async () => {
    hook.answers.push(404);
    const res = await t.api("POST", `/api/notify/channels/${channel}/test`);
    expect(res.body).toMatchObject({ state: "failed", lastStatus: 404, attempts: 1 });
    expect(res.body.lastError).toContain("HTTP 404");
    const again = await t.api("POST", `/api/notify/deliveries/${res.body.id}/retry`);
    expect(again.body).toMatchObject({ state: "sent", attempts: 2 });
    expect((await t.api("POST", `/api/notify/deliveries/${res.body.id}/retry`)).status).toBe(409);
  });

  it("are refused by the receiver when signed with an old secret", async () => {
    const old = secret;
    const rotated = await t.api("POST", `/api/notify/channels/${channel}/secret`);
    expect(rotated.body.secret).not.toBe(old);
    // The receiver still checks the old one: the new signature does not pass.
    const res = await t.api("POST", `/api/notify/channels/${channel}/test`);
    expect(res.body).toMatchObject({ state: "failed", lastStatus: 401 });
    secret = rotated.body.secret;
    expect((await t.api("POST", `/api/notify/channels/${channel}/test`)).body.state).toBe("sent");
  });
});

describe("Slack and Teams formats", () => {
  it("post the documented shapes, with people's text escaped", async () => {
    const slack = await createChannel(t, {
      kind: "slack",
      name: "Slack #ops",
      url: `${hook.url}/slack`,
    });
    const teams = await createChannel(t, {
      kind: "teams",
      name: "Teams ops",
      url: `${hook.url}/teams`,
    });
    expect(slack.secret).toBeNull();
    await createRule(t, {
      name: "Chat",
      site: SITE,
      match: { severities: ["low"], customerVisible: false },
      levels: [{ name: "Chat rooms", delayMinutes: 0, channels: [slack.id, teams.id] }],
    });
    const before = hook.requests.length;
    await report(t, SITE, "hostile", "flicker");
    await t.system.notifier.runOnce();
    // The "Lighting" rule takes the flicker too: its signed webhook, and the two rooms.
    const all = hook.requests.slice(before);
    expect(all).toHaveLength(3);
    const got = all.filter((r) => r.headers["x-bulbcheck-signature"] === undefined);
    expect(got).toHaveLength(2);
    const slackBody = got.find((r) => "blocks" in r.body)?.body;
    const teamsBody = got.find((r) => "attachments" in r.body)?.body;
    expect(slackBody.text).toContain("Lamp &lt;script&gt;alert(1)&lt;/script&gt; &amp; [link]");
    expect(slackBody.blocks[0]).toMatchObject({ type: "header", text: { type: "plain_text" } });
    // Only plain_text (never read as markup) keeps the name as written; mrkdwn has it escaped.
    const mrkdwn = JSON.stringify(slackBody.blocks.slice(1));
    expect(mrkdwn).toContain("&lt;script&gt;");
    expect(mrkdwn).not.toContain("<script>");
    expect(slackBody.blocks.at(-1)).toMatchObject({ type: "actions" });
    expect(teamsBody).toMatchObject({
      type: "message",
      attachments: [
        {
          contentType: "application/vnd.microsoft.card.adaptive",
          content: { type: "AdaptiveCard", version: "1.4" },
        },
      ],
    });
    const card = JSON.stringify(teamsBody.attachments[0].content.body);
    expect(card).toContain("\\\\[link\\\\]\\\\(http://evil\\\\.test\\\\) \\\\*bold\\\\*");
  });
});
