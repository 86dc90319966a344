import { type DailyReport, type DefectView, FAULT_CATALOG } from "@bulbcheck/shared";

/**
 * What a delivery says, before it is shaped for a channel: stored with the delivery when the
 * step is taken (so that every retry says the same), and sent as is as a webhook's JSON body
 * (docs/notifications.md, "Webhook body").
 */
export type Notice = DefectNotice | TestNotice | ReportNotice;

export interface DefectNotice {
  type: "defect.notified" | "defect.escalated";
  /** The delivery key: the same on every retry, a receiver's key to drop repeats. */
  id: string;
  defect: DefectView;
  site: { id: string; name: string; timezone: string };
  rule: { id: number; name: string };
  /** 1-based: level 1 is the first. */
  level: { number: number; name: string; of: number };
  /** The defect's page on the dashboard, when BULBCHECK_PUBLIC_URL is set. */
  url: string | null;
}

export interface TestNotice {
  type: "test";
  id: string;
  channel: { id: number; name: string };
  at: string;
  url: string | null;
}

export interface ReportNotice {
  type: "report.daily";
  id: string;
  title: string;
  report: DailyReport;
  url: string | null;
}

/** Words for people, the same in every channel: a subject and plain lines. */
export interface NoticeText {
  subject: string;
  headline: string;
  facts: [string, string][];
  link: string | null;
}

const words = (s: string) => s.replaceAll("_", " ");

/** A time on the site's wall clock, as its staff read it: `Mon 23 Nov 09:05`. */
export function siteTime(isoTime: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(isoTime));
}

export function defectTitle(d: DefectView): string {
  const fault = FAULT_CATALOG[d.fault]?.label ?? words(d.fault);
  return `${fault}: ${d.assetName}`;
}

export function noticeText(notice: Notice): NoticeText {
  switch (notice.type) {
    case "defect.notified":
    case "defect.escalated": {
      const { defect: d, site, level } = notice;
      const tz = site.timezone;
      const escalated = notice.type === "defect.escalated";
      return {
        subject: `${escalated ? "Escalated" : "New"} ${d.severity} defect at ${site.name}: ${defectTitle(d)}`,
        headline: escalated
          ? `Not acknowledged yet: escalated to level ${level.number} of ${level.of} (${level.name})`
          : `A ${d.severity} defect needs someone (level ${level.number} of ${level.of}: ${level.name})`,
        facts: [
          ["Site", site.name],
          ["Zone", d.zone],
          ["Asset", `${d.assetName}${d.customerVisible ? " (customers see it)" : ""}`],
          ["Fault", FAULT_CATALOG[d.fault]?.label ?? words(d.fault)],
          ["Severity", d.severity],
          ["Found by", d.source],
          ["Opened", `${siteTime(d.openedAt, tz)} (${tz})`],
          ["Due", `${siteTime(d.dueAt, tz)} (${tz})`],
          ["Rule", notice.rule.name],
          ["Defect", `#${d.id}`],
        ],
        link: notice.url,
      };
    }
    case "test":
      return {
        subject: `Test from Bulb Check: ${notice.channel.name}`,
        headline: "This is a test message: the channel works.",
        facts: [
          ["Channel", notice.channel.name],
          ["Sent", notice.at],
        ],
        link: notice.url,
      };
    case "report.daily": {
      const { totals } = notice.report;
      return {
        subject: notice.title,
        headline: `${totals.failed} failed, ${totals.stillOpen} still open, ${totals.overdueInspections} overdue inspections`,
        facts: notice.report.sites.map((s) => [
          s.name,
          `${s.failed.length} failed, ${s.stillOpen.length} still open, ${s.overdueInspections.length} overdue inspections (${s.date})`,
        ]),
        link: notice.url,
      };
    }
  }
}
