import { hotelFleet } from "@bulbcheck/api/testing";
import type { DefectView } from "@bulbcheck/shared";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { type Account, DashboardHarness, KARI } from "./fixture.ts";

/**
 * Words for people (issue 21, item 5): a bad filter in the address says what is wrong in words
 * and offers the way out, never zod's text nor a false "no defects"; an unknown site or defect in
 * the address is a 404 that names it; names, not ids; a Danish member of staff reads the defects
 * in Danish; and after Acknowledge the keyboard focus stays on the row.
 */

const SITE = "hotel-oslo";
const LARS: Account = {
  username: "lars",
  password: "lars-password-1",
  role: "staff",
  sites: [SITE],
  displayName: "Lars Jensen",
};
let h: DashboardHarness;

beforeAll(async () => {
  h = await DashboardHarness.start();
  await h.t.provision(hotelFleet(SITE));
  await h.createAccounts([KARI, LARS]);
});

afterAll(async () => {
  await h?.stop();
});

async function report(asset: string, fault: string): Promise<number> {
  const made = await h.t.api<DefectView>("POST", "/api/defects", {
    body: { site: SITE, asset, fault },
  });
  expect(made.status).toBe(201);
  return made.body.id;
}

/** zod's and the API's own words, which nobody should read on a page. */
const PROGRAMMER = /invalid option|expected one of|received|NaN|invalid_|defect \d+ not found/i;
// biome-ignore lint/performance/useDomNodeTextContent: what a person sees; textContent includes the hydration script, which carries error codes.
const bodyText = (page: Page) => page.locator("body").innerText();

describe("a bad filter in the address", () => {
  it("says which filter and value, offers to clear the filters, and shows no zod text", async () => {
    await report("elev-a-btn-12", "bulb_out");
    const page = await h.signIn(KARI, "/defects?severity=bogus");
    const error = page.getByTestId("error");
    await error.waitFor();
    expect(await error.getAttribute("data-status")).toBe("400");
    expect(await page.getByTestId("error-message").textContent()).toBe(
      "The address asks for severity “bogus”, which this page does not know.",
    );
    expect(await bodyText(page)).not.toMatch(PROGRAMMER);
    await screenshot(page, "laptop-defects-bad-filter");
    await page.getByRole("link", { name: "Clear the filters" }).click();
    await page.waitForURL((url) => url.pathname === "/defects" && url.search === "");
    await page.getByTestId("defect-table").waitFor();
    await page.context().close();
  });

  it("says there is no such site rather than that nothing is wrong", async () => {
    const page = await h.signIn(KARI, "/defects?site=nowhere&status=open");
    const said = page.getByTestId("unknown-site");
    await said.waitFor();
    expect(await said.textContent()).toContain(
      "There is no site called “nowhere”, or you may not see it.",
    );
    expect(await page.getByTestId("no-defects").count()).toBe(0);
    expect(await bodyText(page)).not.toMatch(/no defects match/i);
    await page.getByRole("link", { name: "Show all sites" }).click();
    await page.waitForURL((url) => url.search === "?status=open");
    await page.getByTestId("defect-table").waitFor();
    await page.context().close();
  });
});

describe("an unknown thing in the address", () => {
  it("is a 404 that names the defect, with the way back to the list", async () => {
    const page = await h.signIn(KARI, "/");
    for (const id of ["123456", "abc"]) {
      const response = await page.goto(`${h.url}/defects/${id}`);
      expect(response?.status(), id).toBe(404);
      expect(await page.getByTestId("error-message").textContent()).toBe(
        `Defect ${id} does not exist, or you may not see it.`,
      );
      expect(await bodyText(page)).not.toMatch(PROGRAMMER);
    }
    await screenshot(page, "laptop-defect-404");
    await page.getByRole("link", { name: "See all defects" }).click();
    await page.waitForURL((url) => url.pathname === "/defects");
    await page.context().close();
  });

  it("names an address with no page at all", async () => {
    const page = await h.signIn(KARI, "/");
    const response = await page.goto(`${h.url}/no-such-page`);
    expect(response?.status()).toBe(404);
    expect(await page.getByTestId("error-message").textContent()).toBe(
      "There is no page at /no-such-page.",
    );
    await page.context().close();
  });
});

describe("names, not ids", () => {
  it("shows the site's and the zone's names in the list and on the defect", async () => {
    const id = await report("elev-a-lamp", "flicker");
    const page = await h.signIn(KARI, "/defects");
    const row = page.locator(`tr[data-defect="${id}"]`);
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain("Hotel Oslo Sentrum");
    expect(text).toContain("Elevator A");
    expect(text).not.toContain("elevator-a");
    expect(text).not.toContain(SITE);
    await page.goto(`${h.url}/defects/${id}`);
    expect(await page.locator(".crumbs").textContent()).toContain("Hotel Oslo Sentrum");
    expect(await page.locator(".facts").textContent()).not.toContain("elevator-a");
    expect(await bodyText(page)).not.toContain("now ago");
    expect(await bodyText(page)).not.toContain("generated at first start");
    await page.context().close();
  });
});

describe("a Danish member of staff", () => {
  it("reads the defects list and a defect in Danish", async () => {
    const id = await report("elev-a-floor", "spill");
    const page = await h.signIn(LARS, "/account");
    await page.getByLabel("Language").first().selectOption("da");
    await page.getByRole("button", { name: "Save language" }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("da");

    await page.goto(`${h.url}/defects`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("da");
    await page.getByRole("heading", { name: "Fejl", exact: true }).waitFor();
    const table = page.getByTestId("defect-table");
    await table.getByRole("columnheader", { name: "Fundet af" }).waitFor();
    await table.getByRole("columnheader", { name: "Åben i" }).waitFor();
    expect(await table.locator(`tr[data-defect="${id}"]`).textContent()).toContain("åben");
    await page.getByRole("button", { name: "Vis" }).waitFor();
    await screenshot(page, "laptop-defects-da");

    await page.goto(`${h.url}/defects/${id}`);
    await page.getByRole("heading", { name: "Tidslinje" }).waitFor();
    const facts = await page.locator(".facts").textContent();
    expect(facts).toContain("Kategori");
    expect(facts).toContain("Først fundet af");
    expect(facts).not.toMatch(/\b(open|nobody|ago|Category)\b/);
    await screenshot(page, "laptop-defect-da");

    // An error is Danish too.
    await page.goto(`${h.url}/defects?severity=bogus`);
    expect(await page.getByTestId("error-message").textContent()).toBe(
      "Adressen beder om alvor »bogus«, som denne side ikke kender.",
    );
    await page.getByRole("link", { name: "Ryd filtrene" }).waitFor();
    await page.context().close();
  });
});

describe("focus after an action", () => {
  it("stays on the row after Acknowledge, and on the result after a bulk action", async () => {
    const id = await report("elev-a-btn-12", "flicker");
    const page = await h.signIn(KARI, "/defects?status=unresolved");
    const row = page.locator(`tr[data-defect="${id}"]`);
    await row.getByRole("button", { name: "Acknowledge" }).click();
    await expect.poll(() => row.textContent()).toContain("acknowledged");
    await expect
      .poll(() =>
        page.evaluate(
          (defect) =>
            document.activeElement?.closest("tr")?.getAttribute("data-defect") === String(defect),
          id,
        ),
      )
      .toBe(true);

    await page.getByLabel("Tick every defect on this page").check();
    await page.getByTestId("bulk-bar").getByRole("button", { name: "Acknowledge" }).click();
    await page.getByTestId("bulk-result").waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null))
      .toBe("bulk-result");
    await page.context().close();
  });
});
