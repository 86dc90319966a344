import type { NoticeKind } from "@bulbcheck/shared";
import type { Channel } from "../store/channel-store.ts";
import type { Db } from "../store/database.ts";
import { addNotices } from "../store/notice-store.ts";
import { teamMembers, type UserRow, usersByEmail } from "../store/user-store.ts";

/**
 * The in-app side of an escalation step (docs/notifications.md, "In-app notices"): the people a
 * level names who are Bulb Check users get a notice in their list. The in-app channel names the
 * managers of the defect's site (the admins where a site has none, so that a fresh install with
 * only its first admin still tells someone); an e-mail channel names the users whose address it
 * sends to. Runs inside the step's transaction.
 */

/** Level 1 is `attention` (something new needs someone); a later level is `escalated`. */
export function noticeKindOfLevel(level: number): NoticeKind {
  return level === 0 ? "attention" : "escalated";
}

function maySee(user: UserRow, site: string): boolean {
  return user.sites === null || (JSON.parse(user.sites) as string[]).includes(site);
}

/** The site's managers, or its admins where it has none. */
export function siteManagers(db: Db, site: string): UserRow[] {
  const managers = teamMembers(db, site, "manager");
  return managers.length > 0 ? managers : teamMembers(db, site, "admin");
}

export function tellInApp(
  db: Db,
  step: {
    defect: { id: number; site: string };
    channels: readonly Channel[];
    level: number;
    at: number;
    by: string;
  },
): number {
  const kind = noticeKindOfLevel(step.level);
  const base = { kind, defect: step.defect.id, at: step.at, by: step.by, once: true };
  let told = 0;
  if (step.channels.some((c) => c.kind === "in_app"))
    told += addNotices(db, {
      ...base,
      users: siteManagers(db, step.defect.site).map((u) => u.id),
      // In-app is in-app: to e-mail managers too, a level names an e-mail channel as well.
      mailed: "in-app only",
    }).length;
  for (const channel of step.channels) {
    if (channel.kind !== "email") continue;
    const people = usersByEmail(db, channel.to).filter((u) => maySee(u, step.defect.site));
    told += addNotices(db, {
      ...base,
      users: people.map((u) => u.id),
      // The channel's own e-mail is theirs: the notice mailer sends no second one.
      mailed: `e-mailed by the channel “${channel.name}”`,
    }).length;
  }
  return told;
}
