import { ADMIN_PASSWORD, ADMIN_USERNAME, hotelFleet } from "@bulbcheck/api/testing";
import axe from "axe-core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DashboardHarness } from "./fixture.ts";

/**
 * Every main page passes axe-core (issue 21, item 7): no violation rated "serious" or "critical"
 * at phone and laptop size, on pages with content (a fleet and open defects), signed in as an
 * admin (who sees every page), and the signed-out ones (sign-in and a guest's QR page); a 404 signed in.
 */

const SITE = "hotel-oslo";
const ADMIN = { username: ADMIN_USERNAME, password: ADMIN_PASSWORD };
/** Both sizes in the light theme, and the laptop in the dark one (styles.css has both). */
const LOOKS = [
  ["phone", "light"],
  ["laptop", "light"],
  ["laptop", "dark"],
] as const;
let h: DashboardHarness;
let defectId: number;
let qrPath: string;

beforeAll(async () => {
  h = await DashboardHarness.start();
  await h.t.provision(hotelFleet(SITE));
  const defects: [string, string][] = [
    ["elev-a-lamp", "broken"],
    ["elev-a-floor", "spill"],
    ["elev-a-btn-12", "flicker"],
  ];
  for (const [asset, fault] of defects) {
    const opened = await h.t.api<{ id: number }>("POST", "/api/defects", {
      body: { site: SITE, asset, fault, source: "staff" },
    });
    expect(opened.status).toBe(201);
    defectId ??= opened.body.id;
  }
  const key = await h.t.api("GET", `/api/sites/${SITE}/assets/elev-a-floor/report-key`);
  expect(key.status).toBe(200);
  qrPath = key.body.path;
});

afterAll(async () => {
  await h?.stop();
});

interface Found {
  rule: string;
  impact: string;
  targets: string[];
}

/** axe-core's serious and critical findings on the page as it is now. */
async function violations(page: Page): Promise<Found[]> {
  // One main landmark on every page, the bare ones too (axe rates its absence only "moderate").
  expect(await page.getByRole("main").count()).toBe(1);
  // Evaluated through the DevTools protocol, not as a <script>: the page's CSP stays as it is.
  await page.evaluate(axe.source);
  const found = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? "",
      targets: v.nodes.slice(0, 4).map((n) => n.target.join(" ")),
    }));
  });
  return found.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Opens `path` and waits for its heading and, on a page with the header, for hydration. */
async function visit(page: Page, path: string, chrome: boolean): Promise<void> {
  await page.goto(`${h.url}${path}`);
  await page.locator("h1").first().waitFor();
  // The header folds its nav behind the Menu button once the page has hydrated.
  if (chrome) await page.locator("header.chrome.folds").waitFor();
}

/** The pages an admin sees, by a name for the test and a path (ids known once the tests run). */
const SIGNED_IN: [string, () => string][] = [
  ["the overview", () => "/"],
  ["a site board", () => `/sites/${SITE}`],
  ["the defects", () => "/defects"],
  ["a defect", () => `/defects/${defectId}`],
  ["my work", () => "/work"],
  ["the notices", () => "/notices"],
  ["the insights", () => "/insights"],
  ["the daily report", () => "/reports/daily"],
  ["the devices", () => "/devices"],
  ["the export", () => "/export"],
  ["the account", () => "/account"],
  ["the setup", () => "/setup"],
  ["a site's setup", () => `/setup/sites/${SITE}`],
  ["the users", () => "/admin/users"],
  ["the notifications", () => "/admin/notifications"],
  ["the tokens", () => "/admin/tokens"],
  ["the audit log", () => "/admin/audit"],
  ["a page that is not there", () => "/no-such-page"],
];

describe.each(LOOKS)("axe-core at %s size, %s theme", (viewport, colorScheme) => {
  describe("signed in", () => {
    let page: Page;
    beforeAll(async () => {
      page = await h.signIn(ADMIN, "/", viewport);
      await page.emulateMedia({ colorScheme });
    });
    afterAll(async () => {
      await page?.context().close();
    });

    it.each(SIGNED_IN)("finds nothing serious on %s", async (_, path) => {
      await visit(page, path(), true);
      expect(await violations(page)).toEqual([]);
    });

    it("finds nothing serious on the wall board", async () => {
      await visit(page, "/board?kiosk=1", false);
      expect(await violations(page)).toEqual([]);
    });

    it.runIf(viewport === "phone")("finds nothing serious in the open menu", async () => {
      await visit(page, "/", true);
      await page.getByTestId("menu-button").click();
      await page.locator("#site-menu nav").waitFor();
      expect(await violations(page)).toEqual([]);
    });
  });

  describe("not signed in", () => {
    let page: Page;
    beforeAll(async () => {
      page = await h.page(viewport, { colorScheme });
    });
    afterAll(async () => {
      await page?.context().close();
    });

    it("finds nothing serious on the sign-in page", async () => {
      await visit(page, "/login", false);
      expect(await violations(page)).toEqual([]);
    });

    it("finds nothing serious on the offline page", async () => {
      await visit(page, "/offline", false);
      expect(await violations(page)).toEqual([]);
    });

    it("finds nothing serious on a guest's QR report page", async () => {
      await visit(page, qrPath, false);
      expect(await violations(page)).toEqual([]);
    });
  });
});
