import { readFile } from "node:fs/promises";
import { ADMIN_PASSWORD, ADMIN_USERNAME, publish } from "@bulbcheck/api/testing";
import { SECRETS_CSV_COLUMNS } from "@bulbcheck/shared";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { type Account, DashboardHarness } from "./fixture.ts";

/**
 * An admin sets up a chain from a spreadsheet: a preview that finds the one bad row and writes
 * nothing, the import of the corrected file, and the new devices' secrets once as a file that
 * really connects them. In headless Chromium against the real system.
 */

const ADMIN = { username: ADMIN_USERNAME, password: ADMIN_PASSWORD };
const MONA: Account = { username: "mona", password: "mona-password-1", role: "manager" };
const SITES = 50;
const BAD_SITE = 17;
const HOURS = "mon-fri 07:00-22:00; sat 09:00-18:00; sun closed; 2026-12-25 closed";

const siteId = (i: number) => `shop-${String(i).padStart(2, "0")}`;

/** 50 sites, each a zone, two assets and a sensor; with `bad`, one asset has no real category. */
function chainCsv(options: { bad: boolean }): { text: string; badLine: number } {
  const lines = [
    "kind,site,zone,id,name,timezone,hours,category,customer_visible,interval_seconds,watches",
  ];
  let badLine = 0;
  for (let i = 1; i <= SITES; i++) {
    const site = siteId(i);
    const wrong = options.bad && i === BAD_SITE;
    lines.push(`site,,,${site},Shop ${i},Europe/Oslo,"${HOURS}",,,,`);
    lines.push(`zone,${site},,floor,Shop floor,,,,,,`);
    lines.push(`asset,${site},floor,lamp,Ceiling lamp,,,lighting,yes,,`);
    lines.push(`asset,${site},floor,sign,Exit sign,,,${wrong ? "lightning" : "signage"},no,,`);
    if (wrong) badLine = lines.length;
    lines.push(`sensor,${site},,${site}-sensor,Light sensor,,,,,60,lamp sign`);
  }
  return { text: `${lines.join("\r\n")}\r\n`, badLine };
}

const ROWS = SITES * 5;

let h: DashboardHarness;

beforeAll(async () => {
  h = await DashboardHarness.start();
  await h.createAccounts([MONA]);
});

afterAll(async () => {
  await h?.stop();
});

async function previewFile(page: Page, text: string, name = "chain.csv"): Promise<void> {
  await page.setInputFiles("input[type=file]", {
    name,
    mimeType: "text/csv",
    buffer: Buffer.from(text, "utf8"),
  });
  await page.getByRole("button", { name: "Preview" }).click();
}

async function previewText(page: Page, text: string): Promise<void> {
  await page.fill("#import-text", text);
  await page.getByRole("button", { name: "Preview" }).click();
}

/** The sites of the chain's file that the API lists (the other tests add sites of their own). */
async function chainSites(): Promise<string[]> {
  const { items } = (await h.t.api("GET", "/api/sites")).body as { items: { id: string }[] };
  return items
    .map((s) => s.id)
    .filter((id) => id.startsWith("shop-"))
    .sort();
}

const count = (page: Page, what: string) => page.getByTestId(`count-${what}`).textContent();

