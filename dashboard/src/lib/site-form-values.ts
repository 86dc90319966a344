/**
 * A site's form as its fields hold it: what the server fills in from the site (or from what was
 * entered, after a refusal) and the form shows. Times are `HH:MM`; `schedule` is `always`
 * (around the clock) or `weekly`; `dates` one per line (`2026-12-25 closed`).
 */
export interface SiteFormValues {
  id: string;
  name: string;
  address: string;
  timezone: string;
  language: string;
  schedule: string;
  week: Record<string, { open: boolean; from: string; to: string }>;
  dates: string;
}
