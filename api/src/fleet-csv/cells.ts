import type { OpeningHours } from "@bulbcheck/shared";
import { problemOf, type RowProblem } from "./row-problem.ts";

/**
 * One cell of the fleet CSV, both ways: what a cell says as a fleet document's value, and a value
 * as a cell. Export writes what import reads back as the same value, so that an exported sheet
 * imports as all `unchanged`.
 */

export type CellRead<T> = { value: T } | { error: RowProblem };

/** A list cell that names nothing: the list is emptied (an empty cell keeps it as it is). */
export const NO_IDS = "none";
/** A button's `serves` of every checkpoint of its site. */
export const ALL_CHECKPOINTS = "all";
/** Opening hours of a site open around the clock. */
export const ALWAYS_OPEN = "always";

// A spreadsheet runs a cell that starts with one of these as a formula, so an export writes such
// text with a leading `'` (export/csv.ts); these are the cells that had one added.
const GUARDED = /^'+[=+\-@\t\r]/;

/** A cell as written by a person or a spreadsheet: trimmed, a formula guard taken off. */
export function cellText(raw: string): string {
  const text = raw.trim();
  return GUARDED.test(text) ? text.slice(1) : text;
}

/**
 * Text as the export writes it before `csvField` guards formulas: a value that already starts
 * like a guarded one gets one more `'`, so that {@link cellText} gives it back as it was.
 */
export function guardText(value: string): string {
  return GUARDED.test(value) ? `'${value}` : value;
}

const YES = new Set(["yes", "y", "true", "1", "ja", "j"]);
const NO = new Set(["no", "n", "false", "0", "nei", "nej"]);

export function readYesNo(cell: string): CellRead<boolean> {
  const word = cell.toLowerCase();
  if (YES.has(word)) return { value: true };
  if (NO.has(word)) return { value: false };
  return { error: problemOf("not_yes_no", "yes or no") };
}

export const formatYesNo = (value: boolean | undefined): string => (value ? "yes" : "no");

export function readWholeNumber(cell: string, unit: string): CellRead<number> {
  if (!/^\d{1,9}$/.test(cell))
    return {
      error: problemOf("not_whole_number", `a whole number of ${unit}, such as 60`, { unit }),
    };
  return { value: Number(cell) };
}

/** Ids separated by `;`, `,` or spaces; `none` for no ids. Duplicates count once. */
export function readIds(cell: string): CellRead<string[]> {
  if (cell.toLowerCase() === NO_IDS) return { value: [] };
  return { value: [...new Set(cell.split(/[\s;,]+/).filter((id) => id !== ""))] };
}

export function formatIds(ids: readonly string[]): string {
  return ids.length === 0 ? NO_IDS : ids.join(" ");
}

/** A button's checkpoints: ids, `none`, or `all` (every checkpoint of its site: `null`). */
export function readServes(cell: string): CellRead<string[] | null> {
  if (cell.toLowerCase() === ALL_CHECKPOINTS) return { value: null };
  return readIds(cell);
}

export function formatServes(serves: readonly string[] | null): string {
  return serves === null ? ALL_CHECKPOINTS : formatIds(serves);
}

/**
 * Opening hours as one cell: `mon-fri 07:00-22:00; sat 09:00-18:00; sun closed; 2026-12-25
 * closed`, parts separated by `;`, `,` or line breaks, a `:` after the day allowed; `always`
 * for open around the clock. The day keys and times are checked by the fleet document's schema.
 */
export function readHours(cell: string): CellRead<OpeningHours> {
  if (cell.toLowerCase() === ALWAYS_OPEN) return { value: {} };
  const hours: OpeningHours = {};
  for (const part of cell.split(/[;,\r\n]+/)) {
    const text = part.trim();
    if (text === "") continue;
    const match = /^(\S+?):?\s+(\S+)$/.exec(text);
    if (!match)
      return {
        error: problemOf(
          "bad_hours",
          `"${text}": a day and its hours, such as mon-fri 07:00-22:00 or 2026-12-25 closed`,
          { value: text },
        ),
      };
    const [, day = "", range = ""] = match;
    const key = day.toLowerCase();
    if (key in hours)
      return { error: problemOf("day_twice", `${key} is named twice`, { day: key }) };
    hours[key] = range.toLowerCase();
  }
  return { value: hours };
}

export function formatHours(hours: OpeningHours): string {
  const entries = Object.entries(hours);
  if (entries.length === 0) return ALWAYS_OPEN;
  return entries.map(([day, range]) => `${day} ${range}`).join("; ");
}

/**
 * A time zone as the registry would keep it: `europe/oslo` is `Europe/Oslo`. Anything else is
 * left as written, for the schema to refuse.
 */
export function canonicalTimeZone(cell: string): string {
  try {
    const zone = new Intl.DateTimeFormat("en", { timeZone: cell }).resolvedOptions().timeZone;
    return zone.toLowerCase() === cell.toLowerCase() ? zone : cell;
  } catch {
    return cell;
  }
}
