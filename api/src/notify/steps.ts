import { addDays, localDate, localHour } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { SYSTEM_ACTOR } from "../engine/defect-engine.ts";
import { defectView } from "../http/views.ts";
import { type Channel, getChannel } from "../store/channel-store.ts";
import { type Db, transact } from "../store/database.ts";
import { addTimeline, getDefect } from "../store/defect-store.ts";
import { insertDelivery } from "../store/delivery-store.ts";
import {
  defectIdsAfter,
  dueEscalations,
  endEscalation,
  lastPlannedDefect,
  newestDefectId,
  scheduleEscalation,
  setLastPlannedDefect,
  startEscalation,
  stopHandledEscalations,
} from "../store/escalation-store.ts";
import { getSiteRow } from "../store/registry-store.ts";
import {
  listSubscriptions,
  markSubscriptionSent,
  type ReportSubscription,
} from "../store/report-subscription-store.ts";
import { getRule, hasEnabledRules, rulesOfSite } from "../store/rule-store.ts";
import { dailyReport } from "./daily-report.ts";
import { firstStepAt, planStep } from "./escalation.ts";
import { tellInApp } from "./in-app.ts";
import type { DefectNotice, ReportNotice } from "./notice.ts";
import type { RetryPolicy } from "./retry.ts";
import { rulesFor } from "./rules.ts";
import { dayWords, localeOr, sharedLocale } from "./words.ts";

/**
 * The notifier's store work, each a transaction: plan, step, queue. What they add is sent by the
 * notifier's deliveries loop.
 */

export interface StepContext {
  db: Db;
  now: number;
  publicUrl: string | undefined;
  retry: RetryPolicy;
}

const BATCH = 500;

/**
 * Starts an escalation for each rule a new defect falls under. New defects are found by id, past
 * a stored mark, not by listening to the feed alone: a defect committed just before a crash is
 * still found after the restart.
 */
export function planEscalations({ db, now }: StepContext): number {
  return transact(db, () => {
    let last = lastPlannedDefect(db);
    // Without a rule there is nothing to plan: move the mark on without reading each defect.
    if (!hasEnabledRules(db)) {
      setLastPlannedDefect(db, Math.max(last, newestDefectId(db)));
      return 0;
    }
    let started = 0;
    for (const id of defectIdsAfter(db, last, BATCH)) {
      last = id;
      const defect = getDefect(db, id);
      // Taken care of before the notifier saw it: nobody needs to be told.
      if (defect?.status !== "open") continue;
      for (const rule of rulesFor(rulesOfSite(db, defect.site), defect)) {
        startEscalation(
          db,
          { defect: id, rule: rule.id, site: defect.site, at: firstStepAt(rule, defect.openedAt) },
          now,
        );
        started++;
      }
    }
    setLastPlannedDefect(db, last);
    return started;
  });
}

