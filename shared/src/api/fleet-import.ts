import { z } from "zod";

/**
 * The fleet as CSV (addition; docs/api.md#fleet-csv-addition): the columns of each kind of row, what an
 * import answers row by row, and the secrets of the devices it created. The columns are part of
 * the contract: an export's header is exactly {@link FLEET_SHEET_COLUMNS}, and a file of one kind
 * has some of that kind's {@link FLEET_CSV_COLUMNS}.
 */

export const FLEET_SHEET_KINDS = ["site", "zone", "asset", "checkpoint", "device"] as const;
export type FleetSheetKind = (typeof FLEET_SHEET_KINDS)[number];

/** The columns of a file of one kind, in the template's order; `id` (and `site`) name the row. */
export const FLEET_CSV_COLUMNS = {
  site: ["id", "name", "address", "timezone", "language", "hours", "retired"],
  zone: ["site", "id", "name", "retired"],
  asset: ["site", "zone", "id", "name", "category", "customer_visible", "retired"],
  checkpoint: ["site", "zone", "id", "name", "interval_minutes", "assets", "retired"],
  device: ["site", "id", "kind", "name", "interval_seconds", "watches", "serves", "retired"],
} as const satisfies Record<FleetSheetKind, readonly string[]>;

export type FleetCsvColumn = (typeof FLEET_CSV_COLUMNS)[FleetSheetKind][number];

/**
 * The columns of one sheet that holds every kind (what an export writes): `kind` says what each
 * row is. A device row's kind is its own (`sensor` or `button`), so a devices file, whose `kind`
 * column says that, is such a sheet as it is; `device` keeps an existing device's kind.
 */
export const FLEET_SHEET_COLUMNS = [
  "kind",
  "site",
  "zone",
  "id",
  "name",
  "address",
  "timezone",
  "language",
  "hours",
  "category",
  "customer_visible",
  "interval_minutes",
  "assets",
  "interval_seconds",
  "watches",
  "serves",
  "retired",
] as const satisfies readonly (FleetCsvColumn | "kind")[];

/** What a `kind` cell may say, and the row it makes (a device's kind, or `null`: as it is). */
export const SHEET_ROW_KINDS = {
  site: { kind: "site" },
  zone: { kind: "zone" },
  asset: { kind: "asset" },
  checkpoint: { kind: "checkpoint" },
  device: { kind: "device", device: null },
  sensor: { kind: "device", device: "sensor" },
  button: { kind: "device", device: "button" },
} as const;

/** `?kind=` of a file of one kind: `assets` or `asset`. */
const fileKind = z
  .string()
  .trim()
  .toLowerCase()
  .transform((v) => (v.endsWith("s") ? v.slice(0, -1) : v))
  .pipe(z.enum(FLEET_SHEET_KINDS));

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no"])
  .transform((v) => v === "1" || v === "true" || v === "yes");

export const fleetImportQuerySchema = z.object({
  /** `1`: the preview; nothing is written. */
  dryRun: flag.optional(),
  /**
   * The kind of every row of a file without a `kind` column; without it, the kind is read from
   * the header (the one kind whose columns hold all of the header's).
   */
  kind: fileKind.optional(),
});
export type FleetImportQuery = z.infer<typeof fleetImportQuerySchema>;

export const fleetExportQuerySchema = z.object({
  /** One site and what is in it; every site without it. */
  site: z.string().min(1).max(64).optional(),
});

export const IMPORT_ACTIONS = ["created", "changed", "unchanged"] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

/** A field an import changes, as the cells read: `customer_visible`, `no` -> `yes`. */
export const importChangeSchema = z.object({
  field: z.string(),
  from: z.string(),
  to: z.string(),
});
export type ImportChange = z.infer<typeof importChangeSchema>;

