import type { DefectView, EvidenceView } from "@bulbcheck/shared";
import { words } from "./format.ts";

/** What the board and the defect page say of a defect's evidence (docs/api.md#evidence). */

/** One source, for people: "sensor elev-a-light", "a customer (QR code)", "kari". */
export function sourceLabel(e: Pick<EvidenceView, "channel" | "reporter">): string {
  switch (e.channel) {
    case "sensor":
      return `sensor ${e.reporter}`;
    case "button":
      return `button ${e.reporter}`;
    case "qr":
      return "a customer (QR code)";
    case "system":
      return "Bulb Check";
    case "dashboard":
      return e.reporter.startsWith("token:") ? `API token ${e.reporter.slice(6)}` : e.reporter;
  }
}

/** "Confirmed by sensor s1 and a customer (QR code)", or null when not confirmed. */
export function confirmedBy(d: Pick<DefectView, "confirmed" | "evidence">): string | null {
  if (!d.confirmed) return null;
  const labels = [...new Set(d.evidence.map(sourceLabel))];
  const last = labels.pop();
  return `Confirmed by ${labels.length ? `${labels.join(", ")} and ${last}` : last}`;
}

/** The sources in short, for a badge: "sensor + QR", "kari + ola". */
export function sourcesInShort(d: Pick<DefectView, "evidence">): string {
  const short = d.evidence.map((e) =>
    e.channel === "qr"
      ? "QR"
      : e.channel === "dashboard"
        ? sourceLabel(e)
        : e.channel === "system"
          ? "Bulb Check"
          : e.channel,
  );
  return [...new Set(short)].join(" + ");
}

/** "Sensor s1 may be wrong: a customer reported bulb out while it said ok". */
export function suspectSentence(d: Pick<DefectView, "suspect">): string | null {
  const s = d.suspect;
  if (!s) return null;
  const who =
    s.channel === "qr"
      ? "a customer"
      : s.channel === "button"
        ? `staff on button ${s.reporter}`
        : sourceLabel(s);
  return `Sensor ${s.device} may be wrong: ${who} reported ${words(s.fault)} while it said ok`;
}

/** A time of day, on the site's clock when it is known: "09:40". */
export function clockTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}

/** "Passed the 09:40 round (Elevator A) by kari 12 minutes before". */
export function roundSentence(
  d: Pick<DefectView, "afterPassedRound" | "evidence" | "openedAt">,
  timeZone?: string,
): string | null {
  const r = d.afterPassedRound;
  if (!r) return null;
  const seen = d.evidence.find((e) => e.channel === "sensor")?.firstAt ?? d.openedAt;
  const minutes = Math.max(0, Math.round((Date.parse(seen) - Date.parse(r.at)) / 60_000));
  return `Passed the ${clockTime(r.at, timeZone)} round (${r.checkpointName}) by ${r.staff ?? "someone"} ${minutes} minute${minutes === 1 ? "" : "s"} before`;
}
