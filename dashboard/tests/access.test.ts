import { ADMIN_PASSWORD, ADMIN_USERNAME, hotelFleet } from "@bulbcheck/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { type Account, DashboardHarness, SESSION_COOKIE } from "./fixture.ts";

/**
 * Who may do what in the dashboard, in headless Chromium against the real system: signing in
 * and out, sessions that end, roles, site scopes, people and tokens, and text that must stay text.
 */

const OSLO = "hotel-oslo";
const BERGEN = "hotel-bergen";
const ADMIN = { username: ADMIN_USERNAME, password: ADMIN_PASSWORD };
const KARI: Account = { username: "kari", password: "kari-password-1", role: "staff" };
const BERT: Account = {
  username: "bert",
  password: "bert-password-1",
  role: "staff",
  sites: [BERGEN],
  displayName: "Bert Bergen",
};
const MONA: Account = {
  username: "mona",
  password: "mona-password-1",
  role: "manager",
  sites: [OSLO],
};
const OLGA: Account = { username: "olga", password: "olga-password-1", role: "staff" };
const HOSTILE_NAME = `<img src=x onerror=alert(1)><script>alert(2)</script>`;
const EVE: Account = {
  username: "eve",
  password: "eve-password-11",
  role: "viewer",
  displayName: HOSTILE_NAME,
};
let h: DashboardHarness;

beforeAll(async () => {
  h = await DashboardHarness.start();
  await h.t.provision(hotelFleet(OSLO));
  await h.t.provision(hotelFleet(BERGEN));
  await h.createAccounts([KARI, BERT, MONA, OLGA, EVE]);
});

afterAll(async () => {
  await h?.stop();
});

