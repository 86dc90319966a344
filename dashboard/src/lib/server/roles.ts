import { type ApiRole, roleIncludes } from "@bulbcheck/shared";
import { error, redirect } from "@sveltejs/kit";
import { getRequestEvent } from "$app/server";
import { loginPath } from "./session.ts";

/** What the signed-in user's role lets the pages offer. The API checks every call again. */
export interface Permissions {
  /** staff+: report, acknowledge, resolve */
  act: boolean;
  /** manager+: devices' secrets, QR codes */
  manage: boolean;
  /** admin: people, tokens, audit */
  admin: boolean;
}

export function permissions(user: App.Locals["user"]): Permissions {
  return {
    act: user ? roleIncludes(user.role, "staff") : false,
    manage: user ? roleIncludes(user.role, "manager") : false,
    admin: user ? roleIncludes(user.role, "admin") : false,
  };
}

const ROLE_WORDS: Record<ApiRole, string> = {
  viewer: "a viewer",
  staff: "staff",
  manager: "a manager",
  admin: "an admin",
};

/**
 * For loads and actions of pages that need a role: not signed in goes to sign in, too low a role
 * is a 403 that says what is needed.
 */
export function requireRole(needed: ApiRole): App.Locals["user"] & object {
  const event = getRequestEvent();
  const user = event.locals.user;
  if (!user) redirect(303, loginPath(event.url));
  if (!roleIncludes(user.role, needed)) {
    error(403, {
      message: `This page is for ${ROLE_WORDS[needed]} or above; you are signed in as ${ROLE_WORDS[user.role]}.`,
    });
  }
  return user;
}
