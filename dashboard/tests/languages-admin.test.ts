import { hotelFleet } from "@bulbcheck/api/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { type Account, DashboardHarness } from "./fixture.ts";

/**
 * The admin and setup pages in the reader's language (issue 21, items 1 and 5): an admin who
 * picked Swedish under Account reads users, tokens, the audit log, notifications, setup, the
 * report form and the label sheet in Swedish, with node times saying UTC; the printed labels
 * speak the site's own language, as the QR poster does.
 */

const SITE = "hotel-oslo";
const PUBLIC_URL = "http://labels-sv.example.test";
const SIGRID: Account = {
  username: "sigrid",
  password: "sigrid-password-1",
  role: "admin",
  sites: null,
  displayName: "Sigrid Lind",
};
const MIKKEL: Account = {
  username: "mikkel",
  password: "mikkel-password-1",
  role: "admin",
  sites: null,
  displayName: "Mikkel Holm",
};
let h: DashboardHarness;
let swedish: Page;

const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const text = async (page: Page) =>
  ((await page.locator("main").textContent()) ?? "").replace(/\s+/g, " ");

/** Signs in and picks a language under Account, as a person would. */
async function signInSpeaking(account: Account, locale: string, saved: string): Promise<Page> {
  const page = await h.signIn(account, "/account", "phone");
  await page.getByLabel("Language").first().selectOption(locale);
  await page.getByRole("button", { name: "Save language" }).click();
  await page.getByText(saved).waitFor();
  await expect.poll(() => lang(page)).toBe(locale);
  return page;
}

/** Opens a page and waits for its heading, in the page's language. */
async function visit(page: Page, path: string, heading: string): Promise<string> {
  const response = await page.goto(`${h.url}${path}`);
  expect(response?.status(), path).toBe(200);
  await page.locator("h1", { hasText: heading }).first().waitFor();
  expect(await lang(page), path).toBe("sv");
  return text(page);
}

beforeAll(async () => {
  h = await DashboardHarness.start({ system: { notify: { publicUrl: PUBLIC_URL } } });
  const fleet = hotelFleet(SITE);
  for (const site of fleet.sites) Object.assign(site, { language: "nb" });
  await h.t.provision(fleet);
  await h.createAccounts([SIGRID, MIKKEL]);
}, 180_000);

afterAll(async () => {
  await swedish?.context().close();
  await h?.stop();
});

