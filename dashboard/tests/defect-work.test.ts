import { hotelFleet } from "@bulbcheck/api/testing";
import type { DefectView, DefectWithTimeline } from "@bulbcheck/shared";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { DashboardHarness, KARI, MONA } from "./fixture.ts";

/**
 * Working on defects as a team (issue 20) in headless Chromium against the real system: a
 * manager assigns, staff on a phone comment, hold, resolve with a cause and undo it from My work
 * and the defect's page; many defects acknowledged at once on the Defects page; staff report a
 * fault from a site board and stay in the dashboard.
 */

const SITE = "hotel-oslo";
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

const status = (page: Page) => page.getByTestId("defect-status").textContent();

describe("a defect worked on as a team", () => {
  it("is assigned by a manager, then commented, held, resolved, undone and resolved by staff on a phone", async () => {
    const id = await report("elev-a-btn-12", "bulb_out");

    // The manager assigns it to Kari from its page.
    const desk = await h.signIn(MONA, `/defects/${id}`);
    await desk.locator("#assignee").selectOption(`user:${KARI.username}`);
    await desk.getByRole("button", { name: "Assign", exact: true }).click();
    await desk.getByText("Assigned to Kari Nordmann.").waitFor();
    await expect
      .poll(() => desk.getByTestId("defect-assignee").textContent())
      .toBe("Kari Nordmann");
    await desk.locator(".timeline", { hasText: "assigned it to Kari Nordmann" }).waitFor();
    await screenshot(desk, "defect-actions-manager");
    await desk.close();

    // Kari sees it on My work, on a phone, and comments from the card.
    const phone = await h.signIn(KARI, "/work", "phone");
    const card = phone.getByTestId("my-work").locator(`[data-defect="${id}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain("Button 12 light");
    expect(await card.textContent()).toContain("yours");
    await screenshot(phone, "phone-my-work");
    await card.getByText("Comment", { exact: true }).click();
    await card.locator("textarea").fill("Needs a <b>new</b> bulb, none in stock");
    await card.getByRole("button", { name: "Add comment" }).click();
    await phone.getByText("Comment added.").waitFor();

    // On its page: put on hold with a new due time, on the site's clock.
    await phone.goto(`${h.url}/defects/${id}`);
    await phone.getByText("Put on hold…").click();
    await phone.locator("#hold-reason").fill("waiting for parts");
    const due = await phone.locator("#hold-due").inputValue();
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await phone.getByRole("button", { name: "Put on hold" }).click();
    await expect.poll(() => status(phone)).toBe("on hold");
    await phone.getByTestId("defect-hold").getByText("On hold: waiting for parts").waitFor();
    expect((await defect(id)).status).toBe("on_hold");

    // Resolve asks for a cause and a second step; Undo takes it back.
    await phone.getByText("Resolve…").click();
    await phone.locator("#resolve-cause").selectOption("bulb_replaced");
    await screenshot(phone, "phone-defect-resolve");
    await phone.getByRole("button", { name: "Resolve it" }).click();
    await expect.poll(() => status(phone)).toBe("resolved");
    await phone.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => status(phone)).toBe("on hold");
    await phone.getByText("Resolve undone: it is as it was.").waitFor();
    expect((await defect(id)).cause).toBeNull();

    // And resolved for good.
    await phone.getByText("Resolve…").click();
    await phone.locator("#resolve-cause").selectOption("bulb_replaced");
    await phone.getByRole("button", { name: "Resolve it" }).click();
    await expect.poll(() => status(phone)).toBe("resolved");
    await expect.poll(() => phone.getByTestId("defect-cause").textContent()).toBe("Bulb replaced");
    const timeline = phone.locator(".timeline");
    await timeline.getByText("Needs a <b>new</b> bulb, none in stock").waitFor();
    expect(await timeline.locator("b").count()).toBe(0);
    await timeline.getByText("Put on hold").first().waitFor();
    await timeline.getByText("Resolve undone").waitFor();
    await screenshot(phone, "phone-defect-resolved");
    const after = await defect(id);
    expect(after).toMatchObject({
      status: "resolved",
      cause: "bulb_replaced",
      resolvedBy: KARI.displayName,
    });
    expect(after.timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining(["assigned", "comment", "on_hold", "resolved", "undone"]),
    );
    await phone.close();
  });

  it("acknowledges many at once from the Defects page, and says which did not change and why", async () => {
    const ids = [
      await report("elev-a-lamp", "flicker"),
      await report("elev-a-lamp", "other"),
      await report("elev-a-floor", "dirty"),
    ];
    const page = await h.signIn(MONA, `/defects?site=${SITE}`);
    for (const id of ids.slice(0, 2)) {
      await page.locator(`tr[data-defect="${id}"] input[type="checkbox"]`).check();
    }
    await expect.poll(() => page.getByTestId("bulk-count").textContent()).toBe("2");
    await page.getByTestId("bulk-bar").getByRole("button", { name: "Acknowledge" }).click();
    await expect.poll(() => page.getByTestId("bulk-result").textContent()).toContain("2 changed.");
    for (const id of ids.slice(0, 2)) expect((await defect(id)).status).toBe("acknowledged");

    // Every one on the page: those already acknowledged are said so, in words.
    await page.getByLabel("Tick every defect on this page").check();
    await page.getByTestId("bulk-bar").getByRole("button", { name: "Acknowledge" }).click();
    const result = page.getByTestId("bulk-result");
    await expect.poll(() => result.textContent()).toContain("1 changed, 2 not:");
    expect(await result.textContent()).toContain("It is already acknowledged.");
    expect((await defect(ids[2] as number)).status).toBe("acknowledged");
    await screenshot(page, "defects-bulk-bar");
    await page.close();
  });

  it("assigns, holds and resolves many at once, each with what it needs", async () => {
    const ids = [await report("elev-a-btn-12", "other"), await report("elev-a-floor", "other")];
    const page = await h.signIn(MONA, `/defects?site=${SITE}`);
    const bar = page.getByTestId("bulk-bar");
    const tick = async () => {
      for (const id of ids)
        await page.locator(`tr[data-defect="${id}"] input[type="checkbox"]`).check();
      await expect.poll(() => page.getByTestId("bulk-count").textContent()).toBe("2");
    };
    await tick();
    await bar.getByText("Assign…").click();
    await bar.locator("#bulk-assignee").selectOption("team:staff");
    await bar.getByRole("button", { name: "Assign them" }).click();
    await expect
      .poll(() => page.getByTestId("bulk-result").textContent())
      .toContain("Assigned: 2 changed.");
    for (const id of ids) expect((await defect(id)).assignee).toMatchObject({ team: "staff" });

    await tick();
    await bar.getByText("Put on hold…").click();
    await bar.locator("#bulk-hold-reason").fill("contractor on Monday");
    await bar.getByRole("button", { name: "Put them on hold" }).click();
    await expect
      .poll(() => page.getByTestId("bulk-result").textContent())
      .toContain("Put on hold: 2 changed.");
    for (const id of ids) {
      expect((await defect(id)).hold).toMatchObject({ reason: "contractor on Monday" });
    }

    await tick();
    await bar.getByText("Resolve…").click();
    await bar.locator("#bulk-note").fill("contractor came early");
    await bar.getByRole("button", { name: "Resolve them" }).click();
    await expect
      .poll(() => page.getByTestId("bulk-result").textContent())
      .toContain("Resolved: 2 changed.");
    for (const id of ids) expect((await defect(id)).status).toBe("resolved");
    await page.close();
  });

  it("lets staff report a fault from a site board and come back to the board, not to the guests' page", async () => {
    const page = await h.signIn(KARI, `/sites/${SITE}`, "phone");
    await page.locator('li[data-asset="elev-a-floor"] a', { hasText: "Report" }).click();
    await page.waitForURL((url) => url.pathname === `/sites/${SITE}/report`);
    await page.getByLabel("Something spilled").check();
    await screenshot(page, "phone-staff-report");
    await page.locator("#note").fill("coffee by the door");
    await page.getByRole("button", { name: "Report it" }).click();
    await page.waitForURL(
      (url) => url.pathname === `/sites/${SITE}` && url.searchParams.has("reported"),
    );
    await page.getByTestId("reported").waitFor();
    await screenshot(page, "phone-board-reported");
    expect(await page.getByText("Thank you!").count()).toBe(0);
    const id = Number(new URL(page.url()).searchParams.get("reported"));
    expect(await defect(id)).toMatchObject({
      fault: "spill",
      source: "staff",
      asset: "elev-a-floor",
    });
    await page.close();
  });
});

describe("My work", () => {
  it("works without JavaScript: take it, comment, resolve with a cause, and undo", async () => {
    const id = await report("elev-a-lamp", "bulb_out");
    const page = await h.page("phone", { javaScriptEnabled: false });
    await page.goto(`${h.url}/login?next=${encodeURIComponent("/work")}`);
    await page.fill("#username", KARI.username);
    await page.fill("#password", KARI.password);
    await page.click("button[type=submit]");
    await page.waitForURL((url) => url.pathname === "/work");
    const open = () => page.getByTestId("open-work").locator(`[data-defect="${id}"]`);
    await open().getByRole("button", { name: "I'll take it" }).click();
    await page.getByText("It is yours now.").waitFor();
    const mine = () => page.getByTestId("my-work").locator(`[data-defect="${id}"]`);
    await mine().getByText("Comment", { exact: true }).click();
    await mine().locator("textarea").fill("on it");
    await mine().getByRole("button", { name: "Add comment" }).click();
    await page.getByText("Comment added.").waitFor();
    await mine().getByText("Resolve…").click();
    await mine().locator("select[name=cause]").selectOption("bulb_replaced");
    await mine().getByRole("button", { name: "Resolve it" }).click();
    await page.getByText("Resolved.").waitFor();
    expect((await defect(id)).status).toBe("resolved");
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByText("Resolve undone").waitFor();
    expect(await defect(id)).toMatchObject({ status: "open", cause: null });
    expect(h.dialogs).toEqual([]);
    await page.close();
  });

  it("shows a defect assigned to me while the page is open, without a reload", async () => {
    const page = await h.signIn(KARI, "/work", "phone");
    await page.locator("text=Live").first().waitFor();
    const id = await report("elev-a-btn-12", "flicker");
    const assigned = await h.t.api("POST", `/api/defects/${id}/assign`, {
      body: { assignee: { user: KARI.username } },
    });
    expect(assigned.status).toBe(200);
    await page.getByTestId("my-work").locator(`[data-defect="${id}"]`).waitFor();
    await page.close();
  });
});
