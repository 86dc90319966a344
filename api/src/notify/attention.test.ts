import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Clock,
  createChannel,
  createRule,
  MINUTE,
  TEST_TUNING,
} from "../testing/notify-fixture.ts";
import { type SmtpReceiver, startSmtpReceiver } from "../testing/receivers.ts";
import { hotelFleet, startTestSystem, type TestSystem } from "../testing/test-system.ts";

/**
 * Attention without noise (issue 20, item 8), against a real SMTP server: a fresh install's
 * default in-app rules tell a site's managers of new high-severity and customer-reported
 * defects; an assignee is e-mailed once per notice, retried when the server says "later", and
 * settled without a message when there is no address; a level's e-mail channel that reaches a
 * user's address puts the escalation in their notices without a second e-mail.
 */

const SITE = "hotel-oslo";
const OTHER = "hotel-bergen";
// Monday 10:00 in Oslo.
const clock: Clock = { now: Date.parse("2026-11-23T09:00:00Z") };
let smtp: SmtpReceiver;
let t: TestSystem;
let mona: string;
let kari: string;
let ola: string;

interface NoticeList {
  unread: number;
  items: { id: number; kind: string; by: string; defect: { id: number } }[];
}

const notices = async (token: string) =>
  (await t.api<NoticeList>("GET", "/api/me/notices", { token })).body;

const mailRow = (defect: number, user: string) =>
  t.system.db
    .prepare(
      `SELECT n.kind, n.mailed_at, n.mail_attempts, n.mail_next_at, n.mail_result FROM user_notices n
       JOIN users u ON u.id = n.user_id WHERE n.defect_id = ? AND u.username = ? ORDER BY n.id`,
    )
    .all(defect, user) as {
    kind: string;
    mailed_at: number | null;
    mail_attempts: number;
    mail_next_at: number | null;
    mail_result: string | null;
  }[];

async function report(asset: string, fault: string, source: "staff" | "customer" = "staff") {
  const res = await t.api<{ id: number }>("POST", "/api/defects", {
    body: { site: SITE, asset, fault, source },
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

const assign = (id: number, assignee: { user: string } | { team: string }) =>
  t.api("POST", `/api/defects/${id}/assign`, { token: mona, body: { assignee } });

/** Turns every rule there is (the default ones, before a test makes its own) off or on. */
async function defaultRules(enabled: boolean) {
  const rules = await t.api<{ items: { id: number }[] }>("GET", "/api/notify/rules");
  for (const rule of rules.body.items)
    expect(
      (await t.api("PATCH", `/api/notify/rules/${rule.id}`, { body: { enabled } })).status,
    ).toBe(200);
}

const mailsTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address));

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await startTestSystem({
    now: () => clock.now,
    notifier: TEST_TUNING,
    defaultAttention: true,
    notify: {
      smtp: { url: smtp.url, from: "Bulb Check <bulbcheck@example.test>" },
      publicUrl: "http://bulbcheck.example.test",
    },
  });
  await t.provision(hotelFleet(SITE));
  await t.provision(hotelFleet(OTHER));
  mona = (
    await t.user({
      username: "mona",
      displayName: "Mona Berg",
      role: "manager",
      sites: [SITE],
      email: "mona@example.test",
    })
  ).token;
  kari = (
    await t.user({
      username: "kari",
      displayName: "Kari Nordmann",
      role: "staff",
      sites: [SITE],
      email: "kari@example.test",
    })
  ).token;
  // Per has a login but no e-mail address, so mail to him is refused with a reason.
  await t.user({ username: "per", role: "staff", sites: [SITE] });
  ola = (await t.user({ username: "ola", role: "manager", sites: [OTHER] })).token;
});

afterAll(async () => {
  await t?.stop();
  await smtp?.close();
});

