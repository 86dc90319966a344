import {
  type DeviceKind,
  FLEET_CSV_COLUMNS,
  FLEET_SHEET_COLUMNS,
  FLEET_SHEET_KINDS,
  type FleetSheetKind,
  type ImportRowError,
  SHEET_ROW_KINDS,
} from "@bulbcheck/shared";
import { cellText } from "./cells.ts";
import { isValueColumn, VALUE_COLUMNS } from "./columns.ts";
import { type Delimiter, readCsv } from "./csv-read.ts";
import { problemOf, type RowProblem } from "./row-problem.ts";

/**
 * A CSV file as rows of the fleet: which kind each row is, the object it names, and the
 * document fields its cells give. A file with a `kind` column is a mixed sheet (each row says
 * what it is); any other holds one kind, given by `?kind=` or told by its header.
 */

export interface SheetRow {
  line: number;
  kind: FleetSheetKind;
  id: string;
  /** The `site` cell; for a site, its own id. */
  site: string | undefined;
  /** The `zone` cell of an asset or a checkpoint. */
  zone: string | undefined;
  /** A device row's `sensor` or `button`; undefined: as it is. */
  deviceKind: DeviceKind | undefined;
  /** Fleet document fields from the row's non-empty cells, e.g. `{ customerVisible: true }`. */
  values: Record<string, unknown>;
}

export interface SheetRead {
  delimiter: Delimiter;
  sheet: "mixed" | FleetSheetKind;
}

export interface SheetRows {
  read: SheetRead;
  /** Data rows in the file (blank lines not counted), read or not. */
  count: number;
  rows: SheetRow[];
  errors: ImportRowError[];
}

const KEY_COLUMNS: Record<FleetSheetKind, readonly string[]> = {
  site: ["id"],
  zone: ["site", "id"],
  asset: ["site", "id"],
  checkpoint: ["site", "id"],
  // Device ids are global: an existing device is found without its site.
  device: ["id"],
};

const KIND_WORDS = Object.keys(SHEET_ROW_KINDS).join(", ");