/** What an import does with one row. */
export const importRowSchema = z.object({
  /** The line of the file the row starts on (the header is line 1). */
  line: z.number().int(),
  kind: z.enum(FLEET_SHEET_KINDS),
  /** The site it is in; for a site, its own id. */
  site: z.string().nullable(),
  id: z.string(),
  action: z.enum(IMPORT_ACTIONS),
  /** For `changed`: each field, old -> new. */
  changes: z.array(importChangeSchema),
});
export type ImportRow = z.infer<typeof importRowSchema>;

/**
 * What is wrong with an imported row, as a code (an error's `code`, addition), so that a page
 * says it in its reader's language; `params` holds what the words quote. `other`: a refusal
 * only `message` says (one from provisioning, or a check without words of its own).
 */
export const IMPORT_ERROR_CODES = [
  // The file and its header.
  "unclosed_quote",
  "no_header",
  "columns_ambiguous",
  "columns_fit_nothing",
  "column_twice",
  "unknown_column",
  "no_id_column",
  // A row as read.
  "stray_cell",
  "unknown_row_kind",
  "kind_missing",
  "kind_not_of_file",
  "id_missing",
  "column_not_of_kind",
  // A cell as read.
  "not_yes_no",
  "not_whole_number",
  "bad_hours",
  "day_twice",
  // A row in its place.
  "site_required",
  "unknown_site",
  "duplicate_id",
  "required_new",
  "unknown_zone",
  "unknown_ids",
  "sensor_serves",
  // A value the fleet document refuses.
  "one_of",
  "too_long",
  "too_many_ids",
  "at_most",
  "empty",
  "at_least",
  "bad_id",
  // What provisioning refuses (`reason`: its error code, such as retired_parent).
  "refused",
  "other",
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** What is wrong with a row (or with the header, line 1), and where. */
export const importRowErrorSchema = z.object({
  line: z.number().int(),
  /** Null when the row does not say what it is. */
  kind: z.enum(FLEET_SHEET_KINDS).nullable(),
  id: z.string().nullable(),
  /** The column at fault; null for the row as a whole. */
  field: z.string().nullable(),
  /** In English, for a script or a log. */
  message: z.string(),
  /** One of {@link IMPORT_ERROR_CODES} (addition); a string, so that newer codes still parse. */
  code: z.string(),
  /** What the words quote (addition): ids, values, numbers, by name; see docs/api.md. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

/** A new device's secret with where it connects, for the file handed to whoever installs it. */
export const importedSecretSchema = z.object({
  device: z.string(),
  site: z.string(),
  secret: z.string(),
  /** The broker as devices reach it; null when the server cannot tell (see the device's page). */
  host: z.string().nullable(),
  port: z.number().int().nullable(),
});
export type ImportedSecret = z.infer<typeof importedSecretSchema>;

export const fleetImportSchema = z.object({
  /** True when this was the preview: nothing was written. */
  dryRun: z.boolean(),
  /** How the file was read: its delimiter, and `mixed` for a sheet with a `kind` column. */
  read: z.object({
    delimiter: z.enum([",", ";", "\t"]),
    sheet: z.union([z.literal("mixed"), z.enum(FLEET_SHEET_KINDS)]),
  }),
  counts: z.object({
    rows: z.number().int(),
    created: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    errors: z.number().int(),
  }),
  rows: z.array(importRowSchema),
  /** Every row's errors, by line. An import with any is refused (400) and writes nothing. */
  errors: z.array(importRowErrorSchema),
  /** Whether the import was written (false for a preview, and when nothing was to change). */
  applied: z.boolean(),
  /** The new devices' secrets, this once (empty for a preview). */
  secrets: z.array(importedSecretSchema),
});
export type FleetImport = z.infer<typeof fleetImportSchema>;

/** The 400 of an import with errors: the API's error, and the rows at fault. */
export const fleetImportRefusalSchema = z.object({
  code: z.string(),
  message: z.string(),
  rows: z.array(importRowErrorSchema),
});

/** The columns of the file of new devices' secrets the dashboard offers after an import. */
export const SECRETS_CSV_COLUMNS = ["device", "site", "secret", "host", "port"] as const;

export const FLEET_CSV_CONTENT_TYPE = "text/csv; charset=utf-8";
