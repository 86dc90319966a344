import {
  type ExportDataset,
  type ExportFormat,
  type ExportQuery,
  exportFileName,
  exportRange,
  type exportRoutes,
} from "@bulbcheck/shared";
import { exportResponse } from "../../export/export-response.ts";
import { EXPORT_ROWS } from "../../export/export-rows.ts";
import { exportableSites } from "../../store/export-store.ts";
import { ApiError, notFound } from "../api-error.ts";
import type { Caller } from "../auth.ts";
import type { ApiDeps } from "../deps.ts";
import type { Handlers } from "../router.ts";
import { requireSite } from "../scope.ts";

export function exportHandlers(deps: ApiDeps): Handlers<typeof exportRoutes> {
  const { db } = deps;

  const download =
    (dataset: ExportDataset, format: ExportFormat) =>
    ({ query, caller }: { query: ExportQuery; caller: Caller | undefined }) => {
      const range = exportRange(query, deps.now());
      if (!range)
        throw new ApiError(
          400,
          "invalid_query",
          "from: must be before to (a day as to is included)",
        );
      const asked = query.site?.split(",");
      for (const site of asked ?? []) requireSite(caller, site, `site ${site}`);
      const within = asked ?? (caller?.sites ? [...caller.sites] : null);
      const sites = exportableSites(db, within);
      // A site that is there but being removed with the demo is as gone as on its board.
      for (const site of asked ?? []) if (!sites.includes(site)) throw notFound(`site ${site}`);
      return exportResponse({
        dataset,
        format,
        fileName: exportFileName(dataset, format, range),
        batches: EXPORT_ROWS[dataset](db, {
          ...range,
          sites,
          allSites: within === null,
        }) as never,
        logger: deps.logger,
      });
    };

  return {
    exportDefectsCsv: download("defects", "csv"),
    exportDefectsJsonl: download("defects", "jsonl"),
    exportTimelineCsv: download("timeline", "csv"),
    exportTimelineJsonl: download("timeline", "jsonl"),
    exportInspectionsCsv: download("inspections", "csv"),
    exportInspectionsJsonl: download("inspections", "jsonl"),
    exportEventsCsv: download("events", "csv"),
    exportEventsJsonl: download("events", "jsonl"),
    exportAuditCsv: download("audit", "csv"),
    exportAuditJsonl: download("audit", "jsonl"),
  };
}
