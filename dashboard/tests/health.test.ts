import { createServer } from "node:net";
import { ADMIN_PASSWORD, ADMIN_USERNAME, hotelFleet } from "@bulbcheck/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEALTH_POLL_MS } from "../src/lib/health.ts";
import { screenshot } from "./browser.ts";
import { type Account, DashboardHarness } from "./fixture.ts";

/**
 * The admins' health banner: shown on every page while a condition holds (a low disk, a failed
 * backup), with what to do; it comes and goes without a reload; other roles never see it.
 */

const ADMIN = { username: ADMIN_USERNAME, password: ADMIN_PASSWORD };
const MONA: Account = { username: "mona", password: "mona-password-1", role: "manager" };
const GB = 1024 * 1024 * 1024;
/** A poll and a busy machine's slack. */
const BANNER_WAIT_MS = HEALTH_POLL_MS + 45_000;
let free = 50 * GB;
let h: DashboardHarness;

beforeAll(async () => {
  h = await DashboardHarness.start({
    system: {
      health: { freeBytes: () => free },
      // A channel counts as failing at its first failure: the phone test makes one fail.
      healthLimits: { diskMinFreeBytes: GB, channelFailedMs: 1 },
    },
  });
  await h.t.provision(hotelFleet("hotel-oslo"));
  await h.createAccounts([MONA]);
});

afterAll(async () => {
  await h?.stop();
});

describe("the health banner", () => {
  it("appears for admins without a reload, on every page, and goes when the condition ends", async () => {
    const page = await h.signIn(ADMIN, "/devices");
    const banner = page.getByTestId("health-banner");
    expect(await banner.count()).toBe(0);

    free = 300 * 1024 * 1024;
    await banner.waitFor({ timeout: BANNER_WAIT_MS });
    const disk = banner.locator('[data-condition="disk_low"]');
    await expect
      .poll(() => disk.textContent())
      .toContain("free space on the data folder's disk is low");
    const text = (await disk.textContent()) ?? "";
    expect(text).toMatch(/since .*\(now|\d+ min\)/);
    expect(text).toContain("What to do: free space or grow the disk");
    expect(text).toContain("300 MB free, below 1024 MB");
    await screenshot(page, "laptop-health-banner");

    await page.goto(`${h.url}/insights`);
    await page.getByTestId("health-banner").waitFor();
    free = 50 * GB;
    await banner.waitFor({ state: "detached", timeout: BANNER_WAIT_MS });
    expect(h.dialogs).toEqual([]);
  });

  it("reads on a phone, two conditions at once", async () => {
    free = 300 * 1024 * 1024;
    const closed = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, "127.0.0.1", () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const channel = await h.t.api<{ id: number }>("POST", "/api/notify/channels", {
      body: { kind: "webhook", name: "Facilities on-call", url: `http://127.0.0.1:${closed}/hook` },
    });
    const sent = await h.t.api<{ state: string }>(
      "POST",
      `/api/notify/channels/${channel.body.id}/test`,
    );
    expect(sent.body.state).toBe("failed");
    const page = await h.signIn(ADMIN, "/", "phone");
    const banner = page.getByTestId("health-banner");
    await banner.waitFor();
    expect(await banner.locator("li").count()).toBe(2);
    expect(await banner.locator('[data-condition="channel_failing"]').textContent()).toContain(
      "Facilities on-call",
    );
    // Nothing wider than the phone: long details wrap.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "phone-health-banner");
  });

  it("is not shown to other roles", async () => {
    const page = await h.signIn(MONA, "/");
    await page.getByRole("heading").first().waitFor();
    expect(await page.getByTestId("health-banner").count()).toBe(0);
  });
});
