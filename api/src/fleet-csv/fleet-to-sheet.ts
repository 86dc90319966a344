import {
  FLEET_SHEET_COLUMNS,
  type FleetDevice,
  type FleetDocument,
  type FleetSite,
} from "@bulbcheck/shared";
import { csvLine, UTF8_BOM } from "../export/csv.ts";
import { guardText } from "./cells.ts";
import { formatField } from "./columns.ts";

/**
 * A fleet document as one mixed sheet (a `kind` column), every field written: site by site, the
 * site, each zone with its assets and checkpoints, then its devices. Importing it back changes
 * nothing; importing it elsewhere makes the same fleet (new devices get new secrets: no secret
 * is ever written).
 */

type Column = (typeof FLEET_SHEET_COLUMNS)[number];
type Cells = Partial<Record<Column, string>>;

function cells(object: object, fields: readonly string[]): Cells {
  const out: Record<string, string> = {};
  for (const field of fields) {
    const value = (object as Record<string, unknown>)[field];
    if (value === undefined) continue;
    out[columnFor(field)] = formatField(field, value);
  }
  return out as Cells;
}

const COLUMN_OF: Record<string, Column> = {
  customerVisible: "customer_visible",
  intervalMinutes: "interval_minutes",
  intervalSeconds: "interval_seconds",
};
const columnFor = (field: string): Column => COLUMN_OF[field] ?? (field as Column);

function deviceCells(site: FleetSite, device: FleetDevice): Cells {
  return {
    kind: device.kind ?? "device",
    site: site.id,
    id: device.id,
    ...cells(device, ["name", "intervalSeconds", "watches", "retired"]),
    // A sensor serves nothing, and the schema refuses one that says it does.
    ...(device.kind === "button" ? cells({ serves: device.serves ?? null }, ["serves"]) : {}),
  };
}

/** The rows of the sheet, each a cell per column of {@link FLEET_SHEET_COLUMNS}. */
export function sheetRows(fleet: FleetDocument): string[][] {
  const rows: Cells[] = [];
  for (const site of fleet.sites) {
    rows.push({
      kind: "site",
      site: site.id,
      id: site.id,
      ...cells(site, ["name", "address", "timezone", "language", "hours", "retired"]),
    });
    for (const zone of site.zones) {
      const at = { site: site.id, zone: zone.id };
      rows.push({ kind: "zone", site: site.id, id: zone.id, ...cells(zone, ["name", "retired"]) });
      for (const asset of zone.assets)
        rows.push({
          kind: "asset",
          ...at,
          id: asset.id,
          ...cells(asset, ["name", "category", "customerVisible", "retired"]),
        });
      for (const checkpoint of zone.checkpoints)
        rows.push({
          kind: "checkpoint",
          ...at,
          id: checkpoint.id,
          ...cells(checkpoint, ["name", "intervalMinutes", "assets", "retired"]),
        });
    }
    for (const device of site.devices) rows.push(deviceCells(site, device));
  }
  return rows.map((row) => FLEET_SHEET_COLUMNS.map((column) => row[column] ?? ""));
}

/** The sheet as a CSV file: a BOM for Excel, the header, CRLF line ends, formulas kept text. */
export function fleetCsv(fleet: FleetDocument): string {
  const lines = sheetRows(fleet).map((row) => csvLine(row.map(guardText)));
  return `${UTF8_BOM}${csvLine(FLEET_SHEET_COLUMNS)}${lines.join("")}`;
}
