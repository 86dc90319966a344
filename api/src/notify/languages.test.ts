import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { watchersOf } from "../store/watcher-store.ts";
import {
  type Clock,
  createChannel,
  MINUTE,
  report,
  startNotifySystem,
} from "../testing/notify-fixture.ts";
import { type SmtpReceiver, startSmtpReceiver } from "../testing/receivers.ts";
import { hotelFleet, type TestSystem } from "../testing/test-system.ts";

/**
 * Who reads which language (docs/languages.md), through a real SMTP server: a Norwegian site's
 * daily report in bokmål, an assignee who chose Swedish in Swedish while one who chose nothing
 * reads their Danish site's language, a guest who reported in Danish told in Danish; times on
 * the site's wall clock in the reader's way of writing them, counts with their plurals.
 */

const OSLO = "hotel-oslo";
const KBH = "hotel-copenhagen";
// Monday 2026-11-23, 10:00 in Oslo and Copenhagen (UTC+1).
const at = (utc: string) => Date.parse(`2026-11-${utc}Z`);
const clock: Clock = { now: at("23T09:00:00") };
let smtp: SmtpReceiver;
let t: TestSystem;

const mailsTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address));

async function keyOf(asset: string): Promise<string> {
  return (await t.api("GET", `/api/sites/${OSLO}/assets/${asset}/report-key`)).body.key;
}

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await startNotifySystem({ clock, smtpUrl: smtp.url });
  const oslo = hotelFleet(OSLO);
  const kbh = hotelFleet(KBH);
  for (const fleet of [oslo, kbh]) for (const site of fleet.sites) site.devices = [];
  const [o] = oslo.sites;
  const [k] = kbh.sites;
  if (!o || !k) throw new Error("hotelFleet has a site");
  o.language = "nb";
  Object.assign(k, { name: "Hotel København", timezone: "Europe/Copenhagen", language: "da" });
  await t.provision(oslo);
  await t.provision(kbh);
  const sven = await t.user({
    username: "sven",
    displayName: "Sven Ek",
    role: "staff",
    sites: [OSLO],
    email: "sven@example.test",
  });
  const chose = await t.api("PATCH", "/api/me/language", {
    token: sven.token,
    body: { locale: "sv" },
  });
  expect(chose.status).toBe(200);
  await t.user({
    username: "dorte",
    displayName: "Dorte Holm",
    role: "staff",
    sites: [KBH],
    email: "dorte@example.test",
  });
});

afterAll(async () => {
  await t?.stop();
  await smtp?.close();
});

describe("an assignee's e-mail", () => {
  it("is in Swedish for a person who chose Swedish, at a Norwegian site", async () => {
    const id = await report(t, OSLO, "elev-a-lamp", "broken");
    await t.api("POST", `/api/defects/${id}/assign`, { body: { assignee: { user: "sven" } } });
    await t.system.noticeMailer.runOnce();
    const [mail] = mailsTo("sven@example.test");
    expect(mail?.parsed.subject).toBe(
      "Tilldelat dig: Trasig (medel), Ceiling lamp (Elevator A, Hotel Oslo Sentrum)",
    );
    const text = mail?.parsed.text ?? "";
    expect(text).toMatch(/^Sven Ek, .+ har tilldelat det här felet till dig\./);
    expect(text).toContain("Allvarlighet: medel");
    expect(text).toContain("Feltyp:       Trasig");
    // Due on Oslo's clock, the Swedish way.
    expect(text).toContain("Senast:       24 nov. 10:00 (Oslo-tid)");
    expect(text).toContain("Skickat av Bulb Check: du får det här");
    expect(String(mail?.parsed.html)).toContain('<html lang="sv">');
  });

  it("is in the site's Danish for a person who chose no language", async () => {
    const id = await report(t, KBH, "elev-a-floor", "dirty");
    await t.api("POST", `/api/defects/${id}/assign`, { body: { assignee: { user: "dorte" } } });
    await t.system.noticeMailer.runOnce();
    const [mail] = mailsTo("dorte@example.test");
    expect(mail?.parsed.subject).toBe(
      "Tildelt dig: Beskidt (høj), Elevator A floor (Elevator A, Hotel København)",
    );
    expect(mail?.parsed.text).toContain("har tildelt denne fejl til dig.");
    // A high defect opened at 09:00 UTC is due four hours later: 14:00 on Copenhagen's clock,
    // written the Danish way.
    expect(mail?.parsed.text).toContain("Frist:       23. nov., 14.00 (Copenhagen-tid)");
  });
});

