import { ADMIN_PASSWORD, ADMIN_USERNAME, hotelFleet } from "@bulbcheck/api/testing";
import { startWebhookReceiver, type WebhookReceiver } from "@bulbcheck/api/testing/receivers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { type Account, DashboardHarness } from "./fixture.ts";

/**
 * Notifications in the dashboard, in headless Chromium against the real system and a real
 * webhook receiver: an admin makes a channel and a rule, sends a test and finds it in the
 * delivery log; a manager runs their site's rules; the daily report page renders.
 */

const OSLO = "hotel-oslo";
const BERGEN = "hotel-bergen";
const ADMIN = { username: ADMIN_USERNAME, password: ADMIN_PASSWORD };
const MONA: Account = {
  username: "mona",
  password: "mona-password-1",
  role: "manager",
  sites: [OSLO],
};
let h: DashboardHarness;
let hook: WebhookReceiver;
let secret: string | undefined;

beforeAll(async () => {
  hook = await startWebhookReceiver({ secret: () => secret });
  h = await DashboardHarness.start({ system: { notifier: { everyMs: 500, stopGraceMs: 200 } } });
  await h.t.provision(hotelFleet(OSLO));
  await h.t.provision(hotelFleet(BERGEN));
  await h.createAccounts([MONA]);
});

afterAll(async () => {
  await h?.stop();
  await hook?.close();
});

