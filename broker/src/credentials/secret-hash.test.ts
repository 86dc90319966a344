import { expect, test } from "vitest";
import {
  checkSecret,
  generateSecret,
  generateSecretKey,
  hashLegacySecret,
  hashSecret,
} from "./secret-hash.ts";

test("a secret verifies against its keyed hash, and nothing else does", async () => {
  const key = generateSecretKey();
  const secret = generateSecret();
  expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const hash = hashSecret(key, secret);
  expect(hash).toMatch(/^hmac-sha256\$[A-Za-z0-9_-]{43}$/);
  expect(hash).not.toContain(secret);
  expect(await checkSecret(key, secret, hash)).toEqual({ match: true });
  expect((await checkSecret(key, `${secret}x`, hash)).match).toBe(false);
  expect((await checkSecret(key, "", hash)).match).toBe(false);
  // Under another server key the same secret does not match: the hash alone is worth nothing.
  expect((await checkSecret(generateSecretKey(), secret, hash)).match).toBe(false);
});

test("a legacy scrypt hash still verifies, and comes back with the keyed hash to store", async () => {
  const key = generateSecretKey();
  const secret = generateSecret();
  const legacy = await hashLegacySecret(secret);
  expect(legacy).toMatch(/^scrypt\$1024\$8\$1\$/);
  expect(await checkSecret(key, secret, legacy)).toEqual({
    match: true,
    rehash: hashSecret(key, secret),
  });
  expect(await checkSecret(key, "wrong", legacy)).toEqual({ match: false });
});

test("a malformed stored hash never matches", async () => {
  const key = generateSecretKey();
  for (const stored of [
    "",
    "plain",
    "hmac-sha256$",
    "hmac-sha256$short",
    "scrypt$1$2$3",
    "scrypt$0$8$1$c2FsdA$aGFzaA",
    "scrypt$1073741824$8$1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
    "bcrypt$1024$8$1$a$b",
  ]) {
    expect((await checkSecret(key, "secret", stored)).match, stored).toBe(false);
  }
});