describe("importing a chain from CSV", () => {
  it("finds the bad row and writes nothing, then imports the fixed file and hands out working secrets once", async () => {
    const page = await h.signIn(ADMIN, "/setup/import");
    const bad = chainCsv({ bad: true });
    await previewFile(page, bad.text);
    await expect.poll(() => count(page, "errors")).toBe("1");
    expect(await count(page, "rows")).toBe(String(ROWS));
    const problems = (await page.getByTestId("import-problems").textContent()) ?? "";
    expect(problems).toMatch(/1 problem to fix/);
    // The bad row comes first, with its line and what the cell must hold.
    const first = page.locator("[data-testid=import-rows] tbody tr").first();
    expect(await first.getAttribute("data-line")).toBe(String(bad.badLine));
    const error = (await first.getByTestId("row-errors").textContent()) ?? "";
    expect(error).toContain("category");
    expect(error).toContain("lightning: one of lighting, equipment");
    expect(await first.locator(".line").textContent()).toBe(`Line ${bad.badLine}`);
    expect(await page.getByRole("button", { name: /^Import/ }).count()).toBe(0);
    await screenshot(page, "import-preview-error-laptop");
    expect(await chainSites()).toEqual([]);

    const fixed = chainCsv({ bad: false });
    await previewFile(page, fixed.text);
    await expect.poll(() => count(page, "errors")).toBe("0");
    expect(await count(page, "created")).toBe(String(ROWS));
    expect(await count(page, "changed")).toBe("0");
    expect(await page.locator("[data-testid=import-rows] tr.bad").count()).toBe(0);
    expect(await chainSites()).toEqual([]);

    await page.getByRole("button", { name: `Import ${ROWS} changes` }).click();
    const done = page.getByTestId("import-done");
    await done.waitFor();
    expect((await done.textContent())?.replace(/\s+/g, " ")).toContain(
      "created 50 sites, 50 zones, 100 assets, 50 devices",
    );
    expect(await chainSites()).toEqual(Array.from({ length: SITES }, (_, i) => siteId(i + 1)));
    await screenshot(page, "import-done-laptop");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("secrets-download").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^bulbcheck-device-secrets-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const [header, ...lines] = (await readFile(await download.path(), "utf8"))
      .trimEnd()
      .split("\r\n");
    expect(header).toBe(SECRETS_CSV_COLUMNS.join(","));
    const secrets = lines.map((line) => {
      const [device = "", site = "", secret = "", host = "", port = ""] = line.split(",");
      return { device, site, secret, host, port };
    });
    expect(secrets.map((s) => s.device).sort()).toEqual(
      Array.from({ length: SITES }, (_, i) => `${siteId(i + 1)}-sensor`),
    );
    expect(new Set(secrets.map((s) => s.secret)).size).toBe(SITES);
    const one = secrets[BAD_SITE - 1];
    if (!one) throw new Error("no secret");
    expect(one.host).toBe("127.0.0.1");
    const sensor = await h.t.connect(one.device, one.secret);
    await publish(sensor, `bulbcheck/v1/${one.site}/${one.device}/status`, "online");
    await sensor.endAsync();

    // The same file again: every row as it is, nothing to import.
    await previewFile(page, fixed.text);
    await expect.poll(() => count(page, "unchanged")).toBe(String(ROWS));
    expect(await count(page, "created")).toBe("0");
    await page.getByTestId("nothing-to-import").waitFor();
    expect(await page.getByRole("button", { name: /^Import/ }).count()).toBe(0);
    expect(await page.getByTestId("secrets-download").count()).toBe(0);
    await page.close();
  });

  it("downloads the template and the fleet as CSV and JSON", async () => {
    await h.t.provision({
      sites: [{ id: "files-site", name: "Files site", timezone: "Europe/Oslo", zones: [] }],
    });
    const page = await h.signIn(ADMIN, "/setup/import");
    const file = async (link: string) => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: link }).click(),
      ]);
      return {
        name: download.suggestedFilename(),
        text: await readFile(await download.path(), "utf8"),
      };
    };
    const template = await file("Download the template (CSV)");
    expect(template.name).toBe("bulbcheck-fleet-template.csv");
    expect(template.text).toMatch(/^\uFEFF?kind,site,zone,id,name/);
    const csv = await file("Export the fleet as CSV");
    expect(csv.name).toMatch(/^bulbcheck-fleet-all-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text).toContain("site,files-site,,files-site,Files site");
    const json = await file("Export the fleet as JSON");
    expect(json.name).toMatch(/^bulbcheck-fleet-all-\d{4}-\d{2}-\d{2}\.json$/);
    const ids = (JSON.parse(json.text) as { sites: { id: string }[] }).sites.map((s) => s.id);
    expect(ids).toContain("files-site");
    await page.close();
  });

  it("takes pasted text on a phone, and offers the new secret only once", async () => {
    await h.t.provision({
      sites: [{ id: "kiosk-oslo", name: "Kiosk 1", timezone: "Europe/Oslo", zones: [] }],
    });
    const page = await h.signIn(ADMIN, "/setup/import", "phone");
    const sheet = [
      "kind,site,zone,id,name,timezone,hours,category,interval_minutes,assets,interval_seconds,serves",
      "site,,,kiosk-bergen,Kiosk Bergen,Europe/Oslo,always,,,,,",
      "zone,kiosk-bergen,,counter,Counter,,,,,,,",
      "asset,kiosk-bergen,counter,till-light,Till light,,,lighting,,,,",
      "checkpoint,kiosk-bergen,counter,counter-round,Counter round,,,,2,till-light,,",
      "button,kiosk-bergen,,kiosk-bergen-pad,Counter pad,,,,,,3600,all",
      // An existing site renamed: a change, old -> new.
      "site,,,kiosk-oslo,Kiosk Oslo,,,,,,,",
    ];
    await previewText(page, sheet.join("\n"));
    await expect.poll(() => count(page, "errors")).toBe("1");
    const bad = page.locator("[data-testid=import-rows] tr.bad");
    expect(await bad.getAttribute("data-line")).toBe("5");
    expect(await bad.getByTestId("row-errors").textContent()).toContain("2: at least 5 minutes");
    await screenshot(page, "import-preview-error-phone");

    sheet[4] = "checkpoint,kiosk-bergen,counter,counter-round,Counter round,,,,240,till-light,,";
    // The pasted text came back into the box, to be corrected there.
    expect(await page.inputValue("#import-text")).toContain("counter-round");
    await previewText(page, sheet.join("\n"));
    await expect.poll(() => count(page, "errors")).toBe("0");
    expect(await count(page, "created")).toBe("5");
    expect(await count(page, "changed")).toBe("1");
    const changed = page.locator(`[data-testid=import-rows] tr[data-line="7"]`);
    expect((await changed.textContent())?.replace(/\s+/g, " ")).toContain(
      "name Kiosk 1 → Kiosk Oslo",
    );

    await page.getByRole("button", { name: "Import 6 changes" }).click();
    await page.getByTestId("import-done").waitFor();
    const link = page.getByTestId("secrets-download");
    const href = (await link.getAttribute("href")) ?? "";
    const text = decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, ""));
    expect(text.split("\r\n")[1]).toMatch(
      /^kiosk-bergen-pad,kiosk-bergen,[\w-]{20,},127\.0\.0\.1,\d+$/,
    );
    await screenshot(page, "import-done-phone");
    expect((await h.t.api("GET", "/api/sites/kiosk-oslo")).body.name).toBe("Kiosk Oslo");

    // Shown once: the page again has no secrets.
    await page.reload();
    await page.getByRole("button", { name: "Preview" }).waitFor();
    expect(await page.getByTestId("secrets-download").count()).toBe(0);
    await page.close();
  });
});

