import { z } from "zod";
import { fleetDocumentSchema, fleetResultSchema, MAX_FLEET_BYTES } from "../fleet.ts";
import {
  FLEET_CSV_CONTENT_TYPE,
  fleetExportQuerySchema,
  fleetImportQuerySchema,
  fleetImportSchema,
} from "../fleet-import.ts";
import { route } from "../route.ts";

export const fleetRoutes = {
  putFleet: route({
    method: "put",
    path: "/api/fleet",
    summary:
      "Create or update sites, zones, assets, checkpoints and devices, merged into what exists (a field left out keeps its value); new devices' secrets are in the answer, once. A manager may send a document of their own existing sites (403 otherwise)",
    access: "manager",
    body: fleetDocumentSchema,
    maxBodyBytes: MAX_FLEET_BYTES,
    response: {
      status: 200,
      schema: fleetResultSchema,
      description: "what was created and updated",
    },
    errors: [403, 409],
  }),
};

/**
 * The fleet in and out as a whole (additions; docs/api.md#fleet-csv-addition): the document as JSON, and
 * CSV both ways. A group of their own beside `PUT /api/fleet`'s, each with its own handlers.
 */
export const fleetFileRoutes = {
  getFleet: route({
    method: "get",
    path: "/api/fleet",
    summary:
      "The registry as a fleet document, every field, retired objects with `retired: true`; `PUT /api/fleet` takes it back as it is. No secrets",
    access: "admin",
    query: fleetExportQuerySchema,
    response: { status: 200, schema: fleetDocumentSchema, description: "the fleet document" },
    errors: [404],
  }),
  exportFleetCsv: route({
    method: "get",
    path: "/api/fleet/export.csv",
    summary:
      "The registry as one CSV sheet with a `kind` column (the import's columns), retired objects with `retired` yes; importing it back changes nothing. No secrets",
    access: "admin",
    query: fleetExportQuerySchema,
    response: {
      status: 200,
      schema: null,
      contentType: FLEET_CSV_CONTENT_TYPE,
      description: "a file to save (Content-Disposition: attachment)",
    },
    errors: [404],
  }),
  fleetTemplateCsv: route({
    method: "get",
    path: "/api/fleet/template.csv",
    summary: "A CSV to start from: the sheet's header and example rows of every kind",
    access: "admin",
    response: {
      status: 200,
      schema: null,
      contentType: FLEET_CSV_CONTENT_TYPE,
      description: "a file to save (Content-Disposition: attachment)",
    },
  }),
  importFleet: route({
    method: "post",
    path: "/api/fleet/import",
    summary:
      "Import sites, zones, assets, checkpoints and devices from CSV (one kind per file, or a sheet with a `kind` column), merged as `PUT /api/fleet` merges; `?dryRun=1` previews each row (created, changed with old -> new, unchanged) and its errors without writing. With any error nothing is written (400 with every row's error); new devices' secrets are in the answer, once",
    access: "admin",
    query: fleetImportQuerySchema,
    body: z.string(),
    bodyType: "text/csv",
    maxBodyBytes: MAX_FLEET_BYTES,
    response: {
      status: 200,
      schema: fleetImportSchema,
      description: "every row's plan, and what was written",
    },
    errors: [409],
  }),
};
