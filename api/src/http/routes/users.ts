import type { SiteScope, userRoutes } from "@bulbcheck/shared";
import { hashPassword } from "../../access/passwords.ts";
import { recordAudit } from "../../store/audit-store.ts";
import { type Db, transact } from "../../store/database.ts";
import { getSiteRow } from "../../store/registry-store.ts";
import { endAccessOfUser, endSessionsOfUser } from "../../store/session-store.ts";
import {
  countActiveAdmins,
  findUserByUsername,
  getUser,
  insertUser,
  listUsers,
  updateUser,
} from "../../store/user-store.ts";
import { ApiError, notFound } from "../api-error.ts";
import type { ApiDeps } from "../deps.ts";
import type { Handlers } from "../router.ts";
import type { SignInGuard } from "../sign-in-guard.ts";
import { iso, userView } from "../views.ts";

/**
 * A scope must name sites that exist, and an admin has none: admins see everything, and a
 * scope that looked like it limited one would mislead whoever reads it.
 */
export function checkScope(db: Db, role: string, sites: SiteScope): void {
  if (sites === null) return;
  if (role === "admin")
    throw new ApiError(400, "invalid_body", "sites: an admin sees every site; leave sites null", [
      { path: "sites", message: "an admin sees every site; leave sites null" },
    ]);
  const unknown = sites.filter((site) => !getSiteRow(db, site));
  if (unknown.length > 0)
    throw new ApiError(400, "invalid_body", `sites: unknown site ${unknown.join(", ")}`, [
      { path: "sites", message: `unknown site ${unknown.join(", ")}` },
    ]);
}

/** People who sign in: admins create them, set their role and sites, and disable them. */
export function userHandlers(deps: ApiDeps, guard: SignInGuard): Handlers<typeof userRoutes> {
  const { db } = deps;

  return {
    listUsers: () => ({ items: listUsers(db).map(userView) }),

    createUser: async ({ body, caller }) => {
      checkScope(db, body.role, body.sites);
      if (findUserByUsername(db, body.username))
        throw new ApiError(409, "username_taken", `there is already a user ${body.username}`);
      const passwordHash = await hashPassword(body.password);
      const at = deps.now();
      const id = transact(db, () => {
        // Checked again inside: the hash took a while, and another request may have won.
        if (findUserByUsername(db, body.username))
          throw new ApiError(409, "username_taken", `there is already a user ${body.username}`);
        const created = insertUser(db, {
          username: body.username,
          displayName: body.displayName ?? body.username,
          role: body.role,
          sites: body.sites,
          passwordHash,
          now: at,
          email: body.email,
          phone: body.phone,
        });
        recordAudit(db, {
          at,
          actor: caller?.actor ?? "api",
          action: "user.create",
          target: `user ${body.username}`,
          detail: { role: body.role, sites: body.sites },
        });
        return created;
      });
      const row = getUser(db, id);
      if (!row) throw notFound(`user ${id}`);
      return userView(row);
    },

    updateUser: async ({ params, body, caller }) => {
      const row = getUser(db, params.id);
      if (!row) throw notFound(`user ${params.id}`);
      const role = body.role ?? row.role;
      const sites = body.sites === undefined ? (role === "admin" ? null : undefined) : body.sites;
      if (sites !== undefined) checkScope(db, role, sites);
      const passwordHash = body.password ? await hashPassword(body.password) : undefined;
      const at = deps.now();
      transact(db, () => {
        const losesAdmin =
          row.role === "admin" &&
          row.disabled_at === null &&
          (role !== "admin" || body.disabled === true);
        if (losesAdmin && countActiveAdmins(db) <= 1)
          throw new ApiError(
            409,
            "last_admin",
            "this is the last active admin; make another admin first",
          );
        updateUser(db, params.id, {
          displayName: body.displayName,
          role: body.role,
          sites,
          passwordHash,
          disabledAt: body.disabled === undefined ? undefined : body.disabled ? at : null,
          email: body.email,
          phone: body.phone,
        });
        const { password: _, ...changed } = body;
        // A new password or a disabling shuts every way in for good, personal tokens too:
        // enabling the account again brings none of them back. A new role or new sites end
        // the sessions, so that every page is read again under them.
        const ended =
          body.password !== undefined || body.disabled === true
            ? endAccessOfUser(db, params.id, at)
            : body.role !== undefined || body.sites !== undefined
              ? { sessions: endSessionsOfUser(db, params.id, at), tokens: 0 }
              : { sessions: 0, tokens: 0 };
        recordAudit(db, {
          at,
          actor: caller?.actor ?? "api",
          action: body.disabled === true ? "user.disable" : "user.update",
          target: `user ${row.username}`,
          detail: {
            ...changed,
            ...(body.password ? { password: "changed" } : {}),
            sessionsEnded: ended.sessions,
            ...(ended.tokens > 0 ? { tokensRevoked: ended.tokens } : {}),
          },
        });
      });
      if (body.password) deps.onPasswordChanged?.(row.username);
      const after = getUser(db, params.id);
      if (!after) throw notFound(`user ${params.id}`);
      return userView(after);
    },

    listSignInLockouts: () => ({
      items: guard
        .lockouts(deps.now())
        .map((lockout) => ({ ...lockout, until: iso(lockout.until) })),
    }),

    unlockUser: ({ params, caller }) => {
      const row = getUser(db, params.id);
      if (!row) throw notFound(`user ${params.id}`);
      const at = deps.now();
      const addresses = guard.unlockUser(row.username, at);
      transact(db, () =>
        recordAudit(db, {
          at,
          actor: caller?.actor ?? "api",
          action: "user.unlock",
          target: `user ${row.username}`,
          detail: { addresses },
        }),
      );
      deps.logger.info({ username: row.username, addresses }, "sign-in lockouts ended by an admin");
      return { username: row.username, addresses };
    },
  };
}