describe("an admin who reads Swedish", () => {
  it("reads the users pages in Swedish, roles and access in words, sign-ins in UTC", async () => {
    swedish = await signInSpeaking(SIGRID, "sv", "Sparat: instrumentpanelen använder nu Svenska.");
    const list = await visit(swedish, "/admin/users", "Användare");
    expect(list).toContain("Ny användare");
    expect(list).toMatch(/\d+ konton, \d+ aktiva/);
    expect(list).toContain("administratör");
    // Sigrid has signed in: when, on the node's clock, saying so.
    expect(list).toMatch(/\d{2}:\d{2} UTC/);
    await swedish.locator("input[name=username]").fill("nils");
    await expect
      .poll(() => swedish.getByTestId("effective-access").textContent())
      .toBe(
        "nils blir personal för alla platser, nu och framöver: ser deras tavlor och avvikelser, rapporterar, kvitterar och åtgärdar dem.",
      );
    await screenshot(swedish, "phone-admin-users-sv");
    await swedish.getByRole("link", { name: "Mikkel Holm" }).click();
    await swedish.locator("h1", { hasText: "Mikkel Holm" }).waitFor();
    expect(await text(swedish)).toContain("Namn, roll och platser");
    expect(await text(swedish)).toContain("Återställ lösenord");
    expect(await lang(swedish)).toBe("sv");
  });

  it("reads tokens and the audit log in Swedish, with the node's actors in words", async () => {
    const tokens = await visit(swedish, "/admin/tokens", "API-nycklar");
    expect(tokens).toContain("Ny systemnyckel");
    expect(tokens).toContain("Visa återkallade nycklar");
    const audit = await visit(swedish, "/admin/audit", "Granskningslogg");
    expect(audit).toContain("Tider i UTC");
    expect(audit).toMatch(/\d{2}:\d{2} UTC/);
    expect(audit).not.toContain("generated at first start");
  });

  it("reads notifications and the delivery log in Swedish", async () => {
    const page = await visit(swedish, "/admin/notifications", "Aviseringar");
    expect(page).toContain("Regler och eskalering");
    expect(page).toContain("Daglig lamprapport");
    expect(page).toContain("Kanaler");
    expect(page).toContain("Inga kanaler än.");
    const log = await visit(swedish, "/admin/notifications/deliveries", "Leveranslogg");
    expect(log).toContain("tider i UTC");
  });

  it("reads the setup pages in Swedish: assignment, import, the site and a device", async () => {
    const assignment = await visit(swedish, "/setup/assignment", "Tilldelningsregler");
    expect(assignment).toContain("Lägg till regel");
    expect(assignment).toContain("Smutsigt");
    const imports = await visit(swedish, "/setup/import", "Importera platser och enheter från CSV");
    expect(imports).toContain("Så är filen uppbyggd");
    await swedish
      .locator("#import-text")
      .fill("kind,site,id,name\nsite,sv-site,sv-site,Svensk plats");
    await swedish.getByRole("button", { name: "Förhandsvisa" }).click();
    await swedish.getByRole("button", { name: "Importera 1 ändring" }).waitFor();
    expect(await swedish.getByTestId("import-rows").textContent()).toContain("skapas");

    const site = await visit(swedish, `/setup/sites/${SITE}`, "Hotel Oslo Sentrum");
    expect(site).toContain("Zoner och objekt");
    expect(site).toContain("Lägg till en zon");
    expect(site).toContain("Enheter");
    await screenshot(swedish, "phone-setup-site-sv");
    const device = await visit(
      swedish,
      `/setup/sites/${SITE}/devices/${SITE}-sensor`,
      `${SITE}-sensor`,
    );
    expect(device).toContain("Så ansluter den");
    expect(device).toContain("sensor vid Hotel Oslo Sentrum");
    expect(device).toContain("senast hörd aldrig");
  });

  it("reports a fault from the dashboard in Swedish", async () => {
    const page = await visit(swedish, `/sites/${SITE}/report`, "Rapportera ett fel");
    expect(page).toContain("Vad är fel?");
    expect(page).toContain("Något har spillts ut");
    expect(page).toContain("Anteckning (valfritt)");
    expect(await swedish.getByRole("button", { name: "Rapportera" }).count()).toBe(1);
  });

  it("prints the labels in the site's language, around a page in Swedish", async () => {
    const page = await visit(swedish, `/sites/${SITE}/labels`, "QR-etiketter");
    expect(page).toMatch(/\d+ etiketter på 1 ark A4/);
    const scan = swedish.locator("article.label p.scan").first();
    expect(await scan.textContent()).toBe("Skann for å melde fra om en feil");
    expect(await scan.getAttribute("lang")).toBe("nb");
    expect(await swedish.getByText("Återkalla en kod").count()).toBe(1);
  });
});

describe("an admin who reads Danish", () => {
  it("reads the users page and a token in Danish", async () => {
    const page = await signInSpeaking(MIKKEL, "da", "Gemt: dashboardet bruger nu Dansk.");
    await page.goto(`${h.url}/admin/users`);
    await page.locator("h1", { hasText: "Brugere" }).waitFor();
    expect(await lang(page)).toBe("da");
    expect(await text(page)).toContain("Opret bruger");
    await page.goto(`${h.url}/admin/tokens`);
    await page.locator("h1", { hasText: "API-nøgler" }).waitFor();
    expect(await text(page)).toContain("Opret nøgle");
    await page.context().close();
  });
});
