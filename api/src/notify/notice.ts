import type { DailyReport, DefectView } from "@bulbcheck/shared";
import { faultWords, type Locale, m, severityWords } from "@bulbcheck/shared/i18n";
import { dayWords, localeOr, siteTime, sourceWords } from "./words.ts";

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
  /** Addition (issue 21): the language of the words made from it, the site's. */
  language?: Locale;
}

export interface TestNotice {
  type: "test";
  id: string;
  channel: { id: number; name: string };
  at: string;
  url: string | null;
  language?: Locale;
}

export interface ReportNotice {
  type: "report.daily";
  id: string;
  title: string;
  report: DailyReport;
  url: string | null;
  /** The language of `title` and of the e-mail and chat text: its sites' (words.ts). */
  language?: Locale;
}

/** Words for people, the same in every channel: a subject and plain lines. */
export interface NoticeText {
  subject: string;
  headline: string;
  facts: [string, string][];
  link: string | null;
  /** The language they are in, for the words each channel adds (a link's label). */
  locale: Locale;
}

/** The language a stored notice speaks: older deliveries, made before there were four, English. */
export function noticeLocale(notice: Notice): Locale {
  return localeOr(notice.language, "en");
}

export function defectTitle(d: DefectView, locale: Locale): string {
  return `${faultWords(d.fault, locale)}: ${d.assetName}`;
}

/** Counts of a report, in words with plurals: "3 failed, 1 still open, 1 overdue inspection". */
export function reportCounts(
  counts: { failed: number; stillOpen: number; overdueInspections: number },
  locale: Locale,
): string {
  return [
    m.reports_failed_count({ count: counts.failed }, { locale }),
    m.reports_open_count({ count: counts.stillOpen }, { locale }),
    m.reports_overdue_count({ count: counts.overdueInspections }, { locale }),
  ].join(", ");
}

export function noticeText(notice: Notice): NoticeText {
  const locale = noticeLocale(notice);
  const o = { locale };
  switch (notice.type) {
    case "defect.notified":
    case "defect.escalated": {
      const { defect: d, site, level } = notice;
      const tz = site.timezone;
      const severity = severityWords(d.severity, locale);
      const words = { severity, site: site.name, title: defectTitle(d, locale) };
      const levelWords = { level: level.number, of: level.of, name: level.name };
      const escalated = notice.type === "defect.escalated";
      return {
        subject: escalated ? m.email_subject_escalated(words, o) : m.email_subject_new(words, o),
        headline: escalated
          ? m.email_headline_escalated(levelWords, o)
          : m.email_headline_new({ severity, ...levelWords }, o),
        facts: [
          [m.email_fact_site({}, o), site.name],
          [m.email_fact_zone({}, o), d.zone],
          [
            m.email_fact_asset({}, o),
            d.customerVisible ? m.email_customers_see({ asset: d.assetName }, o) : d.assetName,
          ],
          [m.email_fact_fault({}, o), faultWords(d.fault, locale)],
          [m.email_fact_severity({}, o), severity],
          [m.email_fact_found_by({}, o), sourceWords(d.source, locale)],
          [m.email_fact_opened({}, o), siteTime(d.openedAt, tz, locale)],
          [m.email_fact_due({}, o), siteTime(d.dueAt, tz, locale)],
          [m.email_fact_rule({}, o), notice.rule.name],
          [m.email_fact_defect({}, o), `#${d.id}`],
        ],
        link: notice.url,
        locale,
      };
    }
    case "test":
      return {
        subject: m.email_test_subject({ channel: notice.channel.name }, o),
        headline: m.email_test_headline({}, o),
        facts: [
          [m.email_fact_channel({}, o), notice.channel.name],
          [m.email_fact_sent({}, o), siteTime(notice.at, "UTC", locale)],
        ],
        link: notice.url,
        locale,
      };
    case "report.daily":
      return {
        subject: notice.title,
        headline: reportCounts(notice.report.totals, locale),
        facts: notice.report.sites.map((s) => [
          s.name,
          `${reportCounts(
            {
              failed: s.failed.length,
              stillOpen: s.stillOpen.length,
              overdueInspections: s.overdueInspections.length,
            },
            locale,
          )} (${dayWords(s.date, locale)})`,
        ]),
        link: notice.url,
        locale,
      };
  }
}