describe("a fresh install", () => {
  it("has an in-app channel and two every-site rules on it, which admins see", async () => {
    const channels = await t.api<{ items: { id: number; kind: string; name: string }[] }>(
      "GET",
      "/api/notify/channels",
    );
    const inApp = channels.body.items.filter((c) => c.kind === "in_app");
    expect(inApp).toEqual([expect.objectContaining({ name: "Site managers (in-app)" })]);
    const rules = await t.api<{ items: unknown[] }>("GET", "/api/notify/rules");
    expect(rules.body.items).toEqual([
      expect.objectContaining({
        name: "New customer reports",
        site: null,
        enabled: true,
        match: { sources: ["customer"] },
        levels: [{ name: "Site managers", delayMinutes: 0, channels: [inApp[0]?.id] }],
      }),
      expect.objectContaining({
        name: "New high-severity defects",
        match: { severities: ["high"] },
      }),
    ]);
    const test = await t.api("POST", `/api/notify/channels/${inApp[0]?.id}/test`);
    expect(test.status).toBe(409);
  });

  it("tells the site's managers of a new high-severity defect in-app, once, and no one else", async () => {
    // Spill on a floor customers see, reported by a customer: both rules take it.
    const id = await report("elev-a-floor", "spill", "customer");
    await t.system.notifier.runOnce();
    const seen = await notices(mona);
    expect(seen.items.filter((n) => n.defect.id === id)).toEqual([
      expect.objectContaining({ kind: "attention" }),
    ]);
    expect(seen.items.find((n) => n.defect.id === id)?.by).toMatch(/^rule “New /);
    expect((await notices(kari)).items.some((n) => n.defect.id === id)).toBe(false);
    expect((await notices(ola)).items.some((n) => n.defect.id === id)).toBe(false);
    // In-app only: no e-mail, and nothing on the timeline (the notice is the record).
    await t.system.noticeMailer.runOnce();
    expect(mailsTo("mona@example.test")).toHaveLength(0);
    const page = await t.api<{ timeline: { type: string }[] }>("GET", `/api/defects/${id}`);
    expect(page.body.timeline.map((e) => e.type)).not.toContain("notified");
  });

  it("tells them of a customer's report of a low-severity fault, and not of a staff one", async () => {
    const customer = await report("elev-a-lamp", "flicker", "customer");
    const staff = await report("elev-a-lamp", "signage");
    await t.system.notifier.runOnce();
    const ids = (await notices(mona)).items.map((n) => n.defect.id);
    expect(ids).toContain(customer);
    expect(ids).not.toContain(staff);
  });

  it("tells nobody once an admin turns the rules off", async () => {
    await defaultRules(false);
    const id = await report("elev-a-btn-12", "out_of_order");
    await t.system.notifier.runOnce();
    expect((await notices(mona)).items.some((n) => n.defect.id === id)).toBe(false);
    await defaultRules(true);
  });
});

