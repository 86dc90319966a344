import type { FleetDocumentInput } from "@bulbcheck/shared";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { DashboardHarness } from "./fixture.ts";

/**
 * The wall board for a room: every site at once, worst first, sized to the screen; a site that
 * turns red moves up at once; readable across the room; a screen that is not live says so.
 */

const CITIES = [
  "Oslo",
  "Bergen",
  "Trondheim",
  "Stavanger",
  "Tromsø",
  "Bodø",
  "Ålesund",
  "Drammen",
  "København",
  "Aarhus",
  "Odense",
  "Aalborg",
  "Esbjerg",
  "Roskilde",
  "Stockholm",
  "Göteborg",
  "Malmö",
  "Uppsala",
  "Västerås",
  "Örebro",
  "Linköping",
  "Helsingborg",
  "Lund",
  "Umeå",
];
const KINDS = ["Hotel", "Store", "Café", "Gym", "Office"];
const siteId = (i: number) => `site-${String(i).padStart(3, "0")}`;
const siteName = (i: number) =>
  `${KINDS[i % KINDS.length]} ${CITIES[i % CITIES.length]} ${Math.floor(i / CITIES.length) + 1}`;
const ZONE = (i: number) => (i % 2 === 0 ? "Lobby" : "Elevator B");

/** `count` small sites (a zone, three assets, no devices): cheap to provision and to render. */
function fleet(count: number): FleetDocumentInput {
  return {
    sites: Array.from({ length: count }, (_, i) => ({
      id: siteId(i),
      name: siteName(i),
      timezone: "Europe/Oslo",
      hours: { "mon-sun": "00:00-24:00" },
      zones: [
        {
          id: `${siteId(i)}-zone`,
          name: ZONE(i),
          assets: [
            {
              id: `${siteId(i)}-lamp`,
              name: "Ceiling lamp",
              category: "lighting",
              customerVisible: true,
            },
            {
              id: `${siteId(i)}-floor`,
              name: "Entrance floor",
              category: "cleanliness",
              customerVisible: true,
            },
            {
              id: `${siteId(i)}-door`,
              name: "Revolving door",
              category: "equipment",
              customerVisible: true,
            },
          ],
          checkpoints: [],
        },
      ],
      devices: [],
    })),
  } as FleetDocumentInput;
}

let h: DashboardHarness;
let screen: { id: number; token: string };

async function report(site: number, asset: "lamp" | "floor" | "door", fault: string) {
  const res = await h.t.api<{ id: number }>("POST", "/api/defects", {
    body: { site: siteId(site), asset: `${siteId(site)}-${asset}`, fault },
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

/** Signs a wall screen in with its viewer token, as the login page's "A wall screen?" does. */
async function wall(width: number, height: number, path = "/board?kiosk=1"): Promise<Page> {
  const page = await h.page("laptop");
  await page.setViewportSize({ width, height });
  await page.goto(`${h.url}/login`);
  await page.locator("summary", { hasText: "A wall screen?" }).click();
  await page.fill("#screen-token", screen.token);
  await page.getByRole("button", { name: "Show the wall board" }).click();
  await page.waitForURL(`${h.url}/board?kiosk=1`);
  if (path !== "/board?kiosk=1") await page.goto(`${h.url}${path}`);
  await page.getByTestId("wall-live").filter({ hasText: "Live" }).waitFor({ timeout: 30_000 });
  return page;
}

/** Whether the page scrolls in either direction. */
const scrolls = (page: Page) =>
  page.evaluate(
    () =>
      document.documentElement.scrollHeight > window.innerHeight ||
      document.documentElement.scrollWidth > window.innerWidth,
  );

/** The sites whose tiles lie wholly inside the viewport. */
const visibleSites = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-testid=wall-grid] [data-site]")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
      })
      .map((el) => el.dataset.site),
  );

