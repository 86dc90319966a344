import { randomBytes } from "node:crypto";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/**
 * A server key from `server_keys` (migration 006), made on first use: 32 random bytes that
 * never leave the database.
 */
function serverKey(db: Db, name: string): Buffer {
  const read = statement<[string], { secret: Buffer }>(
    db,
    "SELECT secret FROM server_keys WHERE name = ?",
  );
  const row = read.get(name);
  if (row) return row.secret;
  statement(db, "INSERT INTO server_keys (name, secret) VALUES (?, ?) ON CONFLICT DO NOTHING").run(
    name,
    randomBytes(32),
  );
  return (read.get(name) as { secret: Buffer }).secret;
}

/** The key device secrets are kept under, as keyed hashes (`@bulbcheck/broker` hashSecret). */
export function deviceSecretKey(db: Db): Buffer {
  return serverKey(db, "device-secrets");
}
