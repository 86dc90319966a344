import type { DefectView, EvidenceView } from "@bulbcheck/shared";
import { faultWords, m } from "@bulbcheck/shared/i18n";
import { timeAt } from "./i18n.svelte.ts";

/** What the board and the defect page say of a defect's evidence (docs/api.md#evidence). */

/** One source, for people: "sensor elev-a-light", "a customer (QR code)", "kari". */
export function sourceLabel(e: Pick<EvidenceView, "channel" | "reporter">): string {
  switch (e.channel) {
    case "sensor":
      return m.defects_ev_sensor({ id: e.reporter });
    case "button":
      return m.defects_ev_button({ id: e.reporter });
    case "qr":
      return m.defects_ev_customer_qr();
    case "system":
      return "Bulb Check";
    case "dashboard":
      return e.reporter.startsWith("token:")
        ? m.defects_ev_api_token({ name: e.reporter.slice(6) })
        : e.reporter;
  }
}

/** "Confirmed by sensor s1 and a customer (QR code)", or null when not confirmed. */
export function confirmedBy(d: Pick<DefectView, "confirmed" | "evidence">): string | null {
  if (!d.confirmed) return null;
  const labels = [...new Set(d.evidence.map(sourceLabel))];
  const last = labels.pop();
  const who = labels.length
    ? m.defects_ev_and({ list: labels.join(", "), last: last ?? "" })
    : last;
  return m.defects_ev_confirmed_by({ who: who ?? "" });
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
      ? m.defects_ev_a_customer()
      : s.channel === "button"
        ? m.defects_ev_staff_button({ id: s.reporter })
        : sourceLabel(s);
  return m.defects_ev_suspect({ device: s.device, who, fault: faultWords(s.fault).toLowerCase() });
}

/** A time of day, on the site's clock (UTC when it is not known): "09:40". */
export function clockTime(iso: string, timeZone?: string): string {
  return timeAt(iso, timeZone ?? "UTC");
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
  return m.defects_ev_round({
    time: clockTime(r.at, timeZone),
    checkpoint: r.checkpointName,
    staff: r.staff ?? m.defects_ev_someone(),
    count: minutes,
  });
}
