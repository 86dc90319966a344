import type { ApiRole, SiteScope } from "@bulbcheck/shared";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: ApiRole;
  /** JSON array of site ids, or null for every site. */
  sites: string | null;
  password_hash: string;
  created_at: number;
  disabled_at: number | null;
  last_login_at: number | null;
  email: string | null;
  phone: string | null;
  /** Their own language (migration 019); null follows their browser. */
  locale: string | null;
}

export function scopeToColumn(sites: SiteScope): string | null {
  return sites === null ? null : JSON.stringify([...new Set(sites)].sort());
}

export function scopeFromColumn(sites: string | null): string[] | null {
  return sites === null ? null : (JSON.parse(sites) as string[]);
}

export function insertUser(
  db: Db,
  user: {
    username: string;
    displayName: string;
    role: ApiRole;
    sites: SiteScope;
    passwordHash: string;
    now: number;
    email?: string | null | undefined;
    phone?: string | null | undefined;
  },
): number {
  const result = statement(
    db,
    `INSERT INTO users (username, display_name, role, sites, password_hash, created_at, email, phone)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    user.username,
    user.displayName,
    user.role,
    scopeToColumn(user.sites),
    user.passwordHash,
    user.now,
    user.email ?? null,
    user.phone ?? null,
  );
  return Number(result.lastInsertRowid);
}

export function getUser(db: Db, id: number): UserRow | undefined {
  return statement<[number], UserRow>(db, "SELECT * FROM users WHERE id = ?").get(id);
}

export function findUserByUsername(db: Db, username: string): UserRow | undefined {
  return statement<[string], UserRow>(db, "SELECT * FROM users WHERE username = ?").get(username);
}

export function listUsers(db: Db): UserRow[] {
  return statement<[], UserRow>(db, "SELECT * FROM users ORDER BY username").all();
}

export function countActiveAdmins(db: Db): number {
  return (
    statement<[], { n: number }>(
      db,
      "SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL",
    ).get()?.n ?? 0
  );
}

/** Applies the fields given; the others stay. */
export function updateUser(
  db: Db,
  id: number,
  change: {
    displayName?: string | undefined;
    role?: ApiRole | undefined;
    sites?: SiteScope | undefined;
    passwordHash?: string | undefined;
    disabledAt?: number | null | undefined;
    email?: string | null | undefined;
    phone?: string | null | undefined;
    locale?: string | null | undefined;
  },
): void {
  const row = getUser(db, id);
  if (!row) return;
  statement(
    db,
    `UPDATE users SET display_name = ?, role = ?, sites = ?, password_hash = ?, disabled_at = ?,
       email = ?, phone = ?, locale = ?
     WHERE id = ?`,
  ).run(
    change.displayName ?? row.display_name,
    change.role ?? row.role,
    change.sites === undefined ? row.sites : scopeToColumn(change.sites),
    change.passwordHash ?? row.password_hash,
    change.disabledAt === undefined ? row.disabled_at : change.disabledAt,
    change.email === undefined ? row.email : change.email,
    change.phone === undefined ? row.phone : change.phone,
    change.locale === undefined ? row.locale : change.locale,
    id,
  );
}

/**
 * The enabled users of a role who may see a site: a team ("staff of Hotel Oslo"). Scopes are
 * JSON lists, so the few users of a role are filtered here.
 */
export function teamMembers(db: Db, site: string, role: string): UserRow[] {
  return statement<[string], UserRow>(
    db,
    "SELECT * FROM users WHERE role = ? AND disabled_at IS NULL ORDER BY username",
  )
    .all(role)
    .filter((u) => u.sites === null || (JSON.parse(u.sites) as string[]).includes(site));
}

/** The enabled users who may see a site and work on its defects (staff and managers). */
export function workersOf(db: Db, site: string): UserRow[] {
  return [...teamMembers(db, site, "staff"), ...teamMembers(db, site, "manager")];
}

export function recordLogin(db: Db, id: number, at: number): void {
  statement(db, "UPDATE users SET last_login_at = ? WHERE id = ?").run(at, id);
}

/** The enabled users with one of these e-mail addresses (compared without case). */
export function usersByEmail(db: Db, emails: readonly string[]): UserRow[] {
  if (emails.length === 0) return [];
  return statement<[string], UserRow>(
    db,
    `SELECT * FROM users WHERE disabled_at IS NULL AND email IS NOT NULL
       AND lower(email) IN (SELECT lower(value) FROM json_each(?)) ORDER BY username`,
  ).all(JSON.stringify(emails));
}
