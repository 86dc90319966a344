import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "../store/database.ts";
import {
  countActiveAdminTokens,
  generateToken,
  insertToken,
  tokenExists,
} from "../store/token-store.ts";

export const ADMIN_TOKEN_FILE = "admin-token";

export type AdminTokenState =
  | { source: "environment" }
  /** Generated now: the token is shown this once, and kept in `file` for its owner. */
  | { source: "generated"; token: string; file: string }
  | { source: "existing"; file: string | undefined };

/**
 * Makes sure somebody can administer the system. `BULBCHECK_ADMIN_TOKEN` is registered as an
 * admin token when given; otherwise, when no admin token exists yet, one is generated and saved
 * (readable by the owner only) in the data folder.
 */
export function ensureAdminToken(
  db: Db,
  {
    dataDir,
    fromEnvironment,
    now,
  }: { dataDir: string; fromEnvironment?: string | undefined; now: number },
): AdminTokenState {
  const file = join(dataDir, ADMIN_TOKEN_FILE);
  if (fromEnvironment) {
    if (!tokenExists(db, fromEnvironment))
      insertToken(db, {
        name: "admin (BULBCHECK_ADMIN_TOKEN)",
        role: "admin",
        plain: fromEnvironment,
        now,
      });
    return { source: "environment" };
  }
  if (countActiveAdminTokens(db) > 0)
    return { source: "existing", file: existsSync(file) ? file : undefined };
  const token = generateToken();
  insertToken(db, { name: "admin (generated at first start)", role: "admin", plain: token, now });
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return { source: "generated", token, file };
}
