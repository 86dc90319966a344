import { API_ROLES, type ApiRole } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import type { SiteScope } from "../access-sentence.ts";
import { api, load } from "./api.ts";

/** The sites a scope may name, by name: what the site pickers of users and tokens offer. */
export async function siteChoices(token: string): Promise<{ id: string; name: string }[]> {
  const sites = await load(api(token).listSites());
  return sites.items
    .map((s) => ({ id: s.id, name: s.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The site fields as entered, ticks and all: what a failed submit shows again. */
export function sitesEntered(form: FormData): { scope: SiteScope; ticked: string[] } {
  return {
    scope: form.get("scope") === "some" ? "some" : "all",
    ticked: [...new Set(form.getAll("site").map(String))].filter((s) => s !== ""),
  };
}

/** The sites a form chose: "all" is null (every site, now and later), else the ticked ones. */
export function sitesFrom(form: FormData, role: ApiRole): string[] | null | { error: string } {
  const { scope, ticked } = sitesEntered(form);
  // Admins see every site whatever their list says: do not store a list that misleads.
  if (role === "admin" || scope === "all") return null;
  if (ticked.length === 0) return { error: m.admin_tick_a_site() };
  return ticked;
}

export function roleFrom(form: FormData): ApiRole | undefined {
  const role = String(form.get("role") ?? "");
  return (API_ROLES as readonly string[]).includes(role) ? (role as ApiRole) : undefined;
}
