import { readFileSync } from "node:fs";
import { ADMIN_PASSWORD, ADMIN_USERNAME, hotelFleet } from "@bulbcheck/api/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCREENSHOTS, screenshot } from "./browser.ts";
import { DashboardHarness, MONA } from "./fixture.ts";

/**
 * Insights that compare sites (issue 21, item 6): medians and 90th percentiles in minutes, the
 * spread between sites and who pulls it apart, when defects are opened on each site's own clock,
 * a table and a CSV behind the charts, Norwegian for a Norwegian reader, names whole on a phone.
 *
 * The system's clock is the test's while the defects are seeded: each is opened at 23:30 UTC
 * yesterday (00:30 today in Oslo, Stockholm and Copenhagen), and acknowledged and resolved a
 * known number of minutes later. After that the clock is the real one again.
 */
const MINUTE = 60_000;
const DAY = 86_400_000;
const OPENED = Math.floor(Date.now() / DAY) * DAY - 30 * MINUTE;
let fixed: number | null = null;

const SITES = [
  { id: "hotel-oslo", name: "Hotel Oslo Sentrum", timezone: "Europe/Oslo", ack: [5, 10, 15] },
  {
    id: "hotel-kristiansand",
    name: "Kristiansand Strandhotell og Konferansesenter",
    timezone: "Europe/Oslo",
    ack: [12],
  },
  {
    id: "hotel-stockholm",
    name: "Hotel Stockholm Gamla Stan",
    timezone: "Europe/Stockholm",
    ack: [8],
  },
  {
    id: "hotel-copenhagen",
    name: "Hotel Copenhagen Nyhavn",
    timezone: "Europe/Copenhagen",
    ack: [300],
  },
];
const ASSETS = ["elev-a-btn-12", "elev-a-floor", "elev-a-lamp"];
const RESOLVE_AFTER_ACK = 20;
let h: DashboardHarness;

beforeAll(async () => {
  h = await DashboardHarness.start({ system: { now: () => fixed ?? Date.now() } });
  await h.t.provision({
    sites: SITES.map((s) => ({
      ...hotelFleet(s.id).sites[0],
      id: s.id,
      name: s.name,
      timezone: s.timezone,
    })),
  } as ReturnType<typeof hotelFleet>);
  for (const site of SITES) {
    for (const [n, minutes] of site.ack.entries()) {
      fixed = OPENED;
      const opened = await h.t.api<{ id: number }>("POST", "/api/defects", {
        body: { site: site.id, asset: ASSETS[n], fault: "flicker", source: "staff" },
      });
      expect(opened.status).toBe(201);
      fixed = OPENED + minutes * MINUTE;
      expect((await h.t.api("POST", `/api/defects/${opened.body.id}/ack`)).status).toBe(200);
      fixed += RESOLVE_AFTER_ACK * MINUTE;
      expect((await h.t.api("POST", `/api/defects/${opened.body.id}/resolve`)).status).toBe(200);
    }
  }
  fixed = null;
  await h.createAccounts([MONA]);
});

afterAll(async () => {
  await h?.stop();
});

/** A table's rows as the text of their cells, header cell first. */
async function rows(page: Page, table: string): Promise<string[][]> {
  return page
    .locator(`table[data-table="${table}"] tbody tr`)
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent?.trim() ?? "")),
    );
}

const ADMIN = { username: ADMIN_USERNAME, password: ADMIN_PASSWORD };
/** Today's weekday in UTC, Monday = 0: the sites' local day of every seeded defect. */
const LOCAL_WEEKDAY = (new Date(OPENED + DAY).getUTCDay() + 6) % 7;
const EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

