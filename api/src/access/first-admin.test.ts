import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startTestSystem, type TestSystem } from "../testing/test-system.ts";
import { ADMIN_PASSWORD_FILE } from "./first-admin.ts";

/** The first start with no admin password configured, as `pnpm start` does it on a new machine. */

let t: TestSystem | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

async function startFresh(): Promise<{ sys: TestSystem; file: string; password: string }> {
  const sys = await startTestSystem({ adminUser: { username: "owner", password: undefined } });
  t = sys;
  const file = join(sys.dataDir, ADMIN_PASSWORD_FILE);
  const [username, password] = readFileSync(file, "utf8").split("\n");
  expect(username).toBe("owner");
  expect(statSync(file).mode & 0o777).toBe(0o600);
  return { sys, file, password: password as string };
}

describe("the generated admin password", () => {
  it("signs in, and its file is removed once the admin sets a password of their own", async () => {
    const { sys, file, password } = await startFresh();
    const session = await sys.signIn("owner", password);
    const changed = await sys.api("POST", "/api/me/password", {
      token: session,
      body: { currentPassword: password, newPassword: "the-owner-chose-this-one" },
    });
    expect(changed.status).toBe(204);
    expect(existsSync(file)).toBe(false);
    await expect(sys.signIn("owner", "the-owner-chose-this-one")).resolves.toMatch(/^bcs_/);
  });

  it("is removed when another admin resets it, and kept when another user's password changes", async () => {
    const { sys, file, password } = await startFresh();
    const session = await sys.signIn("owner", password);
    const other = await sys.user({ username: "clerk", role: "viewer" });
    type Users = { items: { id: number; username: string }[] };
    const users = await sys.api<Users>("GET", "/api/users", { token: session });
    const owner = users.body.items.find((u) => u.username === "owner");
    expect(owner).toBeDefined();

    const clerkReset = await sys.api("PATCH", `/api/users/${other.id}`, {
      token: session,
      body: { password: "a-new-clerk-password" },
    });
    expect(clerkReset.status).toBe(200);
    expect(existsSync(file)).toBe(true);

    const ownerReset = await sys.api("PATCH", `/api/users/${owner?.id}`, {
      body: { password: "reset-by-the-admin-token" },
    });
    expect(ownerReset.status).toBe(200);
    expect(existsSync(file)).toBe(false);
  });
});
