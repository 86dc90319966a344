import { hotelFleet } from "@bulbcheck/api/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { DashboardHarness, KARI } from "./fixture.ts";

/**
 * Their language (issue 21, item 1): a guest's QR page speaks their browser's language when it is
 * one of ours, else the site's; staff choose theirs under Account. `<html lang>` says which.
 */

const OSLO = "hotel-oslo";
const STOCKHOLM = "hotel-stockholm";
const ASSET = "elev-a-floor";
let h: DashboardHarness;

beforeAll(async () => {
  h = await DashboardHarness.start();
  await h.t.provision(hotelFleet(OSLO));
  const stockholm = hotelFleet(STOCKHOLM);
  for (const site of stockholm.sites)
    Object.assign(site, { name: "Hotel Stockholm", language: "sv" });
  await h.t.provision(stockholm);
  await h.createAccounts([KARI]);
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
    await page.getByText("Sparat: instrumentpanelet använder nu Svenska.").waitFor();
    await expect.poll(() => lang(page)).toBe("sv");
    await page.goto(`${h.url}/account`);
    expect(await lang(page)).toBe("sv");
    await page.getByRole("button", { name: "Spara språk" }).waitFor();
    await page.context().close();
  });
});