beforeAll(async () => {
  h = await DashboardHarness.start();
  await h.t.provision(fleet(6));
  const created = await h.t.api<{ id: number; token: string }>("POST", "/api/tokens", {
    body: { name: "meeting room screen", role: "viewer" },
  });
  expect(created.status).toBe(201);
  screen = created.body;
  // Something wrong at a few sites: red, amber, and a busy one with more than a tile shows.
  await report(1, "door", "out_of_order");
  await report(2, "floor", "dirty");
  await report(3, "lamp", "flicker");
  for (const fault of ["bulb_out", "flicker"]) await report(4, "lamp", fault);
  await report(4, "floor", "dirty");
  await report(4, "door", "broken");
  await report(4, "floor", "spill");
});

afterAll(async () => {
  await h?.stop();
});

describe("the wall board", () => {
  it("shows six sites large, worst first, with problems by name, severity in words and icons", async () => {
    const page = await wall(1920, 1080);
    const order = await page
      .locator("[data-testid=wall-grid] [data-site]")
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.site));
    expect(order).toHaveLength(6);
    // Red first (the busiest red first of all), then amber, then green.
    expect(order[0]).toBe(siteId(4));
    const statuses = await page
      .locator("[data-testid=wall-grid] [data-site]")
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.status));
    const rank = ["red", "amber", "unknown", "green"];
    const ranks = statuses.map((s) => rank.indexOf(s as string));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(statuses[0]).toBe("red");
    expect(statuses.at(-1)).toBe("green");
    const busy = page.locator(`[data-site="${siteId(4)}"]`);
    expect(await busy.locator("[data-defect]").count()).toBe(3);
    expect(await busy.getByTestId("wall-more").textContent()).toBe("+2 more");
    const first = await busy.locator("[data-defect]").first().textContent();
    expect(first).toContain("high");
    expect(first).toContain("▲");
    // All five are high here (customer-visible assets); the oldest first.
    expect(first).toContain("Bulb out · Ceiling lamp · Lobby");
    expect(await scrolls(page)).toBe(false);
    await screenshot(page, "wall-board-6-sites-1080p");
    await page.close();
  });

  it("shows 30 sites at 1080p without scrolling, names and problems large enough to read across a room", async () => {
    await h.t.provision(fleet(30));
    const page = await wall(1920, 1080);
    await expect.poll(() => page.locator("[data-testid=wall-grid] [data-site]").count()).toBe(30);
    expect((await visibleSites(page)).length).toBe(30);
    expect(await scrolls(page)).toBe(false);
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll("[data-testid=wall-name], [data-testid=wall-problem]")].map(
        (el) => Number.parseFloat(getComputedStyle(el).fontSize),
      ),
    );
    console.log(
      `wall board, 30 sites at 1920x1080: text ${Math.min(...sizes).toFixed(1)} px at the least`,
    );
    expect(sizes.length).toBeGreaterThan(30);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    await screenshot(page, "wall-board-30-sites-1080p");

    // A spill at the last site: it turns red, moves up and is marked, from the stream.
    const last = (await visibleSites(page)).at(-1) as string;
    const index = Number(last.slice("site-".length));
    const started = Date.now();
    await report(index, "floor", "spill");
    const tile = page.locator(`[data-site="${last}"]`);
    await expect
      .poll(() => tile.getByTestId("wall-problem").first().textContent(), {
        timeout: 10_000,
        interval: 50,
      })
      .toContain("Spill");
    console.log(
      `wall board: a spill at the last of 30 sites on screen after ${Date.now() - started} ms`,
    );
    // The defect's own event can come a moment before the site's new summary.
    await expect.poll(() => tile.getAttribute("data-turned-red")).toBe("");
    expect(await tile.getAttribute("data-status")).toBe("red");
    expect(await visibleSites(page)).toContain(last);
    // Up among the red ones, not at the bottom any more.
    const order = await visibleSites(page);
    const reds = await page
      .locator('[data-testid=wall-grid] [data-site][data-status="red"]')
      .count();
    expect(order.indexOf(last)).toBeLessThan(reds);
    expect(order.indexOf(last)).toBeLessThan(order.length / 2);
    await screenshot(page, "wall-board-30-sites-turned-red-1080p");
    await page.close();
  });

  it("has no overlapping text at 1280x720", async () => {
    const page = await wall(1280, 720);
    expect(await scrolls(page)).toBe(false);
    const overlaps = await page.evaluate(() => {
      const boxes = [
        ...document.querySelectorAll<HTMLElement>(
          "header > *, [data-testid=wall-name], [data-testid=wall-grid] li, [data-testid=wall-grid] .counts, [data-testid=wall-rest]",
        ),
      ]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0);
      const found: string[] = [];
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
          const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (x > 0.5 && y > 0.5) found.push(`${a.el.textContent} / ${b.el.textContent}`);
        }
      // Every box inside the window, too.
      for (const { el, r } of boxes)
        if (r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5)
          found.push(`outside: ${el.textContent}`);
      return { found, checked: boxes.length };
    });
    expect(overlaps.checked).toBeGreaterThan(60);
    expect(overlaps.found).toEqual([]);
    await screenshot(page, "wall-board-30-sites-720p");
    await page.close();
  });

  it("keeps the rotation as ?mode=rotate", async () => {
    const page = await wall(1920, 1080, "/board?kiosk=1&mode=rotate");
    expect(await page.locator("[data-mode=rotate]").count()).toBe(1);
    await page.getByRole("heading", { name: "One site at a time" }).waitFor();
    await screenshot(page, "wall-board-rotate-1080p");
    await page.close();
  });

  it("fits 200 sites: the worst as tiles, the rest as a count", async () => {
    await h.t.provision(fleet(200));
    for (const [size, name] of [
      [{ width: 1920, height: 1080 }, "1080p"],
      [{ width: 3840, height: 2160 }, "4k"],
      [{ width: 1280, height: 720 }, "720p"],
    ] as const) {
      const page = await wall(size.width, size.height);
      const grid = page.getByTestId("wall-grid");
      await expect.poll(() => grid.getAttribute("data-shown")).not.toBe("30");
      const shown = Number(await grid.getAttribute("data-shown"));
      const rest = page.getByTestId("wall-rest");
      expect(Number(await rest.getAttribute("data-count"))).toBe(200 - shown);
      expect(shown).toBeGreaterThan(10);
      expect((await visibleSites(page)).length).toBe(shown);
      expect(await scrolls(page)).toBe(false);
      // The worst stay: both red sites are among the tiles.
      const tiles = await visibleSites(page);
      expect(tiles).toContain(siteId(4));
      expect(tiles).toContain(siteId(1));
      expect(await rest.textContent()).toMatch(/\+\d+ (more sites|sites, all fine)/);
      console.log(
        `wall board, 200 sites at ${size.width}x${size.height}: ${shown} tiles and a count of ${200 - shown}`,
      );
      await screenshot(page, `wall-board-200-sites-${name}`);
      await page.close();
    }
  });

  it("says it is not live, across the board, once its token is revoked", async () => {
    const page = await wall(1920, 1080);
    expect(await page.getByTestId("not-live").count()).toBe(0);
    expect((await h.t.api("DELETE", `/api/tokens/${screen.id}`)).status).toBe(204);
    const started = Date.now();
    const banner = page.getByTestId("not-live");
    await banner.waitFor({ timeout: 30_000 });
    console.log(`wall board: not live ${Date.now() - started} ms after its token was revoked`);
    expect(await banner.textContent()).toContain("This screen's access was revoked");
    expect(await banner.textContent()).toMatch(/Not live since \d\d:\d\d \(Oslo time\)/);
    const box = await banner.boundingBox();
    expect(box?.width).toBe(1920);
    expect(await page.getByTestId("wall-live").textContent()).toContain("Reconnecting");
    await screenshot(page, "wall-board-not-live-1080p");
    await page.close();
  });
});
