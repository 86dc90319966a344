import { ADMIN_PASSWORD, ADMIN_USERNAME, eventually, publish } from "@bulbcheck/api/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { DashboardHarness } from "./fixture.ts";

/**
 * Setting up a site on the screens, as a new admin of a hotel group would, with nothing written
 * by hand: the site with its hours, two zones, five assets, a checkpoint and two devices; a
 * device connects with the credentials the page showed once and its defect reaches the board;
 * retiring the asset takes it off the board while its history stays. In headless Chromium
 * against the real system.
 */

const ADMIN = { username: ADMIN_USERNAME, password: ADMIN_PASSWORD };
const SITE = "hotel-trondheim";

let h: DashboardHarness;
let page: Page;

beforeAll(async () => {
  h = await DashboardHarness.start();
  page = await h.signIn(ADMIN, "/setup");
});

afterAll(async () => {
  await h?.stop();
});

/** Waits for the page's answer to the form just sent. */
async function done(text: string | RegExp) {
  await expect.poll(() => page.getByTestId("setup-done").textContent()).toMatch(text);
}

async function addZone(name: string) {
  const form = page.getByTestId("add-zone");
  if (!(await form.isVisible())) await page.getByText("Add a zone", { exact: true }).click();
  await form.locator("input[name=name]").fill(name);
  await form.getByRole("button", { name: "Add zone" }).click();
  await done(`Zone ${name} added.`);
}

async function addAsset(zone: string, name: string, category: string, guests = true) {
  const form = page.getByTestId(`add-asset-${zone}`);
  if (!(await form.isVisible()))
    await page.getByTestId(`zone-${zone}`).locator("details.add > summary").first().click();
  await form.locator("input[name=name]").fill(name);
  await form.locator("select[name=category]").selectOption(category);
  await form.locator("input[name=customerVisible]").setChecked(guests);
  await form.getByRole("button", { name: "Add asset" }).click();
  await done(`Asset ${name} added.`);
}

/** Adds a device and reads what the page showed once: its secret and connection example. */
async function addDevice(
  name: string,
  fill: (form: ReturnType<Page["getByTestId"]>) => Promise<void>,
) {
  const form = page.getByTestId("add-device");
  if (!(await form.isVisible())) await page.getByText("Add a device", { exact: true }).click();
  await form.locator("input[name=name]").fill(name);
  await fill(form);
  await form.getByRole("button", { name: "Add device" }).click();
  await done(`Device ${name} added.`);
  const credentials = page.getByTestId("device-credentials");
  return {
    secret: ((await credentials.getByTestId("secret-value").textContent()) ?? "").trim(),
    example: (await credentials.getByTestId("connection-example").textContent()) ?? "",
    file: (await credentials.getByTestId("credentials-download").getAttribute("href")) ?? "",
  };
}