describe("a guest's fixed e-mail", () => {
  it("is in the language of the page they reported on, else the site's", async () => {
    const danish = await t.api("POST", "/api/defects", {
      token: null,
      body: {
        site: OSLO,
        asset: "elev-a-btn-12",
        fault: "bulb_out",
        reportKey: await keyOf("elev-a-btn-12"),
        email: "gaest@example.test",
        language: "da",
      },
    });
    expect(danish.status, JSON.stringify(danish.body)).toBe(201);
    expect(watchersOf(t.system.db, danish.body.id)).toMatchObject([{ language: "da" }]);
    const plain = await t.api("POST", "/api/defects", {
      token: null,
      body: {
        site: OSLO,
        asset: "elev-a-floor",
        fault: "spill",
        reportKey: await keyOf("elev-a-floor"),
        email: "gjest@example.test",
      },
    });
    expect(plain.status).toBe(201);
    clock.now = at("23T10:30:00");
    for (const id of [danish.body.id, plain.body.id])
      expect((await t.api("POST", `/api/defects/${id}/resolve`, { body: {} })).status).toBe(200);
    clock.now += 2 * MINUTE;
    const customerMail = t.system.customerMail;
    if (!customerMail) throw new Error("SMTP is set: the customer mailer runs");
    await customerMail.runOnce();

    const [da] = mailsTo("gaest@example.test");
    expect(da?.parsed.subject).toBe(
      `Udbedret: Pære sprunget, Button 12 light på Hotel Oslo Sentrum (D-${danish.body.id})`,
    );
    expect(da?.parsed.text).toContain("Fejlen, du meldte på Hotel Oslo Sentrum, er udbedret.");
    // Resolved at 10:30 UTC: 11:30 on the hotel's clock, written the Danish way.
    expect(da?.parsed.text).toMatch(/Udbedret: +23\. nov\., 11\.30 \(Oslo-tid\)/);
    expect(da?.parsed.text).toContain("din adresse er slettet");

    const [nb] = mailsTo("gjest@example.test");
    expect(nb?.parsed.subject).toMatch(/^Utbedret: Søl, Elevator A floor ved Hotel Oslo Sentrum/);
    expect(nb?.parsed.text).toContain("Takk for at du sa fra.");
  });
});

describe("the daily report", () => {
  it("reaches a Norwegian site in bokmål, with its times and counts written the Norwegian way", async () => {
    const channel = await createChannel(t, {
      kind: "email",
      name: "Oslo morning",
      to: ["drift@example.test"],
    });
    const sub = await t.api("POST", "/api/notify/reports", {
      body: {
        name: "Oslo",
        sites: [OSLO],
        hour: 7,
        timezone: "Europe/Oslo",
        channels: [channel.id],
      },
    });
    expect(sub.status).toBe(201);
    // Tuesday 07:30 in Oslo: Monday's report.
    clock.now = at("24T06:30:00");
    await t.system.notifier.runOnce();
    const [mail] = mailsTo("drift@example.test");
    expect(mail?.parsed.subject).toBe("Daglig pærerapport man. 23. nov. 2026: Hotel Oslo Sentrum");
    const text = mail?.parsed.text ?? "";
    const html = String(mail?.parsed.html);
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain("<h4>Feilet den dagen (3)</h4>");
    expect(html).toContain("<h4>Fortsatt åpne (1)</h4>");
    // Plurals: one still open, none overdue.
    expect(text).toContain("3 feilet, 1 fortsatt åpent, 0 forsinkede inspeksjoner");
    expect(text).toContain("== Hotel Oslo Sentrum (man. 23. nov. 2026, Oslo-tid) ==");
    // The lamp reported at 09:00 UTC reads 10:00 on the hotel's wall clock.
    expect(text).toMatch(
      /Ødelagt \(middels\): Ceiling lamp \(elevator-a\), åpnet 23\. nov\., 10[:.]00/,
    );
    // The share as Norwegian writes it: a space (no-break) before the sign.
    expect(text).toMatch(/Fanget før kundene: 0\s%/);
    expect(text).toContain("Funnet først av: sensorer 0, ansatte 1, kunder 2, Bulb Check 0");
    expect(html).toContain(">Åpne i Bulb Check</a>");
  });
});
