import { ADMIN_PASSWORD, ADMIN_USERNAME, hotelFleet, publish } from "@bulbcheck/api/testing";
import type { MqttClient } from "mqtt";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { type Account, DashboardHarness } from "./fixture.ts";

/**
 * The dashboard's boards and actions in headless Chromium against the real system: broker,
 * ingestion, SQLite, API, and the production build of the dashboard, all started here on free
 * ports. Everyone signs in through the login form first.
 */

const SITE = "hotel-oslo";
const SENSOR = `${SITE}-sensor`;
const ADMIN = { username: ADMIN_USERNAME, password: ADMIN_PASSWORD };
const KARI: Account = { username: "kari", password: "kari-password-1", role: "staff" };
const VERA: Account = { username: "vera", password: "vera-password-1", role: "viewer" };
const MONA: Account = {
  username: "mona",
  password: "mona-password-1",
  role: "manager",
  sites: [SITE],
};
let h: DashboardHarness;
let sensor: MqttClient;

beforeAll(async () => {
  h = await DashboardHarness.start();
  const secrets = await h.t.provision(hotelFleet(SITE));
  await h.t.provision(hotelFleet("hotel-bergen"));
  await h.createAccounts([KARI, VERA, MONA]);
  sensor = await h.t.connect(SENSOR, secrets[SENSOR] as string, {
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
  await h?.stop();
});

const tile = (page: Page, site: string) => page.locator(`[data-site="${site}"]`);

describe("the dashboard", () => {
  it("shows a fault a device publishes on the open overview, live, without a reload", async () => {
    const page = await h.signIn(KARI, "/");
    await expect.poll(() => tile(page, SITE).getAttribute("data-status")).toBe("green");
    // A mark on the window: a reload would wipe it.
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    await page.locator("text=Live").first().waitFor();
    // The overview has no timer of its own: only the stream can turn the tile red on this page.
    await publish(sensor, `bulbcheck/v1/${SITE}/${SENSOR}/health`, {
      id: "h-1",
      asset: "elev-a-btn-12",
      state: "fault",
      fault: "bulb_out",
    });
    await page.locator(`[data-site="${SITE}"][data-status="red"]`).waitFor();
    await expect
      .poll(() => tile(page, SITE).locator('[data-testid="open-defects"]').textContent())
      .toBe("1");
    expect(
      await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true);
    await page.close();
  });

  it("lets staff acknowledge and resolve from the UI, and the site turns green", async () => {
    const page = await h.signIn(KARI, "/defects");
    const row = page.locator("tr", { hasText: "Button 12 light" });
    await row.getByRole("button", { name: "Acknowledge" }).click();
    await expect.poll(() => row.locator("td.status").textContent()).toContain("acknowledged");
    // No one-click resolve (issue 20): ticked, then "Resolve…" and "Resolve them" in the bulk bar.
    await row.locator('input[type="checkbox"]').check();
    await page.getByTestId("bulk-bar").getByText("Resolve…").click();
    await page.getByRole("button", { name: "Resolve them" }).click();
    await expect.poll(() => page.locator("tr", { hasText: "Button 12 light" }).count()).toBe(0);
    await page.goto(`${h.url}/`);
    await expect.poll(() => tile(page, SITE).getAttribute("data-status")).toBe("green");
    const detail = await h.t.api("GET", `/api/defects?site=${SITE}&status=resolved`);
    expect(detail.body.items[0]).toMatchObject({
      fault: "bulb_out",
      acknowledgedBy: "kari",
      resolvedBy: "kari",
    });
    await page.close();
  });

  it("shows a viewer no action buttons, and refuses an acknowledgement posted by hand", async () => {
    const reported = await h.t.api("POST", "/api/defects", {
      body: { site: SITE, asset: "elev-a-lamp", fault: "flicker" },
    });
    expect(reported.status).toBe(201);
    const id: number = reported.body.id;
    const page = await h.signIn(VERA, "/defects");
    await page.locator("tr", { hasText: "Ceiling lamp" }).waitFor();
    await page.getByTestId("view-only").waitFor();
    expect(await page.getByRole("button", { name: "Acknowledge" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Resolve" }).count()).toBe(0);
    await page.goto(`${h.url}/defects/${id}`);
    await page.getByTestId("defect-status").waitFor();
    expect(await page.getByRole("button", { name: "Acknowledge" }).count()).toBe(0);
    // What a crafted form post would do, with the viewer's own cookie and a same-site origin.
    const posted = await page.request.post(`${h.url}/defects?/ack`, {
      form: { id: String(id) },
      headers: { origin: h.url, accept: "application/json", "x-sveltekit-action": "true" },
    });
    const answer = await posted.text();
    expect(answer).toContain("may only view");
    expect(answer).toContain('"status":403');
    // And the API refuses the viewer's session token itself, whatever the dashboard does.
    const token = await h.sessionToken(page);
    const direct = await h.t.api("POST", `/api/defects/${id}/ack`, { token, body: {} });
    expect(direct.status).toBe(403);
    const after = await h.t.api("GET", `/api/defects/${id}`);
    expect(after.body.status).toBe("open");
    await page.close();
  });

  it("shows a site's inspections and what an offline sensor watches as unknown", async () => {
    // The hotel's sensor loses its connection: its last will marks it offline.
    sensor.stream.destroy();
    const page = await h.signIn(VERA, `/sites/${SITE}`);
    await page.getByTestId("compliance").waitFor();
    await page.getByText("unknown: its sensor is offline").first().waitFor();
    await page.close();
  });

  it("shows the audit log to an admin, and to nobody else", async () => {
    const staff = await h.signIn(KARI, "/");
    expect(await staff.locator("nav").getByText("Audit").count()).toBe(0);
    const refused = await staff.goto(`${h.url}/admin/audit`);
    expect(refused?.status()).toBe(403);
    expect(await staff.textContent("body")).toContain("This page is for an admin");
    await staff.close();
    const page = await h.signIn(ADMIN, "/admin/audit");
    // Actions in words; the code stays on the cell, for whoever matches logs.
    await page.getByTestId("audit").getByText("Defect resolved").first().waitFor();
    await page.getByTestId("audit").getByText("Signed in").first().waitFor();
    expect(await page.locator("[data-action='defect.resolve']").first().getAttribute("title")).toBe(
      "defect.resolve",
    );
    await page.close();
  });

  it("refuses to print QR codes while no public address is set, on the sheet and for one asset", async () => {
    // This system has no BULBCHECK_PUBLIC_URL: a code would carry an address no phone opens.
    // labels.test.ts prints and reads codes with one.
    const page = await h.signIn(MONA, `/r/${SITE}/elev-a-floor?print=1`);
    const refusal = page.getByTestId("public-url-refusal");
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain("BULBCHECK_PUBLIC_URL is not set");
    expect(await page.locator("svg").count()).toBe(0);
    expect(await page.getByTestId("qr-link").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Print" }).count()).toBe(0);
    // Revoking a misused code does not wait for the setting.
    await page.getByText("Revoke this code and print a new one…").waitFor();

    await page.goto(`${h.url}/sites/${SITE}/labels`);
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain("deploy/bulbcheck.env");
    expect(await page.locator("article.label").count()).toBe(0);
    expect(await page.locator("main svg").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Print" }).isDisabled()).toBe(true);
    expect(await page.content()).not.toContain("?k=");
    await screenshot(page, "laptop-labels-refused");
    await page.close();

    // Staff may report, but printing codes is for managers.
    const staff = await h.signIn(KARI, "/");
    for (const path of [`/r/${SITE}/elev-a-floor?print=1`, `/sites/${SITE}/labels`]) {
      const refused = await staff.goto(`${h.url}${path}`);
      expect(refused?.status(), path).toBe(403);
    }
    await staff.close();
  });

  it("renders the kiosk board: large, with no control but its sound, live", async () => {
    const page = await h.signIn(VERA, "/board?kiosk=1");
    await page.locator('[data-testid="kiosk"]').waitFor();
    expect(await page.locator("nav").count()).toBe(0);
    // The one control is the wall board's sound, which this screen must turn on itself.
    expect(await page.locator("button:not([data-testid=chime-toggle])").count()).toBe(0);
    await page.getByText("live").first().waitFor();
    await page.close();
  });

  it("saves screenshots of the main pages on a laptop and a phone", async () => {
    // Defect lists with something in them, whichever tests ran before (the sensor may be gone).
    const reported = await h.t.api("POST", "/api/defects", {
      body: { site: SITE, asset: "elev-a-floor", fault: "dirty" },
    });
    expect(reported.status).toBe(201);
    const pages = [
      "/",
      `/sites/${SITE}`,
      "/defects",
      "/devices",
      "/insights",
      "/board?kiosk=1",
      "/account",
      "/admin/users",
      "/admin/tokens",
    ];
    for (const viewport of ["laptop", "phone"] as const) {
      const login = await h.open("/login", viewport);
      await screenshot(login, `${viewport}-login`);
      await login.close();
      // One sign-in per screen size; every page after it shares the session.
      const page = await h.signIn(ADMIN, "/", viewport);
      for (const path of pages) {
        await page.goto(`${h.url}${path}`);
        // Not "networkidle": a live page keeps its stream open for as long as it is shown.
        await page.waitForLoadState("load");
        const name = path === "/" ? "overview" : path.replace(/^\//, "").replace(/[/?=]/g, "-");
        await screenshot(page, `${viewport}-${name}`);
        // Nothing wider than the screen: no sideways scrolling on a phone.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `${path} on a ${viewport}`).toBeLessThanOrEqual(1);
        // Lists fit too: what to act on is read without scrolling a table sideways.
        const tables = await page.evaluate(() =>
          // A table behind a chart sits in a closed <details>, laid out but not shown.
          [...document.querySelectorAll(".table-wrap")]
            .filter((wrap) => wrap.checkVisibility())
            .map((wrap) => ({
              table: wrap.querySelector("table")?.dataset.testid ?? "a table",
              overflow: wrap.scrollWidth - wrap.clientWidth,
            })),
        );
        for (const { table, overflow } of tables)
          expect(overflow, `${table} of ${path} on a ${viewport}`).toBeLessThanOrEqual(1);
      }
      await page.close();
    }
  });
});
