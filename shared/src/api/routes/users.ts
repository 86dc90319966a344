import {
  createdTokenSchema,
  newTokenSchema,
  newUserSchema,
  signInLockoutsResponseSchema,
  tokensResponseSchema,
  unlockResultSchema,
  userPatchSchema,
  usersResponseSchema,
  userViewSchema,
} from "../access.ts";
import { numericIdParam, route } from "../route.ts";

/** People who sign in: admins create them, set their role and sites, and disable them. */
export const userRoutes = {
  listUsers: route({
    method: "get",
    path: "/api/users",
    summary: "Every user with role, sites and last sign-in",
    access: "admin",
    response: { status: 200, schema: usersResponseSchema, description: "the users" },
  }),
  createUser: route({
    method: "post",
    path: "/api/users",
    summary: "Create a user with a role, optionally limited to some sites, and a first password",
    access: "admin",
    body: newUserSchema,
    response: { status: 201, schema: userViewSchema, description: "the new user" },
    errors: [409],
  }),
  updateUser: route({
    method: "patch",
    path: "/api/users/:id",
    summary:
      "Change a user's name, role, sites or password, or disable them; a change of role or sites ends their sessions; a new password or a disabling also revokes their personal tokens, for good (enabling again revives none)",
    access: "admin",
    params: numericIdParam,
    body: userPatchSchema,
    response: { status: 200, schema: userViewSchema, description: "the user after the change" },
    errors: [404, 409],
  }),
  listSignInLockouts: route({
    method: "get",
    path: "/api/users/lockouts",
    summary:
      "Sign-ins held back now after failed attempts: per username and address (`user-at-address`) and per address (`address`), with the failures counted and when each ends",
    access: "admin",
    response: {
      status: 200,
      schema: signInLockoutsResponseSchema,
      description: "the lockouts in force",
    },
  }),
  unlockUser: route({
    method: "post",
    path: "/api/users/:id/unlock",
    summary:
      "Forget a user's failed sign-ins from every address, ending their lockouts (audited as user.unlock); a lockout of an address as a whole stays",
    access: "admin",
    params: numericIdParam,
    response: {
      status: 200,
      schema: unlockResultSchema,
      description: "the addresses the user was locked out from",
    },
    errors: [404],
  }),
};

/** API tokens for scripts, kiosks and integrations. */
export const tokenRoutes = {
  listTokens: route({
    method: "get",
    path: "/api/tokens",
    summary:
      "API tokens, system and personal (never the tokens themselves: only names, roles and sites)",
    access: "admin",
    response: { status: 200, schema: tokensResponseSchema, description: "the tokens" },
  }),
  createToken: route({
    method: "post",
    path: "/api/tokens",
    summary:
      "Create a system token with a role and optionally sites; the token is in the answer, once",
    access: "admin",
    body: newTokenSchema,
    response: { status: 201, schema: createdTokenSchema, description: "the new token" },
  }),
  revokeToken: route({
    method: "delete",
    path: "/api/tokens/:id",
    summary: "Revoke a token",
    access: "admin",
    params: numericIdParam,
    response: { status: 204, schema: null, description: "revoked" },
    errors: [404, 409],
  }),
};
