import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../store/database.ts";
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
 * The delivery log shows managers their sites' deliveries, but not what the channel listing
 * hides from them: the receiver's answer (an internal service's page, a stack trace) and the
 * URLs in errors, which may carry a login or be a chat room's key. Admins see everything.
 */

const SITE = "hotel-oslo";
const clock: Clock = { now: Date.parse("2026-11-23T10:00:00Z") };
const ANSWER = "db postgres://app:s3cret@10.0.0.5/prod refused: stack at Worker.run";
let hook: WebhookReceiver;
let t: TestSystem;
let manager: string;
let delivery: number;
let hookUrlWithLogin: string;

beforeAll(async () => {
  hook = await startWebhookReceiver();
  t = await startNotifySystem({ clock });
  const fleet = hotelFleet(SITE);
  for (const site of fleet.sites) site.devices = [];
  await t.provision(fleet);
  const url = new URL(hook.url);
  url.username = "bob";
  url.password = "hunter2";
  hookUrlWithLogin = url.href;
  const channel = await createChannel(t, { kind: "webhook", name: "Ops", url: hookUrlWithLogin });
  await createRule(t, {
    name: "Everything",
    site: SITE,
    levels: [{ name: "Ops", delayMinutes: 0, channels: [channel.id] }],
  });
  manager = (await t.user({ username: "mia", role: "manager", sites: [SITE] })).token;
  hook.answers.push({ status: 500, body: ANSWER });
  await report(t, SITE, "elev-a-btn-12", "bulb_out");
  await t.system.notifier.runOnce();
  const list = await t.api("GET", "/api/notify/deliveries");
  delivery = list.body.items[0].id;
});

afterAll(async () => {
  await t?.stop();
  await hook?.close();
});

describe("the delivery log", () => {
  it("sends a URL's login as Basic authentication, never in the clear in the log", () => {
    const got = hook.requests.at(-1);
    expect(got?.headers.authorization).toBe(
      `Basic ${Buffer.from("bob:hunter2").toString("base64")}`,
    );
  });

  it("shows a manager that a delivery failed and why, without the receiver's answer", async () => {
    const list = await t.api("GET", "/api/notify/deliveries", { token: manager });
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({
      id: delivery,
      lastStatus: 500,
      lastError: "HTTP 500 Internal Server Error",
      lastAnswer: null,
    });
    const one = await t.api("GET", `/api/notify/deliveries/${delivery}`, { token: manager });
    expect(one.body.log).toEqual([
      expect.objectContaining({
        status: 500,
        error: "HTTP 500 Internal Server Error",
        answer: null,
      }),
    ]);
    for (const body of [list.body, one.body]) {
      expect(JSON.stringify(body)).not.toContain("s3cret");
      expect(JSON.stringify(body)).not.toContain("hunter2");
    }
  });

  it("shows an admin the answer's first bytes", async () => {
    const list = await t.api("GET", "/api/notify/deliveries");
    expect(list.body.items[0]).toMatchObject({ lastStatus: 500, lastAnswer: ANSWER });
    const one = await t.api("GET", `/api/notify/deliveries/${delivery}`);
    expect(one.body.log[0]).toMatchObject({ answer: ANSWER });
  });

  it("keeps answers apart in a log written before they were, and cuts URLs in errors for managers", async () => {
    // The log as an older Bulb Check wrote it: the answer inside the error, and the error of the
    // fetch it used then, which named the URL with its login.
    const dataDir = t.dataDir;
    await t.system.stop();
    const old = openDatabase({ path: `${dataDir}/bulbcheck.db` });
    old.exec(`
      UPDATE notify_deliveries
        SET last_error = 'HTTP 500 Internal Server Error: ' || last_answer || '; gave up after 1 attempt';
      UPDATE notify_attempts
        SET error = 'TypeError: Request cannot be constructed from a URL that includes credentials: ${hookUrlWithLogin}';
      ALTER TABLE notify_deliveries DROP COLUMN last_answer;
      ALTER TABLE notify_attempts DROP COLUMN answer;
      DROP TABLE defect_watchers;
      DROP TABLE defect_photos;
      ALTER TABLE defect_timeline DROP COLUMN photo_id;
      DROP INDEX defects_after_round;
      DROP INDEX defects_sensor_suspect;
      DROP INDEX defects_by_asset_fault;
      ALTER TABLE defects DROP COLUMN evidence;
      ALTER TABLE defects DROP COLUMN after_round;
      ALTER TABLE defects DROP COLUMN suspect;
      ALTER TABLE devices DROP COLUMN health;
      DROP TABLE user_notices;
      DROP TABLE assignment_rules;
      DROP INDEX defects_resolved_window;
      DROP INDEX defects_recurrences;
      CREATE INDEX defects_resolved_day ON defects(resolved_at / 86400000);
      CREATE INDEX defects_opened_day ON defects(opened_at / 86400000, source, category);
      DROP INDEX defects_unresolved_by_user;
      DROP INDEX defects_unresolved_by_team;
      DROP INDEX defects_resolved_by_asset;
      ${["assignee_user", "assignee_team", "assigned_at", "assigned_by", "hold_reason", "hold_since", "hold_by", "cause", "resolved_from", "recurrence_of", "reopens", "comments"].map((c) => `ALTER TABLE defects DROP COLUMN ${c};`).join("\n")}
      ALTER TABLE notify_deliveries DROP COLUMN summary_params;
      ALTER TABLE rejected_events DROP COLUMN params;
      ALTER TABLE users DROP COLUMN locale;
      ALTER TABLE users DROP COLUMN email;
      ALTER TABLE users DROP COLUMN phone;
      DROP TABLE event_days;
      DROP TABLE heartbeats;
      DROP INDEX notify_deliveries_finished;
      ALTER TABLE sites DROP COLUMN language;
      ALTER TABLE sites DROP COLUMN retired_at;
      ALTER TABLE zones DROP COLUMN retired_at;
      ALTER TABLE assets DROP COLUMN retired_at;
      ALTER TABLE checkpoints DROP COLUMN retired_at;
      ALTER TABLE devices DROP COLUMN retired_at;
      PRAGMA user_version = 11;
    `);
    old.close();
    t = await startNotifySystem({ clock, dataDir });
    const asManager = await t.api("GET", `/api/notify/deliveries/${delivery}`, { token: manager });
    expect(asManager.body).toMatchObject({
      lastError: "HTTP 500 Internal Server Error; gave up after 1 attempt",
      lastAnswer: null,
      // Queued before its summary's parameters were kept: its English summary is all there is.
      summaryParams: null,
    });
    const { host } = new URL(hook.url);
    expect(asManager.body.log[0]).toMatchObject({
      error: `TypeError: Request cannot be constructed from a URL that includes credentials: http://${host}/…`,
      answer: null,
    });
    expect(JSON.stringify(asManager.body)).not.toContain("hunter2");
    expect(JSON.stringify(asManager.body)).not.toContain("s3cret");
    const asAdmin = await t.api("GET", `/api/notify/deliveries/${delivery}`);
    expect(asAdmin.body).toMatchObject({ lastAnswer: ANSWER });
    expect(asAdmin.body.log[0].error).toContain(hookUrlWithLogin);
  });
});
