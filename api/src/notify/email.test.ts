import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDeliveryByKey } from "../store/delivery-store.ts";
import {
  type Clock,
  createChannel,
  createRule,
  report,
  startNotifySystem,
} from "../testing/notify-fixture.ts";
import { type SmtpReceiver, startSmtpReceiver } from "../testing/receivers.ts";
import { hotelFleet, type TestSystem } from "../testing/test-system.ts";

/**
 * E-mail through a real SMTP server (smtp-server, with a login) that the test runs: recipients,
 * subject, plain and HTML bodies with people's text escaped, retries of a server that says "later",
 * and a mail server that refuses for good.
 */

const SITE = "hotel-oslo";
const HOSTILE = `Mirror <img src=x onerror=alert(1)> & "co"`;
const clock: Clock = { now: Date.parse("2026-11-23T09:00:00Z") };
let smtp: SmtpReceiver;
let t: TestSystem;
let channel: number;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await startNotifySystem({ clock, smtpUrl: smtp.url });
  const fleet = hotelFleet(SITE);
  fleet.sites[0]?.zones?.[0]?.assets?.push({
    id: "mirror",
    name: HOSTILE,
    category: "cleanliness",
    customerVisible: true,
  });
  await t.provision(fleet);
  channel = (
    await createChannel(t, {
      kind: "email",
      name: "Oslo staff",
      to: ["staff-oslo@example.test", "kari@example.test"],
    })
  ).id;
  await createRule(t, {
    name: "Cleaning",
    site: SITE,
    match: { categories: ["cleanliness"] },
    levels: [{ name: "Staff", delayMinutes: 0, channels: [channel] }],
  });
});

afterAll(async () => {
  await t?.stop();
  await smtp?.close();
});

describe("e-mail", () => {
  it("reaches the SMTP server with subject, plain text and escaped HTML, to every address", async () => {
    const defect = await report(t, SITE, "mirror", "dirty");
    await t.system.notifier.runOnce();
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0];
    expect(mail?.from).toBe("bulbcheck@example.test");
    expect(mail?.to.sort()).toEqual(["kari@example.test", "staff-oslo@example.test"]);
    const parsed = mail?.parsed;
    expect(parsed?.subject).toBe(`New high defect at Hotel Oslo Sentrum: Dirty: ${HOSTILE}`);
    expect(parsed?.from?.text).toBe(`"Bulb Check" <bulbcheck@example.test>`);
    expect(parsed?.messageId).toBe(`<step-d${defect}-r1-l0-c${channel}@bulbcheck.example.test>`);
    expect(parsed?.text).toContain("A high defect needs someone (level 1 of 1: Staff)");
    expect(parsed?.text).toContain(`Asset:    ${HOSTILE} (customers see it)`);
    expect(parsed?.text).toContain("Opened:   23 Nov, 10:00 (Oslo time)");
    expect(parsed?.text).toContain(`http://bulbcheck.example.test/defects/${defect}`);
    const html = String(parsed?.html);
    expect(html).toContain("Mirror &lt;img src=x onerror=alert(1)&gt; &amp; &quot;co&quot;");
    expect(html).not.toContain("<img");
    expect(html).toContain(`href="http://bulbcheck.example.test/defects/${defect}"`);
  });

  it("tries again when the server says later (4xx), with the same Message-ID", async () => {
    smtp.refuseNext(1, 451);
    const defect = await report(t, SITE, "elev-a-floor", "spill");
    const before = smtp.mails.length;
    await t.system.notifier.runOnce();
    expect(smtp.mails).toHaveLength(before);
    const key = `step-d${defect}-r1-l0-c${channel}`;
    expect(getDeliveryByKey(t.system.db, key)).toMatchObject({
      state: "pending",
      last_status: 451,
      attempts: 1,
    });
    clock.now += 30_000;
    await t.system.notifier.runOnce();
    expect(smtp.mails).toHaveLength(before + 1);
    expect(smtp.mails.at(-1)?.parsed.messageId).toBe(`<${key}@bulbcheck.example.test>`);
    expect(getDeliveryByKey(t.system.db, key)).toMatchObject({ state: "sent", attempts: 2 });
  });

  it("gives up when the server refuses for good (5xx)", async () => {
    smtp.refuseNext(1, 550);
    const res = await t.api("POST", `/api/notify/channels/${channel}/test`);
    expect(res.body).toMatchObject({
      state: "failed",
      lastStatus: 550,
      summary: "Test message to Oslo staff",
      summaryParams: { channel: "Oslo staff" },
    });
    expect((await t.api("POST", `/api/notify/channels/${channel}/test`)).body.state).toBe("sent");
    expect(smtp.mails.at(-1)?.parsed.subject).toBe("Test from Bulb Check: Oslo staff");
  });
});

describe("without an SMTP server", () => {
  it("keeps e-mail waiting, and says why", async () => {
    const bare = await startNotifySystem({ clock });
    try {
      const id = (await createChannel(bare, { kind: "email", name: "x", to: ["x@example.test"] }))
        .id;
      const res = await bare.api("POST", `/api/notify/channels/${id}/test`);
      // A test is tried once; a step would wait for a server to be set.
      expect(res.body).toMatchObject({ state: "failed", lastStatus: null });
      expect(res.body.lastError).toContain("no SMTP server is set");
    } finally {
      await bare.stop();
    }
  });
});
