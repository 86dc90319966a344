import type { sessionRoutes } from "@bulbcheck/shared";
import { isLocale } from "@bulbcheck/shared/i18n";
import { hashPassword, verifyPassword } from "../../access/passwords.ts";
import { SYSTEM_ACTOR } from "../../engine/defect-engine.ts";
import { recordAudit } from "../../store/audit-store.ts";
import { type Db, transact } from "../../store/database.ts";
import { endAccessOfUser, endSession, insertSession } from "../../store/session-store.ts";
import {
  generateToken,
  insertToken,
  listTokensOfUser,
  revokeToken,
} from "../../store/token-store.ts";
import { findUserByUsername, getUser, recordLogin, updateUser } from "../../store/user-store.ts";
import { ApiError, notFound } from "../api-error.ts";
import { type Caller, SESSION_PREFIX } from "../auth.ts";
import { clientAddress } from "../client-address.ts";
import type { ApiDeps } from "../deps.ts";
import type { Handlers } from "../router.ts";
import type { Lockout, SignInGuard } from "../sign-in-guard.ts";
import { iso, tokenView, userView } from "../views.ts";

function meOf(db: Db, caller: Caller) {
  const row = caller.user ? getUser(db, caller.user.id) : undefined;
  return {
    name: caller.name,
    role: caller.role,
    sites: caller.sites === null ? null : [...caller.sites].sort(),
    user: caller.user
      ? {
          ...caller.user,
          email: row?.email ?? null,
          phone: row?.phone ?? null,
          locale: isLocale(row?.locale) ? row.locale : null,
        }
      : null,
    via: caller.via,
  };
}

function signedInUser(
  caller: Caller | undefined,
  { sessionOnly = false } = {},
): { id: number; username: string } {
  if (!caller?.user)
    throw new ApiError(
      403,
      "not_a_user",
      "this is for signed-in users; a system token has no account",
    );
  // A leaked token must not be able to make more tokens or change the password.
  if (sessionOnly && caller.via !== "session")
    throw new ApiError(403, "session_required", "sign in with your password to do this");
  return caller.user;
}

