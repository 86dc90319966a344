import { z } from "zod";
import { ID_PATTERN } from "../ids.ts";

/**
 * What can be taken out of Bulb Check, for quarterly reports and for anyone who wants their data:
 * each dataset as CSV (a spreadsheet opens it) or JSON lines (a program reads it). The columns
 * of each are part of the contract: a CSV's header row is exactly this list, in this order, and
 * a JSON line has these keys.
 */
export const EXPORT_COLUMNS = {
  /** Defects opened in the range. */
  defects: [
    "id",
    "site",
    "zone",
    "asset",
    "asset_name",
    "fault",
    "category",
    "severity",
    "status",
    "source",
    "reports",
    "reporters",
    "first_seen_at",
    "last_seen_at",
    "opened_at",
    "due_at",
    "acknowledged_at",
    "acknowledged_by",
    "resolved_at",
    "resolved_by",
    "assignee",
    "cause",
    "recurrence_of",
    "reopens",
  ],
  /** Every step of the defects opened in the range: one row per step, in order. */
  timeline: [
    "defect",
    "site",
    "asset",
    "fault",
    "seq",
    "at",
    "type",
    "actor",
    "source",
    "event_seq",
    "note",
  ],
  /** Device events that happened in the range, as stored (status messages included). */
  events: ["seq", "at", "received_at", "site", "device", "kind", "asset", "event_id", "payload"],
  /** Check-ins made in the range. */
  inspections: [
    "seq",
    "at",
    "site",
    "checkpoint",
    "checkpoint_name",
    "device",
    "staff",
    "result",
    "on_time",
  ],
  /** Audit log entries of the range. */
  audit: ["seq", "at", "actor", "action", "target", "site", "detail"],
} as const;

export type ExportDataset = keyof typeof EXPORT_COLUMNS;
export const EXPORT_DATASETS = Object.keys(EXPORT_COLUMNS) as ExportDataset[];
export const EXPORT_FORMATS = ["csv", "jsonl"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One exported row: a value for each column (text, a number, or nothing). */
export type ExportRow<D extends ExportDataset> = {
  [C in (typeof EXPORT_COLUMNS)[D][number]]: string | number | boolean | null;
};

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  jsonl: "application/jsonl; charset=utf-8",
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A day (`2026-10-01`, read in UTC) or an instant (`2026-10-01T06:00:00+02:00`). */
const instant = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
/** `hotel-oslo,store-bergen`: the sites to export, each within the caller's scope. */
const siteList = z
  .string()
  .max(64 * 100)
  .refine(
    (value) => value.split(",").every((site) => ID_PATTERN.test(site)),
    "a comma-separated list of site ids",
  );

export const exportQuerySchema = z.object({
  /** From this day or instant on; default: 90 days before `to`. */
  from: instant.optional(),
  /** Up to and including this day, or up to this instant; default: now (included). */
  to: instant.optional(),
  /** Default: every site the caller sees. */
  site: siteList.optional(),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

const DAY_MS = 86_400_000;
export const EXPORT_DEFAULT_DAYS = 90;

/**
 * The half-open range [from, to) in epoch ms that a query asks for: a day as `to` includes that
 * whole day, as people mean "to 31 December". Undefined when `from` is not before `to`.
 */
export function exportRange(
  query: Pick<ExportQuery, "from" | "to">,
  now: number,
): { from: number; to: number } | undefined {
  const to =
    query.to === undefined
      ? now + 1
      : DATE.test(query.to)
        ? Date.parse(`${query.to}T00:00:00Z`) + DAY_MS
        : Date.parse(query.to);
  const from =
    query.from === undefined
      ? to - EXPORT_DEFAULT_DAYS * DAY_MS
      : Date.parse(DATE.test(query.from) ? `${query.from}T00:00:00Z` : query.from);
  return from < to ? { from, to } : undefined;
}

/** `bulbcheck-defects-2026-10-01-2026-12-31.csv`: the range's first and last day. */
export function exportFileName(
  dataset: ExportDataset,
  format: ExportFormat,
  range: { from: number; to: number },
): string {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return `bulbcheck-${dataset}-${day(range.from)}-${day(range.to - 1)}.${format}`;
}
