import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN_PASSWORD,
  ADMIN_USERNAME,
  type ApiRequest,
  startTestSystem,
  type TestSystem,
} from "../testing/test-system.ts";

/**
 * Signing in through the real HTTP server: guesses sent at once, lockouts per username and
 * address with an admin's unlock, and the ways a user's sessions and personal tokens end for good.
 */

let t: TestSystem;
let api: ApiRequest;

beforeAll(async () => {
  t = await startTestSystem();
  api = t.api;
  await t.user({ username: "kari", role: "staff" });
});

afterAll(async () => {
  await t?.stop();
});

/** A sign-in as a browser at `address` would make it through the dashboard. */
const signInFrom = (address: string, username: string, password: string, token?: string) =>
  api("POST", "/api/sessions", {
    token: token ?? null,
    headers: { "x-forwarded-for": address },
    body: { username, password },
  });

async function auditOf(action: string) {
  const audit = await api("GET", "/api/audit?limit=200");
  return (
    audit.body.items as { action: string; target: string; detail: Record<string, unknown> }[]
  ).filter((entry) => entry.action === action);
}

describe("parallel guesses", () => {
  it("get no more tries than guesses one after the other, the right password among them too", async () => {
    const address = "198.51.100.7";
    const guesses = Array.from({ length: 40 }, (_, i) =>
      i === 30 ? ADMIN_PASSWORD : `wrong-guess-${i}`,
    );
    const burst = guesses.map((password) => signInFrom(address, ADMIN_USERNAME, password));
    // An honest sign-in from elsewhere meanwhile is not held back by them.
    const honest = signInFrom("192.0.2.50", "kari", "a-long-test-password");
    const answers = await Promise.all(burst);
    const statuses = answers.map((a) => a.status);
    // Each guess was counted before its hash: at most the limit per user and address was
    // evaluated (401), every other one was refused unhashed (429), the right one included.
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    expect(answers[30]?.status).toBe(429);
    expect((await honest).status).toBe(201);
  });
});

describe("lockouts", () => {
  it("hold a username back only from the address that failed, and are in the audit log", async () => {
    await t.user({ username: "target", role: "viewer" });
    const attacker = "203.0.113.66";
    for (let i = 0; i < 5; i++)
      expect((await signInFrom(attacker, "target", "not-the-password")).status).toBe(401);
    const locked = await signInFrom(attacker, "target", "a-long-test-password");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    // The owner, elsewhere, signs in: nobody can lock anybody out from where they are.
    expect((await signInFrom("192.0.2.10", "target", "a-long-test-password")).status).toBe(201);
    const lockouts = await auditOf("session.lockout");
    expect(lockouts).toContainEqual(
      expect.objectContaining({
        target: "user target",
        detail: expect.objectContaining({
          scope: "user-at-address",
          address: attacker,
          failures: 5,
        }),
      }),
    );
  });

  it("of a user end when an admin unlocks them, through the route, and the unlock is audited", async () => {
    const user = await t.user({ username: "forgetful", role: "viewer" });
    const office = "203.0.113.80";
    for (let i = 0; i < 5; i++) await signInFrom(office, "forgetful", "not-the-password");
    expect((await signInFrom(office, "forgetful", "a-long-test-password")).status).toBe(429);
    const listed = await api("GET", "/api/users/lockouts");
    expect(listed.status).toBe(200);
    expect(listed.body.items).toContainEqual(
      expect.objectContaining({ scope: "user-at-address", username: "forgetful", address: office }),
    );
    // Only an admin may.
    const staff = await t.signIn("kari", "a-long-test-password");
    expect((await api("POST", `/api/users/${user.id}/unlock`, { token: staff })).status).toBe(403);
    const unlocked = await api("POST", `/api/users/${user.id}/unlock`);
    expect(unlocked.status).toBe(200);
    expect(unlocked.body).toEqual({ username: "forgetful", addresses: [office] });
    expect((await signInFrom(office, "forgetful", "a-long-test-password")).status).toBe(201);
    const after = await api("GET", "/api/users/lockouts");
    expect(after.body.items.map((l: { username: string }) => l.username)).not.toContain(
      "forgetful",
    );
    expect(await auditOf("user.unlock")).toContainEqual(
      expect.objectContaining({ target: "user forgetful", detail: { addresses: [office] } }),
    );
    expect((await api("POST", "/api/users/999999/unlock")).status).toBe(404);
  });

  it("of an address hold back every username from it, and are audited as the address's", async () => {
    const crowd = "203.0.113.90";
    for (let i = 0; i < 20; i++) await signInFrom(crowd, `nobody${i}`, "not-the-password");
    expect((await signInFrom(crowd, "kari", "a-long-test-password")).status).toBe(429);
    expect((await signInFrom("203.0.113.91", "kari", "a-long-test-password")).status).toBe(201);
    expect(await auditOf("session.lockout")).toContainEqual(
      expect.objectContaining({
        target: `address ${crowd}`,
        detail: expect.objectContaining({ scope: "address", failures: 20 }),
      }),
    );
  });
});