/** Takes every escalation step that is due: notify, hold for quiet hours, or stop. */
export function stepEscalations({ db, now, publicUrl, retry }: StepContext): number {
  return transact(db, () => {
    stopHandledEscalations(db);
    let steps = 0;
    for (const e of dueEscalations(db, now, BATCH)) {
      const key = { defect: e.defect_id, rule: e.rule_id };
      const defect = getDefect(db, e.defect_id);
      if (!defect) {
        endEscalation(db, key, "stopped", "defect gone");
        continue;
      }
      const rule = getRule(db, e.rule_id);
      const site = getSiteRow(db, e.site_id);
      const timeZone = site?.timezone ?? "UTC";
      const plan = planStep({ nextLevel: e.next_level, rule, defect, timeZone, now });
      if (plan.kind === "stop") {
        endEscalation(db, key, "stopped", plan.reason);
        continue;
      }
      if (plan.kind === "hold") {
        scheduleEscalation(db, key, { level: e.next_level, at: plan.until });
        continue;
      }
      // planStep answers notify only with a rule that has this level.
      if (!rule) continue;
      const level = rule.levels[plan.level];
      if (!level) continue;
      const configured = level.channels.map((id) => getChannel(db, id));
      const channels = configured.filter((c): c is Channel => c?.enabled === true);
      // The people a level names who use Bulb Check see it in their notices (in-app.ts).
      tellInApp(db, {
        defect,
        channels,
        level: plan.level,
        at: now,
        by: `rule “${rule.name}”`,
      });
      const outward = channels.filter((c) => c.kind !== "in_app");
      // A level that only tells people in-app leaves no line on the timeline: their notices are
      // the record, and every high-severity defect would otherwise carry one.
      const inAppOnly = configured.every((c) => c?.kind === "in_app");
      const notice: Omit<DefectNotice, "id"> = {
        type: plan.level === 0 ? "defect.notified" : "defect.escalated",
        defect: defectView(defect, now),
        site: { id: defect.site, name: site?.name ?? defect.site, timezone: timeZone },
        rule: { id: rule.id, name: rule.name },
        level: { number: plan.level + 1, name: level.name, of: rule.levels.length },
        url: publicUrl ? `${publicUrl}/defects/${defect.id}` : null,
        // A channel is a room or a list of addresses: it reads the site's language.
        language: localeOr(site?.language, "en"),
      };
      for (const channel of outward) {
        const deliveryKey = `step-d${defect.id}-r${rule.id}-l${plan.level}-c${channel.id}`;
        insertDelivery(
          db,
          {
            key: deliveryKey,
            purpose: "step",
            channel: channel.id,
            site: defect.site,
            defect: defect.id,
            rule: rule.id,
            level: plan.level,
            summary: `Level ${plan.level + 1} (${level.name}) of “${rule.name}”: defect #${defect.id}`,
            summaryParams: {
              level: plan.level + 1,
              levelName: level.name,
              rule: rule.name,
              defect: defect.id,
            },
            message: JSON.stringify({ ...notice, id: deliveryKey }),
            giveUpAt: now + retry.giveUpAfterMs,
          },
          now,
        );
      }
      if (!inAppOnly)
        addTimeline(db, defect.id, {
          at: now,
          type: plan.level === 0 ? "notified" : "escalated",
          actor: SYSTEM_ACTOR,
          note: `Level ${plan.level + 1} of ${rule.levels.length} (${level.name}), rule “${rule.name}”: ${
            channels.length > 0 ? channels.map((c) => c.name).join(", ") : "no enabled channel"
          }`.slice(0, 500),
        });
      if (plan.next) scheduleEscalation(db, key, plan.next);
      else endEscalation(db, key, "done", "every level notified");
      steps++;
    }
    return steps;
  });
}

/**
 * The first local morning a new subscription is due: today if its hour is still to come, else
 * tomorrow. Stored as the date last sent for.
 */
export function initialLastSentFor(sub: { hour: number; timezone: string }, now: number): string {
  const today = localDate(now, sub.timezone);
  return localHour(now, sub.timezone) >= sub.hour ? today : addDays(today, -1);
}

/**
 * Queues each subscription's report once per local day, at its hour or at the first pass after
 * it (a server that was down at 07:00 sends at start). Missed earlier mornings are not made up.
 */
export function queueDailyReports({ db, now, publicUrl, retry }: StepContext): number {
  let queued = 0;
  for (const sub of listSubscriptions(db)) {
    if (!sub.enabled) continue;
    const today = localDate(now, sub.timezone);
    if (
      (sub.lastSentFor !== null && sub.lastSentFor >= today) ||
      localHour(now, sub.timezone) < sub.hour
    )
      continue;
    queued += queueReport(db, sub, today, { now, publicUrl, retry });
  }
  return queued;
}

function queueReport(
  db: Db,
  sub: ReportSubscription,
  today: string,
  { now, publicUrl, retry }: Omit<StepContext, "db">,
): number {
  const report = dailyReport(db, { sites: sub.sites, date: undefined, now });
  const single = sub.sites?.length === 1 ? sub.sites[0] : undefined;
  // A site's report reads the site's language; several sites', theirs when they share one.
  const locale = sharedLocale(report.sites.map((s) => getSiteRow(db, s.site)?.language));
  const scope =
    report.sites.length === 1
      ? (report.sites[0]?.name ?? "")
      : m.sites_count({ count: report.sites.length }, { locale });
  const notice: Omit<ReportNotice, "id"> = {
    type: "report.daily",
    title: m.reports_mail_title({ date: dayWords(addDays(today, -1), locale), scope }, { locale }),
    language: locale,
    report,
    url: publicUrl
      ? `${publicUrl}/reports/daily${single ? `?site=${encodeURIComponent(single)}` : ""}`
      : null,
  };
  return transact(db, () => {
    let n = 0;
    for (const id of sub.channels) {
      const channel = getChannel(db, id);
      if (!channel?.enabled) continue;
      const key = `report-s${sub.id}-${today}-c${id}`;
      if (
        insertDelivery(
          db,
          {
            key,
            purpose: "report",
            channel: id,
            site: single ?? null,
            summary: `${notice.title} (${sub.name})`,
            summaryParams: { day: addDays(today, -1), subscription: sub.name },
            message: JSON.stringify({ ...notice, id: key }),
            giveUpAt: now + retry.giveUpAfterMs,
          },
          now,
        ) !== undefined
      )
        n++;
    }
    markSubscriptionSent(db, sub.id, today);
    return n;
  });
}
