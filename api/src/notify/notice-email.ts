import type { NoticeKind } from "@bulbcheck/shared";
import { byWords, faultWords, type Locale, m, severityWords } from "@bulbcheck/shared/i18n";
import type { StoredDefect } from "../store/defect-store.ts";
import { type EmailMessage, escapeHtml } from "./email-message.ts";
import { siteTime } from "./words.ts";

/**
 * The e-mail to the person a notice is for (notice-mailer.ts): what was given to them, where,
 * how bad, by when, by whom, and a link to the defect, in their language. People's text (asset,
 * zone and site names, who assigned) is escaped in the HTML; the subject is one line.
 */

export interface NoticeMail {
  kind: NoticeKind;
  defect: StoredDefect;
  /** The zone's name, as the site's people call it. */
  zoneName: string;
  timeZone: string;
  /** Who assigned it (a person's name, or "assignment rule 3"), or the rule that named them. */
  by: string;
  /** The person the mail goes to. */
  name: string;
  url: string | null;
  /** Theirs: their own choice, else their site's (notice-mailer.ts). */
  locale: Locale;
}

const oneLine = (text: string) => text.replace(/[\r\n]+/g, " ").slice(0, 200);

function headlineOf(mail: NoticeMail): { subject: string; headline: string } {
  const { defect: d, locale } = mail;
  const o = { locale };
  const team = d.assignee && "team" in d.assignee ? d.assignee.team : null;
  const whom =
    team === null
      ? m.email_to_you({}, o)
      : team === "staff"
        ? m.email_to_team_staff({ site: d.siteName }, o)
        : m.email_to_team_managers({ site: d.siteName }, o);
  const by = byWords(mail.by, locale);
  switch (mail.kind) {
    case "assigned":
      return {
        subject: m.email_assigned_subject({ whom }, o),
        headline: m.email_assigned_headline({ name: mail.name, by, whom }, o),
      };
    case "escalated":
      return {
        subject: m.email_escalated_subject({}, o),
        headline: m.email_escalated_headline({ name: mail.name, by }, o),
      };
    case "attention":
      return {
        subject: m.email_attention_subject({}, o),
        headline: m.email_attention_headline({ name: mail.name, by }, o),
      };
  }
}

export function noticeEmail(mail: NoticeMail): EmailMessage {
  const { defect: d, timeZone, locale } = mail;
  const o = { locale };
  const fault = faultWords(d.fault, locale);
  const severity = severityWords(d.severity, locale);
  const { subject, headline } = headlineOf(mail);
  const facts: [string, string][] = [
    [
      m.email_fact_asset({}, o),
      d.customerVisible ? m.email_customers_see({ asset: d.assetName }, o) : d.assetName,
    ],
    [m.email_fact_zone({}, o), mail.zoneName],
    [m.email_fact_site({}, o), d.siteName],
    [m.email_fact_fault({}, o), fault],
    [m.email_fact_severity({}, o), severity],
    [m.email_fact_due({}, o), siteTime(d.dueAt, timeZone, locale)],
    [
      mail.kind === "assigned" ? m.email_fact_assigned_by({}, o) : m.email_fact_rule({}, o),
      byWords(mail.by, locale),
    ],
    [m.email_fact_defect({}, o), `#${d.id}`],
  ];
  const width = Math.max(...facts.map(([k]) => k.length));
  const text = [
    headline,
    "",
    ...facts.map(([k, v]) => `${`${k}:`.padEnd(width + 2)}${v}`),
    ...(mail.url ? ["", mail.url] : []),
    "",
    m.email_why_you({}, o),
  ];
  const rows = facts
    .map(
      ([k, v]) =>
        `<tr><th style="text-align:left;padding:4px 12px 4px 0;color:#5b6475">${escapeHtml(k)}</th><td style="padding:4px 12px 4px 0">${escapeHtml(v)}</td></tr>`,
    )
    .join("");
  const link = mail.url
    ? `<p><a style="display:inline-block;padding:8px 14px;background:#2456d3;color:#fff;border-radius:6px;text-decoration:none" href="${escapeHtml(mail.url)}">${escapeHtml(m.email_open_defect({}, o))}</a></p>`
    : "";
  const fullSubject = oneLine(
    m.email_notice_subject(
      {
        what: subject,
        severity,
        fault,
        asset: d.assetName,
        zone: mail.zoneName,
        site: d.siteName,
      },
      o,
    ),
  );
  return {
    subject: fullSubject,
    text: `${text.join("\n")}\n`,
    html: `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#1d2433;line-height:1.4"><h2>${escapeHtml(fullSubject)}</h2><p>${escapeHtml(headline)}</p><table role="presentation">${rows}</table>${link}<p style="color:#5b6475;font-size:12px">${escapeHtml(m.email_sent_by({}, o))}</p></body></html>`,
  };
}