describe("signing in and out", () => {
  it("sends someone not signed in to the login page, and back where they were after it", async () => {
    const page = await h.open(`/sites/${OSLO}`);
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(new URL(page.url()).searchParams.get("next")).toBe(`/sites/${OSLO}`);
    expect(await page.locator("nav").count()).toBe(0);
    await page.fill("#username", KARI.username);
    await page.fill("#password", KARI.password);
    await page.click("button[type=submit]");
    await page.waitForURL(`${h.url}/sites/${OSLO}`);
    await page.getByTestId("user-name").waitFor();
    expect(await page.getByTestId("user-name").textContent()).toBe("kari");
    const cookie = (await page.context().cookies(h.url)).find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
    // Until the session's end, not a browser session: it survives closing the browser.
    expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000 + 3600);
    // The live stream is for signed-in people too.
    const stream = await fetch(`${h.url}/stream`);
    expect(stream.status).toBe(401);
    await page.close();
  });

  it("says so when the password is wrong, and signs nobody in", async () => {
    const page = await h.open("/login");
    await page.fill("#username", KARI.username);
    await page.fill("#password", "not-the-password");
    await page.click("button[type=submit]");
    await page.getByTestId("login-error").waitFor();
    expect(await page.getByTestId("login-error").textContent()).toBe("Wrong username or password.");
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(await page.inputValue("#username")).toBe("kari");
    expect(await h.sessionToken(page)).toBeUndefined();
    await page.close();
  });

  it("goes nowhere but this site after signing in, however the browser would read `next`", async () => {
    // Each of these leads to another origin once a browser has stripped tabs and newlines,
    // trimmed the ends and read backslashes as slashes, as it does before following a URL.
    const hostile = [
      "//evil.example/x",
      "https://evil.example/",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "\t//evil.example",
      " //evil.example",
      "/.//evil.example",
      "javascript:alert(1)",
    ];
    // Through the form, as a link to the sign-in page would be followed...
    const page = await h.open(`/login?next=${encodeURIComponent("/\t/evil.example")}`);
    await page.fill("#username", KARI.username);
    await page.fill("#password", KARI.password);
    await page.click("button[type=submit]");
    await page.waitForURL(`${h.url}/`);
    // ...and signed in, where the sign-in page sends the browser on at once.
    for (const next of hostile) {
      await page.goto(`${h.url}/login?next=${encodeURIComponent(next)}`);
      expect(page.url(), JSON.stringify(next)).toBe(`${h.url}/`);
    }
    await page.close();
    expect(h.dialogs).toEqual([]);
  });

  it("answers the sign-in page for a `next` with CR, LF or text beyond Latin-1, and goes to that path after", async () => {
    const odd = [
      "/defects\r\nSet-Cookie: x=1",
      "/defects?x=\u2028",
      "/defects?x=✓ø",
      "/\u00e6\u4e2d",
    ];
    for (const next of odd) {
      const response = await fetch(`${h.url}/login?next=${encodeURIComponent(next)}`);
      expect(response.status, JSON.stringify(next)).toBe(200);
      expect(await response.text()).toContain('id="username"');
    }
    // Signed in, the way back is the path the browser would have taken, percent-encoded.
    const page = await h.open(`/login?next=${encodeURIComponent("/defects?x=✓\r\n")}`);
    await page.fill("#username", KARI.username);
    await page.fill("#password", KARI.password);
    await page.click("button[type=submit]");
    await page.waitForURL(`${h.url}/defects?x=%E2%9C%93`);
    const token = await h.sessionToken(page);
    for (const next of odd) {
      const again = await fetch(`${h.url}/login?next=${encodeURIComponent(next)}`, {
        redirect: "manual",
        headers: { cookie: `${SESSION_COOKIE}=${token}` },
      });
      expect(again.status, JSON.stringify(next)).toBe(303);
      expect(again.headers.get("location")).toMatch(/^\/[\x21-\x7e]*$/);
      // The form's own post, as a browser without scripts sends it.
      const posted = await fetch(`${h.url}/login?/login`, {
        method: "POST",
        redirect: "manual",
        headers: {
          accept: "text/html",
          origin: h.url,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ username: KARI.username, password: KARI.password, next }),
      });
      expect(posted.status, JSON.stringify(next)).toBe(303);
      expect(posted.headers.get("location")).toMatch(/^\/[\x21-\x7e]*$/);
    }
    await page.close();
  });

  it("sends the security headers with every page", async () => {
    const response = await fetch(`${h.url}/login`);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("same-origin");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
  });

  it("ends the session on sign-out: going back to a page asks to sign in again", async () => {
    const page = await h.signIn(KARI, "/defects");
    const token = await h.sessionToken(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${h.url}/login`);
    expect(await h.sessionToken(page)).toBeUndefined();
    expect((await h.t.api("GET", "/api/me", { token })).status).toBe(401);
    await page.goto(`${h.url}/`);
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.close();
  });

  it("ends the session signed in before when someone signs in over it", async () => {
    // Two tabs of one browser: the sign-in page open in the first, Kari signs in in the second.
    const browser = await h.browser.newContext();
    const first = await browser.newPage();
    await first.goto(`${h.url}/login`);
    const second = await browser.newPage();
    await second.goto(`${h.url}/login`);
    await second.fill("#username", KARI.username);
    await second.fill("#password", KARI.password);
    await second.click("button[type=submit]");
    await second.waitForURL(`${h.url}/`);
    const karis = await h.sessionToken(second);
    // Olga signs in from the first tab, over Kari's session: Kari's ends with it.
    await first.fill("#username", OLGA.username);
    await first.fill("#password", OLGA.password);
    await first.click("button[type=submit]");
    await first.waitForURL(`${h.url}/`);
    expect(await first.getByTestId("user-name").textContent()).toBe("olga");
    expect((await h.t.api("GET", "/api/me", { token: karis })).status).toBe(401);
    const olgas = await h.sessionToken(first);
    expect(olgas).not.toBe(karis);
    expect((await h.t.api("GET", "/api/me", { token: olgas })).status).toBe(200);
    await browser.close();
  });

  it("sends a user whose session ended elsewhere to sign in again, at once", async () => {
    const page = await h.signIn(KARI, "/defects");
    const token = await h.sessionToken(page);
    // The session ends under the dashboard (as it does on expiry), within its 15 s memory of it.
    expect((await h.t.api("DELETE", "/api/sessions/current", { token })).status).toBe(204);
    await page.goto(`${h.url}/devices`);
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(new URL(page.url()).searchParams.get("next")).toBe("/devices");
    await page.getByText("Your session has ended").waitFor();
    await page.close();
  });
});

describe("wall screens", () => {
  it("sign in with a viewer system token, and only with one, until it is revoked", async () => {
    const staffToken = await h.t.api("POST", "/api/tokens", {
      body: { name: "not for walls", role: "staff" },
    });
    const screen = await h.t.api("POST", "/api/tokens", {
      body: { name: "lobby screen", role: "viewer", sites: [OSLO] },
    });
    const page = await h.open("/login");
    await page.locator("summary", { hasText: "A wall screen?" }).click();
    await page.fill("#screen-token", staffToken.body.token);
    await page.getByRole("button", { name: "Show the wall board" }).click();
    await page.getByTestId("screen-error").waitFor();
    expect(await page.getByTestId("screen-error").textContent()).toContain("viewer role");

    await page.fill("#screen-token", screen.body.token);
    await page.getByRole("button", { name: "Show the wall board" }).click();
    await page.waitForURL(`${h.url}/board?kiosk=1`);
    await page.locator(`[data-site="${OSLO}"]`).first().waitFor();
    expect(await page.locator(`[data-site="${BERGEN}"]`).count()).toBe(0);
    const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    expect((cookie?.expires ?? 0) - Date.now() / 1000).toBeGreaterThan(300 * 24 * 3600);

    await h.t.api("DELETE", `/api/tokens/${screen.body.id}`);
    // The dashboard remembers who a token is for 15 s at most; the deadline leaves a busy
    // machine room beyond that, and a token that kept working would still reach it.
    await expect
      .poll(
        async () => {
          await page.goto(`${h.url}/board?kiosk=1`);
          return new URL(page.url()).pathname;
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toBe("/login");
    await page.close();
  });
});

describe("roles and sites", () => {
  it("shows a user scoped to one site nothing of another: not on the overview, 404 by address", async () => {
    const page = await h.signIn(BERT, "/");
    await page.locator(`[data-site="${BERGEN}"]`).waitFor();
    expect(await page.locator(`[data-site="${OSLO}"]`).count()).toBe(0);
    const other = await page.goto(`${h.url}/sites/${OSLO}`);
    expect(other?.status()).toBe(404);
    expect(await page.getByTestId("error").getAttribute("data-status")).toBe("404");
    await page.goto(`${h.url}/devices`);
    // The Site column names each site and links to its page (both test sites share one name).
    const sites = await page
      .getByTestId("device-table")
      .locator("tbody tr td:nth-child(2) a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(sites.length).toBeGreaterThan(0);
    expect(new Set(sites)).toEqual(new Set([`/sites/${BERGEN}`]));
    const device = await page.goto(`${h.url}/devices?device=${OSLO}-pad`);
    expect(device?.status()).toBe(404);
    await page.close();
  });

  it("shows the admin pages in the nav only to admins", async () => {
    const staff = await h.signIn(KARI, "/");
    expect(await staff.locator("nav").getByText("Users").count()).toBe(0);
    expect((await staff.goto(`${h.url}/admin/users`))?.status()).toBe(403);
    await staff.close();
    const admin = await h.signIn(ADMIN, "/");
    // An admin's pages are folded under one entry of the nav, open on a click, shut after it.
    const users = admin.locator("nav").getByText("Users");
    expect(await users.isVisible()).toBe(false);
    await admin.getByTestId("admin-group").locator("summary").click();
    await users.click();
    await admin.getByTestId("users").waitFor();
    await admin.waitForFunction(
      () => !(document.querySelector("[data-testid=admin-group]") as HTMLDetailsElement).open,
    );
    // One row at a laptop's width, the admin's longer nav included.
    const tops = await admin
      .locator("header nav > a, header nav summary")
      .evaluateAll((els) => [
        ...new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))),
      ]);
    expect(tops).toHaveLength(1);
    await admin.close();
  });

  it("lets a manager rotate a device's secret from the devices page and shows it once", async () => {
    const page = await h.signIn(MONA, "/devices");
    await page
      .getByRole("link", { name: `${OSLO}-pad` })
      .first()
      .click();
    await page.getByTestId("device-detail").waitFor();
    await page.getByText("Rotate secret…").click();
    await page.getByRole("button", { name: "Rotate the secret now" }).click();
    const secret = (await page.getByTestId("secret-value").textContent()) ?? "";
    expect(secret.length).toBeGreaterThan(10);
    await page.getByText("it will not be shown again").waitFor();
    await screenshot(page, "laptop-devices-rotated");
    // The new secret is the device's password now.
    const device = await h.t.connect(`${OSLO}-pad`, secret);
    await device.endAsync();
    await page.reload();
    await page.getByTestId("device-detail").waitFor();
    expect(await page.getByTestId("secret-value").count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
    const audit = await h.t.api("GET", "/api/audit?limit=20");
    expect(audit.body.items).toContainEqual(
      expect.objectContaining({ action: "device.rotate_secret", actor: "mona" }),
    );
    await page.close();
    // Staff see the device, not the buttons.
    const staff = await h.signIn(KARI, `/devices?device=${OSLO}-pad`);
    await staff.getByTestId("device-detail").waitFor();
    expect(await staff.getByTestId("device-actions").count()).toBe(0);
    await staff.close();
  });

  it("lets a manager revoke a device after a second click", async () => {
    const page = await h.signIn(MONA, `/devices?device=${OSLO}-sensor`);
    const revoke = page.getByRole("button", { name: `Revoke ${OSLO}-sensor` });
    expect(await revoke.isVisible()).toBe(false);
    await page.getByText("Revoke…").click();
    await revoke.click();
    await page.getByText("Revoked: the device was disconnected").waitFor();
    const devices = await h.t.api("GET", `/api/devices?site=${OSLO}`);
    const sensor = devices.body.items.find((d: { id: string }) => d.id === `${OSLO}-sensor`);
    expect(sensor.revoked).toBe(true);
    await page.close();
  });
});

describe("people and tokens", () => {
  it("lets an admin create a user, limit them to a site, and disable them", async () => {
    const page = await h.signIn(ADMIN, "/admin/users");
    await page.fill('input[name="username"]', "nils");
    await page.fill('input[name="displayName"]', "Nils Nordmann");
    await page.selectOption('select[name="role"]', "staff");
    await page.fill('input[name="password"]', "nils-password-1");
    await page.check(`input[name="site"][value="${BERGEN}"]`);
    await page.getByRole("button", { name: "Create user" }).click();
    await page.getByText("User created.").waitFor();
    let users = await h.t.api("GET", "/api/users");
    expect(users.body.items.find((u: { username: string }) => u.username === "nils")).toMatchObject(
      { displayName: "Nils Nordmann", role: "staff", sites: [BERGEN], disabledAt: null },
    );
    await page.selectOption('select[name="role"]', "manager");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved.").waitFor();
    users = await h.t.api("GET", "/api/users");
    expect(users.body.items.find((u: { username: string }) => u.username === "nils")).toMatchObject(
      { role: "manager", sites: [BERGEN] },
    );
    const nils = await h.signIn({ username: "nils", password: "nils-password-1" }, "/");
    await nils.locator(`[data-site="${BERGEN}"]`).waitFor();
    await page.getByText("Disable this account…").click();
    await page.getByRole("button", { name: "Disable nils" }).click();
    await page.getByTestId("user-state").getByText("disabled").waitFor();
    // Their open session ends with the account.
    await nils.goto(`${h.url}/defects`);
    expect(new URL(nils.url()).pathname).toBe("/login");
    await nils.fill("#username", "nils");
    await nils.fill("#password", "nils-password-1");
    await nils.click("button[type=submit]");
    await nils.getByTestId("login-error").waitFor();
    await nils.close();
    // A taken username is said in words.
    await page.goto(`${h.url}/admin/users`);
    await page.fill('input[name="username"]', "kari");
    await page.fill('input[name="password"]', "another-password-1");
    await page.getByRole("button", { name: "Create user" }).click();
    await page.getByText("The username “kari” is taken.").waitFor();
    await page.close();
  });

  it("shows an admin who is locked out, and from where, and lets them unlock that person", async () => {
    const LOCKED: Account = { username: "lena", password: "lena-password-1", role: "viewer" };
    const ids = await h.createAccounts([LOCKED]);
    const office = "203.0.113.77";
    const attempt = (password: string) =>
      h.t.api("POST", "/api/sessions", {
        token: null,
        headers: { "x-forwarded-for": office },
        body: { username: LOCKED.username, password },
      });
    for (let i = 0; i < 5; i++) expect((await attempt("not-her-password")).status).toBe(401);
    expect((await attempt(LOCKED.password)).status).toBe(429);

    const admin = await h.signIn(ADMIN, "/admin/users");
    const badge = admin.locator(`tr[data-user="${LOCKED.username}"]`).getByTestId("locked-out");
    expect(await badge.textContent()).toMatch(/^locked out from 1 address until /);
    await screenshot(admin, "laptop-users-locked-out");
    const phone = await h.signIn(ADMIN, "/admin/users", "phone");
    await phone.locator(`tr[data-user="${LOCKED.username}"]`).getByTestId("locked-out").waitFor();
    await screenshot(phone, "phone-users-locked-out");
    await phone.close();

    await badge.click();
    await admin.waitForURL(`${h.url}/admin/users/${ids.get(LOCKED.username)}#sign-in`);
    expect(await admin.getByTestId("lockouts").textContent()).toContain("Held back");
    await admin.getByText(office).waitFor();
    await screenshot(admin, "laptop-user-locked-out");
    await admin.getByRole("button", { name: `Unlock ${LOCKED.username}` }).click();
    await admin.getByText(`Unlocked: they may sign in from ${office} again.`).waitFor();
    await admin.getByText("Not held back").waitFor();
    expect((await attempt(LOCKED.password)).status).toBe(201);
    const audit = await h.t.api("GET", "/api/audit?limit=50");
    const actions = audit.body.items
      .filter((e: { target: string }) => e.target === `user ${LOCKED.username}`)
      .map((e: { action: string; actor: string }) => `${e.action} by ${e.actor}`);
    expect(actions).toContain("session.lockout by bulbcheck");
    expect(actions).toContain(`user.unlock by ${ADMIN.username}`);
    await admin.close();
  });

  it("lets a user change their password and keep personal API tokens", async () => {
    const page = await h.signIn(OLGA, "/");
    await page.getByRole("link", { name: /olga/ }).click();
    await page.waitForURL(`${h.url}/account`);
    await page.fill('input[name="name"]', "my script");
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("secret-value").textContent()) ?? "";
    const me = await h.t.api("GET", "/api/me", { token });
    expect(me.body).toMatchObject({ user: { username: "olga" }, role: "staff", via: "token" });
    await page.getByTestId("personal-tokens").getByText("my script").waitFor();
    await page.getByRole("button", { name: "Revoke" }).click();
    await page.getByText("Token revoked").waitFor();
    expect((await h.t.api("GET", "/api/me", { token })).status).toBe(401);

    await page.fill("#current", "wrong-password-0");
    await page.fill("#new", "olga-password-2");
    await page.fill("#confirm", "olga-password-2");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("The current password is wrong.").waitFor();
    await page.fill("#current", OLGA.password);
    await page.fill("#new", "olga-password-2");
    await page.fill("#confirm", "olga-password-2");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Password changed.").waitFor();
    await page.close();
    const again = await h.signIn({ username: "olga", password: "olga-password-2" }, "/account");
    await again.close();
  });

  it("shows a hostile display name as text, in the header and on the users page", async () => {
    const page = await h.signIn(EVE, "/");
    expect(await page.getByTestId("user-name").textContent()).toBe(HOSTILE_NAME);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.close();
    const admin = await h.signIn(ADMIN, "/admin/users");
    await admin.getByTestId("users").getByText(HOSTILE_NAME).waitFor();
    expect(await admin.locator('img[src="x"]').count()).toBe(0);
    await admin.close();
    expect(h.dialogs).toEqual([]);
  });
});