describe("what ends a user's sessions and tokens for good", () => {
  /** A user with two sessions and a personal token, each working. */
  async function userWithAccess(username: string) {
    const user = await t.user({ username, role: "staff" });
    const other = await t.signIn(username, "a-long-test-password");
    const personal = await api("POST", "/api/me/tokens", {
      token: user.token,
      body: { name: `${username}'s script` },
    });
    expect(personal.status).toBe(201);
    const token = personal.body.token as string;
    for (const each of [user.token, other, token])
      expect((await api("GET", "/api/me", { token: each })).status).toBe(200);
    return { id: user.id, session: user.token, other, token };
  }

  const works = async (token: string) => (await api("GET", "/api/me", { token })).status === 200;

  it("a password an admin sets ends every session and personal token of the user", async () => {
    const u = await userWithAccess("reset-me");
    const reset = await api("PATCH", `/api/users/${u.id}`, {
      body: { password: "a-new-long-password" },
    });
    expect(reset.status).toBe(200);
    expect([await works(u.session), await works(u.other), await works(u.token)]).toEqual([
      false,
      false,
      false,
    ]);
    const tokens = await api("GET", "/api/tokens");
    const row = tokens.body.items.find((i: { owner: string }) => i.owner === "reset-me");
    expect(row.revokedAt).not.toBeNull();
  });

  it("a user's own new password ends their other sessions and their personal tokens", async () => {
    const u = await userWithAccess("changes-own");
    const changed = await api("POST", "/api/me/password", {
      token: u.session,
      body: { currentPassword: "a-long-test-password", newPassword: "a-new-long-password" },
    });
    expect(changed.status).toBe(204);
    // The session that typed the current password goes on; nothing else does.
    expect([await works(u.session), await works(u.other), await works(u.token)]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("disabling ends everything, and enabling again revives none of it", async () => {
    const u = await userWithAccess("comes-back");
    expect((await api("PATCH", `/api/users/${u.id}`, { body: { disabled: true } })).status).toBe(
      200,
    );
    expect((await api("PATCH", `/api/users/${u.id}`, { body: { disabled: false } })).status).toBe(
      200,
    );
    expect([await works(u.session), await works(u.other), await works(u.token)]).toEqual([
      false,
      false,
      false,
    ]);
    // A fresh sign-in works: the account is back, its old ways in are not.
    expect(await works(await t.signIn("comes-back", "a-long-test-password"))).toBe(true);
  });

  it("signing in over a session ends that session", async () => {
    await t.user({ username: "shared-screen", role: "viewer" });
    const first = await t.signIn("kari", "a-long-test-password");
    const second = await signInFrom("192.0.2.60", "shared-screen", "a-long-test-password", first);
    expect(second.status).toBe(201);
    expect(await works(first)).toBe(false);
    expect(await works(second.body.token)).toBe(true);
    // A system token sent along is not a session: it goes on.
    const screen = await api("POST", "/api/tokens", { body: { name: "lobby", role: "viewer" } });
    const third = await signInFrom(
      "192.0.2.60",
      "shared-screen",
      "a-long-test-password",
      screen.body.token,
    );
    expect(third.status).toBe(201);
    expect(await works(screen.body.token)).toBe(true);
  });
});