describe("the insights page", () => {
  it("shows medians and 90th percentiles in minutes, for each site and the chain", async () => {
    const page = await h.signIn(ADMIN, "/insights?days=7", "laptop");
    const sites = await rows(page, "sites");
    const oslo = sites.find((r) => r[0] === "Hotel Oslo Sentrum");
    // Acknowledged after 5, 10 and 15 minutes: median 10, 90th percentile 14; resolved 20 later.
    expect(oslo?.slice(1, 6)).toEqual(["3", "10 mins", "14 mins", "30 mins", "34 mins"]);
    const copenhagen = sites.find((r) => r[0] === "Hotel Copenhagen Nyhavn");
    expect(copenhagen?.slice(2, 4)).toEqual(["5 hrs", "5 hrs"]);
    // The chain: 5, 8, 10, 12, 15, 300 minutes: median 11.
    const chain = sites.at(-1);
    expect(chain?.slice(0, 3)).toEqual(["All sites", "6", "11 mins"]);
    // The bars say the same in words, beside a name that is a link to the site.
    await page
      .getByTestId("site-bars")
      .getByText("To acknowledge: median 10 mins, 90 % within 14 mins")
      .waitFor();
    expect(await page.locator("body").textContent()).not.toMatch(/Mean h|\b0\.\d h\b/);
    await page.close();
  });

  it("names the site that pulls the spread apart, and says why the spread matters", async () => {
    const page = await h.signIn(ADMIN, "/insights?days=7", "laptop");
    const ack = page.locator('[data-testid="spread"] li[data-measure="minutesToAcknowledge"]');
    // Site medians 8, 10, 12 and 300 minutes: Copenhagen lies far above the rest.
    expect(await ack.getByTestId("spread-high").textContent()).toBe(
      "Far above the rest, pulling the chain apart: Hotel Copenhagen Nyhavn.",
    );
    expect(await ack.textContent()).toContain("Coefficient of variation");
    await page.getByText("The chains with the best reputation vary least").waitFor();
    // The table behind it, opened as a person would.
    const section = page.getByTestId("spread-section");
    await section.getByText("Show as table").click();
    const spread = await rows(page, "spread");
    const row = spread.find((r) => r[0] === "Time to acknowledge (each site's median)");
    expect(row?.[6]).toBe("Hotel Copenhagen Nyhavn");
    await page.close();
  });

  it("counts when defects are opened on each site's own clock, with the table behind the grid", async () => {
    const page = await h.signIn(ADMIN, "/insights?days=7", "laptop");
    const heat = page.getByTestId("week-heat");
    // Opened at 23:30 UTC: 00:30 on the next day on every site's clock (all are UTC+1 now).
    expect(
      await heat.locator(`[data-day="${LOCAL_WEEKDAY}"][data-hour="0"]`).getAttribute("data-count"),
    ).toBe("6");
    const utcDay = (LOCAL_WEEKDAY + 6) % 7;
    expect(
      await heat.locator(`[data-day="${utcDay}"][data-hour="23"]`).getAttribute("data-count"),
    ).toBe("0");
    await page.getByTestId("when").getByText("Show as table").click();
    const table = page.locator('table[data-table="whenOpened"]');
    await table.waitFor();
    const grid = await rows(page, "whenOpened");
    const today = grid.find((r) => r[0] === EN_DAYS[LOCAL_WEEKDAY]);
    expect(today?.[1]).toBe("6");
    expect(grid.flatMap((r) => r.slice(1)).reduce((n, c) => n + Number(c), 0)).toBe(6);
    expect(await table.locator("thead th").allTextContents()).toEqual([
      "Weekday",
      ...Array.from({ length: 24 }, (_, n) => String(n).padStart(2, "0")),
    ]);
    await page.close();
  });

  it("downloads a table as CSV: header row in words, plain numbers, an attachment", async () => {
    const page = await h.signIn(ADMIN, "/insights?days=7", "laptop");
    const times = page.getByTestId("times");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      times.getByRole("link", { name: "Download CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("insights-sites-7d.csv");
    const csv = readFileSync(await download.path(), "utf8").split("\r\n");
    expect(csv[0]).toBe(
      "Site,Opened,Median to acknowledge (minutes),90th percentile to acknowledge (minutes)," +
        "Median to resolve (minutes),90th percentile to resolve (minutes),Repeat failures," +
        "Caught before customers (share 0-1),Sensor may be wrong,After a passed round",
    );
    expect(csv).toContain("Hotel Oslo Sentrum,3,10,14,30,34,0,1,0,0");
    expect(csv).toContain("All sites,6,11,157.5,31,177.5,0,1,0,0");
    const response = await page.request.get(`${h.url}/insights/export.csv?table=whenOpened&days=7`);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename=/);
    expect(response.headers()["content-type"]).toMatch(/^text\/csv/);
    const refused = await page.request.get(`${h.url}/insights/export.csv?table=nope`);
    expect(refused.status()).toBe(400);
    await page.close();
  });

  it("speaks Norwegian to a Norwegian reader, in the table and the CSV", async () => {
    const token = await h.t.signIn(MONA.username, MONA.password);
    const changed = await h.t.api("PATCH", "/api/me/language", { token, body: { locale: "nb" } });
    expect(changed.status).toBe(200);
    const page = await h.signIn(MONA, "/insights?days=7", "laptop");
    await page.getByRole("heading", { name: "Innsikt", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Spredning mellom stedene" }).waitFor();
    await page.getByRole("heading", { name: "Når feilene oppstår" }).waitFor();
    // Mona looks after Oslo only: its own numbers, in Norwegian.
    const sites = await rows(page, "sites");
    expect(sites[0]?.[0]).toBe("Hotel Oslo Sentrum");
    expect(sites[0]?.[2]).toMatch(/^10 min/);
    const header = (
      await (await page.request.get(`${h.url}/insights/export.csv?table=sites&days=7`)).text()
    ).split("\r\n")[0];
    expect(header).toMatch(/^Sted,Åpnet,Median til kvittering \(minutter\),/);
    await screenshot(page, "laptop-insights-nb");
    await page.close();
  });

  it("keeps every site name whole on a phone", async () => {
    const page = await h.signIn(ADMIN, "/insights?days=7", "phone");
    const names = page.locator('[data-testid="site-name"], table[data-table="sites"] th.name');
    expect(await names.count()).toBeGreaterThanOrEqual(SITES.length * 2);
    const clipped = await names.evaluateAll((els) =>
      els
        .filter(
          (el) => el.scrollWidth > el.clientWidth || el.getBoundingClientRect().right > innerWidth,
        )
        .map((el) => el.textContent),
    );
    expect(clipped).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(
      true,
    );
    await screenshot(page, "phone-insights");
    // Each part at its own size too, to read them one by one.
    for (const part of ["times", "spread-section", "when"]) {
      await page.getByTestId(part).screenshot({ path: `${SCREENSHOTS}phone-insights-${part}.png` });
    }
    await page.close();
  });
});
