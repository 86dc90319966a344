import type { notifyRuleRoutes } from "@bulbcheck/shared";
import { initialLastSentFor } from "../../notify/steps.ts";
import { recordAudit } from "../../store/audit-store.ts";
import { getChannel } from "../../store/channel-store.ts";
import { type Db, transact } from "../../store/database.ts";
import { getSiteRow } from "../../store/registry-store.ts";
import {
  deleteSubscription,
  getSubscription,
  insertSubscription,
  listSubscriptions,
  type ReportSubscription,
  updateSubscription,
} from "../../store/report-subscription-store.ts";
import { deleteRule, getRule, insertRule, listRules, updateRule } from "../../store/rule-store.ts";
import { ApiError, notFound } from "../api-error.ts";
import type { Caller } from "../auth.ts";
import type { ApiDeps } from "../deps.ts";
import { ruleView, subscriptionView } from "../notify-views.ts";
import type { Handlers } from "../router.ts";
import { requireSite, seesSite, siteFilter } from "../scope.ts";

/**
 * Notification rules and daily-report subscriptions. Admins manage all of them; managers those of
 * their sites (another site's answer 404, as everywhere). Rules and reports for every site are
 * the organisation's: managers read those rules, only admins change them.
 */

function everySiteIsAdmins(caller: Caller | undefined, what: string): void {
  if (caller?.role !== "admin")
    throw new ApiError(403, "forbidden", `only admins make or change ${what} for every site`);
}

/** Each channel a body names must exist, or the field is wrong. */
function checkChannels(db: Db, ids: readonly number[], path: (i: number) => string): void {
  ids.forEach((id, i) => {
    if (!getChannel(db, id))
      throw new ApiError(400, "invalid_body", `${path(i)}: no channel ${id}`, [
        { path: path(i), message: `no channel ${id}` },
      ]);
  });
}

function checkLevels(db: Db, levels: readonly { channels: number[] }[]): void {
  levels.forEach((level, l) => {
    checkChannels(db, level.channels, (i) => `levels[${l}].channels[${i}]`);
  });
}

/** Whether the caller sees a report subscription: every one of its sites in their scope. */
function seesSubscription(caller: Caller | undefined, sub: ReportSubscription): boolean {
  if (caller?.sites === null) return true;
  return sub.sites?.every((s) => seesSite(caller, s)) === true;
}

export function notifyRuleHandlers(deps: ApiDeps): Handlers<typeof notifyRuleRoutes> {
  const { db } = deps;

  const visibleRule = (caller: Caller | undefined, id: number) => {
    const rule = getRule(db, id);
    if (!rule) throw notFound(`rule ${id}`);
    if (rule.site !== null) requireSite(caller, rule.site, `rule ${id}`);
    return rule;
  };

  const visibleSubscription = (caller: Caller | undefined, id: number) => {
    const sub = getSubscription(db, id);
    if (!sub || !seesSubscription(caller, sub)) throw notFound(`daily report ${id}`);
    return sub;
  };

  return {
    listRules: ({ query, caller }) => {
      const sites = siteFilter(caller, query.site);
      return { items: listRules(db, sites).map(ruleView) };
    },

    createRule: ({ body, caller }) => {
      if (body.site === null) everySiteIsAdmins(caller, "rules");
      else {
        requireSite(caller, body.site, `site ${body.site}`);
        if (!getSiteRow(db, body.site)) throw notFound(`site ${body.site}`);
      }
      checkLevels(db, body.levels);
      const now = deps.now();
      const id = transact(db, () => {
        const created = insertRule(db, body, now);
        recordAudit(db, {
          at: now,
          actor: caller?.actor ?? "api",
          action: "rule.create",
          target: `rule ${created} (${body.name})`,
          site: body.site ?? undefined,
          detail: { match: body.match, levels: body.levels.length },
        });
        return created;
      });
      const rule = getRule(db, id);
      if (!rule) throw notFound(`rule ${id}`);
      return ruleView(rule);
    },

    getRule: ({ params, caller }) => ruleView(visibleRule(caller, params.id)),

    updateRule: ({ params, body, caller }) => {
      const rule = visibleRule(caller, params.id);
      if (rule.site === null) everySiteIsAdmins(caller, "rules");
      if (body.levels) checkLevels(db, body.levels);
      const now = deps.now();
      transact(db, () => {
        updateRule(db, rule.id, { ...rule, ...body }, now);
        recordAudit(db, {
          at: now,
          actor: caller?.actor ?? "api",
          action: "rule.update",
          target: `rule ${rule.id} (${rule.name})`,
          site: rule.site ?? undefined,
          detail: body,
        });
      });
      return ruleView(visibleRule(caller, rule.id));
    },

    deleteRule: ({ params, caller }) => {
      const rule = visibleRule(caller, params.id);
      if (rule.site === null) everySiteIsAdmins(caller, "rules");
      transact(db, () => {
        deleteRule(db, rule.id);
        recordAudit(db, {
          at: deps.now(),
          actor: caller?.actor ?? "api",
          action: "rule.delete",
          target: `rule ${rule.id} (${rule.name})`,
          site: rule.site ?? undefined,
        });
      });
    },

    listReportSubscriptions: ({ caller }) => ({
      items: listSubscriptions(db)
        .filter((s) => seesSubscription(caller, s))
        .map(subscriptionView),
    }),

    createReportSubscription: ({ body, caller }) => {
      if (body.sites === null) everySiteIsAdmins(caller, "daily reports");
      else
        for (const site of body.sites) {
          requireSite(caller, site, `site ${site}`);
          if (!getSiteRow(db, site)) throw notFound(`site ${site}`);
        }
      checkChannels(db, body.channels, (i) => `channels[${i}]`);
      const now = deps.now();
      const id = transact(db, () => {
        const created = insertSubscription(
          db,
          { ...body, lastSentFor: initialLastSentFor(body, now) },
          now,
        );
        recordAudit(db, {
          at: now,
          actor: caller?.actor ?? "api",
          action: "report.subscribe",
          target: `daily report ${created} (${body.name})`,
          site: body.sites?.length === 1 ? body.sites[0] : undefined,
          detail: { sites: body.sites, hour: body.hour, timezone: body.timezone },
        });
        return created;
      });
      const sub = getSubscription(db, id);
      if (!sub) throw notFound(`daily report ${id}`);
      return subscriptionView(sub);
    },

    updateReportSubscription: ({ params, body, caller }) => {
      const sub = visibleSubscription(caller, params.id);
      if (sub.sites === null) everySiteIsAdmins(caller, "daily reports");
      if (body.channels) checkChannels(db, body.channels, (i) => `channels[${i}]`);
      transact(db, () => {
        updateSubscription(db, sub.id, { ...sub, ...body });
        recordAudit(db, {
          at: deps.now(),
          actor: caller?.actor ?? "api",
          action: "report.update",
          target: `daily report ${sub.id} (${sub.name})`,
          detail: body,
        });
      });
      return subscriptionView(visibleSubscription(caller, sub.id));
    },

    deleteReportSubscription: ({ params, caller }) => {
      const sub = visibleSubscription(caller, params.id);
      if (sub.sites === null) everySiteIsAdmins(caller, "daily reports");
      transact(db, () => {
        deleteSubscription(db, sub.id);
        recordAudit(db, {
          at: deps.now(),
          actor: caller?.actor ?? "api",
          action: "report.unsubscribe",
          target: `daily report ${sub.id} (${sub.name})`,
        });
      });
    },
  };
}
