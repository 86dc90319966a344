/**
 * Bans after repeated failed logins. Failures are counted per (address, username), so one device
 * with a stale secret bans only itself, not every device behind the same store router; a flood of
 * failures across many usernames from one address (credential stuffing) bans the address, which
 * refuses the failures from there but lets a right secret in (`authenticate.ts`).
 */
export interface LoginGuardOptions {
  /** Failures of one username from one address within the window before it is banned. */
  maxFailuresPerClient: number;
  /** Failures from one address, any username, within the window before the address is banned. */
  maxFailuresPerAddress: number;
  windowMs: number;
  banMs: number;
  now?: () => number;
}

export const DEFAULT_LOGIN_GUARD: LoginGuardOptions = {
  maxFailuresPerClient: 5,
  maxFailuresPerAddress: 50,
  windowMs: 60_000,
  banMs: 60_000,
};

interface Window {
  count: number;
  since: number;
  bannedUntil: number;
}

/** Entries kept at most; past it the oldest are dropped, so an attacker cannot grow memory. */
const MAX_ENTRIES = 50_000;

export class LoginGuard {
  readonly #options: LoginGuardOptions;
  readonly #now: () => number;
  readonly #windows = new Map<string, Window>();

  constructor(options: Partial<LoginGuardOptions> = {}) {
    this.#options = { ...DEFAULT_LOGIN_GUARD, ...options };
    this.#now = options.now ?? Date.now;
  }

  /** Whether `username` is banned at `address`: refused without checking its secret. */
  clientBanned(address: string, username: string): boolean {
    return this.#bannedAt(`c ${address} ${username}`, this.#now());
  }

  /** Whether `address` is banned as a whole, after failures across many usernames. */
  addressBanned(address: string): boolean {
    return this.#bannedAt(`a ${address}`, this.#now());
  }

  recordFailure(address: string, username: string): void {
    const now = this.#now();
    this.#count(`a ${address}`, this.#options.maxFailuresPerAddress, now);
    this.#count(`c ${address} ${username}`, this.#options.maxFailuresPerClient, now);
  }

  recordSuccess(address: string, username: string): void {
    this.#windows.delete(`c ${address} ${username}`);
  }

  /** Addresses and clients banned right now. */
  activeBans(): number {
    const now = this.#now();
    let n = 0;
    for (const w of this.#windows.values()) if (w.bannedUntil > now) n++;
    return n;
  }

  #bannedAt(key: string, now: number): boolean {
    const w = this.#windows.get(key);
    return w !== undefined && w.bannedUntil > now;
  }

  #count(key: string, max: number, now: number): void {
    let w = this.#windows.get(key);
    if (!w || now - w.since > this.#options.windowMs) {
      if (w) this.#windows.delete(key);
      w = { count: 0, since: now, bannedUntil: w?.bannedUntil ?? 0 };
    }
    w.count++;
    if (w.count >= max) w.bannedUntil = now + this.#options.banMs;
    // Re-inserting keeps the map in least-recently-failed order for eviction.
    this.#windows.delete(key);
    this.#windows.set(key, w);
    if (this.#windows.size > MAX_ENTRIES) {
      const oldest = this.#windows.keys().next().value;
      if (oldest !== undefined) this.#windows.delete(oldest);
    }
  }
}
