import { expect, test } from "vitest";
import { generateSecret, hashSecret, verifySecret } from "./secret-hash.ts";

test("a secret verifies against its hash, and nothing else does", async () => {
  const secret = generateSecret();
  expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const hash = await hashSecret(secret);
  expect(hash).toMatch(/^scrypt\$1024\$8\$1\$/);
  expect(hash).not.toContain(secret);
  expect(await verifySecret(secret, hash)).toBe(true);
  expect(await verifySecret(`${secret}x`, hash)).toBe(false);
  expect(await verifySecret("", hash)).toBe(false);
});

test("the same secret hashes differently each time (salted)", async () => {
  const secret = generateSecret();
  expect(await hashSecret(secret)).not.toBe(await hashSecret(secret));
});

test("a malformed stored hash never matches", async () => {
  for (const stored of [
    "",
    "plain",
    "scrypt$1$2$3",
    "scrypt$0$8$1$c2FsdA$aGFzaA",
    "bcrypt$1024$8$1$a$b",
  ]) {
    expect(await verifySecret("secret", stored)).toBe(false);
  }
});
