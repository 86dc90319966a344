import type { ApiRole } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { roleWord } from "./role-words.ts";

/** A site picker's choice: every site (also those added later), or the ticked ones. */
export type SiteScope = "all" | "some";

/** What each role does at the sites it sees (one site or many); roles include the ones before them. */
const DOES: Record<ApiRole, (many: boolean) => string> = {
  viewer: (many) => (many ? m.admin_does_viewer_many() : m.admin_does_viewer_one()),
  staff: (many) => (many ? m.admin_does_staff_many() : m.admin_does_staff_one()),
  manager: (many) => (many ? m.admin_does_manager_many() : m.admin_does_manager_one()),
  admin: () => m.admin_does_admin(),
};

/** "A", "A and B", "A, B and C". */
function list(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return m.admin_list_and({ first: names.slice(0, -1).join(", "), last: names.at(-1) ?? "" });
}
/**
 * A user's effective access in words, as the Users pages say it before saving: admins see
 * every site whatever their list says, and a site is named, not numbered.
 *
 * @example
 * accessSentence({ who: "Kari", tense: "will be", role: "staff", sites: ["oslo"], siteNames: [{ id: "oslo", name: "Hotel Oslo" }] });
 * // "Kari will be staff at Hotel Oslo: sees its boards and defects, reports, acknowledges and resolves them."
 */
export function accessSentence(options: {
  who: string;
  tense: "is" | "will be";
  role: ApiRole;
  /** null: every site, present and future. */
  sites: string[] | null;
  siteNames: readonly { id: string; name: string }[];
}): string {
  const { who, tense, role: r, sites, siteNames } = options;
  const role = roleWord(r);
  const will = tense === "will be";
  if (r === "admin" || sites === null) {
    const inputs = { who, role, does: DOES[r](true) };
    return will ? m.admin_access_all_will(inputs) : m.admin_access_all_is(inputs);
  }
  if (sites.length === 0) {
    return will ? m.admin_access_none_will({ who, role }) : m.admin_access_none_is({ who, role });
  }
  const names = sites
    .map((id) => siteNames.find((s) => s.id === id)?.name ?? id)
    .sort((a, b) => a.localeCompare(b));
  const inputs = { who, role, sites: list(names), does: DOES[r](names.length > 1) };
  return will ? m.admin_access_at_will(inputs) : m.admin_access_at_is(inputs);
}
