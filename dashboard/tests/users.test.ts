import { ADMIN_PASSWORD, ADMIN_USERNAME, hotelFleet } from "@bulbcheck/api/testing";
import type { UserView } from "@bulbcheck/shared";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { type Account, DashboardHarness } from "./fixture.ts";

/**
 * The admin's Users page does what it shows, in headless Chromium against the real system: a
 * failed "New user" comes back as entered, choosing a role keeps what was typed, the access a
 * user will have is said in words before saving, and a locked-out user is unlocked from the list.
 */

const OSLO = "hotel-oslo";
const BERGEN = "hotel-bergen";
const ADMIN = { username: ADMIN_USERNAME, password: ADMIN_PASSWORD };
const KARI: Account = { username: "kari", password: "kari-password-1", role: "staff" };
let h: DashboardHarness;

/** The hotel fleet under a name of its own, so that a sentence naming sites tells them apart. */
function namedHotel(id: string, name: string) {
  const fleet = hotelFleet(id);
  return { ...fleet, sites: fleet.sites.map((s) => ({ ...s, name })) };
}

beforeAll(async () => {
  h = await DashboardHarness.start();
  await h.t.provision(namedHotel(OSLO, "Hotel Oslo"));
  await h.t.provision(namedHotel(BERGEN, "Hotel Bergen"));
  await h.createAccounts([KARI]);
});

afterAll(async () => {
  await h?.stop();
});

const newUser = (page: Page) => page.locator('form[action="?/create"]');
/** The help under the role select. */
const ROLE_HELP = {
  viewer: "sees boards and defects",
  staff: "also reports, acknowledges, resolves",
  manager: "also devices and QR codes",
  admin: "everything, people and tokens",
} as const;

async function users(): Promise<UserView[]> {
  return (await h.t.api<{ items: UserView[] }>("GET", "/api/users")).body.items;
}

