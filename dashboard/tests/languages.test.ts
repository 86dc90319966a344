import { hotelFleet } from "@bulbcheck/api/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { type Account, DashboardHarness, KARI } from "./fixture.ts";

/**
 * Their language (issue 21, item 1): a guest's QR page speaks their browser's language when it is
 * one of ours, else the site's; staff choose theirs under Account. `<html lang>` says which.
 */

const OSLO = "hotel-oslo";
const STOCKHOLM = "hotel-stockholm";
const ASSET = "elev-a-floor";
const SVEN: Account = {
  username: "sven",
  password: "sven-password-1",
  role: "staff",
  sites: [STOCKHOLM],
  displayName: "Sven Svensson",
};
let h: DashboardHarness;

beforeAll(async () => {
  h = await DashboardHarness.start();
  await h.t.provision(hotelFleet(OSLO));
  const stockholm = hotelFleet(STOCKHOLM);
  for (const site of stockholm.sites)
    Object.assign(site, { name: "Hotel Stockholm", language: "sv", timezone: "Europe/Stockholm" });
  await h.t.provision(stockholm);
  await h.createAccounts([KARI, SVEN]);
});

afterAll(async () => {
  await h?.stop();
});

async function reportPath(site: string): Promise<string> {
  const key = await h.t.api("GET", `/api/sites/${site}/assets/${ASSET}/report-key`);
  expect(key.status).toBe(200);
  return key.body.path;
}

async function guestIn(acceptLanguage: string | null, site = OSLO): Promise<Page> {
  const page = await h.page("phone", {
    ...(acceptLanguage ? { extraHTTPHeaders: { "accept-language": acceptLanguage } } : {}),
  });
  await page.goto(`${h.url}${await reportPath(site)}`);
  await page.locator("h1").waitFor();
  return page;
}

const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe("the QR page in the guest's language", () => {
  it("speaks Norwegian for Accept-Language: nb", async () => {
    const page = await guestIn("nb");
    expect(await lang(page)).toBe("nb");
    await page.getByText("Hva er galt? Ett trykk sender det.").waitFor();
    await screenshot(page, "phone-r-report-nb");
    await page.getByRole("button", { name: "Noe er sølt ut" }).click();
    await page.getByText("Takk!").waitFor();
    expect(await page.getByText("Din referanse:").count()).toBe(1);
    await page.context().close();
  });

  it("speaks Danish for Accept-Language: da", async () => {
    const page = await guestIn("da-DK,da;q=0.9");
    expect(await lang(page)).toBe("da");
    await page.getByText("Hvad er galt? Ét tryk sender det.").waitFor();
    expect(await page.getByRole("button", { name: "Der er spildt noget" }).count()).toBe(1);
    await page.context().close();
  });

  it("speaks English otherwise", async () => {
    for (const header of ["en-US", "de-DE,fr;q=0.8", null]) {
      const page = await guestIn(header);
      expect(await lang(page), String(header)).toBe("en");
      await page.getByText("What is wrong? One tap sends it.").waitFor();
      await page.context().close();
    }
  });

  it("falls back to the site's language when the browser's is none of ours", async () => {
    const page = await guestIn("de-DE", STOCKHOLM);
    expect(await lang(page)).toBe("sv");
    await page.getByText("Vad är fel? Ett tryck skickar det.").waitFor();
    await page.context().close();
  });

  it("says an invalid code is invalid in the guest's language", async () => {
    const page = await h.page("phone", { extraHTTPHeaders: { "accept-language": "sv" } });
    const response = await page.goto(`${h.url}/r/${OSLO}/${ASSET}?k=not-a-key`);
    expect(response?.status()).toBe(404);
    await page.getByText("Den här QR-koden gäller inte längre.", { exact: false }).waitFor();
    expect(await lang(page)).toBe("sv");
    await page.context().close();
  });
});

describe("a person's own language", () => {
  it("is chosen under Account and kept for the next pages", async () => {
    const page = await h.signIn(KARI, "/account", "laptop");
    expect(await lang(page)).toBe("en");
    await page.getByLabel("Language").first().selectOption("sv");
    await page.getByRole("button", { name: "Save language" }).click();
    await page.getByText("Sparat: instrumentpanelen använder nu Svenska.").waitFor();
    await expect.poll(() => lang(page)).toBe("sv");
    await page.goto(`${h.url}/account`);
    expect(await lang(page)).toBe("sv");
    await page.getByRole("button", { name: "Spara språk" }).waitFor();
    await page.context().close();
  });
});

describe("a site board in Swedish", () => {
  it("says its times on the site's clock, the same before and after the page comes alive", async () => {
    const opened = await h.t.api<{ id: number }>("POST", "/api/defects", {
      body: { site: STOCKHOLM, asset: ASSET, fault: "dirty", source: "staff" },
    });
    expect(opened.status).toBe(201);
    // The browser is in New York and the test's server in its own zone: neither may show.
    const page = await h.page("laptop", { timezoneId: "America/New_York", locale: "en-US" });
    await page.goto(`${h.url}/login?next=${encodeURIComponent("/account")}`);
    await page.fill("#username", SVEN.username);
    await page.fill("#password", SVEN.password);
    await page.click("button[type=submit]");
    await page.waitForURL(`${h.url}/account`);
    await page.getByLabel("Language").first().selectOption("sv");
    await page.getByRole("button", { name: "Save language" }).click();
    await expect.poll(() => lang(page)).toBe("sv");

    const response = await page.goto(`${h.url}/sites/${STOCKHOLM}`);
    const html = (await response?.text()) ?? "";
    // What the server rendered, as text.
    const rendered = [
      ...html.matchAll(/<time[^>]*data-testid="opened-at"[^>]*>(.*?)<\/time>/gs),
    ].map((match) => (match[1] ?? "").replace(/<!--.*?-->/g, "").trim());
    expect(rendered).toHaveLength(1);
    // Alive: the stream is followed, so the page has hydrated.
    await page.locator(".live.on").waitFor();
    const shown = await page.getByTestId("opened-at").allTextContents();
    expect(shown.map((t) => t.trim())).toEqual(rendered);
    // On Stockholm's clock, in Swedish, whatever the browser's zone.
    const openedAt = (await h.t.api("GET", `/api/defects/${opened.body.id}`)).body.openedAt;
    const clockIn = (timeZone: string) =>
      new Intl.DateTimeFormat("sv", { timeZone, hour: "2-digit", minute: "2-digit" }).format(
        Date.parse(openedAt),
      );
    expect(rendered[0]).toMatch(/^sedan /);
    expect(rendered[0]).toContain(clockIn("Europe/Stockholm"));
    expect(rendered[0]).not.toContain(clockIn("America/New_York"));
    expect(await lang(page)).toBe("sv");
    expect(await page.locator("h2").first().textContent()).toBe("Öppna fel");
    expect(await page.getByTestId("site-counts").textContent()).toContain("Stockholm-tid");
    await screenshot(page, "laptop-site-board-sv");
    await page.context().close();
  });
});
