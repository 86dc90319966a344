import { ADMIN_PASSWORD, ADMIN_USERNAME, hotelFleet, publish } from "@bulbcheck/api/testing";
import type { FleetDocumentInput } from "@bulbcheck/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, VIEWPORTS } from "./browser.ts";
import { type Account, DashboardHarness } from "./fixture.ts";

/**
 * What the dashboard shows of what devices say and may say: a staff name a device sent reads as
 * a claim relayed by it, each device's scope is in words, and a revoked device is restored by an
 * admin only. In headless Chromium against the real system.
 */

const SITE = "hotel-oslo";
const PAD = `${SITE}-pad`;
const SENSOR = `${SITE}-sensor`;
const ADMIN = { username: ADMIN_USERNAME, password: ADMIN_PASSWORD };
const MONA: Account = { username: "mona", password: "mona-password-1", role: "manager" };

function fleet(): FleetDocumentInput {
  const doc = hotelFleet(SITE);
  const pad = doc.sites[0]?.devices?.find((d) => d.id === PAD);
  if (!pad) throw new Error("hotelFleet() has changed");
  pad.serves = ["elev-a-check"];
  return doc;
}

let h: DashboardHarness;
let defectId: number;

beforeAll(async () => {
  h = await DashboardHarness.start();
  const secrets = await h.t.provision(fleet());
  await h.createAccounts([MONA]);
  const pad = await h.t.connect(PAD, secrets[PAD] as string);
  const topic = (kind: string) => `bulbcheck/v1/${SITE}/${PAD}/${kind}`;
  await publish(pad, topic("report"), {
    id: "r-1",
    asset: "elev-a-floor",
    fault: "spill",
    source: "staff",
    note: "by the doors",
  });
  await publish(pad, topic("resolve"), { id: "x-1", asset: "elev-a-floor", staff: "kari" });
  await pad.endAsync();
  const defects = await h.t.api("GET", `/api/defects?site=${SITE}&status=resolved`);
  defectId = defects.body.items[0].id;
  await h.t.api("DELETE", `/api/devices/${SENSOR}`);
});

afterAll(async () => {
  await h?.stop();
});

describe("a defect resolved on a button", () => {
  for (const viewport of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
    it(`shows the name it sent as a claim via the button, on a ${viewport}`, async () => {
      const page = await h.signIn(MONA, `/defects/${defectId}`, viewport);
      const claims = page.getByTestId("claim");
      await expect.poll(() => claims.count()).toBe(2);
      for (const text of await claims.allTextContents())
        expect(text.replace(/\s+/g, " ").trim()).toBe(`kari via button ${PAD}`);
      // The report the button made itself is the button's, with no claim to show.
      const timeline = (await page.locator(".timeline").textContent()) ?? "";
      expect(timeline.replace(/\s+/g, " ")).toContain(`Reported by ${PAD} (staff)`);
      await screenshot(page, `${viewport}-defect-claim`);
      await page.close();
    });
  }
});

describe("the Devices page", () => {
  it("says what each device may speak of", async () => {
    const page = await h.signIn(MONA, `/devices?device=${PAD}`);
    await expect
      .poll(() => page.getByTestId("device-scope").textContent())
      .toBe("Serves Elevator A: it checks in there and resolves their assets.");
    await page.goto(`${h.url}/devices?device=${SITE}-sensor`);
    await expect
      .poll(() => page.getByTestId("device-scope").textContent())
      .toMatch(/^Watches Button 12 light, Ceiling lamp/);
    await page.close();
  });

  it("lets an admin restore a revoked device, shows its new secret once, and not a manager", async () => {
    const manager = await h.signIn(MONA, `/devices?device=${SENSOR}`);
    await manager.getByTestId("device-detail").waitFor();
    await manager.getByText("it stays so until an admin restores it").waitFor();
    expect(await manager.getByText("Restore…").count()).toBe(0);
    await manager.close();

    // On a phone, the offer; on a laptop, the restore (it can be done once).
    for (const viewport of ["phone", "laptop"] as const) {
      const page = await h.signIn(ADMIN, `/devices?device=${SENSOR}`, viewport);
      await page.getByText("Restore…").click();
      await screenshot(page, `${viewport}-devices-restore`);
      if (viewport === "phone") {
        await page.close();
        continue;
      }
      await page.getByRole("button", { name: `Restore ${SENSOR}` }).click();
      const secret = (await page.getByTestId("secret-value").textContent()) ?? "";
      expect(secret.length).toBeGreaterThan(10);
      await screenshot(page, `${viewport}-devices-restored`);
      const device = await h.t.connect(SENSOR, secret);
      await device.endAsync();
      await page.close();
    }
    const view = await h.t.api("GET", `/api/devices/${SENSOR}`);
    expect(view.body.revoked).toBe(false);
  });
});
