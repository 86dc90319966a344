import { createHmac, randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

/**
 * How device and service secrets are kept: `hmac-sha256$<mac>`, an HMAC-SHA256 under a server key
 * (base64url), as the QR report keys are.
 *
 * These secrets are 256 random bits that no person chose: nobody can guess one, so a slow hash
 * buys nothing against a leaked store (a person's password, which can be guessed, keeps scrypt:
 * `api/src/access/passwords.ts`). A keyed hash costs a microsecond, where the scrypt hashes of
 * earlier releases (`scrypt$N$r$p$salt$hash`, N = 2^10, about 2 ms of CPU each) made 10,000
 * devices wait 25 s to reconnect. Those still verify, and are replaced at their next successful
 * login (`rehash` below).
 */

const PREFIX = "hmac-sha256$";
/** What the MAC is of: a label, so the key can never be made to sign anything else. */
const LABEL = "bulbcheck-machine-secret\0";
const KEY_BYTES = 32;

/** A new random secret: 32 bytes, base64url (43 characters). */
export function generateSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** A new server key for {@link hashSecret}. */
export function generateSecretKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/**
 * The stored form of `secret` under `key`.
 * @example
 * const key = generateSecretKey();
 * const stored = hashSecret(key, generateSecret()); // "hmac-sha256$..."
 */
export function hashSecret(key: Buffer, secret: string): string {
  return `${PREFIX}${mac(key, secret).toString("base64url")}`;
}

/** A hash of an earlier release, which costs scrypt to check and is replaced once it matched. */
export function isLegacyHash(stored: string): boolean {
  return stored.startsWith("scrypt$");
}

export interface SecretCheck {
  match: boolean;
  /** When `match` and the stored hash was a legacy one: the keyed hash to store instead. */
  rehash?: string;
}

/** Constant-time check of `secret` against a stored hash; a malformed hash never matches. */
export async function checkSecret(
  key: Buffer,
  secret: string,
  stored: string,
): Promise<SecretCheck> {
  if (stored.startsWith(PREFIX)) {
    const expected = Buffer.from(stored.slice(PREFIX.length), "base64url");
    const actual = mac(key, secret);
    return { match: expected.length === actual.length && timingSafeEqual(expected, actual) };
  }
  if (!isLegacyHash(stored)) return { match: false };
  const match = await checkLegacy(secret, stored);
  return match ? { match, rehash: hashSecret(key, secret) } : { match };
}

function mac(key: Buffer, secret: string): Buffer {
  return createHmac("sha256", key).update(LABEL).update(secret, "utf8").digest();
}

const LEGACY_KEY_LENGTH = 32;
/** The cost earlier releases hashed device secrets with. */
const LEGACY_COST = { N: 1 << 10, r: 8, p: 1 } as const;

function derive(secret: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, LEGACY_KEY_LENGTH, { ...options, maxmem: 64 * 1024 * 1024 }, (e, key) =>
      e ? reject(e) : resolve(key),
    );
  });
}

async function checkLegacy(secret: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6) return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  // Only costs that earlier releases could have written: a stored hash is no place to ask for
  // gigabytes of scrypt memory.
  if (!N || !r || !p || N > 1 << 16 || r > 16 || p > 4) return false;
  const salt = Buffer.from(parts[4] ?? "", "base64url");
  const expected = Buffer.from(parts[5] ?? "", "base64url");
  if (salt.length === 0 || expected.length !== LEGACY_KEY_LENGTH) return false;
  const actual = await derive(secret, salt, { N, r, p });
  return timingSafeEqual(actual, expected);
}

/**
 * A scrypt hash as earlier releases stored device secrets: only for the tests and benchmarks of
 * the upgrade, never to store a new secret.
 */
export async function hashLegacySecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, LEGACY_COST);
  const { N, r, p } = LEGACY_COST;
  return ["scrypt", N, r, p, salt.toString("base64url"), key.toString("base64url")].join("$");
}