describe("an admin sets up a new site on the screens", () => {
  let sensorSecret = "";
  let defectId = 0;

  it("creates the site with its time zone, language, weekday hours and a holiday", async () => {
    await page.getByRole("link", { name: "New site" }).first().click();
    await page.waitForURL(/\/setup\/sites\/new$/);
    const form = page.getByTestId("new-site");
    await form.locator("#site-name").fill("Hotel Trondheim");
    // A holiday written wrong first: the form says which line, and keeps what was entered.
    await form.locator("#site-dates").fill("2026-12-25 closed\n24.12 08-14");
    await form.locator("#site-timezone").selectOption("Europe/Oslo");
    await form.locator("#site-language").selectOption("nb");
    await form.locator("input[name=open-sun]").uncheck();
    await form.locator("input[name=from-sat]").fill("09:00");
    await form.locator("input[name=to-sat]").fill("18:00");
    await form.getByRole("button", { name: "Create site" }).click();
    await expect
      .poll(() => form.locator(".form-error").allTextContents())
      .toContainEqual(expect.stringMatching(/Line 2 \("24\.12 08-14"\)/));
    expect(await form.locator("#site-name").inputValue()).toBe("Hotel Trondheim");
    expect(await form.locator("input[name=open-sun]").isChecked()).toBe(false);
    expect(await form.locator("input[name=from-sat]").inputValue()).toBe("09:00");

    await form.locator("#site-dates").fill("2026-12-25 closed\n2026-12-24 08:00-14:00");
    await form.getByRole("button", { name: "Create site" }).click();
    await page.waitForURL(new RegExp(`/setup/sites/${SITE}\\?created=1$`));

    const site = (await h.t.api("GET", `/api/sites/${SITE}`)).body;
    expect(site).toMatchObject({
      name: "Hotel Trondheim",
      timezone: "Europe/Oslo",
      language: "nb",
    });
    expect(site.hours).toEqual({
      "mon-fri": "07:00-22:00",
      sat: "09:00-18:00",
      sun: "closed",
      "2026-12-24": "08:00-14:00",
      "2026-12-25": "closed",
    });
  });

  it("adds two zones, five assets and a checkpoint", async () => {
    await addZone("Lobby");
    await addZone("Heis B");
    await addAsset("lobby", "Lobby lamp", "lighting");
    await addAsset("lobby", "Lobby floor", "cleanliness");
    await addAsset("lobby", "Soap dispenser", "supplies", false);
    await addAsset("heis-b", "Call button 1", "lighting");
    await addAsset("heis-b", "Elevator floor", "cleanliness");

    const form = page.getByTestId("add-checkpoint-lobby");
    await page.getByTestId("zone-lobby").getByText("Add a checkpoint to Lobby").click();
    await form.locator("input[name=name]").fill("Morning round");
    await form.locator("input[name=intervalMinutes]").fill("240");
    await form.getByRole("button", { name: "Add checkpoint" }).click();
    await done("Checkpoint Morning round added.");

    const site = (await h.t.api("GET", `/api/sites/${SITE}`)).body;
    const zones = Object.fromEntries(
      site.zones.map((z: { id: string; assets: { id: string }[] }) => [
        z.id,
        z.assets.map((a) => a.id).sort(),
      ]),
    );
    expect(zones).toEqual({
      lobby: ["lobby-floor", "lobby-lamp", "soap-dispenser"],
      "heis-b": ["call-button-1", "elevator-floor"],
    });
    const lobby = site.zones.find((z: { id: string }) => z.id === "lobby");
    expect(lobby.checkpoints[0]).toMatchObject({
      id: "morning-round",
      intervalMinutes: 240,
      assets: ["lobby-floor", "lobby-lamp", "soap-dispenser"],
    });
  });

  it("adds two devices, each secret shown once with its credentials file and connection", async () => {
    const sensor = await addDevice("Lamp sensor", async (form) => {
      await form.locator("input[name=kind][value=sensor]").check();
      await form.locator("input[name=watches][value=lobby-lamp]").check();
    });
    expect(sensor.secret.length).toBeGreaterThan(20);
    expect(sensor.example).toContain("-u lamp-sensor");
    expect(sensor.example).toContain(`bulbcheck/v1/${SITE}/lamp-sensor/health`);
    expect(decodeURIComponent(sensor.file)).toContain(`BULBCHECK_MQTT_PASSWORD=${sensor.secret}`);
    sensorSecret = sensor.secret;

    const pad = await addDevice("Staff pad", async (form) => {
      await form.locator("input[name=kind][value=button]").check();
      await form.locator("input[name=servesScope][value=some]").check();
      await form.locator("input[name=serves][value=morning-round]").check();
    });
    expect(pad.secret).not.toBe(sensor.secret);
    await screenshot(page, "laptop-setup-site");

    // Shown once: the page read again shows no secret.
    await page.reload();
    expect(await page.getByTestId("device-credentials").count()).toBe(0);
    const devices = (await h.t.api("GET", `/api/devices?site=${SITE}`)).body.items;
    expect(
      devices.map((d: { id: string; kind: string; serves: string[] | null }) => [
        d.id,
        d.kind,
        d.serves,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ["lamp-sensor", "sensor", null],
        ["staff-pad", "button", ["morning-round"]],
      ]),
    );
  });

  it("lets the new sensor connect with the shown secret; its fault shows on the board", async () => {
    const sensor = await h.t.connect("lamp-sensor", sensorSecret);
    await publish(sensor, `bulbcheck/v1/${SITE}/lamp-sensor/health`, {
      id: "h-1",
      asset: "lobby-lamp",
      state: "fault",
      fault: "bulb_out",
    });
    await sensor.endAsync();
    const board = await h.signIn(ADMIN, `/sites/${SITE}`);
    const lamp = board.locator("li[data-asset=lobby-lamp]");
    await expect.poll(() => lamp.getAttribute("class")).toMatch(/defect/);
    defectId = Number(
      (await lamp.locator("a[href^='/defects/']").getAttribute("href"))?.split("/").pop(),
    );
    expect(defectId).toBeGreaterThan(0);
    await board.close();
  });

  it("retires the asset: off the board, its defect's history still readable, and restorable", async () => {
    await page.goto(`${h.url}/setup/sites/${SITE}`);
    const asset = page.getByTestId("asset-lobby-lamp");
    await asset.getByText("Edit").click();
    await asset.getByRole("button", { name: "Retire asset" }).click();
    await done(/Retired asset Lobby lamp.*1 open defect was closed/);
    await expect.poll(() => page.getByTestId("retired").textContent()).toContain("Lobby lamp");

    const board = await h.signIn(ADMIN, `/sites/${SITE}`);
    await board.locator("li[data-asset=lobby-floor]").waitFor();
    expect(await board.locator("li[data-asset=lobby-lamp]").count()).toBe(0);
    await board.goto(`${h.url}/defects/${defectId}`);
    await expect.poll(() => board.locator("main").textContent()).toMatch(/Lobby lamp/);
    await expect.poll(() => board.locator("main").textContent()).toMatch(/retired/);
    await board.close();

    await page.getByTestId("retired").getByRole("button", { name: "Restore" }).click();
    await done("Restored asset Lobby lamp.");
    await eventually("the lamp back in service", async () => {
      const site = (await h.t.api("GET", `/api/sites/${SITE}`)).body;
      const lamp = site.zones
        .flatMap((z: { assets: { id: string; retired: boolean }[] }) => z.assets)
        .find((a: { id: string }) => a.id === "lobby-lamp");
      return lamp && !lamp.retired ? lamp : undefined;
    });
  });
});

