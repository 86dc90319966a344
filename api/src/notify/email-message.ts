import type { ReportDefect, SiteDailyReport } from "@bulbcheck/shared";
import { type Notice, noticeText, siteTime } from "./notice.ts";

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
  if (notice.type === "report.daily") {
    textLines.push("", ...notice.report.sites.flatMap(siteReportText));
    html += notice.report.sites.map(siteReportHtml).join("");
  }
  if (t.link)
    html += `<p><a style="${STYLE.button}" href="${escapeHtml(t.link)}">Open in Bulb Check</a></p>`;
  return {
    subject: oneLine(t.subject),
    text: `${textLines.join("\n")}\n`,
    html: `<!doctype html><html><body style="${STYLE.body}"><h2>${escapeHtml(t.subject)}</h2>${html}<p style="color:#5b6475;font-size:12px">Sent by Bulb Check.</p></body></html>`,
  };
}

const hours = (h: number) => (h < 48 ? `${h} h` : `${Math.round(h / 24)} days`);

function defectLine(d: ReportDefect, tz: string): string {
  return `#${d.id} ${d.severity} ${d.fault.replaceAll("_", " ")}: ${d.assetName} (${d.zone}), opened ${siteTime(d.openedAt, tz)} by ${d.firstReporter ?? d.source}, ${d.status}, ${hours(d.openHours)}`;
}

function siteReportText(s: SiteDailyReport): string[] {
  const lines = [`== ${s.name} (${s.date}, ${s.timezone}) ==`];
  lines.push(`Failed that day: ${s.failed.length}`);
  for (const d of s.failed) lines.push(`  ${defectLine(d, s.timezone)}`);
  lines.push(`Still open: ${s.stillOpen.length}`);
  for (const d of s.stillOpen) lines.push(`  ${defectLine(d, s.timezone)}`);
  lines.push(`Overdue inspections: ${s.overdueInspections.length}`);
  for (const i of s.overdueInspections)
    lines.push(
      `  ${i.name} (${i.zone}): overdue since ${siteTime(i.overdueSince, s.timezone)}${i.checkedAt ? `, checked ${siteTime(i.checkedAt, s.timezone)}` : ", not checked yet"}`,
    );
  const f = s.firstFinders;
  lines.push(
    `Found first by: sensors ${f.sensor}, staff ${f.staff}, customers ${f.customer}, Bulb Check ${f.system}`,
  );
  if (s.caughtBeforeCustomers !== null)
    lines.push(
      `Caught before customers: ${Math.round(s.caughtBeforeCustomers * 100)} % of customer-visible defects`,
    );
  if (s.firstReporters.length > 0)
    lines.push(
      `Reported first most often: ${s.firstReporters.map((r) => `${r.name} (${r.count})`).join(", ")}`,
    );
  lines.push("");
  return lines;
}

function defectRows(list: ReportDefect[], tz: string): string {
  if (list.length === 0) return `<p style="color:#5b6475">None.</p>`;
  const rows = list
    .map(
      (d) =>
        `<tr><td style="${STYLE.td}">#${d.id}</td><td style="${STYLE.td}">${escapeHtml(d.severity)}</td><td style="${STYLE.td}">${escapeHtml(d.fault.replaceAll("_", " "))}</td><td style="${STYLE.td}">${escapeHtml(d.assetName)} <span style="color:#5b6475">${escapeHtml(d.zone)}</span></td><td style="${STYLE.td}">${escapeHtml(siteTime(d.openedAt, tz))}</td><td style="${STYLE.td}">${escapeHtml(d.firstReporter ?? d.source)}</td><td style="${STYLE.td}">${escapeHtml(d.status)}, ${escapeHtml(hours(d.openHours))}</td></tr>`,
    )
    .join("");
  return `<table role="presentation" style="border-collapse:collapse">${rows}</table>`;
}

function siteReportHtml(s: SiteDailyReport): string {
  const inspections =
    s.overdueInspections.length === 0
      ? `<p style="color:#5b6475">None.</p>`
      : `<ul>${s.overdueInspections
          .map(
            (i) =>
              `<li>${escapeHtml(i.name)} (${escapeHtml(i.zone)}): overdue since ${escapeHtml(siteTime(i.overdueSince, s.timezone))}${i.checkedAt ? `, checked ${escapeHtml(siteTime(i.checkedAt, s.timezone))}` : ", not checked yet"}</li>`,
          )
          .join("")}</ul>`;
  const f = s.firstFinders;
  return `<h3>${escapeHtml(s.name)} <span style="color:#5b6475;font-weight:400">${escapeHtml(s.date)}</span></h3>
<h4>Failed that day (${s.failed.length})</h4>${defectRows(s.failed, s.timezone)}
<h4>Still open (${s.stillOpen.length})</h4>${defectRows(s.stillOpen, s.timezone)}
<h4>Overdue inspections (${s.overdueInspections.length})</h4>${inspections}
<p>Found first by: sensors ${f.sensor}, staff ${f.staff}, customers ${f.customer}, Bulb Check ${f.system}${s.caughtBeforeCustomers === null ? "" : `; caught before customers: ${Math.round(s.caughtBeforeCustomers * 100)} %`}</p>`;
}
