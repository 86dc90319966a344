import type { ReportDefect, SiteDailyReport } from "@bulbcheck/shared";
import {
  faultWords,
  formatDuration,
  formatNumber,
  formatPercent,
  type Locale,
  m,
  severityWords,
} from "@bulbcheck/shared/i18n";
import { type Notice, noticeText } from "./notice.ts";
import { clockTime, dayWords, reportStatusWords, sourceWords, zoneLabel } from "./words.ts";

/**
 * E-mail bodies: plain text for every client, and HTML for those that show it. Every value put
 * into the HTML is escaped: asset names, notes and reporters are people's text.
 */

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** Subjects are one line: a newline in a name must not start a header of its own. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ").slice(0, 200);
}

const STYLE = {
  body: "font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1d2433;line-height:1.4",
  th: "text-align:left;padding:4px 12px 4px 0;color:#5b6475;font-weight:600;vertical-align:top",
  td: "padding:4px 12px 4px 0;vertical-align:top",
  button:
    "display:inline-block;padding:8px 14px;background:#2456d3;color:#fff;border-radius:6px;text-decoration:none",
};

export function emailMessage(notice: Notice): EmailMessage {
  const t = noticeText(notice);
  const width = Math.max(...t.facts.map(([k]) => k.length), 0);
  const textLines = [
    t.headline,
    "",
    ...t.facts.map(([k, v]) => `${`${k}:`.padEnd(width + 2)}${v}`),
    ...(t.link ? ["", t.link] : []),
  ];
  const factRows = t.facts
    .map(
      ([k, v]) =>
        `<tr><th style="${STYLE.th}">${escapeHtml(k)}</th><td style="${STYLE.td}">${escapeHtml(v)}</td></tr>`,
    )
    .join("");
  let html = `<p><strong>${escapeHtml(t.headline)}</strong></p><table role="presentation">${factRows}</table>`;
  const { locale } = t;
  if (notice.type === "report.daily") {
    textLines.push("", ...notice.report.sites.flatMap((s) => siteReportText(s, locale)));
    html += notice.report.sites.map((s) => siteReportHtml(s, locale)).join("");
  }
  if (t.link)
    html += `<p><a style="${STYLE.button}" href="${escapeHtml(t.link)}">${escapeHtml(m.email_open({}, { locale }))}</a></p>`;
  return {
    subject: oneLine(t.subject),
    text: `${textLines.join("\n")}\n`,
    html: `<!doctype html><html lang="${locale}"><body style="${STYLE.body}"><h2>${escapeHtml(t.subject)}</h2>${html}<p style="color:#5b6475;font-size:12px">${escapeHtml(m.email_sent_by({}, { locale }))}</p></body></html>`,
  };
}

/** How long a defect was open, as the dashboard says it: "13 h", "2 d" in the reader's words. */
const openFor = (hours: number, locale: Locale) => formatDuration(hours * 60, locale);

function defectLine(d: ReportDefect, tz: string, locale: Locale): string {
  return m.reports_defect_line(
    {
      id: d.id,
      severity: severityWords(d.severity, locale),
      fault: faultWords(d.fault, locale),
      asset: d.assetName,
      zone: d.zone,
      opened: clockTime(d.openedAt, tz, locale),
      who: d.firstReporter ?? sourceWords(d.source, locale),
      status: reportStatusWords(d.status, locale),
      open_for: openFor(d.openHours, locale),
    },
    { locale },
  );
}

function inspectionLine(
  i: SiteDailyReport["overdueInspections"][number],
  tz: string,
  locale: Locale,
) {
  const where = { name: i.name, zone: i.zone, since: clockTime(i.overdueSince, tz, locale) };
  return i.checkedAt
    ? m.reports_overdue_checked(
        { ...where, checked: clockTime(i.checkedAt, tz, locale) },
        { locale },
      )
    : m.reports_overdue_unchecked(where, { locale });
}

function findersLine(s: SiteDailyReport, locale: Locale): string {
  const f = s.firstFinders;
  const n = (v: number) => formatNumber(v, locale);
  return m.reports_found_first(
    { sensor: n(f.sensor), staff: n(f.staff), customer: n(f.customer), system: n(f.system) },
    { locale },
  );
}