/** Signing in and out, and what a user does for themself: password and personal tokens. */
export function sessionHandlers(deps: ApiDeps, guard: SignInGuard): Handlers<typeof sessionRoutes> {
  const { db, access } = deps;

  /** A password check through the guard; the lockouts it began go to the audit log. */
  const checkPassword = async (
    who: { username: string; address: string },
    verify: () => Promise<boolean>,
  ): Promise<boolean> => {
    const { ok, lockouts } = await guard.check(who, deps.now, verify);
    if (lockouts.length > 0) recordLockouts(deps, lockouts);
    return ok;
  };

  return {
    signIn: async ({ body, caller, c }) => {
      const address = clientAddress(c, access.trustedProxies);
      const user = findUserByUsername(db, body.username);
      const ok = await checkPassword(
        { username: body.username, address },
        async () =>
          (await verifyPassword(body.password, user?.password_hash)) &&
          user !== undefined &&
          user.disabled_at === null,
      );
      if (!user || !ok) {
        deps.logger.warn({ username: body.username, address }, "failed sign-in");
        throw new ApiError(401, "bad_credentials", "wrong username or password");
      }
      const token = generateToken(SESSION_PREFIX);
      const at = deps.now();
      const expiresAt = at + Math.min(access.sessions.idleMs, access.sessions.maxMs);
      // Signing in over a session (a shared screen, another person) ends it: one browser, one.
      const replaced = caller?.sessionHash;
      transact(db, () => {
        if (replaced) endSession(db, replaced, at);
        insertSession(db, { plain: token, userId: user.id, now: at, expiresAt });
        recordLogin(db, user.id, at);
        recordAudit(db, {
          at,
          actor: user.username,
          action: "session.sign_in",
          target: `user ${user.username}`,
          detail: { address, ...(replaced ? { endedSessionOf: caller?.actor } : {}) },
        });
      });
      return { token, expiresAt: iso(expiresAt), user: userView({ ...user, last_login_at: at }) };
    },

    signOut: ({ caller }) => {
      if (!caller?.sessionHash)
        throw new ApiError(
          409,
          "not_a_session",
          "this is a token, not a session; revoke it instead",
        );
      const at = deps.now();
      const hash = caller.sessionHash;
      transact(db, () => {
        endSession(db, hash, at);
        recordAudit(db, {
          at,
          actor: caller.actor,
          action: "session.sign_out",
          target: `user ${caller.actor}`,
        });
      });
    },

    getMe: ({ caller }) => {
      if (!caller) throw new ApiError(401, "unauthorized", "this route needs a bearer token");
      return meOf(db, caller);
    },

    changeMyContact: ({ body, caller }) => {
      const me = signedInUser(caller);
      const at = deps.now();
      transact(db, () => {
        updateUser(db, me.id, { email: body.email, phone: body.phone });
        recordAudit(db, {
          at,
          actor: caller?.actor ?? me.username,
          action: "user.contact",
          target: `user ${me.username}`,
          // Which fields changed, not the values: the audit log is read by every admin.
          detail: { email: body.email !== undefined, phone: body.phone !== undefined },
        });
      });
      return meOf(db, caller as Caller);
    },

    changeMyLanguage: ({ body, caller }) => {
      const me = signedInUser(caller);
      transact(db, () => {
        updateUser(db, me.id, { locale: body.locale });
        recordAudit(db, {
          at: deps.now(),
          actor: caller?.actor ?? me.username,
          action: "user.language",
          target: `user ${me.username}`,
          detail: { locale: body.locale },
        });
      });
      return meOf(db, caller as Caller);
    },

    changePassword: async ({ body, caller, c }) => {
      const me = signedInUser(caller, { sessionOnly: true });
      const row = getUser(db, me.id);
      // A stolen session must not be a way around the sign-in limits to guess the password.
      const ok = await checkPassword(
        { username: me.username, address: clientAddress(c, access.trustedProxies) },
        () => verifyPassword(body.currentPassword, row?.password_hash),
      );
      if (!row || !ok)
        throw new ApiError(409, "wrong_password", "the current password is not right");
      const passwordHash = await hashPassword(body.newPassword);
      const at = deps.now();
      transact(db, () => {
        updateUser(db, me.id, { passwordHash });
        // The session that changed it stays; every other one and every personal token end.
        const ended = endAccessOfUser(db, me.id, at, caller?.sessionHash);
        recordAudit(db, {
          at,
          actor: me.username,
          action: "user.change_password",
          target: `user ${me.username}`,
          detail: { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens },
        });
      });
      deps.onPasswordChanged?.(me.username);
    },

    listMyTokens: ({ caller }) => ({
      items: listTokensOfUser(db, signedInUser(caller).id).map(tokenView),
    }),

    createMyToken: ({ body, caller }) => {
      const me = signedInUser(caller, { sessionOnly: true });
      const plain = generateToken();
      const at = deps.now();
      const id = transact(db, () => {
        const created = insertToken(db, {
          name: body.name,
          role: caller?.role ?? "viewer",
          plain,
          now: at,
          userId: me.id,
        });
        recordAudit(db, {
          at,
          actor: me.username,
          action: "token.create",
          target: `token ${created}`,
          detail: { name: body.name, personal: true },
        });
        return created;
      });
      const view = listTokensOfUser(db, me.id).find((t) => t.id === id);
      if (!view) throw notFound(`token ${id}`);
      return { ...tokenView(view), token: plain };
    },

    revokeMyToken: ({ params, caller }) => {
      const me = signedInUser(caller);
      const at = deps.now();
      const revoked = transact(db, () => {
        const done = revokeToken(db, params.id, at, me.id);
        if (done)
          recordAudit(db, {
            at,
            actor: me.username,
            action: "token.revoke",
            target: `token ${params.id}`,
          });
        return done;
      });
      if (!revoked) throw notFound(`active token ${params.id} of yours`);
    },
  };
}

/** A lockout in the audit log and the log: who was held back, from where, until when. */
function recordLockouts(deps: ApiDeps, lockouts: Lockout[]): void {
  const at = deps.now();
  transact(deps.db, () => {
    for (const lockout of lockouts)
      recordAudit(deps.db, {
        at,
        actor: SYSTEM_ACTOR,
        action: "session.lockout",
        target:
          lockout.scope === "address" ? `address ${lockout.address}` : `user ${lockout.username}`,
        detail: {
          scope: lockout.scope,
          address: lockout.address,
          failures: lockout.failures,
          until: iso(lockout.until),
        },
      });
  });
  for (const lockout of lockouts)
    deps.logger.warn(
      { ...lockout, until: iso(lockout.until) },
      lockout.scope === "address"
        ? "sign-ins from an address are held back after failed attempts"
        : "sign-ins of a user from an address are held back after failed attempts",
    );
}
