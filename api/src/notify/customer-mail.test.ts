import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { watchersOf } from "../store/watcher-store.ts";
import { type Clock, MINUTE, startNotifySystem } from "../testing/notify-fixture.ts";
import { type SmtpReceiver, startSmtpReceiver } from "../testing/receivers.ts";
import { hotelFleet, type TestSystem } from "../testing/test-system.ts";

/**
 * The customer kept informed: a QR report may leave an e-mail address, told once through a real
 * SMTP server (smtp-server, run by the test) when the defect is fixed, after the resolver's undo
 * window; the address is gone from the database afterwards. No SMTP: nothing is offered or kept.
 */

const SITE = "hotel-oslo";
const clock: Clock = { now: Date.parse("2026-11-23T09:00:00Z") };
let smtp: SmtpReceiver;
let t: TestSystem;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await startNotifySystem({ clock, smtpUrl: smtp.url });
  await t.provision(hotelFleet(SITE));
});

afterAll(async () => {
  await t?.stop();
  await smtp?.close();
});

async function keyOf(system: TestSystem, asset: string): Promise<string> {
  return (await system.api("GET", `/api/sites/${SITE}/assets/${asset}/report-key`)).body.key;
}

async function qr(system: TestSystem, asset: string, fault: string, email?: string) {
  return system.api("POST", "/api/defects", {
    token: null,
    body: { site: SITE, asset, fault, reportKey: await keyOf(system, asset), email },
  });
}

const mailer = () => t.system.customerMail as NonNullable<TestSystem["system"]["customerMail"]>;

describe("a customer's e-mail when it is fixed", () => {
  it("is offered on the report page when SMTP is set", async () => {
    const key = await keyOf(t, "elev-a-btn-12");
    const target = await t.api("GET", `/api/report-targets/${SITE}/elev-a-btn-12?key=${key}`, {
      token: null,
    });
    expect(target.body).toMatchObject({ tellWhenFixed: true });
    // The asset's category first: a lighting asset offers bulb out and flicker first.
    expect(target.body.faults.slice(0, 2)).toEqual(["bulb_out", "flicker"]);
    expect(target.body.faults.at(-1)).toBe("other");
  });

  it("is sent once on resolve, after the undo window, and the address is deleted", async () => {
    const res = await qr(t, "elev-a-btn-12", "bulb_out", "Guest@Example.test");
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ tellWhenFixed: true, reference: `D-${res.body.id}` });
    const id = res.body.id as number;
    expect(watchersOf(t.system.db, id).map((w) => w.email)).toEqual(["guest@example.test"]);

    // Not yet resolved: nothing goes.
    await mailer().runOnce();
    expect(smtp.mails).toHaveLength(0);

    clock.now += MINUTE;
    expect((await t.api("POST", `/api/defects/${id}/resolve`)).status).toBe(200);
    // Within the resolver's undo window: still nothing.
    clock.now += 30_000;
    await mailer().runOnce();
    expect(smtp.mails).toHaveLength(0);

    clock.now += MINUTE;
    await mailer().runOnce();
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0];
    expect(mail?.to).toEqual(["guest@example.test"]);
    expect(mail?.parsed.subject).toBe(
      `Fixed: Bulb out, Button 12 light at Hotel Oslo Sentrum (D-${id})`,
    );
    expect(mail?.parsed.text).toContain(`Reference: D-${id}`);
    expect(mail?.parsed.text).toContain("your address has been deleted");
    expect(watchersOf(t.system.db, id)).toEqual([]);
    const row = t.system.db
      .prepare("SELECT count(*) AS n FROM defect_watchers WHERE email LIKE '%example.test'")
      .get() as { n: number };
    expect(row.n).toBe(0);

    clock.now += 10 * MINUTE;
    await mailer().runOnce();
    expect(smtp.mails).toHaveLength(1);
  });

  it("tries again when the server says later, and keeps the address only until sent", async () => {
    const res = await qr(t, "elev-a-floor", "spill", "later@example.test");
    const id = res.body.id as number;
    await t.api("POST", `/api/defects/${id}/resolve`);
    clock.now += 2 * MINUTE;
    smtp.refuseNext(1, 451);
    const before = smtp.mails.length;
    await mailer().runOnce();
    expect(smtp.mails).toHaveLength(before);
    expect(watchersOf(t.system.db, id)).toMatchObject([{ attempts: 1 }]);
    clock.now += 2 * MINUTE;
    await mailer().runOnce();
    expect(smtp.mails).toHaveLength(before + 1);
    expect(watchersOf(t.system.db, id)).toEqual([]);
  });

  it("refuses an address that is not one, and one from staff signed in", async () => {
    const bad = await qr(t, "elev-a-lamp", "bulb_out", "not an address");
    expect(bad.status).toBe(400);
    const staff = await t.api("POST", "/api/defects", {
      body: { site: SITE, asset: "elev-a-lamp", fault: "bulb_out", email: "a@example.test" },
    });
    expect(staff.status).toBe(400);
  });
});

describe("without an SMTP server", () => {
  it("offers no e-mail and keeps no address", async () => {
    const bare = await startNotifySystem({ clock });
    try {
      await bare.provision(hotelFleet(SITE));
      const key = await keyOf(bare, "elev-a-lamp");
      const target = await bare.api("GET", `/api/report-targets/${SITE}/elev-a-lamp?key=${key}`, {
        token: null,
      });
      expect(target.body.tellWhenFixed).toBe(false);
      const res = await qr(bare, "elev-a-lamp", "bulb_out", "guest@example.test");
      expect(res.status).toBe(201);
      expect(res.body.tellWhenFixed).toBe(false);
      expect(watchersOf(bare.system.db, res.body.id)).toEqual([]);
      expect(bare.system.customerMail).toBeUndefined();
    } finally {
      await bare.stop();
    }
  });
});
