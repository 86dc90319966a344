import { FAULT_CATALOG, type NoticeKind } from "@bulbcheck/shared";
import type { StoredDefect } from "../store/defect-store.ts";
import { type EmailMessage, escapeHtml } from "./email-message.ts";
import { siteTime } from "./notice.ts";

/**
 * The e-mail to the person a notice is for (notice-mailer.ts): what was given to them, where,
 * how bad, by when, by whom, and a link to the defect. People's text (asset, zone and site names,
 * who assigned) is escaped in the HTML; the subject is one line.
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
}

const oneLine = (text: string) => text.replace(/[\r\n]+/g, " ").slice(0, 200);

function headlineOf(mail: NoticeMail): { subject: string; headline: string } {
  const { defect: d } = mail;
  const team = d.assignee && "team" in d.assignee ? d.assignee.team : null;
  const toWhom =
    team === null
      ? "you"
      : `your team (${team === "staff" ? "staff" : "managers"} of ${d.siteName})`;
  switch (mail.kind) {
    case "assigned":
      return {
        subject: `Assigned to ${toWhom}`,
        headline: `${mail.name}, ${mail.by} assigned this defect to ${toWhom}.`,
      };
    case "escalated":
      return {
        subject: "Escalated to you",
        headline: `${mail.name}, nobody has acknowledged this defect yet: ${mail.by} escalates it to you.`,
      };
    case "attention":
      return {
        subject: "Needs attention",
        headline: `${mail.name}, a new defect needs someone (${mail.by}).`,
      };
  }
}

export function noticeEmail(mail: NoticeMail): EmailMessage {
  const { defect: d, timeZone } = mail;
  const fault = FAULT_CATALOG[d.fault]?.label ?? d.fault.replaceAll("_", " ");
  const { subject, headline } = headlineOf(mail);
  const due = new Date(d.dueAt).toISOString();
  const facts: [string, string][] = [
    ["Asset", `${d.assetName}${d.customerVisible ? " (customers see it)" : ""}`],
    ["Zone", mail.zoneName],
    ["Site", d.siteName],
    ["Fault", fault],
    ["Severity", d.severity],
    ["Due", `${siteTime(due, timeZone)} (${timeZone})`],
    [mail.kind === "assigned" ? "Assigned by" : "Rule", mail.by],
    ["Defect", `#${d.id}`],
  ];
  const width = Math.max(...facts.map(([k]) => k.length));
  const text = [
    headline,
    "",
    ...facts.map(([k, v]) => `${`${k}:`.padEnd(width + 2)}${v}`),
    ...(mail.url ? ["", mail.url] : []),
    "",
    "Sent by Bulb Check: you get this because you are a user there with this e-mail address.",
  ];
  const rows = facts
    .map(
      ([k, v]) =>
        `<tr><th style="text-align:left;padding:4px 12px 4px 0;color:#5b6475">${escapeHtml(k)}</th><td style="padding:4px 12px 4px 0">${escapeHtml(v)}</td></tr>`,
    )
    .join("");
  const link = mail.url
    ? `<p><a style="display:inline-block;padding:8px 14px;background:#2456d3;color:#fff;border-radius:6px;text-decoration:none" href="${escapeHtml(mail.url)}">Open the defect</a></p>`
    : "";
  const fullSubject = oneLine(
    `${subject}: ${d.severity} ${fault}, ${d.assetName} (${mail.zoneName}, ${d.siteName})`,
  );
  return {
    subject: fullSubject,
    text: `${text.join("\n")}\n`,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1d2433;line-height:1.4"><h2>${escapeHtml(fullSubject)}</h2><p>${escapeHtml(headline)}</p><table role="presentation">${rows}</table>${link}<p style="color:#5b6475;font-size:12px">Sent by Bulb Check.</p></body></html>`,
  };
}
