import { z } from "zod";
import { ASSET_CATEGORIES, REPORTABLE_FAULTS } from "../faults.ts";
import { idSchema } from "../ids.ts";
import { SITE_LANGUAGES } from "./fleet.ts";

/**
 * Roles, each including the ones before it: viewers read, staff report and act on defects,
 * managers also look after their sites' devices and QR codes, admins provision and manage people.
 */
export const API_ROLES = ["viewer", "staff", "manager", "admin"] as const;
export type ApiRole = (typeof API_ROLES)[number];

const ROLE_RANK: Record<ApiRole, number> = { viewer: 1, staff: 2, manager: 3, admin: 4 };

/** Whether `role` may do what `needed` may. */
export function roleIncludes(role: ApiRole, needed: ApiRole): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[needed];
}

/** The sites a user or token may see: `null` means every site. Admins always see every site. */
export const siteScopeSchema = z.array(idSchema).min(1).max(1000).nullable();
export type SiteScope = z.infer<typeof siteScopeSchema>;

const iso = z.iso.datetime();

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._@-]{1,63}$/,
    "2 to 64 of a-z, 0-9, . _ @ -, starting with a letter or digit",
  );

/** Long enough to resist guessing; no composition rules (NIST SP 800-63B 5.1.1.2). */
export const passwordSchema = z
  .string()
  .min(10, "at least 10 characters")
  .max(200, "at most 200 characters");

const displayNameSchema = z.string().trim().min(1).max(80);

/** Where a person is told of what is assigned to them (addition); null to remove. */
export const contactEmailSchema = z
  .email({ error: "an e-mail address such as kari@example.com" })
  .max(254)
  .nullable();
/** A phone number as people write it: digits, spaces, +, -, parentheses. */
export const contactPhoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{5,30}$/, "a phone number such as +47 912 34 567")
  .nullable();

export const newUserSchema = z
  .object({
    username: usernameSchema,
    displayName: displayNameSchema.optional(),
    role: z.enum(API_ROLES),
    sites: siteScopeSchema.default(null),
    password: passwordSchema,
    email: contactEmailSchema.optional(),
    phone: contactPhoneSchema.optional(),
  })
  .strict();
export type NewUser = z.infer<typeof newUserSchema>;

/** An admin's change to a user: only these fields; the id, username and times are the system's. */
export const userPatchSchema = z
  .object({
    displayName: displayNameSchema.optional(),
    role: z.enum(API_ROLES).optional(),
    sites: siteScopeSchema.optional(),
    password: passwordSchema.optional(),
    disabled: z.boolean().optional(),
    email: contactEmailSchema.optional(),
    phone: contactPhoneSchema.optional(),
  })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, "name at least one field to change");
export type UserPatch = z.infer<typeof userPatchSchema>;

export const userViewSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(API_ROLES),
  sites: z.array(z.string()).nullable(),
  createdAt: iso,
  disabledAt: iso.nullable(),
  lastLoginAt: iso.nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type UserView = z.infer<typeof userViewSchema>;
export const usersResponseSchema = z.object({ items: z.array(userViewSchema) });

/**
 * Sign-ins held back after failed attempts: one username from one address
 * (`user-at-address`), or every sign-in from one address (`address`), until the window ends.
 */
export const SIGN_IN_LOCKOUT_SCOPES = ["user-at-address", "address"] as const;
export const signInLockoutSchema = z.object({
  scope: z.enum(SIGN_IN_LOCKOUT_SCOPES),
  /** Null for a lockout of an address as a whole. */
  username: z.string().nullable(),
  address: z.string(),
  failures: z.number().int(),
  until: iso,
});
export type SignInLockout = z.infer<typeof signInLockoutSchema>;
export const signInLockoutsResponseSchema = z.object({ items: z.array(signInLockoutSchema) });

/** The answer to unlocking a user: the addresses they were locked out from, now free. */
export const unlockResultSchema = z.object({
  username: z.string(),
  addresses: z.array(z.string()),
});
export type UnlockResult = z.infer<typeof unlockResultSchema>;

export const loginSchema = z
  .object({ username: usernameSchema, password: z.string().min(1).max(200) })
  .strict();
export type Login = z.infer<typeof loginSchema>;

/** The answer to a login: the session token (shown this once) and when it ends unless used. */
export const sessionSchema = z.object({
  token: z.string(),
  expiresAt: iso,
  user: userViewSchema,
});
export type SessionView = z.infer<typeof sessionSchema>;

/** `PATCH /api/me/contact`: a person's own e-mail address and phone number (addition). */
export const contactChangeSchema = z
  .object({ email: contactEmailSchema.optional(), phone: contactPhoneSchema.optional() })
  .strict()
  .refine((c) => c.email !== undefined || c.phone !== undefined, "name email or phone");