describe("the e-mail to an assignee", () => {
  it("names the defect, who assigned it and links to it, once", async () => {
    const id = await report("elev-a-lamp", "broken");
    expect((await assign(id, { user: "kari" })).status).toBe(200);
    await t.system.noticeMailer.runOnce();
    await t.system.noticeMailer.runOnce();
    const mails = mailsTo("kari@example.test");
    expect(mails).toHaveLength(1);
    const parsed = mails[0]?.parsed;
    expect(parsed?.subject).toBe(
      "Assigned to you: medium Broken, Ceiling lamp (Elevator A, Hotel Oslo Sentrum)",
    );
    expect(parsed?.messageId).toMatch(/^<notice-\d+@bulbcheck\.example\.test>$/);
    const text = parsed?.text ?? "";
    expect(text).toContain("Kari Nordmann, Mona Berg assigned this defect to you.");
    for (const line of [
      "Asset:       Ceiling lamp",
      "Zone:        Elevator A",
      "Site:        Hotel Oslo Sentrum",
      "Severity:    medium",
      "Due:         24 Nov, 10:00 (Oslo time)",
      "Assigned by: Mona Berg",
      `http://bulbcheck.example.test/defects/${id}`,
    ])
      expect(text).toContain(line);
    expect(parsed?.html).toContain(`href="http://bulbcheck.example.test/defects/${id}"`);
    expect(mailRow(id, "kari")).toEqual([
      expect.objectContaining({ kind: "assigned", mail_attempts: 1, mail_result: "sent" }),
    ]);
  });

  it("is settled without a message for a user with no address", async () => {
    const id = await report("elev-a-lamp", "other");
    await assign(id, { user: "per" });
    await t.system.noticeMailer.runOnce();
    expect(mailRow(id, "per")).toEqual([
      expect.objectContaining({
        mail_attempts: 0,
        mail_result: "not sent: the user has no e-mail address",
      }),
    ]);
    expect(mailRow(id, "per")[0]?.mailed_at).not.toBeNull();
  });

  it("goes to each member of a team with an address, saying it is their team's", async () => {
    const id = await report("elev-a-btn-12", "flicker");
    const before = mailsTo("kari@example.test").length;
    await assign(id, { team: "staff" });
    await t.system.noticeMailer.runOnce();
    const mails = mailsTo("kari@example.test");
    expect(mails).toHaveLength(before + 1);
    expect(mails.at(-1)?.parsed.subject).toMatch(
      /^Assigned to your team \(staff of Hotel Oslo Sentrum\): /,
    );
    expect(mailRow(id, "per")[0]?.mail_result).toBe("not sent: the user has no e-mail address");
  });

  it("is tried again after a refusal that may pass, and sent then", async () => {
    const id = await report("elev-a-lamp", "bulb_out");
    const before = mailsTo("kari@example.test").length;
    smtp.refuseNext(1, 451);
    await assign(id, { user: "kari" });
    await t.system.noticeMailer.runOnce();
    expect(mailsTo("kari@example.test")).toHaveLength(before);
    const waiting = mailRow(id, "kari")[0];
    expect(waiting).toMatchObject({ mailed_at: null, mail_attempts: 1 });
    expect(waiting?.mail_result).toMatch(/451/);
    // Not before its back-off (half a minute at least with the tests' policy)...
    await t.system.noticeMailer.runOnce();
    expect(mailsTo("kari@example.test")).toHaveLength(before);
    clock.now += 2 * MINUTE;
    await t.system.noticeMailer.runOnce();
    expect(mailsTo("kari@example.test")).toHaveLength(before + 1);
    expect(mailRow(id, "kari")[0]).toMatchObject({ mail_attempts: 2, mail_result: "sent" });
  });
});

describe("escalated to me", () => {
  it("puts a level's e-mail to a user's address in their notices, without a second e-mail", async () => {
    const email = await createChannel(t, {
      kind: "email",
      name: "Oslo manager",
      to: ["MONA@example.test"],
    });
    await defaultRules(false);
    const rule = await createRule(t, {
      name: "Floors climb",
      site: SITE,
      match: { categories: ["cleanliness"] },
      levels: [
        { name: "Nobody yet", delayMinutes: 0, channels: [email.id] },
        { name: "Manager", delayMinutes: 30, channels: [email.id] },
      ],
    });
    const id = await report("elev-a-floor", "dirty");
    await t.system.notifier.runOnce();
    clock.now += 30 * MINUTE;
    await t.system.notifier.runOnce();
    await t.system.noticeMailer.runOnce();
    const mine = (await notices(mona)).items.filter((n) => n.defect.id === id);
    expect(mine.map((n) => n.kind).sort()).toEqual(["attention", "escalated"]);
    expect(mine[0]?.by).toBe("rule “Floors climb”");
    // The channel's two e-mails (level 1 and 2); the notices add none.
    expect(
      smtp.mails.filter(
        (m) =>
          m.to.some((a) => a.toLowerCase() === "mona@example.test") &&
          m.parsed.subject?.includes("Elevator A floor"),
      ),
    ).toHaveLength(2);
    expect(mailRow(id, "mona").every((r) => r.mail_result?.startsWith("e-mailed by"))).toBe(true);
    await t.api("DELETE", `/api/notify/rules/${rule}`);
    await defaultRules(true);
  });
});
