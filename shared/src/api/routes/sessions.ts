import {
  contactChangeSchema,
  createdTokenSchema,
  languageChangeSchema,
  loginSchema,
  meSchema,
  newPersonalTokenSchema,
  passwordChangeSchema,
  sessionSchema,
  tokensResponseSchema,
} from "../access.ts";
import { numericIdParam, route } from "../route.ts";

/** Signing in and out, and what a user does for themself: password and personal tokens. */
export const sessionRoutes = {
  signIn: route({
    method: "post",
    path: "/api/sessions",
    summary:
      "Sign in with username and password; the answer carries a session token for `Authorization: Bearer`. Failed attempts are limited per address and per username (429 with Retry-After)",
    access: "public",
    body: loginSchema,
    response: { status: 201, schema: sessionSchema, description: "signed in" },
    errors: [401, 429],
  }),
  signOut: route({
    method: "delete",
    path: "/api/sessions/current",
    summary: "Sign out: the session token stops working",
    access: "viewer",
    response: { status: 204, schema: null, description: "signed out" },
    errors: [409],
  }),
  getMe: route({
    method: "get",
    path: "/api/me",
    summary: "Who is calling: name, role, sites, and whether by session or token",
    access: "viewer",
    response: { status: 200, schema: meSchema, description: "the caller" },
  }),
  changeMyContact: route({
    method: "patch",
    path: "/api/me/contact",
    summary:
      "Set or remove your e-mail address and phone number (where you are told of assignments)",
    access: "viewer",
    body: contactChangeSchema,
    response: { status: 200, schema: meSchema, description: "you, after the change" },
    errors: [409],
  }),
  changeMyLanguage: route({
    method: "patch",
    path: "/api/me/language",
    summary:
      "Choose your language for the dashboard, e-mails and notices (en, nb, da, sv), or null for your browser's",
    access: "viewer",
    body: languageChangeSchema,
    response: { status: 200, schema: meSchema, description: "you, after the change" },
    errors: [409],
  }),
  changePassword: route({
    method: "post",
    path: "/api/me/password",
    summary: "Change your password; your other sessions end",
    access: "viewer",
    body: passwordChangeSchema,
    response: { status: 204, schema: null, description: "changed" },
    errors: [409],
  }),
  listMyTokens: route({
    method: "get",
    path: "/api/me/tokens",
    summary: "Your personal API tokens (never the tokens themselves)",
    access: "viewer",
    response: { status: 200, schema: tokensResponseSchema, description: "your tokens" },
  }),
  createMyToken: route({
    method: "post",
    path: "/api/me/tokens",
    summary:
      "Create a personal API token: it acts as you, with your role and sites; shown this once",
    access: "viewer",
    body: newPersonalTokenSchema,
    response: { status: 201, schema: createdTokenSchema, description: "the new token" },
  }),
  revokeMyToken: route({
    method: "delete",
    path: "/api/me/tokens/:id",
    summary: "Revoke one of your personal tokens",
    access: "viewer",
    params: numericIdParam,
    response: { status: 204, schema: null, description: "revoked" },
    errors: [404],
  }),
};
