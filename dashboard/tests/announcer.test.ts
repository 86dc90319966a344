import { ADMIN_TOKEN, hotelFleet } from "@bulbcheck/api/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DashboardHarness, KARI } from "./fixture.ts";

/**
 * The live region's announcer hears the stream through the page where the page follows all of
 * it: one connection per tab. On a page that follows nothing (or one site only) it opens its own.
 * The API counts open streams (`bulbcheck_sse_clients`); each browser stream is one there.
 */

const SITE = "hotel-oslo";
let h: DashboardHarness;

beforeAll(async () => {
  h = await DashboardHarness.start();
  await h.t.provision(hotelFleet(SITE));
  await h.createAccounts([KARI]);
});

afterAll(async () => {
  await h?.stop();
});

async function openStreams(): Promise<number> {
  const response = await fetch(`${h.t.system.apiUrl}/metrics`, {
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  const line = (await response.text()).match(/^bulbcheck_sse_clients (\d+)$/m);
  return Number(line?.[1] ?? Number.NaN);
}

/**
 * Opens and resolves a defect until the live region says one: then its stream is connected.
 * Each try is a new defect (an open one reported again is no "opened" event).
 */
async function announced(page: Page): Promise<void> {
  const region = page.getByTestId("announcer");
  await expect
    .poll(
      async () => {
        const made = await h.t.api<{ id: number }>("POST", "/api/defects", {
          body: { site: SITE, asset: "elev-a-floor", fault: "spill", source: "staff" },
        });
        expect(made.status).toBe(201);
        await h.t.api("POST", `/api/defects/${made.body.id}/resolve`, { body: {} });
        return region.textContent();
      },
      { timeout: 60_000, interval: 2_000 },
    )
    .toMatch(/^New defect: Spill, Elevator A floor/);
}

describe("the announcer's stream", () => {
  it.each([
    ["/work", "follows the whole stream", 1],
    ["/account", "follows nothing", 1],
    [`/sites/${SITE}`, "follows one site", 2],
  ] as const)("on %s (which %s) makes %i stream(s) in all", async (path, _, streams) => {
    await expect.poll(openStreams).toBe(0);
    const page = await h.signIn(KARI, path, "phone");
    if (path !== "/account") await page.locator(".live.on").waitFor();
    await announced(page);
    await expect.poll(openStreams).toBe(streams);
    await page.context().close();
  });
});
