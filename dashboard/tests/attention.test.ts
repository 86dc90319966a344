import { hotelFleet, WAIT_MS } from "@bulbcheck/api/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { DashboardHarness, KARI, MONA } from "./fixture.ts";

/**
 * Attention without noise (issue 20, item 8), in the browser: the tab title counts what nobody
 * acknowledged and follows the stream; a new high-severity or customer-reported defect arrives
 * marked "New" on the boards; the wall board's chime is off until this screen turns it on; the
 * header's Notices lead to the list of what was assigned to me, and the default rule's notices
 * reach a site's manager.
 */

const SITE = "hotel-oslo";
let h: DashboardHarness;
let monaToken: string;

beforeAll(async () => {
  h = await DashboardHarness.start({ system: { defaultAttention: true } });
  await h.t.provision(hotelFleet(SITE));
  await h.createAccounts([MONA, KARI]);
  monaToken = await h.t.signIn(MONA.username, MONA.password);
});

afterAll(async () => {
  await h?.stop();
});

async function report(asset: string, fault: string, source: "staff" | "customer" = "staff") {
  const res = await h.t.api<{ id: number }>("POST", "/api/defects", {
    body: { site: SITE, asset, fault, source },
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

const title = (page: Page) => page.title();
const live = (page: Page) =>
  page
    .locator("text=Live")
    .first()
    .waitFor({ timeout: 2 * WAIT_MS });

describe("a site's board", () => {
  it("counts unacknowledged defects in the tab title and marks a new high-severity one New", async () => {
    const page = await h.signIn(MONA, `/sites/${SITE}`);
    await live(page);
    expect(await title(page)).toBe("Bulb Check · Hotel Oslo Sentrum");
    const low = await report("elev-a-lamp", "flicker");
    await expect
      .poll(() => title(page), { timeout: 2 * WAIT_MS })
      .toBe("(1) Bulb Check · Hotel Oslo Sentrum");
    const lowRow = page.locator(`tr[data-defect="${low}"]`);
    await lowRow.waitFor({ timeout: 2 * WAIT_MS });
    // A low-severity staff report is not one to point at.
    expect(await lowRow.locator("[data-testid=new-tag]").count()).toBe(0);

    const spill = await report("elev-a-floor", "spill");
    const row = page.locator(`tr[data-defect="${spill}"]`);
    await row.locator("[data-testid=new-tag]").waitFor({ timeout: 2 * WAIT_MS });
    expect(await row.getAttribute("class")).toContain("fresh");
    await expect
      .poll(() => title(page), { timeout: 2 * WAIT_MS })
      .toBe("(2) Bulb Check · Hotel Oslo Sentrum");
    await screenshot(page, "attention-site-board-new-laptop");

    expect(
      (await h.t.api("POST", `/api/defects/${low}/ack`, { token: monaToken, body: {} })).status,
    ).toBe(200);
    await expect
      .poll(() => title(page), { timeout: 2 * WAIT_MS })
      .toBe("(1) Bulb Check · Hotel Oslo Sentrum");
    await page.close();
  });
});

describe("the overview", () => {
  it("puts a new customer report on its site's tile, marked New", async () => {
    const page = await h.signIn(MONA, "/");
    await live(page);
    expect(await title(page)).toBe("(1) Bulb Check · Overview");
    await report("elev-a-btn-12", "bulb_out", "customer");
    const news = page.locator(`[data-site="${SITE}"] [data-testid=tile-news]`);
    await news.waitFor({ timeout: 2 * WAIT_MS });
    expect(await news.textContent()).toContain("New");
    expect(await news.textContent()).toContain("Button 12 light (a customer's report)");
    await expect
      .poll(() => title(page), { timeout: 2 * WAIT_MS })
      .toBe("(2) Bulb Check · Overview");
    await screenshot(page, "attention-overview-new-laptop");
    await page.close();
  });
});

describe("the wall board", () => {
  it("is silent until this screen turns its chime on, and marks a new defect New", async () => {
    const page = await h.signIn(MONA, "/board?kiosk=1");
    const toggle = page.getByTestId("chime-toggle");
    await toggle.waitFor();
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    expect(await page.evaluate(() => localStorage.getItem("bulbcheck:board-chime"))).toBe("1");
    await page.reload();
    await page.getByTestId("chime-toggle").waitFor();
    await expect
      .poll(() => page.getByTestId("chime-toggle").getAttribute("aria-pressed"))
      .toBe("true");
    await page.locator("text=● live").waitFor({ timeout: 2 * WAIT_MS });

    const id = await report("elev-a-floor", "dirty");
    const item = page.locator(`li[data-defect="${id}"]`);
    await item.locator("[data-testid=new-tag]").waitFor({ timeout: 2 * WAIT_MS });
    await expect
      .poll(() => title(page), { timeout: 2 * WAIT_MS })
      .toBe("(3) Bulb Check · Wall board");
    await screenshot(page, "attention-wall-board-new-laptop");
    // Another screen has its own setting: off.
    const other = await h.signIn(MONA, "/board?kiosk=1");
    await other.getByTestId("chime-toggle").waitFor();
    expect(await other.getByTestId("chime-toggle").getAttribute("aria-pressed")).toBe("false");
    await other.close();
    await page.close();
  });
});

describe("notices", () => {
  it("lead from the header to what was assigned to me, and are read once opened", async () => {
    const id = await report("elev-a-lamp", "broken");
    const assigned = await h.t.api("POST", `/api/defects/${id}/assign`, {
      token: monaToken,
      body: { assignee: { user: "kari" } },
    });
    expect(assigned.status).toBe(200);
    const page = await h.signIn(KARI, "/");
    const link = page.getByTestId("notices-link");
    expect(await link.textContent()).toContain("Notices (1)");
    await link.click();
    await page.waitForURL(`${h.url}/notices`);
    const item = page.locator(`[data-testid=notices] li[data-kind=assigned]`);
    await item.waitFor();
    expect(await item.textContent()).toContain("Assigned to you");
    expect(await item.textContent()).toContain("by Mona Berg");
    expect(await item.textContent()).toContain("Ceiling lamp");
    await screenshot(page, "attention-notices-phone-before");
    await item.getByRole("button", { name: /Ceiling lamp/ }).click();
    await page.waitForURL(`${h.url}/defects/${id}`);
    await expect.poll(() => page.getByTestId("notices-link").textContent()).not.toContain("(1)");
    await page.close();
  });

  it("bring the default rule's new high-severity defects to the site's manager", async () => {
    const page = await h.signIn(MONA, "/notices", "phone");
    // The notifier's passes run by themselves: the spill and the customer reports above.
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.locator("[data-testid=notices] li[data-kind=attention]").count();
        },
        { timeout: 4 * WAIT_MS, interval: 1000 },
      )
      .toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId("notices").textContent()).toContain("Needs attention");
    await screenshot(page, "attention-notices-manager-phone");
    await page.getByTestId("read-all").click();
    await expect
      .poll(async () => (await page.getByTestId("notices-link").textContent())?.trim())
      .toBe("Notices");
    await page.close();
  });
});
