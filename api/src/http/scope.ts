import { ApiError, notFound } from "./api-error.ts";
import type { Caller } from "./auth.ts";

/**
 * Site scope, checked on the object itself: what is outside a caller's sites does not exist for
 * them, so a guessed id gets the same 404 as a wrong one and tells nothing.
 */
export function seesSite(caller: Caller | undefined, site: string): boolean {
  return caller !== undefined && (caller.sites === null || caller.sites.has(site));
}

/** Throws the 404 `what` would get if it did not exist, unless the caller sees `site`. */
export function requireSite(caller: Caller | undefined, site: string, what: string): void {
  if (!seesSite(caller, site)) throw notFound(what);
}

/**
 * The sites a list may show: `null` for all, else the caller's sites, narrowed to `site` when a
 * filter names one (a site outside the scope is a 404, as on its own page).
 */
export function siteFilter(caller: Caller | undefined, site?: string): string[] | null {
  if (!caller) throw new ApiError(401, "unauthorized", "this route needs a bearer token");
  if (site !== undefined) {
    requireSite(caller, site, `site ${site}`);
    return [site];
  }
  return caller.sites === null ? null : [...caller.sites];
}
