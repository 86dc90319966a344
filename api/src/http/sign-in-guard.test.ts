import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error.ts";
import { DEFAULT_SIGN_IN_LIMITS, SignInGuard, type SignInLimits } from "./sign-in-guard.ts";

/**
 * The guard every password check goes through, with checks that finish when the test says: an
 * attempt is counted before its hash starts, and only so many hashes are under way at once.
 */

const LIMITS: SignInLimits = {
  ...DEFAULT_SIGN_IN_LIMITS,
  failuresPerUserAtAddress: 5,
  failuresPerAddress: 20,
  hashesPerUser: 2,
  hashesPerAddress: 3,
  hashesInAll: 4,
};
const now = () => 1_000_000;

/** A password check that hashes until the test settles it. */
function pendingCheck() {
  let settle: (ok: boolean) => void = () => {};
  let started = false;
  const verify = () => {
    started = true;
    return new Promise<boolean>((resolve) => {
      settle = resolve;
    });
  };
  return {
    verify,
    settle: (ok: boolean) => settle(ok),
    get started() {
      return started;
    },
  };
}

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("the sign-in guard", () => {
  it("runs no more hashes at once for one username than its bound, and counts nothing it refuses", async () => {
    const guard = new SignInGuard(LIMITS);
    const checks = Array.from({ length: 6 }, () => pendingCheck());
    const results = checks.map((check, i) =>
      guard.check({ username: "admin", address: `10.0.0.${i}` }, now, check.verify),
    );
    expect(checks.map((c) => c.started)).toEqual([true, true, false, false, false, false]);
    for (const result of results.slice(2)) {
      const error = await refusal(result);
      expect(error.status).toBe(429);
      expect(error.message).toContain("under way at once");
    }
    for (const check of checks.slice(0, 2)) check.settle(false);
    expect((await Promise.all(results.slice(0, 2))).map((r) => r.ok)).toEqual([false, false]);
    // Once they are done, the next may start.
    const next = pendingCheck();
    const again = guard.check({ username: "admin", address: "10.0.0.9" }, now, next.verify);
    expect(next.started).toBe(true);
    next.settle(true);
    expect((await again).ok).toBe(true);
  });

  it("runs no more hashes at once from one address, nor in all, than their bounds", async () => {
    const guard = new SignInGuard(LIMITS);
    const fromOne = Array.from({ length: 4 }, () => pendingCheck());
    const one = fromOne.map((check, i) =>
      guard.check({ username: `user${i}`, address: "10.0.0.1" }, now, check.verify),
    );
    expect(fromOne.filter((c) => c.started)).toHaveLength(3);
    expect((await refusal(one[3] as Promise<unknown>)).status).toBe(429);
    // The fourth in all may start from elsewhere; the fifth may not.
    const elsewhere = [pendingCheck(), pendingCheck()];
    const other = elsewhere.map((check, i) =>
      guard.check({ username: `other${i}`, address: `10.0.1.${i}` }, now, check.verify),
    );
    expect(elsewhere.map((c) => c.started)).toEqual([true, false]);
    expect((await refusal(other[1] as Promise<unknown>)).status).toBe(429);
    for (const check of [...fromOne, ...elsewhere]) check.settle(false);
    await Promise.all([...one.slice(0, 3), other[0]]);
  });

  it("counts an attempt before its hash: checks sent together get no more tries than one after the other", async () => {
    const guard = new SignInGuard({
      ...LIMITS,
      hashesPerUser: 100,
      hashesPerAddress: 100,
      hashesInAll: 100,
    });
    const address = "10.0.0.1";
    // Five under way at once, none finished: the sixth is refused before it hashes.
    const checks = Array.from({ length: 5 }, () => pendingCheck());
    const results = checks.map((check) =>
      guard.check({ username: "admin", address }, now, check.verify),
    );
    const sixth = pendingCheck();
    const error = await refusal(guard.check({ username: "admin", address }, now, sixth.verify));
    expect(error.message).toContain("failed sign-ins");
    expect(sixth.started).toBe(false);
    for (const check of checks) check.settle(false);
    const settled = await Promise.all(results);
    // The lockout is told once, by the failure that finished it.
    expect(settled.flatMap((r) => r.lockouts)).toEqual([
      expect.objectContaining({ scope: "user-at-address", username: "admin", address }),
    ]);
    // Only from there: the owner elsewhere is not held back.
    const owner = pendingCheck();
    const signIn = guard.check({ username: "admin", address: "192.0.2.7" }, now, owner.verify);
    owner.settle(true);
    expect((await signIn).ok).toBe(true);
  });

  it("takes back a success's count, ends a user's lockouts on an admin's unlock, and lists them", async () => {
    const guard = new SignInGuard({ ...LIMITS, failuresPerUserAtAddress: 2 });
    const fail = async (username: string, address: string) =>
      (await guard.check({ username, address }, now, async () => false)).lockouts;
    await fail("kari", "10.0.0.1");
    expect(await fail("kari", "10.0.0.1")).toHaveLength(1);
    await fail("kari", "10.0.0.2");
    await fail("kari", "10.0.0.2");
    await fail("olga", "10.0.0.1");
    expect(guard.lockouts(now()).map((l) => `${l.username}@${l.address}`)).toEqual([
      "kari@10.0.0.1",
      "kari@10.0.0.2",
    ]);
    expect(guard.unlockUser("kari", now())).toEqual(["10.0.0.1", "10.0.0.2"]);
    expect(guard.lockouts(now())).toEqual([]);
    expect(
      (await guard.check({ username: "kari", address: "10.0.0.1" }, now, async () => true)).ok,
    ).toBe(true);
    // olga's one failure is still counted; a success of hers forgets it.
    await guard.check({ username: "olga", address: "10.0.0.1" }, now, async () => true);
    expect(await fail("olga", "10.0.0.1")).toEqual([]);
  });
});
