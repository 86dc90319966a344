import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

/**
 * Secrets are stored only as `scrypt$N$r$p$salt$hash` (base64url), so the cost can change
 * without invalidating stored hashes.
 *
 * Device secrets are 256 random bits: nobody can guess one, and the hash only keeps a leaked
 * database from being replayed, so they use a low cost (N=2^10, ~2 ms) that lets 10,000 devices
 * reconnect at once. Human-chosen passwords need the slow setting.
 */
export const MACHINE_SECRET_COST = { N: 1 << 10, r: 8, p: 1 } as const;
export const PASSWORD_COST = { N: 1 << 14, r: 8, p: 1 } as const;

const KEY_LENGTH = 32;

function derive(secret: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, KEY_LENGTH, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** A new random device secret: 32 bytes, base64url (43 characters). */
export function generateSecret(): string {
  return randomBytes(32).toString("base64url");
}

export async function hashSecret(
  secret: string,
  cost: { N: number; r: number; p: number } = MACHINE_SECRET_COST,
): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, cost);
  return [
    "scrypt",
    cost.N,
    cost.r,
    cost.p,
    salt.toString("base64url"),
    key.toString("base64url"),
  ].join("$");
}

/** Constant-time check of a secret against a stored hash; a malformed hash never matches. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (!N || !r || !p) return false;
  const salt = Buffer.from(parts[4] ?? "", "base64url");
  const expected = Buffer.from(parts[5] ?? "", "base64url");
  if (salt.length === 0 || expected.length !== KEY_LENGTH) return false;
  const actual = await derive(secret, salt, { N, r, p });
  return timingSafeEqual(actual, expected);
}
