import { readFile } from "node:fs/promises";
import { hotelFleet, publish } from "@bulbcheck/api/testing";
import type { MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { type Account, DashboardHarness } from "./fixture.ts";

/** A manager takes a quarter's defects out as a file; what they may not take is not offered. */

const MONA: Account = {
  username: "mona",
  password: "mona-password-1",
  role: "manager",
  sites: ["hotel-oslo"],
};
const VERA: Account = { username: "vera", password: "vera-password-1", role: "viewer" };
let h: DashboardHarness;
let sensors: MqttClient[] = [];
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  h = await DashboardHarness.start();
  const fleet = hotelFleet("hotel-oslo");
  const bergen = hotelFleet("hotel-bergen").sites[0];
  if (bergen) fleet.sites.push({ ...bergen, name: "Hotel Bergen Brygge" });
  const secrets = await h.t.provision(fleet);
  await h.createAccounts([MONA, VERA]);
  sensors = await Promise.all(
    ["hotel-oslo", "hotel-bergen"].map((site) =>
      h.t.connect(`${site}-sensor`, secrets[`${site}-sensor`] as string),
    ),
  );
  for (const [i, site] of ["hotel-oslo", "hotel-bergen"].entries())
    await publish(sensors[i] as MqttClient, `bulbcheck/v1/${site}/${site}-sensor/health`, {
      id: "h-1",
      asset: "elev-a-btn-12",
      state: "fault",
      fault: "bulb_out",
    });
});

afterAll(async () => {
  await Promise.all(sensors.map((s) => s.endAsync()));
  await h?.stop();
});

describe("the export page", () => {
  it("downloads the defects of the manager's site as a CSV named for its period", async () => {
    const page = await h.signIn(MONA, "/export");
    await page.getByRole("button", { name: "Last 30 days" }).click();
    await screenshot(page, "export-laptop");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^bulbcheck-defects-\\d{4}-\\d{2}-\\d{2}-${today}\\.csv$`),
    );
    const text = await readFile(await download.path(), "utf8");
    const lines = text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]?.startsWith("id,site,zone,asset,asset_name,fault")).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("hotel-oslo,elevator-a,elev-a-btn-12,Button 12 light,bulb_out");
    // Raw events are a manager's; the audit log an admin's.
    expect(await page.getByText("Device events").count()).toBe(1);
    expect(await page.getByText("Audit log").count()).toBe(0);
    await page.close();
  });

  it("sends a viewer back to the form with the reason when the period is backwards", async () => {
    const page = await h.signIn(VERA, "/export");
    expect(await page.getByText("Device events").count()).toBe(0);
    await page.goto(
      `${h.url}/export/download?dataset=defects&format=csv&from=${today}&to=2020-01-01`,
    );
    const problem = page.locator("[data-testid=export-problem]");
    await problem.waitFor();
    expect(await problem.textContent()).toBe(
      "The export could not start: “From” is after “To”: swap them.",
    );
    // The form keeps what was asked, to be corrected.
    expect(await page.locator("input[name=to]").inputValue()).toBe("2020-01-01");
    await page.close();
  });

  it("is readable on a phone, JSON lines for all of a viewer's sites", async () => {
    const page = await h.signIn(VERA, "/export", "phone");
    await page.getByLabel("JSON lines, for programs").check();
    await screenshot(page, "export-phone");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download" }).click(),
    ]);
    const rows = (await readFile(await download.path(), "utf8"))
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { site: string });
    expect(rows.map((r) => r.site).sort()).toEqual(["hotel-bergen", "hotel-oslo"]);
    await page.close();
  });
});
