import { randomBytes } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "../store/database.ts";
import { countActiveAdmins, findUserByUsername, insertUser } from "../store/user-store.ts";
import { hashPassword } from "./passwords.ts";

export const ADMIN_PASSWORD_FILE = "admin-password";

export type AdminUserState =
  | { source: "existing" }
  | { source: "environment"; username: string }
  /** Made now with a generated password: shown this once, and kept in `file` for its owner. */
  | { source: "generated"; username: string; password: string; file: string };

/**
 * Makes sure somebody can sign in to administer the system. With `BULBCHECK_ADMIN_PASSWORD` the
 * admin user is created with it (once: a password changed later in the dashboard is kept);
 * otherwise, when no admin user exists yet, one is created with a generated password that is
 * printed once and saved, readable by the owner only, in the data folder.
 */
export async function ensureAdminUser(
  db: Db,
  {
    dataDir,
    username,
    password,
    now,
  }: { dataDir: string; username: string; password?: string | undefined; now: number },
): Promise<AdminUserState> {
  if (password !== undefined) {
    if (!findUserByUsername(db, username)) {
      insertUser(db, {
        username,
        displayName: "Administrator",
        role: "admin",
        sites: null,
        passwordHash: await hashPassword(password),
        now,
      });
    }
    return { source: "environment", username };
  }
  if (countActiveAdmins(db) > 0) return { source: "existing" };
  const generated = randomBytes(12).toString("base64url");
  insertUser(db, {
    username,
    displayName: "Administrator",
    role: "admin",
    sites: null,
    passwordHash: await hashPassword(generated),
    now,
  });
  const file = join(dataDir, ADMIN_PASSWORD_FILE);
  writeFileSync(file, `${username}\n${generated}\n`, { mode: 0o600 });
  return { source: "generated", username, password: generated, file };
}

/**
 * A generated password is kept on disk only until its user has a password of their own: once it
 * is changed, the file would be a stale secret lying about (or worse, trusted by a reader), so it
 * goes. Says whether a file was removed.
 */
export function forgetGeneratedPassword(dataDir: string, username: string): boolean {
  const file = join(dataDir, ADMIN_PASSWORD_FILE);
  let firstLine: string | undefined;
  try {
    firstLine = readFileSync(file, "utf8").split("\n", 1)[0];
  } catch {
    return false;
  }
  if (firstLine !== username) return false;
  rmSync(file, { force: true });
  return true;
}
