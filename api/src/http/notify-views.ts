import type {
  ChannelView,
  DeliveryAttempt,
  DeliveryView,
  ReportSubscriptionView,
  RuleView,
  SummaryParams,
} from "@bulbcheck/shared";
import type { Channel } from "../store/channel-store.ts";
import type { AttemptRow, DeliveryRow } from "../store/delivery-store.ts";
import type { ReportSubscription } from "../store/report-subscription-store.ts";
import type { Rule } from "../store/rule-store.ts";
import { iso, isoOrNull } from "./views.ts";

/** Notifications as the API shows them. */

export function channelView(c: Channel, showTarget: boolean): ChannelView {
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    enabled: c.enabled,
    // A Slack or Teams URL is itself the key to post there; addresses are personal data.
    target: showTarget ? channelTarget(c) : null,
    signed: c.secret !== null,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
  };
}

function channelTarget(c: Channel): string {
  if (c.kind === "email") return c.to.join(", ");
  if (c.kind === "in_app") return IN_APP_TARGET;
  return c.url;
}

/** Who the in-app channel tells, in words (docs/notifications.md, "In-app"). */
export const IN_APP_TARGET =
  "the managers of each defect's site, in Bulb Check (the admins where a site has none)";

export function ruleView(r: Rule): RuleView {
  return {
    id: r.id,
    name: r.name,
    site: r.site,
    enabled: r.enabled,
    match: r.match,
    quietHours: r.quietHours,
    levels: r.levels,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export function subscriptionView(s: ReportSubscription): ReportSubscriptionView {
  return {
    id: s.id,
    name: s.name,
    sites: s.sites,
    hour: s.hour,
    timezone: s.timezone,
    channels: s.channels,
    enabled: s.enabled,
    lastSentFor: s.lastSentFor,
    createdAt: iso(s.createdAt),
  };
}

/**
 * What the delivery log shows whom. Admins see everything. Others (managers, for their sites)
 * see what happened but not what channel listings hide from them: a receiver's answer (the first
 * bytes of an internal service's page are not theirs to read) and the URLs in errors, cut to
 * their scheme and host (a Slack or Teams URL is itself a key; a URL may carry a login).
 */
export interface LogAudience {
  admin: boolean;
}

export function deliveryView(
  d: DeliveryRow,
  channel: Pick<Channel, "id" | "name" | "kind"> | undefined,
  audience: LogAudience,
): DeliveryView {
  return {
    id: d.id,
    key: d.key,
    purpose: d.purpose,
    channel: channel
      ? { id: channel.id, name: channel.name, kind: channel.kind }
      : { id: d.channel_id, name: `channel ${d.channel_id}`, kind: "webhook" },
    site: d.site_id,
    defect: d.defect_id,
    rule: d.rule_id,
    level: d.level,
    summary: d.summary,
    summaryParams:
      d.summary_params === null ? null : (JSON.parse(d.summary_params) as SummaryParams),
    state: d.state,
    attempts: d.attempts,
    nextAttemptAt: d.state === "pending" ? isoOrNull(d.next_attempt_at) : null,
    lastStatus: d.last_status,
    lastError: audience.admin ? d.last_error : redactUrls(d.last_error),
    lastAnswer: audience.admin ? d.last_answer : null,
    createdAt: iso(d.created_at),
    sentAt: isoOrNull(d.sent_at),
  };
}

export function attemptView(a: AttemptRow, audience: LogAudience): DeliveryAttempt {
  return {
    n: a.n,
    at: iso(a.at),
    durationMs: a.duration_ms,
    status: a.status,
    outcome: a.outcome,
    error: audience.admin ? a.error : redactUrls(a.error),
    answer: audience.admin ? a.answer : null,
  };
}

/** `scheme://user:pass@host/path?q` -> `scheme://host/…`: who was called, not how. */
const URL_IN_TEXT = /\b([a-z][a-z0-9+.-]*):\/\/([^\s/?#"'<>]*)([^\s"'<>]*)/gi;

export function redactUrls(text: string | null): string | null {
  if (text === null) return null;
  return text.replace(URL_IN_TEXT, (_, scheme: string, authority: string, rest: string) => {
    const host = authority.slice(authority.lastIndexOf("@") + 1);
    return `${scheme}://${host}${rest ? "/…" : ""}`;
  });
}