describe("notifications in the dashboard", () => {
  it("lets an admin make a channel and a rule, send a test, and see it in the delivery log", async () => {
    const page = await h.signIn(ADMIN, "/admin/notifications");
    await page.fill("input[name=name] >> nth=0", "Ops webhook");
    await page.selectOption("select[name=kind]", "webhook");
    await page.fill("input[name=target]", hook.url);
    await page.getByRole("button", { name: "Create channel" }).click();
    await page.getByTestId("once-secret").waitFor();
    secret = (await page.getByTestId("secret-value").textContent()) ?? undefined;
    expect(secret).toMatch(/^whsec_/);
    await page.getByTestId("channels").getByText("Ops webhook").waitFor();

    await page.getByTestId("test-channel").click();
    await page.getByTestId("done").filter({ hasText: "Test sent" }).waitFor();
    expect(hook.requests.at(-1)).toMatchObject({ verified: true, status: 200 });
    expect(hook.requests.at(-1)?.body.type).toBe("test");

    const form = page.getByTestId("rule-form");
    await form.locator("input[name=name]").fill("Lights in Oslo");
    await form.locator("select[name=site]").selectOption(OSLO);
    await form.locator("input[name=category][value=lighting]").check();
    await form.locator("input[name=quietFrom]").fill("22:00");
    await form.locator("input[name=quietTo]").fill("07:00");
    await form.locator("input[name=level0_channel]").first().check();
    await form.getByRole("button", { name: "Create rule" }).click();
    await page.getByTestId("rules").getByText("Lights in Oslo").waitFor();
    const rules = await h.t.api("GET", "/api/notify/rules");
    expect(rules.body.items[0]).toMatchObject({
      site: OSLO,
      match: { categories: ["lighting"] },
      quietHours: { from: "22:00", to: "07:00", except: ["high"] },
      levels: [{ name: "Staff", delayMinutes: 0 }],
    });
    await screenshot(page, "notifications-laptop");

    await page.getByRole("link", { name: "Delivery log" }).click();
    await page.waitForURL(`${h.url}/admin/notifications/deliveries`);
    const row = page
      .getByTestId("deliveries")
      .locator("tr", { hasText: "Test message to Ops webhook" });
    await row.waitFor();
    expect(await row.textContent()).toContain("sent");
    await screenshot(page, "delivery-log-laptop");
    await page.close();
  });

  it("lets the rule be changed on its own page", async () => {
    const page = await h.signIn(ADMIN, "/admin/notifications");
    await page.getByTestId("rules").getByRole("link", { name: "Lights in Oslo" }).click();
    const form = page.getByTestId("rule-edit");
    await form.waitFor();
    expect(await form.locator("input[name=quietFrom]").inputValue()).toBe("22:00");
    expect(await form.locator("input[name=category][value=lighting]").isChecked()).toBe(true);
    await form.locator("input[name=quietTo]").fill("06:30");
    await form.locator("input[name=level1_channel]").first().check();
    await form.locator("input[name=level1_delay]").fill("15");
    await screenshot(page, "notification-rule-edit-laptop");
    await form.getByRole("button", { name: "Save rule" }).click();
    await page.waitForURL(`${h.url}/admin/notifications`);
    const rule = (await h.t.api("GET", "/api/notify/rules")).body.items[0];
    expect(rule.quietHours).toMatchObject({ from: "22:00", to: "06:30" });
    expect(
      rule.levels.map((l: { name: string; delayMinutes: number }) => [l.name, l.delayMinutes]),
    ).toEqual([
      ["Staff", 0],
      ["Site manager", 15],
    ]);
    await page.close();
  });

  it("shows a defect's notification in the log and on its timeline", async () => {
    const res = await h.t.api("POST", "/api/defects", {
      body: { site: OSLO, asset: "elev-a-btn-12", fault: "bulb_out" },
    });
    // Quiet hours may hold it, depending on when the test runs; high severity passes them.
    expect(res.body.severity).toBe("high");
    await h.t.system.notifier.runOnce();
    const page = await h.signIn(ADMIN, "/admin/notifications/deliveries");
    await page.getByTestId("deliveries").getByText(`defect #${res.body.id}`).waitFor();
    await page.goto(`${h.url}/defects/${res.body.id}`);
    await page.locator(".timeline li.notified").waitFor();
    expect(await page.locator(".timeline li.notified").textContent()).toContain("Lights in Oslo");
    await page.close();
  });

  it("lets a manager run their site's rules, on a phone, without channel set-up", async () => {
    const page = await h.signIn(MONA, "/admin/notifications", "phone");
    // On a phone the nav folds behind the Menu button.
    await page.getByTestId("menu-button").click();
    await page.locator("nav").getByText("Notifications").waitFor();
    expect(await page.locator("nav").getByText("Users").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Create channel" }).count()).toBe(0);
    expect(await page.getByTestId("channels").textContent()).not.toContain(hook.url);
    const sites = await page
      .getByTestId("rule-form")
      .locator("select[name=site] option")
      .allTextContents();
    expect(sites).toEqual(["Hotel Oslo Sentrum"]);
    const report = page.locator("form[action='?/createReport']");
    await report.locator("input[name=name]").fill("Oslo mornings");
    await report.locator("input[name=site]").first().check();
    expect(await report.locator("input[name=timezone]").inputValue()).toBe("Europe/Oslo");
    await report.locator("input[name=channel]").first().check();
    await report.getByRole("button", { name: "Set up the report" }).click();
    await page.getByTestId("reports").getByText("Oslo mornings").waitFor();
    await screenshot(page, "notifications-manager-phone");
    await page.close();
    const viewer = await h.t.user({ username: "vic", role: "viewer" });
    expect((await h.t.api("GET", "/api/notify/rules", { token: viewer.token })).status).toBe(403);
  });

  it("renders the daily report page, on a laptop and a phone", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const page = await h.signIn(ADMIN, `/reports/daily?site=${OSLO}&date=${today}`);
    await page.getByTestId("report-site").first().waitFor();
    expect(await page.getByTestId("report-site").count()).toBe(1);
    expect(await page.getByTestId("report-totals").textContent()).toMatch(/\d+ failed/);
    await screenshot(page, "daily-report-laptop");
    await page.close();
    const phone = await h.signIn(ADMIN, `/reports/daily?date=${today}`, "phone");
    expect(await phone.getByTestId("report-site").count()).toBe(2);
    await screenshot(phone, "daily-report-phone");
    await phone.close();
  });
});
