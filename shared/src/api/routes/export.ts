import type { ApiRole } from "../access.ts";
import {
  EXPORT_CONTENT_TYPES,
  type ExportDataset,
  type ExportFormat,
  exportQuerySchema,
} from "../export.ts";
import { route } from "../route.ts";

const WHAT: Record<ExportDataset, string> = {
  defects: "defects opened in the range",
  timeline: "every step of the defects opened in the range",
  events: "the device events of the range, as stored",
  inspections: "the check-ins of the range",
  audit: "the audit log entries of the range",
};

function exportRoute<const D extends ExportDataset, const F extends ExportFormat>(
  dataset: D,
  format: F,
  access: ApiRole,
) {
  return route({
    method: "get",
    path: `/api/export/${dataset}.${format}` as const,
    summary: `Export (addition): ${WHAT[dataset]}, as ${format === "csv" ? "CSV" : "JSON lines"}, streamed, in the caller's site scope`,
    access,
    query: exportQuerySchema,
    response: {
      status: 200,
      schema: null,
      contentType: EXPORT_CONTENT_TYPES[format],
      description: "a file to save (Content-Disposition: attachment)",
    },
    errors: [404],
  });
}

/**
 * Data out. Defects, their timelines and check-ins are what every board shows, so a viewer may
 * take them; raw events carry staff names and payloads (a manager's); the audit log is an admin's.
 */
export const exportRoutes = {
  exportDefectsCsv: exportRoute("defects", "csv", "viewer"),
  exportDefectsJsonl: exportRoute("defects", "jsonl", "viewer"),
  exportTimelineCsv: exportRoute("timeline", "csv", "viewer"),
  exportTimelineJsonl: exportRoute("timeline", "jsonl", "viewer"),
  exportInspectionsCsv: exportRoute("inspections", "csv", "viewer"),
  exportInspectionsJsonl: exportRoute("inspections", "jsonl", "viewer"),
  exportEventsCsv: exportRoute("events", "csv", "manager"),
  exportEventsJsonl: exportRoute("events", "jsonl", "manager"),
  exportAuditCsv: exportRoute("audit", "csv", "admin"),
  exportAuditJsonl: exportRoute("audit", "jsonl", "admin"),
};

/** The client method, and operationId, of each dataset in each format. */
export const EXPORT_ROUTE_NAMES = {
  defects: { csv: "exportDefectsCsv", jsonl: "exportDefectsJsonl" },
  timeline: { csv: "exportTimelineCsv", jsonl: "exportTimelineJsonl" },
  inspections: { csv: "exportInspectionsCsv", jsonl: "exportInspectionsJsonl" },
  events: { csv: "exportEventsCsv", jsonl: "exportEventsJsonl" },
  audit: { csv: "exportAuditCsv", jsonl: "exportAuditJsonl" },
} as const satisfies { [D in ExportDataset]: { [F in ExportFormat]: keyof typeof exportRoutes } };

/** Who may take each dataset: the role its routes need. */
export const EXPORT_ACCESS: { [D in ExportDataset]: ApiRole } = {
  defects: exportRoutes.exportDefectsCsv.access,
  timeline: exportRoutes.exportTimelineCsv.access,
  inspections: exportRoutes.exportInspectionsCsv.access,
  events: exportRoutes.exportEventsCsv.access,
  audit: exportRoutes.exportAuditCsv.access,
};