/** `PATCH /api/me/language` (addition, issue 21): a person's own language, or null for the browser's. */
export const languageChangeSchema = z
  .object({ locale: z.enum(SITE_LANGUAGES).nullable() })
  .strict();

export const passwordChangeSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema })
  .strict();

/** Who is calling: a signed-in user (session or personal token) or a system token. */
export const meSchema = z.object({
  name: z.string(),
  role: z.enum(API_ROLES),
  sites: z.array(z.string()).nullable(),
  user: z
    .object({
      id: z.number().int(),
      username: z.string(),
      /** Additions: where the person is told of what is assigned to them. */
      email: z.string().nullable(),
      phone: z.string().nullable(),
      /** Addition (issue 21): their own language; null follows their browser. */
      locale: z.enum(SITE_LANGUAGES).nullable(),
    })
    .nullable(),
  via: z.enum(["session", "token"]),
});
export type Me = z.infer<typeof meSchema>;

/** An admin's system token: for kiosks, scripts and integrations, optionally limited to sites. */
export const newTokenSchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    role: z.enum(API_ROLES),
    sites: siteScopeSchema.default(null),
  })
  .strict();
export type NewToken = z.infer<typeof newTokenSchema>;

/** A user's personal token: it acts as the user, with the user's role and sites. */
export const newPersonalTokenSchema = z.object({ name: z.string().trim().min(1).max(80) }).strict();

export const tokenViewSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: z.enum(API_ROLES),
  sites: z.array(z.string()).nullable(),
  /** The user a personal token belongs to; null for a system token. */
  owner: z.string().nullable(),
  createdAt: iso,
  lastUsedAt: iso.nullable(),
  revokedAt: iso.nullable(),
});
export type TokenView = z.infer<typeof tokenViewSchema>;

/** The answer to creating a token: the token itself, shown this once. */
export const createdTokenSchema = tokenViewSchema.extend({ token: z.string() });

export const tokensResponseSchema = z.object({ items: z.array(tokenViewSchema) });

/**
 * What a QR code carries: the signed key, and `path`, the report page with the key, to be joined
 * to the dashboard's address. `url` (addition) is that join with BULBCHECK_PUBLIC_URL, the
 * address people reach the dashboard at; null when it is not set. Rotating the key makes every
 * printed code of the asset stop working.
 */
const reportLinkSchema = z.object({
  key: z.string(),
  path: z.string(),
  url: z.string().nullable(),
});

export const reportKeySchema = z.object({
  site: z.string(),
  asset: z.string(),
  ...reportLinkSchema.shape,
});
export type ReportKey = z.infer<typeof reportKeySchema>;

/** `?zone=`: the labels of one zone only. */
export const reportLabelsQuerySchema = z.object({ zone: idSchema.optional() });

/** One QR label: the asset and its zone by id and name, and the link its code carries. */
export const reportLabelSchema = z.object({
  asset: z.object({ id: z.string(), name: z.string() }),
  zone: z.object({ id: z.string(), name: z.string() }),
  ...reportLinkSchema.shape,
});
export type ReportLabel = z.infer<typeof reportLabelSchema>;

/**
 * A site's QR labels (addition): every customer-visible asset in service, by zone and name.
 * `publicUrl` is BULBCHECK_PUBLIC_URL, the address the `url`s are made with; null when unset.
 */
export const reportLabelsSchema = z.object({
  site: z.string(),
  zone: z.string().nullable(),
  publicUrl: z.string().nullable(),
  items: z.array(reportLabelSchema),
});
export type ReportLabels = z.infer<typeof reportLabelsSchema>;

/** An asset is named by its site and its id, which is unique within the site. */
export const assetParamsSchema = z.object({
  site: z.string().min(1).max(64),
  asset: z.string().min(1).max(64),
});

export const siteParamsSchema = assetParamsSchema.pick({ site: true });

export const reportKeyQuerySchema = z.object({ key: z.string().min(1).max(100) });

/** What the public report page shows, given a valid key: nothing beyond the asset's names. */
export const reportTargetSchema = z.object({
  /** `language` (addition, issue 21): the site's language, the page's when the guest's is none of ours. */
  site: z.object({ id: z.string(), name: z.string(), language: z.enum(SITE_LANGUAGES) }),
  zone: z.string(),
  asset: z.object({ id: z.string(), name: z.string(), category: z.enum(ASSET_CATEGORIES) }),
  /** Every fault a guest may report, likeliest first (addition: `likelyFaults`). */
  faults: z.array(z.enum(REPORTABLE_FAULTS)),
  /** Whether the page may offer to e-mail the guest once it is fixed: SMTP is set (addition). */
  tellWhenFixed: z.boolean(),
});
export type ReportTarget = z.infer<typeof reportTargetSchema>;