describe("forms that keep what was entered, and deletes that say what they do", () => {
  it("refuses a taken device id, keeping the fields, and names what a delete removed", async () => {
    await page.goto(`${h.url}/setup/sites/${SITE}`);
    const form = page.getByTestId("add-device");
    await page.getByText("Add a device", { exact: true }).click();
    await form.locator("input[name=name]").fill("Second lamp sensor");
    await form.locator("input[name=id]").fill("lamp-sensor");
    await form.locator("input[name=intervalSeconds]").fill("120");
    await form.locator("input[name=watches][value=lobby-floor]").check();
    await form.getByRole("button", { name: "Add device" }).click();
    await expect
      .poll(() => form.locator(".form-error").allTextContents())
      .toContainEqual("lamp-sensor is taken here: choose another id.");
    expect(await form.locator("input[name=name]").inputValue()).toBe("Second lamp sensor");
    expect(await form.locator("input[name=intervalSeconds]").inputValue()).toBe("120");
    expect(await form.locator("input[name=watches][value=lobby-floor]").isChecked()).toBe(true);

    // An asset made by mistake a minute ago has no history: it can be deleted.
    await addAsset("heis-b", "Typo asset", "other");
    const typo = page.getByTestId("asset-typo-asset");
    await typo.getByText("Edit").click();
    await typo.getByRole("button", { name: "Delete" }).click();
    await done("Deleted asset Typo asset: removed 1 asset.");
    expect(await page.getByTestId("asset-typo-asset").count()).toBe(0);

    // The lamp has a defect's history: deleting it is refused, pointing at retiring.
    const lamp = page.getByTestId("asset-lobby-lamp");
    await lamp.getByText("Edit").click();
    await lamp.getByRole("button", { name: "Delete" }).click();
    await expect
      .poll(() => page.getByTestId("setup-error").textContent())
      .toMatch(/retire it instead/);
  });

  it("opens a device's page with its connection, and moves it to another site", async () => {
    await h.t.provision({ sites: [{ id: "hotel-bodo", name: "Hotel Bodø", zones: [] }] });
    const sensor = await h.t.connect("lamp-sensor", (await rotate()) ?? "");
    let closed = false;
    sensor.on("close", () => {
      closed = true;
    });
    await page.goto(`${h.url}/setup/sites/${SITE}/devices/lamp-sensor`);
    await expect
      .poll(() => page.getByTestId("connection-details").textContent())
      .toContain("lamp-sensor");
    await screenshot(page, "laptop-setup-device");
    await page.getByText("Move to another site…").click();
    await page.getByTestId("move-device").locator("select[name=site]").selectOption("hotel-bodo");
    await page.getByTestId("move-device").getByRole("button", { name: "Move" }).click();
    await page.waitForURL(/\/setup\/sites\/hotel-bodo\/devices\/lamp-sensor\?moved=1$/);
    await eventually("the moved device's connection to close", () => (closed ? true : undefined));
    await sensor.endAsync(true);
    expect((await h.t.api("GET", "/api/devices/lamp-sensor")).body.site).toBe("hotel-bodo");
  });

  it("lets a manager set up their own site, but not create sites", async () => {
    await h.createAccounts([
      { username: "tove", password: "tove-password-1", role: "manager", sites: [SITE] },
    ]);
    const manager = await h.signIn({ username: "tove", password: "tove-password-1" }, "/setup");
    expect(await manager.getByRole("link", { name: "New site" }).count()).toBe(0);
    await manager.getByTestId("setup-sites").getByRole("link", { name: "Hotel Trondheim" }).click();
    await manager.waitForURL(new RegExp(`/setup/sites/${SITE}$`));
    const form = manager.getByTestId("add-asset-heis-b");
    await manager.getByText("Add an asset to Heis B").click();
    await form.locator("input[name=name]").fill("Mirror");
    await form.locator("select[name=category]").selectOption("cleanliness");
    await form.getByRole("button", { name: "Add asset" }).click();
    await expect
      .poll(() => manager.getByTestId("setup-done").textContent())
      .toBe("Asset Mirror added.");
    const refused = await manager.goto(`${h.url}/setup/sites/new`);
    expect(refused?.status()).toBe(403);
    await manager.close();
  });

  it("reads on a phone", async () => {
    const phone = await h.signIn(ADMIN, `/setup/sites/${SITE}`, "phone");
    await phone.getByTestId("zone-lobby").waitFor();
    await screenshot(phone, "phone-setup-site");
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });
});

/** A fresh secret for the sensor, through its setup page (the one shown at creation is spent). */
async function rotate(): Promise<string | undefined> {
  await page.goto(`${h.url}/setup/sites/${SITE}/devices/lamp-sensor`);
  await page.getByText("Rotate secret…").click();
  await page.getByRole("button", { name: "Rotate the secret now" }).click();
  const credentials = page.getByTestId("device-credentials");
  await credentials.waitFor();
  return (await credentials.getByTestId("secret-value").textContent())?.trim();
}
