import { ageMinutes, m } from "@bulbcheck/shared/i18n";
import { duration } from "./i18n.svelte.ts";

/** How long something has been open: "5 h", or "now" under a minute; "—" for no time. */
export function openFor(when: string | null | undefined, now: number): string {
  const minutes = ageMinutes(when ?? null, now);
  if (minutes === null) return m.none_dash();
  return minutes < 1 ? m.age_now() : duration(minutes);
}

/** How long ago: "5 h ago", "just now" (never "now ago"); "—" for no time. */
export function ago(when: string | null | undefined, now: number): string {
  const minutes = ageMinutes(when ?? null, now);
  if (minutes === null) return m.none_dash();
  return minutes < 1 ? m.defects_just_now() : m.defects_ago({ duration: duration(minutes) });
}

const STATUS: Record<string, () => string> = {
  open: m.defects_status_open,
  acknowledged: m.defects_status_acknowledged,
  on_hold: m.defects_status_on_hold,
  resolved: m.defects_status_resolved,
  unresolved: m.defects_status_unresolved,
};
/** A defect's status (or the "unresolved" filter) in words: "on hold". */
export const defectStatusWords = (status: string): string => (STATUS[status] ?? (() => status))();

const SOURCE: Record<string, () => string> = {
  sensor: m.defects_source_sensor,
  staff: m.defects_source_staff,
  customer: m.defects_source_customer,
  system: m.defects_source_system,
};
/** Who first found a defect, in words: "customer". */
export const sourceWords = (source: string): string => (SOURCE[source] ?? (() => source))();

/** The names of sites and of their zones, where the page knows them; else the id. */
export interface Names {
  site?: (id: string) => string;
  zone?: (site: string, zone: string) => string;
}
export function namesOf(
  sites: readonly { id: string; name: string }[],
  zones: readonly { site: string; id: string; name: string }[] = [],
): Required<Names> {
  const site = new Map(sites.map((s) => [s.id, s.name]));
  const zone = new Map(zones.map((z) => [`${z.site}/${z.id}`, z.name]));
  return {
    site: (id) => site.get(id) ?? id,
    zone: (s, z) => zone.get(`${s}/${z}`) ?? z,
  };
}
