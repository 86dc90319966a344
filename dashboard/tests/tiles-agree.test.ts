import { ADMIN_PASSWORD, ADMIN_USERNAME, hotelFleet } from "@bulbcheck/api/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { DashboardHarness } from "./fixture.ts";

/**
 * Tiles and pages that agree (issue 21, item 3): every count on an overview tile is the same
 * count on its site's page, both from siteCounts (shared/src/site-counts.ts), and a tile names
 * the worst open defects rather than only counting them.
 */

const SITES = ["hotel-oslo", "hotel-bergen", "hotel-trondheim"];
const ADMIN = { username: ADMIN_USERNAME, password: ADMIN_PASSWORD };
let h: DashboardHarness;

beforeAll(async () => {
  h = await DashboardHarness.start();
  for (const site of SITES) await h.t.provision(hotelFleet(site));
  const reports: [string, string, string][] = [
    ["hotel-oslo", "elev-a-floor", "spill"],
    ["hotel-oslo", "elev-a-lamp", "flicker"],
    ["hotel-oslo", "elev-a-btn-12", "bulb_out"],
    ["hotel-bergen", "elev-a-lamp", "bulb_out"],
  ];
  for (const [site, asset, fault] of reports) {
    const res = await h.t.api("POST", "/api/defects", { body: { site, asset, fault } });
    expect(res.status).toBe(201);
  }
});

afterAll(async () => {
  await h?.stop();
});

/** A count's text without spaces: "5/6", "3". */
const squeeze = (text: string | null) => (text ?? "").replace(/\s+/g, "");

async function tileCounts(page: Page, site: string) {
  const tile = page.locator(`a.tile[data-site="${site}"]`);
  const read = async (id: string) =>
    squeeze(await tile.locator(`[data-testid="${id}"]`).textContent());
  return {
    open: await read("open-defects"),
    checks: await read("checks-on-time"),
    devices: await read("devices-off"),
    worst: await tile.locator('[data-testid="tile-worst"] li').allTextContents(),
  };
}

async function pageCounts(page: Page) {
  const read = (id: string) =>
    page.locator(`[data-testid="site-counts"] [data-testid="${id}"]`).getAttribute("data-value");
  return {
    open: await read("open-defects"),
    checks: await read("checks-on-time"),
    devices: await read("devices-off"),
  };
}

describe("overview tiles and site pages", () => {
  it("show the same counts, from one function, for every site", async () => {
    const page = await h.signIn(ADMIN, "/");
    await page.locator("a.tile").first().waitFor();
    expect(await page.locator("a.tile").count()).toBe(SITES.length);
    for (const site of SITES) {
      const tile = await tileCounts(page, site);
      const detail = await h.page("laptop");
      await detail.context().addCookies(await page.context().cookies());
      await detail.goto(`${h.url}/sites/${site}`);
      await detail.locator('[data-testid="site-counts"]').waitFor();
      const counts = await pageCounts(detail);
      expect({ site, ...counts }).toEqual({
        site,
        open: tile.open,
        checks: tile.checks,
        devices: tile.devices,
      });
      await detail.context().close();
    }
  });

  it("names the worst open defects on a tile, worst first, and says the summary right", async () => {
    const page = await h.signIn(ADMIN, "/");
    const oslo = await tileCounts(page, "hotel-oslo");
    expect(oslo.open).toBe("3");
    expect(oslo.worst).toHaveLength(3);
    // Spill (high, customer-visible floor) comes first, the low flicker last.
    expect(oslo.worst[0]).toContain("Spill");
    expect(oslo.worst[0]).toContain("Elevator A floor");
    expect(oslo.worst[2]).toContain("Flickering");
    expect((await tileCounts(page, "hotel-trondheim")).worst).toEqual([]);
    // Red and amber sites both have open defects: the line must not say "0 have open defects".
    const summary = await page.locator('[data-testid="overview-summary"]').textContent();
    expect(summary).toContain("3 sites:");
    expect(summary).toContain("2 have open defects");
    expect(summary).toContain("1 all fine");
    await screenshot(page, "laptop-overview-worst");
    await page.context().close();
  });
});
