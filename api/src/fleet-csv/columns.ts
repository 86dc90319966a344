import type { OpeningHours } from "@bulbcheck/shared";
import {
  type CellRead,
  canonicalTimeZone,
  formatHours,
  formatIds,
  formatServes,
  formatYesNo,
  readHours,
  readIds,
  readServes,
  readWholeNumber,
  readYesNo,
} from "./cells.ts";

/**
 * The value columns of the fleet CSV (every column but `kind`, `site`, `zone` and `id`, which
 * say what a row is): the fleet document field each one fills, how a cell is read, and how a
 * value is written. An empty cell is no value: the field is left out of the document, and an
 * existing object keeps it (the fleet document's merge rule).
 */

interface ValueColumn {
  field: string;
  read(cell: string): CellRead<unknown>;
  format(value: unknown): string;
}

const text = (cell: string): CellRead<string> => ({ value: cell });
const lower = (cell: string): CellRead<string> => ({ value: cell.toLowerCase() });
const plain = (value: unknown): string =>
  value === null || value === undefined ? "" : String(value);

export const VALUE_COLUMNS = {
  name: { field: "name", read: text, format: plain },
  address: { field: "address", read: text, format: plain },
  timezone: { field: "timezone", read: (c) => ({ value: canonicalTimeZone(c) }), format: plain },
  language: { field: "language", read: lower, format: plain },
  hours: { field: "hours", read: readHours, format: (v) => formatHours(v as OpeningHours) },
  category: { field: "category", read: lower, format: plain },
  customer_visible: {
    field: "customerVisible",
    read: readYesNo,
    format: (v) => formatYesNo(v as boolean | undefined),
  },
  interval_minutes: {
    field: "intervalMinutes",
    read: (c) => readWholeNumber(c, "minutes"),
    format: plain,
  },
  assets: { field: "assets", read: readIds, format: (v) => formatIds(v as string[]) },
  interval_seconds: {
    field: "intervalSeconds",
    read: (c) => readWholeNumber(c, "seconds"),
    format: plain,
  },
  watches: { field: "watches", read: readIds, format: (v) => formatIds(v as string[]) },
  serves: { field: "serves", read: readServes, format: (v) => formatServes(v as string[] | null) },
  retired: {
    field: "retired",
    read: readYesNo,
    format: (v) => formatYesNo(v as boolean | undefined),
  },
} satisfies Record<string, ValueColumn>;

export type ValueColumnName = keyof typeof VALUE_COLUMNS;

const BY_FIELD = new Map<string, ValueColumnName>(
  Object.entries(VALUE_COLUMNS).map(([column, c]) => [c.field, column as ValueColumnName]),
);

/** The column of a fleet document field (`customerVisible` -> `customer_visible`). */
export function columnOf(field: string): string {
  return BY_FIELD.get(field) ?? field;
}

/** A document value as the cell of its field's column. */
export function formatField(field: string, value: unknown): string {
  const column = BY_FIELD.get(field);
  return column ? VALUE_COLUMNS[column].format(value) : plain(value);
}

export function isValueColumn(column: string): column is ValueColumnName {
  return Object.hasOwn(VALUE_COLUMNS, column);
}
