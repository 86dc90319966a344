import { startDashboard } from "@bulbcheck/api/dashboard-server";
import {
  ADMIN_TOKEN,
  hotelFleet,
  publish,
  startTestSystem,
  type TestSystem,
} from "@bulbcheck/api/testing";
import type { MqttClient } from "mqtt";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, VIEWPORTS } from "./browser.ts";

/**
 * The dashboard in headless Chromium against the real system: broker, ingestion, SQLite, API,
 * and the production build of the dashboard, all started here on free ports.
 */

const SITE = "hotel-oslo";
const SENSOR = `${SITE}-sensor`;
let t: TestSystem;
let dashboard: { url: string; close(): Promise<void> };
let browser: Browser;
let sensor: MqttClient;
let staffToken: string;

beforeAll(async () => {
  t = await startTestSystem();
  const secrets = await t.provision(hotelFleet(SITE));
  await t.provision(hotelFleet("hotel-bergen"));
  const created = await t.api("POST", "/api/tokens", { body: { name: "kari", role: "staff" } });
  staffToken = created.body.token;
  const viewer = await t.api("POST", "/api/tokens", { body: { name: "dashboard", role: "staff" } });
  const started = await startDashboard({
    apiUrl: t.system.apiUrl,
    token: viewer.body.token,
    host: "127.0.0.1",
    port: 0,
  });
  if (!started) throw new Error("no dashboard build");
  dashboard = started;
  browser = await launchBrowser();
  sensor = await t.connect(SENSOR, secrets[SENSOR] as string, {
    will: {
      topic: `bulbcheck/v1/${SITE}/${SENSOR}/status`,
      payload: Buffer.from("offline"),
      qos: 1,
      retain: true,
    },
  });
});

afterAll(async () => {
  await sensor?.endAsync(true);
  await browser?.close();
  await dashboard?.close();
  await t?.stop();
});

async function open(path: string, viewport: keyof typeof VIEWPORTS = "laptop"): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORTS[viewport] });
  await page.goto(`${dashboard.url}${path}`);
  return page;
}

const tile = (page: Page, site: string) => page.locator(`[data-site="${site}"]`);