describe("the new-user form", () => {
  it("comes back as entered after a failed submit (but the password), and then creates that user", async () => {
    const page = await h.signIn(ADMIN, "/admin/users");
    const form = newUser(page);
    // The role first: choosing it is the next test's matter.
    await form.locator('select[name="role"]').selectOption("viewer");
    await form.locator('input[name="username"]').fill(KARI.username);
    await form.locator('input[name="displayName"]').fill("Kari Bergen");
    await form.locator('input[name="password"]').fill("kari-bergen-password");
    await form.locator(`input[name="site"][value="${BERGEN}"]`).check();
    await form.getByRole("button", { name: "Create user" }).click();
    await page.getByText(`The username “${KARI.username}” is taken.`).waitFor();

    expect(await form.locator('input[name="username"]').inputValue()).toBe(KARI.username);
    expect(await form.locator('input[name="displayName"]').inputValue()).toBe("Kari Bergen");
    expect(await form.locator('select[name="role"]').inputValue()).toBe("viewer");
    expect(await form.locator('input[name="password"]').inputValue()).toBe("");
    expect(await form.locator('input[name="scope"][value="some"]').isChecked()).toBe(true);
    expect(await form.locator('input[name="scope"][value="all"]').isChecked()).toBe(false);
    expect(await form.locator(`input[name="site"][value="${BERGEN}"]`).isChecked()).toBe(true);
    expect(await form.locator(`input[name="site"][value="${OSLO}"]`).isChecked()).toBe(false);

    await form.locator('input[name="username"]').fill("kari.bergen");
    await form.locator('input[name="password"]').fill("kari-bergen-password");
    await form.getByRole("button", { name: "Create user" }).click();
    await page.getByText("User created.").waitFor();
    expect((await users()).find((u) => u.username === "kari.bergen")).toMatchObject({
      displayName: "Kari Bergen",
      role: "viewer",
      sites: [BERGEN],
    });
    await page.close();
  });

  it("comes back as entered without scripts too, saying the access it would give", async () => {
    const page = await h.page("laptop", { javaScriptEnabled: false });
    await page.goto(`${h.url}/login?next=${encodeURIComponent("/admin/users")}`);
    await page.fill("#username", ADMIN.username);
    await page.fill("#password", ADMIN.password);
    await page.click("button[type=submit]");
    await page.waitForURL(`${h.url}/admin/users`);
    const form = newUser(page);
    await form.locator('input[name="username"]').fill(KARI.username);
    await form.locator('input[name="displayName"]').fill("Kari Oslo");
    await form.locator('select[name="role"]').selectOption("manager");
    await form.locator('input[name="password"]').fill("kari-oslo-password");
    await form.locator('input[name="scope"][value="some"]').check();
    await form.locator(`input[name="site"][value="${OSLO}"]`).check();
    await form.getByRole("button", { name: "Create user" }).click();
    await page.getByText(`The username “${KARI.username}” is taken.`).waitFor();
    expect(await form.locator('select[name="role"]').inputValue()).toBe("manager");
    expect(await form.locator(`input[name="site"][value="${OSLO}"]`).isChecked()).toBe(true);
    expect(await form.locator(`input[name="site"][value="${BERGEN}"]`).isChecked()).toBe(false);
    expect(await form.getByTestId("effective-access").textContent()).toMatch(
      /^Kari Oslo will be manager at Hotel Oslo: /,
    );
    await page.close();
  });

  it("keeps the username and display name typed when the role is chosen", async () => {
    const page = await h.signIn(ADMIN, "/admin/users");
    const form = newUser(page);
    await form.locator('input[name="username"]').fill("ola");
    await form.locator('input[name="displayName"]').fill("Ola Nordmann");
    const help = form
      .locator("label", { has: page.locator('select[name="role"]') })
      .locator("span");
    for (const role of ["manager", "viewer", "admin", "staff"] as const) {
      await form.locator('select[name="role"]').selectOption(role);
      // The page has taken the change when the help under the select follows it.
      await expect.poll(() => help.textContent()).toBe(ROLE_HELP[role]);
      expect(await form.locator('input[name="username"]').inputValue()).toBe("ola");
      expect(await form.locator('input[name="displayName"]').inputValue()).toBe("Ola Nordmann");
    }
    await page.close();
  });

  it("says in words the access the user will have, as the fields change", async () => {
    const page = await h.signIn(ADMIN, "/admin/users");
    const form = newUser(page);
    const said = form.getByTestId("effective-access");
    await form.locator('input[name="displayName"]').fill("Kari");
    await expect
      .poll(() => said.textContent())
      .toBe(
        "Kari will be staff of all sites, present and future: sees their boards and defects, reports, acknowledges and resolves them.",
      );
    await form.locator(`input[name="site"][value="${OSLO}"]`).check();
    await expect
      .poll(() => said.textContent())
      .toBe(
        "Kari will be staff at Hotel Oslo: sees its boards and defects, reports, acknowledges and resolves them.",
      );
    await form.locator(`input[name="site"][value="${BERGEN}"]`).check();
    await expect
      .poll(() => said.textContent())
      .toMatch(/^Kari will be staff at Hotel Bergen and Hotel Oslo: sees their boards/);
    await form.locator('select[name="role"]').selectOption("manager");
    await expect
      .poll(() => said.textContent())
      .toMatch(/^Kari will be manager at Hotel Bergen and Hotel Oslo: .*devices/);
    await form.locator('input[name="scope"][value="all"]').check();
    await expect
      .poll(() => said.textContent())
      .toMatch(/^Kari will be manager of all sites, present and future: /);
    await screenshot(page, "laptop-users-new");
    const phone = await h.signIn(ADMIN, "/admin/users", "phone");
    await newUser(phone).locator('input[name="displayName"]').fill("Kari");
    await newUser(phone).locator(`input[name="site"][value="${OSLO}"]`).check();
    await expect
      .poll(() => newUser(phone).getByTestId("effective-access").textContent())
      .toMatch(/^Kari will be staff at Hotel Oslo: /);
    await screenshot(phone, "phone-users-new");
    await phone.close();
    await page.close();
  });

  it("says it on a user's own page too, and what saving would change", async () => {
    const ids = await h.createAccounts([
      { username: "sven", password: "sven-password-1", role: "staff", sites: [BERGEN] },
    ]);
    const page = await h.signIn(ADMIN, `/admin/users/${ids.get("sven")}`);
    const said = page.getByTestId("effective-access");
    expect(await said.textContent()).toMatch(/^sven is staff at Hotel Bergen: /);
    await page.locator(`input[name="site"][value="${OSLO}"]`).check();
    await expect
      .poll(() => said.textContent())
      .toMatch(/^sven will be staff at Hotel Bergen and Hotel Oslo: /);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved.").waitFor();
    await expect.poll(() => said.textContent()).toMatch(/^sven is staff at Hotel Bergen and /);
    expect((await users()).find((u) => u.username === "sven")?.sites?.toSorted()).toEqual([
      BERGEN,
      OSLO,
    ]);
    await page.close();
  });
});

describe("locked-out users", () => {
  it("lists who is locked out until when, and unlocks them from the list", async () => {
    const LENA: Account = { username: "lena", password: "lena-password-1", role: "viewer" };
    await h.createAccounts([LENA]);
    const office = "203.0.113.78";
    const attempt = (password: string) =>
      h.t.api("POST", "/api/sessions", {
        token: null,
        headers: { "x-forwarded-for": office },
        body: { username: LENA.username, password },
      });
    // api/src/http/sign-in-guard.ts: five failures for one username from one address.
    for (let i = 0; i < 5; i++) expect((await attempt("not-her-password")).status).toBe(401);
    expect((await attempt(LENA.password)).status).toBe(429);

    const page = await h.signIn(ADMIN, "/admin/users");
    const row = page.getByTestId("lockouts").locator(`[data-user="${LENA.username}"]`);
    await row.waitFor();
    expect(await row.textContent()).toMatch(/locked out from 1 address until /);
    await screenshot(page, "laptop-users-lockouts");
    await row.getByRole("button", { name: `Unlock ${LENA.username}` }).click();
    await page
      .getByRole("status")
      .getByText(`Unlocked ${LENA.username}: they may sign in from ${office} again.`)
      .waitFor();
    await row.waitFor({ state: "detached" });
    expect((await attempt(LENA.password)).status).toBe(201);
    await page.close();
  });
});