describe("when the fleet changes between preview and import", () => {
  it("imports nothing and shows the new preview with what is now in the way", async () => {
    await h.t.provision({
      sites: [
        {
          id: "depot",
          name: "Depot",
          timezone: "Europe/Oslo",
          zones: [{ id: "yard", name: "Yard", assets: [], checkpoints: [] }],
        },
      ],
    });
    const page = await h.signIn(ADMIN, "/setup/import");
    await previewText(
      page,
      "site,zone,id,name,category\ndepot,yard,yard-light,Yard light,lighting",
    );
    await expect.poll(() => count(page, "created")).toBe("1");
    const retired = await h.t.api("PATCH", "/api/sites/depot/zones/yard", {
      body: { retired: true },
    });
    expect(retired.status).toBe(200);

    await page.getByRole("button", { name: "Import 1 change" }).click();
    await expect
      .poll(() => page.getByTestId("import-message").textContent())
      .toMatch(/^Nothing was imported: the fleet has changed since the preview/);
    expect(await count(page, "errors")).toBe("1");
    expect(await page.locator("[data-testid=import-rows] tr.bad").getAttribute("data-line")).toBe(
      "2",
    );
    expect(await page.getByRole("button", { name: /^Import/ }).count()).toBe(0);
    const fleet = await h.t.api("GET", "/api/fleet?site=depot");
    expect(fleet.status).toBe(200);
    expect(JSON.stringify(fleet.body)).toContain('"yard"');
    expect(JSON.stringify(fleet.body)).not.toContain("yard-light");
    await page.close();
  });
});

describe("without scripts", () => {
  it("previews, imports and offers the secrets file as plain form posts", async () => {
    const signedIn = await h.signIn(ADMIN, "/setup/import");
    const cookies = await signedIn.context().cookies();
    await signedIn.close();
    const page = await h.page("laptop", { javaScriptEnabled: false });
    await page.context().addCookies(cookies);
    await page.goto(`${h.url}/setup/import`);
    const sheet = [
      "kind,site,zone,id,name,address,timezone,interval_seconds,watches",
      // A quoted line break, as the file has it: the import must get exactly the previewed bytes.
      'site,,,plain-site,Plain site,"Torget 1\n5014 Bergen",Europe/Oslo,,',
      "zone,plain-site,,hall,Hall,,,,",
      "sensor,plain-site,,plain-sensor,,,,60,none",
    ];
    await page.setInputFiles("input[type=file]", {
      name: "plain.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(sheet.join("\n"), "utf8"),
    });
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByTestId("import-preview").waitFor();
    expect(await count(page, "created")).toBe("3");
    await page.getByRole("button", { name: "Import 3 changes" }).click();
    await page.getByTestId("import-done").waitFor();
    const href = (await page.getByTestId("secrets-download").getAttribute("href")) ?? "";
    expect(decodeURIComponent(href)).toContain("plain-sensor,plain-site,");
    const site = (await h.t.api("GET", "/api/sites/plain-site")).body;
    expect(site.address).toBe("Torget 1\n5014 Bergen");
    await page.close();
  });
});

describe("who may import", () => {
  it("refuses a manager the page and its files", async () => {
    const page = await h.signIn(MONA, "/");
    for (const path of ["/setup/import", "/setup/files/fleet.csv", "/setup/files/fleet.json"]) {
      const response = await page.request.get(`${h.url}${path}`);
      expect(response.status(), path).toBe(403);
    }
    const response = await page.goto(`${h.url}/setup/import`);
    expect(response?.status()).toBe(403);
    expect(await page.getByText("This page is for an admin").count()).toBe(1);
    await page.close();
  });
});
