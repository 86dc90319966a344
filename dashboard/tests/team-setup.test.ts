import { ADMIN_PASSWORD, ADMIN_USERNAME, hotelFleet } from "@bulbcheck/api/testing";
import type { DefectView, DefectWithTimeline, UserView } from "@bulbcheck/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { DashboardHarness, KARI, MONA } from "./fixture.ts";

/**
 * Who works on defects (issue 20) in headless Chromium against the real system: people set
 * their e-mail and phone (and admins see and change them), and managers make the rules that
 * assign new defects as they open.
 */

const SITE = "hotel-oslo";
const ADMIN = { username: ADMIN_USERNAME, password: ADMIN_PASSWORD };
let h: DashboardHarness;

beforeAll(async () => {
  h = await DashboardHarness.start();
  await h.t.provision(hotelFleet(SITE));
  await h.createAccounts([MONA, KARI]);
});

afterAll(async () => {
  await h?.stop();
});

async function report(asset: string, fault: string): Promise<number> {
  const made = await h.t.api<DefectView>("POST", "/api/defects", {
    body: { site: SITE, asset, fault },
  });
  expect(made.status).toBe(201);
  return made.body.id;
}

const defect = async (id: number) =>
  (await h.t.api<DefectWithTimeline>("GET", `/api/defects/${id}`)).body;

describe("who does the work", () => {
  it("lets people set their e-mail and phone, says what is wrong beside the field, and shows them to admins", async () => {
    const page = await h.signIn(KARI, "/account", "phone");
    const contact = page.getByTestId("contact");
    await contact.getByLabel("E-mail").fill("kari@example");
    await contact.getByRole("button", { name: "Save" }).click();
    await contact.getByText("Write an e-mail address such as kari@example.com").waitFor();
    await contact.getByLabel("E-mail").fill("kari@example.com");
    await contact.getByLabel("Phone").fill("+47 912 34 567");
    await contact.getByRole("button", { name: "Save" }).click();
    await contact.getByText("Saved.").waitFor();
    const users = async () =>
      (await h.t.api<{ items: UserView[] }>("GET", "/api/users")).body.items;
    expect((await users()).find((u) => u.username === KARI.username)).toMatchObject({
      email: "kari@example.com",
      phone: "+47 912 34 567",
    });
    await page.close();

    const admin = await h.signIn(ADMIN, "/admin/users");
    await admin
      .locator(`tr[data-user="${KARI.username}"]`, { hasText: "kari@example.com" })
      .waitFor();
    await admin
      .locator(`tr[data-user="${KARI.username}"] a`, { hasText: KARI.displayName })
      .click();
    const form = admin.getByTestId("contact");
    await expect.poll(() => form.getByLabel("E-mail").inputValue()).toBe("kari@example.com");
    await form.getByLabel("Phone").fill("");
    await form.getByRole("button", { name: "Save" }).click();
    await form.getByText("Saved.").waitFor();
    expect((await users()).find((u) => u.username === KARI.username)?.phone).toBeNull();
    await admin.close();
  });

  it("lets a manager make a rule that gives new dirt and spills to the site's staff, and delete it", async () => {
    const page = await h.signIn(MONA, "/setup/assignment");
    const form = page.getByTestId("new-rule");
    await form.locator("#zone").selectOption("elevator-a");
    await form.locator('input[name="fault"][value="dirty"]').check();
    await form.locator('input[name="fault"][value="spill"]').check();
    await form.locator("#rule-assignee").selectOption("team:staff");
    await form.getByRole("button", { name: "Add rule" }).click();
    await page.getByText("Rule added").waitFor();
    const row = page.getByTestId("assignment-rules").locator("tr[data-rule]");
    await expect.poll(() => row.textContent()).toContain("Dirty, Spill");
    await screenshot(page, "assignment-rules");

    // The spill reported earlier is fixed first: a new report would join it, not open anew.
    const open = await h.t.api<{ items: DefectView[] }>(
      "GET",
      `/api/defects?site=${SITE}&asset=elev-a-floor&status=unresolved`,
    );
    for (const d of open.body.items) {
      await h.t.api("POST", `/api/defects/${d.id}/resolve`, { body: {} });
    }
    const id = await report("elev-a-floor", "spill");
    expect((await defect(id)).assignee).toMatchObject({ team: "staff" });

    await row.getByRole("button", { name: "Delete" }).click();
    await page.getByText("Rule deleted.").waitFor();
    await expect.poll(() => page.getByTestId("assignment-rules").count()).toBe(0);
    await page.close();
  });
});
