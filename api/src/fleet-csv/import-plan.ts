import {
  type FleetDocument,
  type FleetSheetKind,
  fleetDocumentSchema,
  type ImportRow,
  type ImportRowError,
} from "@bulbcheck/shared";
import { columnOf } from "./columns.ts";
import { cellWords, valueAt } from "./issue-words.ts";
import { indexRegistry } from "./registry-index.ts";
import { planRow } from "./row-plan.ts";
import type { RowProblem } from "./row-problem.ts";
import { assemble, type PlacedRow, placeRows, rowAt } from "./rows-to-fleet.ts";
import { readSheet, type SheetRead } from "./sheet-rows.ts";

/**
 * A CSV import, decided before anything is written: every row's plan against the registry as it
 * is, every row's errors, and the fleet document that does it (the created and changed rows
 * only: an unchanged row is left alone). The document is checked by the fleet document's own
 * schema, so a CSV row is held to exactly what `PUT /api/fleet` holds a document to.
 */
export interface ImportPlan {
  read: SheetRead;
  /** Data rows read (blank ones skipped). */
  rowCount: number;
  rows: ImportRow[];
  errors: ImportRowError[];
  /** What to provision; null when there are errors. No sites when nothing is to change. */
  document: FleetDocument | null;
  /** The row each object of `document` came from, by its path, for what provisioning refuses. */
  sources: ReadonlyMap<string, PlacedRow>;
}

export function planImport(options: {
  text: string;
  /** `?kind=`: the kind of every row of a file without a `kind` column. */
  kind?: FleetSheetKind | undefined;
  /** The registry as it is, every field (fleet-export-store). */
  current: FleetDocument;
}): ImportPlan {
  const sheet = readSheet(options.text, options.kind ? { kind: options.kind } : {});
  const index = indexRegistry(options.current);
  const placed = placeRows(sheet.rows, index);
  const whole = assemble(placed.rows);
  const errors = [...sheet.errors, ...placed.errors];
  const checked = fleetDocumentSchema.safeParse(whole.document);
  if (!checked.success)
    for (const issue of checked.error.issues)
      errors.push(
        rowError(whole.sources, issue.path, cellWords(issue, valueAt(whole.document, issue.path))),
      );
  const rows = placed.rows.map((row) => planRow(row, index));
  const plan = {
    read: sheet.read,
    rowCount: sheet.count,
    rows,
    errors: ordered(errors),
    document: null,
    sources: new Map(),
  };
  if (errors.length > 0) return plan;
  const apply = assemble(placed.rows.flatMap((row, i) => changes(row, rows[i] as ImportRow)));
  return { ...plan, document: fleetDocumentSchema.parse(apply.document), sources: apply.sources };
}

/**
 * What of a row the import writes: all of a new object; of an existing one, the fields that
 * change (the rest would be written as they are); of an unchanged one, nothing.
 */
function changes(row: PlacedRow, plan: ImportRow): PlacedRow[] {
  if (plan.action === "created") return [row];
  if (plan.action === "unchanged") return [];
  const changed = new Set(plan.changes.map((c) => c.field));
  return [
    {
      ...row,
      values: Object.fromEntries(
        Object.entries(row.values).filter(([field]) => changed.has(columnOf(field))),
      ),
      deviceKind: changed.has("kind") ? row.deviceKind : undefined,
    },
  ];
}

/**
 * A refusal of the document at `path` as the error of the row it came from. A key (an
 * opening-hours day) says where in the cell, as `params.at`; a list's index does not, to a person.
 */
export function rowError(
  sources: ReadonlyMap<string, PlacedRow>,
  path: readonly PropertyKey[],
  problem: RowProblem,
): ImportRowError {
  const at = rowAt(sources, path);
  if (!at) return { line: 0, kind: null, id: null, field: null, ...problem };
  const within = at.rest && !/^\d+$/.test(at.rest) ? at.rest : undefined;
  const said = within
    ? {
        ...problem,
        message: `${within}: ${problem.message}`,
        params: { ...problem.params, at: within },
      }
    : problem;
  return { line: at.row.line, kind: at.row.kind, id: at.row.id, field: at.field, ...said };
}

/** By line, each error once (a row may be refused by two checks in the same words). */
function ordered(errors: readonly ImportRowError[]): ImportRowError[] {
  const seen = new Set<string>();
  return errors
    .filter((e) => {
      const key = JSON.stringify([e.line, e.field, e.message]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line);
}

/** `sites[0].zones[2].id`, as API errors write a path, back into its parts. */
export function parsePath(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else if (match[1] !== undefined)
      parts.push(/^\d+$/.test(match[1]) ? Number(match[1]) : match[1]);
  }
  return parts;
}
