import type { ApiRole } from "@bulbcheck/shared";

/** A site picker's choice: every site (also those added later), or the ticked ones. */
export type SiteScope = "all" | "some";

/** What each role does at the sites it sees; roles include the ones before them. */
const DOES: Record<ApiRole, (its: string) => string> = {
  viewer: (its) => `sees ${its} boards and defects`,
  staff: (its) => `sees ${its} boards and defects, reports, acknowledges and resolves them`,
  manager: (its) =>
    `sees ${its} boards and defects, reports, acknowledges and resolves them, and looks after ${its} devices, QR codes and notifications`,
  admin: () => "does everything, the fleet, people and tokens included",
};

/** "A", "A and B", "A, B and C". */
function list(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
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
  const { who, tense, role, sites, siteNames } = options;
  if (role === "admin" || sites === null) {
    return `${who} ${tense} ${role} of all sites, present and future: ${DOES[role]("their")}.`;
  }
  if (sites.length === 0) {
    return `${who} ${tense} ${role} of no site yet: tick at least one, or choose all sites.`;
  }
  const names = sites
    .map((id) => siteNames.find((s) => s.id === id)?.name ?? id)
    .sort((a, b) => a.localeCompare(b));
  return `${who} ${tense} ${role} at ${list(names)}: ${DOES[role](names.length === 1 ? "its" : "their")}.`;
}
