import { hotelFleet } from "@bulbcheck/api/testing";
import { faultWords, type Locale } from "@bulbcheck/shared/i18n";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { DashboardHarness, KARI, MONA } from "./fixture.ts";

/**
 * Staff pages in the person's own language (issue 21, item 1): sign-in, My work, Notices,
 * Devices, Export and the daily report, for someone who chose Norwegian under Account, and
 * Devices and My work for someone who chose Danish. `<html lang>` says which.
 */

const SITE = "hotel-oslo";
let h: DashboardHarness;

beforeAll(async () => {
  h = await DashboardHarness.start();
  await h.t.provision(hotelFleet(SITE));
  await h.createAccounts([KARI, MONA]);
  // Something on Kari's list, and a notice about it.
  const opened = await h.t.api<{ id: number }>("POST", "/api/defects", {
    body: { site: SITE, asset: "elev-a-lamp", fault: "broken", source: "staff" },
  });
  expect(opened.status).toBe(201);
  const assigned = await h.t.api("POST", `/api/defects/${opened.body.id}/assign`, {
    body: { assignee: { user: KARI.username } },
  });
  expect(assigned.status).toBe(200);
});

afterAll(async () => {
  await h?.stop();
});

const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Signs in and chooses a language under Account, as a person does. */
async function signedInIn(
  account: typeof KARI,
  locale: Locale,
  viewport: "phone" | "laptop" = "laptop",
): Promise<Page> {
  const page = await h.signIn(account, "/account", viewport);
  await page.getByLabel("Language").first().selectOption(locale);
  await page.getByRole("button", { name: "Save language" }).click();
  await expect.poll(() => lang(page)).toBe(locale);
  return page;
}

async function visit(page: Page, path: string, h1: string): Promise<void> {
  await page.goto(`${h.url}${path}`);
  await expect.poll(() => page.locator("h1").first().textContent()).toBe(h1);
}

describe("staff pages in Norwegian", () => {
  it("signs in in the browser's Norwegian", async () => {
    const page = await h.page("phone", {
      extraHTTPHeaders: { "accept-language": "nb-NO,nb;q=0.9" },
    });
    await page.goto(`${h.url}/login`);
    expect(await lang(page)).toBe("nb");
    expect(await page.locator("h1").textContent()).toBe("Logg inn");
    await page.getByText("En veggskjerm?").waitFor();
    await page.fill("#username", KARI.username);
    await page.fill("#password", "not-the-password");
    await page.click("button[type=submit]");
    await expect
      .poll(() => page.getByTestId("login-error").textContent())
      .toBe("Feil brukernavn eller passord.");
    await page.context().close();
  });

  it("speaks bokmål on My work, Notices, Devices, Export and the daily report", async () => {
    const page = await signedInIn(KARI, "nb", "phone");

    await visit(page, "/work", "Mitt arbeid");
    expect(await lang(page)).toBe("nb");
    await page.getByRole("heading", { name: /^Tildelt meg og teamet mitt/ }).waitFor();
    const card = page.getByTestId("my-work").locator("li").first();
    const text = (await card.textContent()) ?? "";
    expect(text).toContain(`${faultWords("broken", "nb")} · Ceiling lamp`);
    // The zone by its name, not its id; the status in words.
    expect(text).toContain("Elevator A · Hotel Oslo Sentrum");
    expect(text).not.toContain("elevator-a");
    expect(text).toContain("din");
    expect(await card.getByRole("button", { name: "Kvitter" }).count()).toBe(1);
    expect(await card.locator("summary").first().textContent()).toBe("Kommentar");
    await screenshot(page, "phone-work-nb");

    await visit(page, "/notices", "Varsler");
    expect(await lang(page)).toBe("nb");
    const notice = page.locator("[data-testid=notices] li[data-kind=assigned]").first();
    expect(await notice.textContent()).toContain("Tildelt deg");
    expect(await notice.textContent()).toContain("Elevator A · Hotel Oslo Sentrum");
    await page.getByText("1 ulest.").waitFor();

    await visit(page, "/devices", "Enheter");
    expect(await lang(page)).toBe("nb");
    await page.getByText("2 enheter", { exact: false }).first().waitFor();
    const table = (await page.getByTestId("device-table").textContent()) ?? "";
    expect(table).toContain("Sist sett");
    expect(table).toContain("knapp");
    expect(table).toContain("Hotel Oslo Sentrum");

    await visit(page, "/export", "Eksport");
    expect(await lang(page)).toBe("nb");
    expect(await page.getByRole("button", { name: "Last ned" }).count()).toBe(1);
    await page.getByText("Feilforløp").waitFor();

    await visit(page, "/reports/daily", "Daglig pærerapport");
    expect(await lang(page)).toBe("nb");
    expect(await page.locator("select[name=site] option").first().textContent()).toBe(
      "Alle mine steder",
    );
    await expect.poll(() => page.getByTestId("report-totals").textContent()).toMatch(/\d+ feilet/);
    expect(await page.getByTestId("report-site").first().textContent()).toContain("Oslo-tid");
    await page.context().close();
  });
});

describe("staff pages in Danish", () => {
  it("speaks Danish on Devices and My work", async () => {
    const page = await signedInIn(MONA, "da");
    await visit(page, "/devices", "Enheder");
    expect(await lang(page)).toBe("da");
    expect(await page.getByTestId("device-table").textContent()).toContain("Sidst set");
    await visit(page, "/work", "Mit arbejde");
    expect(await lang(page)).toBe("da");
    await page.getByRole("heading", { name: /^Åbne på mine steder/ }).waitFor();
    await page.context().close();
  });
});