/** "Hotel Oslo Sentrum (Thu 26 Nov 2026, Oslo time)": whose day, and on which clocks. */
function siteHeading(s: SiteDailyReport, locale: Locale): string {
  return `${s.name} (${dayWords(s.date, locale)}, ${zoneLabel(s.timezone, locale)})`;
}

function siteReportText(s: SiteDailyReport, locale: Locale): string[] {
  const o = { locale };
  const lines = [`== ${siteHeading(s, locale)} ==`];
  lines.push(`${m.reports_failed_heading({}, o)}: ${formatNumber(s.failed.length, locale)}`);
  for (const d of s.failed) lines.push(`  ${defectLine(d, s.timezone, locale)}`);
  lines.push(`${m.reports_open_heading({}, o)}: ${formatNumber(s.stillOpen.length, locale)}`);
  for (const d of s.stillOpen) lines.push(`  ${defectLine(d, s.timezone, locale)}`);
  lines.push(
    `${m.reports_overdue_heading({}, o)}: ${formatNumber(s.overdueInspections.length, locale)}`,
  );
  for (const i of s.overdueInspections) lines.push(`  ${inspectionLine(i, s.timezone, locale)}`);
  lines.push(findersLine(s, locale));
  if (s.caughtBeforeCustomers !== null)
    lines.push(m.reports_caught({ share: formatPercent(s.caughtBeforeCustomers, locale) }, o));
  if (s.firstReporters.length > 0)
    lines.push(
      m.reports_first_most(
        {
          list: s.firstReporters
            .map((r) => `${r.name} (${formatNumber(r.count, locale)})`)
            .join(", "),
        },
        o,
      ),
    );
  lines.push("");
  return lines;
}

function defectRows(list: ReportDefect[], tz: string, locale: Locale): string {
  if (list.length === 0)
    return `<p style="color:#5b6475">${escapeHtml(m.reports_none({}, { locale }))}</p>`;
  const cell = (text: string) => `<td style="${STYLE.td}">${escapeHtml(text)}</td>`;
  const rows = list
    .map(
      (d) =>
        `<tr>${cell(`#${d.id}`)}${cell(severityWords(d.severity, locale))}${cell(faultWords(d.fault, locale))}<td style="${STYLE.td}">${escapeHtml(d.assetName)} <span style="color:#5b6475">${escapeHtml(d.zone)}</span></td>${cell(clockTime(d.openedAt, tz, locale))}${cell(d.firstReporter ?? sourceWords(d.source, locale))}${cell(`${reportStatusWords(d.status, locale)}, ${openFor(d.openHours, locale)}`)}</tr>`,
    )
    .join("");
  return `<table role="presentation" style="border-collapse:collapse">${rows}</table>`;
}

function siteReportHtml(s: SiteDailyReport, locale: Locale): string {
  const o = { locale };
  const tz = s.timezone;
  const inspections =
    s.overdueInspections.length === 0
      ? `<p style="color:#5b6475">${escapeHtml(m.reports_none({}, o))}</p>`
      : `<ul>${s.overdueInspections.map((i) => `<li>${escapeHtml(inspectionLine(i, tz, locale))}</li>`).join("")}</ul>`;
  const caught =
    s.caughtBeforeCustomers === null
      ? ""
      : `; ${m.reports_caught_short({ share: formatPercent(s.caughtBeforeCustomers, locale) }, o)}`;
  const heading = (words: string, count: number) =>
    `<h4>${escapeHtml(words)} (${escapeHtml(formatNumber(count, locale))})</h4>`;
  return `<h3>${escapeHtml(s.name)} <span style="color:#5b6475;font-weight:400">${escapeHtml(`${dayWords(s.date, locale)}, ${zoneLabel(tz, locale)}`)}</span></h3>
${heading(m.reports_failed_heading({}, o), s.failed.length)}${defectRows(s.failed, tz, locale)}
${heading(m.reports_open_heading({}, o), s.stillOpen.length)}${defectRows(s.stillOpen, tz, locale)}
${heading(m.reports_overdue_heading({}, o), s.overdueInspections.length)}${inspections}
<p>${escapeHtml(findersLine(s, locale) + caught)}</p>`;
}
