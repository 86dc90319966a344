import { InFlight } from "./in-flight.ts";
import { RateLimiter, rateLimited } from "./rate-limit.ts";

/** How many password checks anyone gets, and how many run at once. */
export interface SignInLimits {
  /** Failed checks for one username from one address in `windowMs`; then that pair waits. */
  failuresPerUserAtAddress: number;
  /** Failed checks from one address, whatever the usernames, in `windowMs`. */
  failuresPerAddress: number;
  windowMs: number;
  /** Password hashes under way at once for one username, from one address, and in all. */
  hashesPerUser: number;
  hashesPerAddress: number;
  hashesInAll: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  failuresPerUserAtAddress: 5,
  failuresPerAddress: 20,
  windowMs: 15 * 60_000,
  // A scrypt hash takes 32 MiB and a thread of libuv's pool (4 by default) for about 60 ms:
  // 8 at once is all the pool can run plus as many waiting, and 256 MiB at most.
  hashesPerUser: 2,
  hashesPerAddress: 4,
  hashesInAll: 8,
};

/** A lockout that a failed check began: for the audit log. */
export interface Lockout {
  /** `user-at-address`: this username from this address; `address`: every sign-in from it. */
  scope: "user-at-address" | "address";
  username: string | null;
  address: string;
  failures: number;
  /** Epoch ms. */
  until: number;
}

const ALL = "all";
const pairKey = (username: string, address: string) => `${username}\n${address}`;

/**
 * Every password check (signing in, and the current password when changing it) goes through
 * here. A check is counted before its password is hashed, so that checks sent together cannot
 * all start before the first failure is counted; and only so many hashes run at once per
 * username, per address and in all, so that a flood of guesses cannot make everyone else wait
 * for scrypt. Limits are per (username, address) and per address, never per username alone:
 * nobody can lock an account out from where its owner signs in.
 */
export class SignInGuard {
  readonly #pairs: RateLimiter;
  readonly #addresses: RateLimiter;
  readonly #perUser: InFlight;
  readonly #perAddress: InFlight;
  readonly #inAll: InFlight;
  /** Lockouts already told, by key: the end of their window. One audit entry each. */
  readonly #told = new Map<string, number>();

  constructor(limits: SignInLimits) {
    this.#pairs = new RateLimiter({
      limit: limits.failuresPerUserAtAddress,
      windowMs: limits.windowMs,
    });
    this.#addresses = new RateLimiter({
      limit: limits.failuresPerAddress,
      windowMs: limits.windowMs,
    });
    this.#perUser = new InFlight(limits.hashesPerUser);
    this.#perAddress = new InFlight(limits.hashesPerAddress);
    this.#inAll = new InFlight(limits.hashesInAll);
  }

  /**
   * Runs `verify` (which hashes the password) if `username` at `address` may try now, counted
   * as a failure before it starts; a success takes the count back. Throws a 429 when the pair or
   * the address is locked out, or when too many hashes are under way (then it counts nothing).
   * Answers what `verify` said, and the lockouts this failure began.
   *
   * @example
   * const { ok, lockouts } = await guard.check({ username, address }, deps.now, () =>
   *   verifyPassword(password, user?.password_hash));
   */
  async check(
    who: { username: string; address: string },
    now: () => number,
    verify: () => Promise<boolean>,
  ): Promise<{ ok: boolean; lockouts: Lockout[] }> {
    const { username, address } = who;
    const pair = pairKey(username, address);
    const at = now();
    const wait = Math.max(
      this.#pairs.blockedFor(pair, at),
      this.#addresses.blockedFor(address, at),
    );
    if (wait > 0) throw rateLimited(wait, "failed sign-ins");
    if (!this.#enter(username, address))
      throw rateLimited(1, "sign-ins under way at once; this is not a lockout");
    this.#pairs.hit(pair, at);
    this.#addresses.hit(address, at);
    let ok = false;
    try {
      ok = await verify();
    } finally {
      this.#leave(username, address);
    }
    if (ok) {
      this.#pairs.forget(pair);
      this.#addresses.refund(address);
      return { ok, lockouts: [] };
    }
    return { ok, lockouts: this.#begun(username, address, now()) };
  }

  /** The lockouts in force now, newest window end last. */
  lockouts(now: number): Lockout[] {
    const pairs = this.#pairs.blocked(now).map(({ key, count, until }): Lockout => {
      const [username = "", address = ""] = key.split("\n");
      return { scope: "user-at-address", username, address, failures: count, until };
    });
    const addresses = this.#addresses.blocked(now).map(
      ({ key, count, until }): Lockout => ({
        scope: "address",
        username: null,
        address: key,
        failures: count,
        until,
      }),
    );
    return [...pairs, ...addresses].sort((a, b) => a.until - b.until);
  }

  /**
   * Forgets every failed check of `username`, from every address: an admin's unlock. Answers the
   * addresses it was locked out from. Lockouts of an address as a whole stay.
   */
  unlockUser(username: string, now: number): string[] {
    const locked: string[] = [];
    for (const key of this.#pairs.keys((k) => k.startsWith(`${username}\n`))) {
      if (this.#pairs.blockedUntil(key, now) !== undefined)
        locked.push(key.slice(username.length + 1));
      this.#pairs.forget(key);
      this.#told.delete(`pair:${key}`);
    }
    return locked.sort();
  }

  #enter(username: string, address: string): boolean {
    if (!this.#perUser.tryEnter(username)) return false;
    if (!this.#perAddress.tryEnter(address)) {
      this.#perUser.leave(username);
      return false;
    }
    if (!this.#inAll.tryEnter(ALL)) {
      this.#perAddress.leave(address);
      this.#perUser.leave(username);
      return false;
    }
    return true;
  }

  #leave(username: string, address: string): void {
    this.#inAll.leave(ALL);
    this.#perAddress.leave(address);
    this.#perUser.leave(username);
  }

  /** The lockouts that this failure completed and that were not told yet. */
  #begun(username: string, address: string, now: number): Lockout[] {
    for (const [key, until] of this.#told) if (until <= now) this.#told.delete(key);
    const begun: Lockout[] = [];
    const pair = pairKey(username, address);
    const pairUntil = this.#pairs.blockedUntil(pair, now);
    if (pairUntil !== undefined && this.#told.get(`pair:${pair}`) !== pairUntil) {
      this.#told.set(`pair:${pair}`, pairUntil);
      begun.push({
        scope: "user-at-address",
        username,
        address,
        failures: this.#pairs.count(pair, now),
        until: pairUntil,
      });
    }
    const addressUntil = this.#addresses.blockedUntil(address, now);
    const addressKey = `address:${address}`;
    if (addressUntil !== undefined && this.#told.get(addressKey) !== addressUntil) {
      this.#told.set(addressKey, addressUntil);
      begun.push({
        scope: "address",
        username: null,
        address,
        failures: this.#addresses.count(address, now),
        until: addressUntil,
      });
    }
    return begun;
  }
}