describe("the dashboard", () => {
  it("shows a fault a device publishes on the open overview within a second, without a reload", async () => {
    const page = await open("/");
    await expect.poll(() => tile(page, SITE).getAttribute("data-status")).toBe("green");
    // A mark on the window: a reload would wipe it.
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    await page.locator("text=Live").first().waitFor();
    const started = Date.now();
    await publish(sensor, `bulbcheck/v1/${SITE}/${SENSOR}/health`, {
      id: "h-1",
      asset: "elev-a-btn-12",
      state: "fault",
      fault: "bulb_out",
    });
    await page.locator(`[data-site="${SITE}"][data-status="red"]`).waitFor({ timeout: 1000 });
    expect(Date.now() - started).toBeLessThan(1000);
    await expect
      .poll(() => tile(page, SITE).locator('[data-testid="open-defects"]').textContent())
      .toBe("1");
    expect(
      await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true);
    await page.close();
  });

  it("lets staff acknowledge and resolve from the UI, and the site turns green", async () => {
    const page = await open("/login?next=/defects");
    await page.fill("#token", staffToken);
    await page.click("button[type=submit]");
    await page.waitForURL(/\/defects/);
    const row = page.locator("tr", { hasText: "Button 12 light" });
    await row.getByRole("button", { name: "Acknowledge" }).click();
    await expect.poll(() => row.locator("td").nth(4).textContent()).toContain("acknowledged");
    await row.getByRole("button", { name: "Resolve" }).click();
    await expect.poll(() => page.locator("tr", { hasText: "Button 12 light" }).count()).toBe(0);
    await page.goto(`${dashboard.url}/`);
    await expect.poll(() => tile(page, SITE).getAttribute("data-status")).toBe("green");
    const detail = await t.api("GET", `/api/defects?site=${SITE}&status=resolved`);
    expect(detail.body.items[0]).toMatchObject({
      fault: "bulb_out",
      acknowledgedBy: "kari",
      resolvedBy: "kari",
    });
    await page.close();
  });

  it("does not offer actions to someone not signed in", async () => {
    await t.api("POST", "/api/defects", {
      token: staffToken,
      body: { site: SITE, asset: "elev-a-lamp", fault: "flicker" },
    });
    const page = await open("/defects");
    await page.locator("tr", { hasText: "Ceiling lamp" }).waitFor();
    expect(await page.getByRole("button", { name: "Acknowledge" }).count()).toBe(0);
    expect(await page.getByText("Sign in").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("takes a report from the QR page on a phone", async () => {
    const page = await open(`/r/${SITE}/elev-a-floor`, "phone");
    await expect.poll(() => page.locator("h1").textContent()).toBe("Elevator A floor");
    await page.fill('input[name="note"]', "coffee by the door");
    await page.getByRole("button", { name: "Something spilled" }).click();
    await page.getByText("Thank you!").waitFor();
    const defects = await t.api("GET", `/api/defects?site=${SITE}&asset=elev-a-floor`);
    expect(defects.body.items[0]).toMatchObject({
      fault: "spill",
      source: "customer",
      status: "open",
    });
    const timeline = await t.api("GET", `/api/defects/${defects.body.items[0].id}`);
    expect(timeline.body.timeline.at(-1)).toMatchObject({
      note: "coffee by the door",
      actor: "QR code",
    });
    await page.close();
  });

  it("shows a site's inspections and what an offline sensor watches as unknown", async () => {
    // The hotel's sensor loses its connection: its last will marks it offline.
    sensor.stream.destroy();
    const page = await open(`/sites/${SITE}`);
    await page.getByTestId("compliance").waitFor();
    await page.getByText("unknown: its sensor is offline").first().waitFor({ timeout: 5000 });
    await page.close();
  });

  it("shows the audit log to an admin, and to nobody else", async () => {
    const viewer = await open("/admin/audit");
    expect(await viewer.textContent("body")).toContain("The audit log is for admins");
    await viewer.close();
    const page = await open("/login?next=/admin/audit");
    await page.fill("#token", ADMIN_TOKEN);
    await page.click("button[type=submit]");
    await page.waitForURL(/\/admin\/audit/);
    await page.getByTestId("audit").getByText("defect.resolve").first().waitFor();
    await page.close();
  });

  it("prints a QR code for an asset", async () => {
    const page = await open(`/r/${SITE}/elev-a-floor?print=1`);
    await page.locator('[data-testid="qr"] svg').waitFor();
    expect(await page.textContent("body")).toContain(`/r/${SITE}/elev-a-floor`);
    await page.close();
  });

  it("renders the kiosk board: large, without controls, live", async () => {
    const page = await open("/board?kiosk=1");
    await page.locator('[data-testid="kiosk"]').waitFor();
    expect(await page.locator("nav").count()).toBe(0);
    expect(await page.locator("button").count()).toBe(0);
    await page.getByText("live").first().waitFor();
    await page.close();
  });

  it("saves screenshots of the main pages on a laptop and a phone", async () => {
    const pages = [
      "/",
      `/sites/${SITE}`,
      "/defects",
      "/devices",
      "/insights",
      "/board?kiosk=1",
      `/r/${SITE}/elev-a-floor`,
    ];
    for (const viewport of ["laptop", "phone"] as const) {
      for (const path of pages) {
        const page = await open(path, viewport);
        await page.waitForLoadState("networkidle");
        const name = path === "/" ? "overview" : path.replace(/^\//, "").replace(/[/?=]/g, "-");
        await screenshot(page, `${viewport}-${name}`);
        // Nothing wider than the screen: no sideways scrolling on a phone.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `${path} on a ${viewport}`).toBeLessThanOrEqual(1);
        await page.close();
      }
    }
  });
});
