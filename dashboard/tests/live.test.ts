import { hotelFleet, publish, WAIT_MS } from "@bulbcheck/api/testing";
import type { MqttClient } from "mqtt";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Account, DashboardHarness } from "./fixture.ts";

/**
 * Live boards apply the stream's events to what they show: a change reaches the screen without
 * the page reading its data again (each such read is one or more API calls).
 */

const SITE = "hotel-oslo";
const SENSOR = `${SITE}-sensor`;
const PAD = `${SITE}-pad`;
const KARI: Account = { username: "kari", password: "kari-password-1", role: "staff" };
let h: DashboardHarness;
let sensor: MqttClient;
let pad: MqttClient;

beforeAll(async () => {
  h = await DashboardHarness.start();
  const secrets = await h.t.provision(hotelFleet(SITE));
  await h.createAccounts([KARI]);
  sensor = await h.t.connect(SENSOR, secrets[SENSOR] as string);
  pad = await h.t.connect(PAD, secrets[PAD] as string);
});

afterAll(async () => {
  await sensor?.endAsync(true);
  await pad?.endAsync(true);
  await h?.stop();
});

/** Every time the page reads its data again (SvelteKit's `__data.json`), with its path. */
function dataReads(page: Page): string[] {
  const reads: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith("/__data.json")) reads.push(url.pathname);
  });
  return reads;
}

const topic = (device: string, kind: string) => `bulbcheck/v1/${SITE}/${device}/${kind}`;
const asset = (page: Page, id: string) => page.locator(`li[data-asset="${id}"]`);

describe("a live site board", () => {
  it("shows a defect, its asset, the site's counts, a sensor going offline and a check, reading nothing again", async () => {
    const page = await h.signIn(KARI, `/sites/${SITE}`);
    await page.locator("text=Live").first().waitFor();
    const reads = dataReads(page);

    await publish(sensor, topic(SENSOR, "health"), {
      id: "h-1",
      asset: "elev-a-btn-12",
      state: "fault",
      fault: "bulb_out",
    });
    const row = page.locator("[data-testid=defect-table] tr[data-defect]", {
      hasText: "Button 12 light",
    });
    await row.waitFor({ timeout: 2 * WAIT_MS });
    await expect.poll(() => asset(page, "elev-a-btn-12").getAttribute("class")).toContain("defect");
    // The header's counts come with the site's summary, after the defect.
    await expect.poll(() => page.locator("main p.muted").first().textContent()).toContain("1 open");

    await publish(sensor, topic(SENSOR, "status"), "offline");
    await expect.poll(() => asset(page, "elev-a-lamp").getAttribute("class")).toContain("unknown");

    await publish(pad, topic(PAD, "checkin"), {
      id: "c-1",
      checkpoint: "elev-a-check",
      result: "ok",
    });
    await expect
      .poll(() => page.locator(".checkpoint").first().textContent())
      .not.toContain("never");

    await publish(sensor, topic(SENSOR, "health"), {
      id: "h-2",
      asset: "elev-a-btn-12",
      state: "ok",
    });
    await expect.poll(() => row.count()).toBe(0);
    await expect.poll(() => page.locator("main p.muted").first().textContent()).toContain("0 open");
    expect(reads).toEqual([]);
    await page.close();
  });
});

describe("a live overview and a defect's page", () => {
  it("turns a tile red from the site's summary alone", async () => {
    const page = await h.signIn(KARI, "/");
    await page.locator("text=Live").first().waitFor();
    const reads = dataReads(page);
    await publish(pad, topic(PAD, "report"), {
      id: "r-1",
      asset: "elev-a-floor",
      fault: "spill",
      source: "staff",
    });
    await page
      .locator(`[data-site="${SITE}"][data-status="red"]`)
      .waitFor({ timeout: 2 * WAIT_MS });
    expect(reads).toEqual([]);
    await page.close();
  });

  it("reads its own defect again when it changes, and nothing for another defect", async () => {
    const { items } = (
      await h.t.api<{ items: { id: number; asset: string }[] }>(
        "GET",
        `/api/defects?site=${SITE}&status=unresolved`,
      )
    ).body;
    const spill = items.find((d) => d.asset === "elev-a-floor");
    expect(spill).toBeDefined();
    const page = await h.signIn(KARI, `/defects/${spill?.id}`);
    await page.locator("text=Live").first().waitFor();
    const reads = dataReads(page);

    // Another defect of the same site: not this page's business.
    await publish(pad, topic(PAD, "report"), {
      id: "r-2",
      asset: "elev-a-lamp",
      fault: "flicker",
      source: "staff",
    });
    // This one: a second report, which its timeline shows.
    await publish(pad, topic(PAD, "report"), {
      id: "r-3",
      asset: "elev-a-floor",
      fault: "spill",
      source: "staff",
      note: "still wet",
    });
    await page.locator("text=still wet").waitFor({ timeout: 2 * WAIT_MS });
    // One read for the one change to it: the other defect's change, committed first, cost none.
    expect(reads).toEqual([`/defects/${spill?.id}/__data.json`]);
    await page.close();
  });
});
