import { ADMIN_PASSWORD, ADMIN_USERNAME, hotelFleet } from "@bulbcheck/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { type Account, DashboardHarness } from "./fixture.ts";

/** An admin removes the demo chain from the overview; a real site stays as it was. */

const ADMIN = { username: ADMIN_USERNAME, password: ADMIN_PASSWORD };
const VERA: Account = { username: "vera", password: "vera-password-1", role: "viewer" };
let h: DashboardHarness;

beforeAll(async () => {
  h = await DashboardHarness.start();
  await h.t.provision(hotelFleet("hotel-real"));
  const demo = hotelFleet("hotel-demo");
  await h.t.provision({ sites: demo.sites.map((site) => ({ ...site, demo: true })) });
  await h.createAccounts([VERA]);
});

afterAll(async () => {
  await h?.stop();
});

describe("the demo chain on the overview", () => {
  it("is marked, and only an admin is offered its removal", async () => {
    const page = await h.signIn(VERA, "/");
    await page.locator('[data-site="hotel-demo"]').waitFor();
    expect(await page.locator('[data-site="hotel-demo"] .demo-tag').textContent()).toBe("Demo");
    expect(await page.locator('[data-site="hotel-real"] .demo-tag').count()).toBe(0);
    expect(await page.locator("[data-testid=demo-notice]").count()).toBe(0);
    await page.close();
  });

  it("is removed by an admin after a second click, and the real site stays", async () => {
    const page = await h.signIn(ADMIN, "/");
    const notice = page.locator("[data-testid=demo-notice]");
    await notice.waitFor();
    await screenshot(page, "demo-notice-laptop");
    await notice.getByRole("button", { name: "Remove the demo chain…" }).click();
    await notice.getByRole("button", { name: "Remove the demo site and its history" }).click();
    await page.locator("[data-testid=demo-removed]").waitFor({ timeout: 60_000 });
    await screenshot(page, "demo-removed-laptop");
    expect(await page.locator('[data-site="hotel-demo"]').count()).toBe(0);
    expect(await page.locator('[data-site="hotel-real"]').count()).toBe(1);
    const audit = await h.t.api<{ items: { action: string }[] }>("GET", "/api/audit?limit=20");
    expect(audit.body.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(["demo.remove", "demo.removed"]),
    );
    await page.close();
  });
});