/** `Customer visible` -> `customer_visible`. */
function headerName(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/**
 * The kind of a file without a `kind` column, from its header: of the kinds whose columns hold
 * every column of the header (and whose key columns it has), the one with the fewest columns,
 * so `site,id,name` are zones; when that is not one kind, the kinds it could be (maybe none).
 */
export function kindOfHeader(columns: readonly string[]): FleetSheetKind | FleetSheetKind[] {
  const fits = FLEET_SHEET_KINDS.filter((kind) => {
    const own = FLEET_CSV_COLUMNS[kind] as readonly string[];
    return (
      KEY_COLUMNS[kind].every((c) => columns.includes(c)) && columns.every((c) => own.includes(c))
    );
  });
  const fewest = Math.min(...fits.map((k) => FLEET_CSV_COLUMNS[k].length));
  const best = fits.filter((k) => FLEET_CSV_COLUMNS[k].length === fewest);
  return best.length === 1 ? (best[0] as FleetSheetKind) : fits;
}

/** A `kind` cell: `asset`, `assets`, `Sensor`. */
function rowKind(cell: string): (typeof SHEET_ROW_KINDS)[keyof typeof SHEET_ROW_KINDS] | undefined {
  const word = cell.toLowerCase();
  const key = (Object.hasOwn(SHEET_ROW_KINDS, word) ? word : word.replace(/s$/, "")) as
    | keyof typeof SHEET_ROW_KINDS
    | string;
  return Object.hasOwn(SHEET_ROW_KINDS, key)
    ? SHEET_ROW_KINDS[key as keyof typeof SHEET_ROW_KINDS]
    : undefined;
}

export function readSheet(text: string, options: { kind?: FleetSheetKind } = {}): SheetRows {
  const csv = readCsv(text);
  const errors: ImportRowError[] = [];
  const fileError = (line: number, field: string | null, problem: RowProblem) =>
    errors.push({ line, kind: null, id: null, field, ...problem });
  const [header, ...records] = csv.records;
  const columns = (header?.cells ?? []).map(headerName);
  const named = columns.filter((c) => c !== "");
  let sheet: "mixed" | FleetSheetKind = options.kind ?? "mixed";
  const filled = records.filter((r) => r.cells.some((cell) => cell.trim() !== ""));
  const read = (): SheetRows => ({
    read: { delimiter: csv.delimiter, sheet },
    count: filled.length,
    rows: [],
    errors,
  });

  if (csv.unclosedQuoteAt !== null)
    fileError(
      csv.unclosedQuoteAt,
      null,
      problemOf(
        "unclosed_quote",
        "a quote opens here and is never closed: the rest of the file would be one cell",
      ),
    );
  if (named.length === 0) {
    fileError(
      1,
      null,
      problemOf(
        "no_header",
        `the first line must be the header, such as ${FLEET_SHEET_COLUMNS.join(",")}`,
        { columns: FLEET_SHEET_COLUMNS.join(",") },
      ),
    );
    return read();
  }
  if (!options.kind && !columns.includes("kind")) {
    const kind = kindOfHeader(named.filter((c) => c !== "retired"));
    if (typeof kind === "string") sheet = kind;
    else {
      fileError(
        1,
        null,
        kind.length > 1
          ? problemOf(
              "columns_ambiguous",
              `these columns fit ${kind.join(" and ")} rows alike: add a kind column, or import with ?kind=`,
              { kinds: kind.join(", ") },
            )
          : problemOf(
              "columns_fit_nothing",
              "these columns fit no one kind of row: add a kind column (site, zone, asset, checkpoint, sensor, button), or check the columns' names",
            ),
      );
      return read();
    }
  }
  const allowed: readonly string[] =
    sheet === "mixed" ? FLEET_SHEET_COLUMNS : [...FLEET_CSV_COLUMNS[sheet], "kind"];
  const seen = new Set<string>();
  for (const column of named) {
    if (seen.has(column))
      fileError(
        1,
        column,
        problemOf("column_twice", `the column ${column} is there twice`, { column }),
      );
    seen.add(column);
    if (!allowed.includes(column))
      fileError(
        1,
        column,
        problemOf(
          "unknown_column",
          `unknown column ${column}: the columns${sheet === "mixed" ? "" : ` of ${sheet} rows`} are ${allowed.join(", ")}`,
          { column, columns: allowed.join(", ") },
        ),
      );
  }
  if (!named.includes("id"))
    fileError(1, "id", problemOf("no_id_column", "the header needs an id column"));
  if (errors.length > 0) return read();

  const rows: SheetRow[] = [];
  for (const record of filled) {
    const row = readRow(record.line, columns, record.cells, sheet, errors);
    if (row) rows.push(row);
  }
  return { ...read(), rows };
}

function readRow(
  line: number,
  columns: readonly string[],
  raw: readonly string[],
  sheet: "mixed" | FleetSheetKind,
  errors: ImportRowError[],
): SheetRow | undefined {
  const cells = new Map<string, string>();
  let stray = false;
  raw.forEach((cell, i) => {
    const column = columns[i];
    const value = cellText(cell);
    if (column) cells.set(column, value);
    else if (value !== "") stray = true;
  });
  const id = cells.get("id") || null;
  const kindCell = cells.get("kind") ?? "";
  const said = kindCell === "" ? undefined : rowKind(kindCell);
  const kind = sheet === "mixed" ? said?.kind : sheet;
  const problems: ImportRowError[] = [];
  const problem = (field: string | null, said: RowProblem) =>
    problems.push({ line, kind: kind ?? null, id, field, ...said });

  if (stray)
    problem(
      null,
      problemOf("stray_cell", "a cell beyond the header's columns: give it a column, or remove it"),
    );
  if (kindCell !== "" && !said)
    problem(
      "kind",
      problemOf("unknown_row_kind", `${kindCell}: a row is one of ${KIND_WORDS}`, {
        value: kindCell,
        kinds: KIND_WORDS,
      }),
    );
  else if (sheet === "mixed" && !said)
    problem(
      "kind",
      problemOf("kind_missing", `say what the row is: one of ${KIND_WORDS}`, { kinds: KIND_WORDS }),
    );
  else if (sheet !== "mixed" && said && said.kind !== sheet)
    problem(
      "kind",
      problemOf("kind_not_of_file", `${kindCell}: this file holds ${sheet} rows`, {
        value: kindCell,
        sheet,
      }),
    );
  if (!id) problem("id", problemOf("id_missing", "every row needs an id"));
  if (!kind) {
    errors.push(...problems);
    return undefined;
  }
  const own = FLEET_CSV_COLUMNS[kind] as readonly string[];
  const values: Record<string, unknown> = {};
  for (const [column, cell] of cells) {
    if (cell === "" || column === "kind" || column === "id") continue;
    if (!own.includes(column)) {
      // A site row may repeat its id as its site, as an export writes it.
      if (!(kind === "site" && column === "site" && cell === id))
        problem(
          column,
          problemOf("column_not_of_kind", `a ${kind} row has no ${column}: leave the cell empty`, {
            kind,
            column,
          }),
        );
      continue;
    }
    if (!isValueColumn(column)) continue;
    const spec = VALUE_COLUMNS[column];
    const result = spec.read(cell);
    if ("error" in result) problem(column, result.error);
    else values[spec.field] = result.value;
  }
  errors.push(...problems);
  if (!id) return undefined;
  const site = kind === "site" ? id : cells.get("site") || undefined;
  const zone =
    kind === "asset" || kind === "checkpoint" ? cells.get("zone") || undefined : undefined;
  const deviceKind =
    kind === "device" && said && "device" in said ? (said.device ?? undefined) : undefined;
  return { line, kind, id, site, zone, deviceKind, values };
}
