import { hotelFleet, publish } from "@bulbcheck/api/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { type Account, DashboardHarness } from "./fixture.ts";

/**
 * Words the API sends as codes, read in the reader's language (issue 21, "words for people"): a
 * Norwegian admin reads why a sensor's message was refused, with the asset's name, on Devices and
 * on the device's setup page, the audit log's actions, and an import's row errors in bokmål;
 * the API's English is still in its answers for scripts.
 */

const SITE = "hotel-oslo";
const SENSOR = `${SITE}-sensor`;
const INGRID: Account = {
  username: "ingrid",
  password: "ingrid-password-1",
  role: "admin",
  sites: null,
  displayName: "Ingrid Berg",
};
let h: DashboardHarness;
let norwegian: Page;

const text = async (page: Page) =>
  ((await page.locator("main").textContent()) ?? "").replace(/\s+/g, " ");

beforeAll(async () => {
  h = await DashboardHarness.start();
  const secrets = await h.t.provision(hotelFleet(SITE));
  await h.createAccounts([INGRID]);
  // The sensor watches the button's light and the lamp, not the floor: refused as out of scope.
  const sensor = await h.t.connect(SENSOR, secrets[SENSOR] as string);
  await publish(sensor, `bulbcheck/v1/${SITE}/${SENSOR}/health`, {
    id: "h-1",
    asset: "elev-a-floor",
    state: "fault",
    fault: "bulb_out",
  });
  await sensor.endAsync();
  const device = await h.t.api("GET", `/api/devices/${SENSOR}`);
  expect(device.body.lastRejections[0]).toMatchObject({
    reason: "out_of_scope",
    message: expect.stringMatching(/may not send health about elev-a-floor/),
  });
}, 180_000);

afterAll(async () => {
  await norwegian?.context().close();
  await h?.stop();
});

describe("a Norwegian admin", () => {
  it("reads why a sensor's message was refused in bokmål, with the asset's name", async () => {
    norwegian = await h.signIn(INGRID, "/account");
    await norwegian.getByLabel("Language").first().selectOption("nb");
    await norwegian.getByRole("button", { name: "Save language" }).click();
    await expect.poll(() => norwegian.evaluate(() => document.documentElement.lang)).toBe("nb");

    await norwegian.goto(`${h.url}/devices?device=${SENSOR}`);
    const why = norwegian.getByTestId("refusal-words").first();
    await why.waitFor();
    expect(await why.textContent()).toBe(
      `${SENSOR} kan ikke sende helse om Elevator A floor: det er ikke blant det enheten overvåker eller betjener.`,
    );
    expect(await text(norwegian)).not.toContain("may not send health");
    await screenshot(norwegian, "devices-refusal-nb");

    await norwegian.goto(`${h.url}/setup/sites/${SITE}/devices/${SENSOR}`);
    const last = norwegian.getByTestId("last-refusal");
    await last.waitFor();
    expect(await last.textContent()).toMatch(
      /^Sist avvist .+: hotel-oslo-sensor kan ikke sende helse om Elevator A floor: /,
    );
  });

  it("reads the audit log's actions in bokmål", async () => {
    // An admin's revocation, through the API: the log records its code.
    expect((await h.t.api("DELETE", `/api/devices/${SENSOR}`)).status).toBe(200);
    await norwegian.goto(`${h.url}/admin/audit`);
    const audit = norwegian.getByTestId("audit");
    await audit.getByText("Enhet trukket tilbake").first().waitFor();
    await audit.getByText("Logget inn").first().waitFor();
    await audit.getByText("Flåtedokument tatt i bruk").first().waitFor();
    const shown = (await audit.textContent()) ?? "";
    expect(shown).not.toContain("device.revoke");
    expect(shown).not.toContain("session.sign_in");
    await screenshot(norwegian, "audit-actions-nb");
  });

  it("reads an import's row errors in bokmål", async () => {
    await norwegian.goto(`${h.url}/setup/import`);
    await norwegian.fill(
      "#import-text",
      ["kind,site,zone,id,name,category", `asset,${SITE},roof,roof-lamp,Roof lamp,lighting`].join(
        "\n",
      ),
    );
    await norwegian.getByRole("button", { name: "Forhåndsvis" }).click();
    const errors = norwegian.getByTestId("row-errors").first();
    await errors.waitFor();
    const said = ((await errors.textContent()) ?? "").replace(/\s+/g, " ");
    expect(said).toContain(
      `Ukjent sone roof på ${SITE}: legg til en rad for den, eller rett id-en.`,
    );
    expect(said).not.toContain("unknown zone");
  });
});
