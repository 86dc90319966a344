import {
  ADMIN_PASSWORD,
  ADMIN_USERNAME,
  DEFAULT_SIGN_IN_LIMITS,
  hotelFleet,
} from "@bulbcheck/api/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { type Account, DashboardHarness } from "./fixture.ts";

/**
 * What anybody reaches without an account: the QR report page and the sign-in form, with the
 * API's per-address limits. Each browser here comes from its own address (adapter-node takes it
 * from a test header), and the dashboard passes it on to the API in X-Forwarded-For.
 */

const SITE = "hotel-oslo";
const ASSET = "elev-a-floor";
const ADDRESS_HEADER = "x-test-client";
const ADMIN = { username: ADMIN_USERNAME, password: ADMIN_PASSWORD };
const KARI: Account = { username: "kari", password: "kari-password-1", role: "staff" };
const REPORTS_PER_ADDRESS = 3;
const FAILURES_PER_ADDRESS = 3;
let h: DashboardHarness;
let lastAddress = 0;

beforeAll(async () => {
  // Read by adapter-node when the dashboard's handler is loaded, in this test process only.
  process.env.ADDRESS_HEADER = ADDRESS_HEADER;
  h = await DashboardHarness.start({
    system: {
      access: {
        reportsPerAddress: REPORTS_PER_ADDRESS,
        signIn: { ...DEFAULT_SIGN_IN_LIMITS, failuresPerAddress: FAILURES_PER_ADDRESS },
      },
    },
  });
  await h.t.provision(hotelFleet(SITE));
  await h.createAccounts([KARI]);
});

afterAll(async () => {
  await h?.stop();
});

/** A browser of its own at an address of its own (TEST-NET-3). */
function guest(viewport: "laptop" | "phone" = "phone"): Promise<Page> {
  lastAddress += 1;
  return h.page(viewport, {
    extraHTTPHeaders: { [ADDRESS_HEADER]: `203.0.113.${lastAddress}` },
  });
}

async function reportKey(): Promise<string> {
  const key = await h.t.api("GET", `/api/sites/${SITE}/assets/${ASSET}/report-key`);
  expect(key.status).toBe(200);
  return key.body.path;
}

async function report(page: Page, fault: string, note?: string): Promise<void> {
  if (note !== undefined) await page.fill('input[name="note"]', note);
  await page.getByRole("button", { name: fault }).click();
}

describe("the QR report page", () => {
  it("takes a report with a valid key on a phone, without signing in", async () => {
    const page = await guest();
    await page.goto(`${h.url}${await reportKey()}`);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Elevator A floor");
    expect(await page.locator("nav").count()).toBe(0);
    await screenshot(page, "phone-r-report");
    await report(page, "Something spilled", "coffee by the door");
    await page.getByText("Thank you!").waitFor();
    const defects = await h.t.api("GET", `/api/defects?site=${SITE}&asset=${ASSET}`);
    expect(defects.body.items[0]).toMatchObject({
      fault: "spill",
      source: "customer",
      status: "open",
    });
    const timeline = await h.t.api("GET", `/api/defects/${defects.body.items[0].id}`);
    expect(timeline.body.timeline.at(-1)).toMatchObject({
      note: "coffee by the door",
      actor: "QR code",
    });
    await page.close();
  });

  it("turns away a code without a key, or with a key made up", async () => {
    for (const path of [`/r/${SITE}/${ASSET}`, `/r/${SITE}/${ASSET}?k=made-up-key`]) {
      const page = await guest();
      const response = await page.goto(`${h.url}${path}`);
      expect(response?.status(), path).toBe(404);
      await page
        .getByText("This QR code is no longer valid. Please tell a member of staff.")
        .waitFor();
      expect(await page.locator("form").count()).toBe(0);
      await screenshot(page, "phone-r-invalid");
      await page.close();
    }
  });

  it("lets signed-in staff report from a code without a key, as staff", async () => {
    const page = await h.signIn(KARI, `/r/${SITE}/elev-a-lamp`, "phone");
    await page.getByText("Reporting as staff.").waitFor();
    await report(page, "Light flickers");
    await page.getByText("Thank you!").waitFor();
    const defects = await h.t.api("GET", `/api/defects?site=${SITE}&asset=elev-a-lamp`);
    expect(defects.body.items[0]).toMatchObject({ fault: "flicker", source: "staff" });
    await page.close();
  });

  it("shows a note with script in it as text on the defect's page", async () => {
    const note = `<script>alert(1)</script><img src=x onerror=alert(2)>`;
    const page = await guest();
    await page.goto(`${h.url}${await reportKey()}`);
    await report(page, "Something else", note);
    await page.getByText("Thank you!").waitFor();
    await page.close();
    const defects = await h.t.api("GET", `/api/defects?site=${SITE}&asset=${ASSET}`);
    const id = defects.body.items.find((d: { fault: string }) => d.fault === "other").id;
    const staff = await h.signIn(KARI, `/defects/${id}`);
    await staff.getByText(note).waitFor();
    expect(await staff.locator('img[src="x"]').count()).toBe(0);
    expect(h.dialogs).toEqual([]);
    await staff.close();
  });

  it("says so when one connection sends too many reports", async () => {
    const page = await guest();
    const path = await reportKey();
    let limited = false;
    for (let i = 0; i < REPORTS_PER_ADDRESS + 1 && !limited; i++) {
      await page.goto(`${h.url}${path}`);
      await report(page, "Dirty");
      // The first is new; the next join the defect it opened ("Already reported").
      await page.getByText(/^(Thank you!|Already reported|Too many reports.*)$/).waitFor();
      limited = (await page.getByText("Too many reports").count()) > 0;
    }
    expect(limited).toBe(true);
    await page
      .getByText("Too many reports from this connection; please try again in a few minutes.")
      .waitFor();
    // Another connection is not held back.
    const other = await guest();
    await other.goto(`${h.url}${path}`);
    await report(other, "Dirty");
    await other.getByText("Already reported", { exact: true }).waitFor();
    await page.close();
    await other.close();
  });
});

describe("the sign-in form", () => {
  it("says how long to wait after too many failed attempts from one address", async () => {
    const page = await guest("laptop");
    await page.goto(`${h.url}/login`);
    for (let i = 0; i <= FAILURES_PER_ADDRESS; i++) {
      await page.fill("#username", `nobody${i}`);
      await page.fill("#password", "wrong-password");
      await page.click("button[type=submit]");
      await page.getByTestId("login-error").waitFor();
    }
    const message = await page.getByTestId("login-error").textContent();
    expect(message).toMatch(/^Too many attempts\. Try again in \d+ minutes?\.$/);
    // Even the right password waits: the address is held back, not the account.
    await page.fill("#username", ADMIN.username);
    await page.fill("#password", ADMIN.password);
    await page.click("button[type=submit]");
    await page.getByText("Too many attempts").waitFor();
    // Another address signs in as usual.
    const other = await guest("laptop");
    await other.goto(`${h.url}/login`);
    await other.fill("#username", ADMIN.username);
    await other.fill("#password", ADMIN.password);
    await other.click("button[type=submit]");
    await other.waitForURL(`${h.url}/`);
    await page.close();
    await other.close();
  });
});
