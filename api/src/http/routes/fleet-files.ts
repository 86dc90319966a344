import type {
  FleetDocument,
  FleetImport,
  fleetFileRoutes,
  ImportRowError,
} from "@bulbcheck/shared";
import { exportableFleet } from "../../fleet-csv/exportable.ts";
import { templateCsv } from "../../fleet-csv/fleet-template.ts";
import { fleetCsv } from "../../fleet-csv/fleet-to-sheet.ts";
import { type ImportPlan, parsePath, planImport, rowError } from "../../fleet-csv/import-plan.ts";
import { problemOf } from "../../fleet-csv/row-problem.ts";
import { readRegistry } from "../../store/fleet-export-store.ts";
import { getSiteRow } from "../../store/registry-store.ts";
import { ApiError, notFound } from "../api-error.ts";
import type { Caller } from "../auth.ts";
import type { ApiDeps } from "../deps.ts";
import { provision } from "../provision.ts";
import type { Handlers } from "../router.ts";

/** An import with errors: the API's error, with every row at fault for the page to list. */
class ImportRefused extends ApiError {
  constructor(readonly rows: ImportRowError[]) {
    const [first] = rows;
    super(
      400,
      "invalid_rows",
      `line ${first?.line}${first?.field ? ` (${first.field})` : ""}: ${first?.message}${rows.length > 1 ? ` (and ${rows.length - 1} more)` : ""}; nothing was imported`,
    );
  }
  override toJSON() {
    const { error } = super.toJSON();
    return { error: { ...error, rows: this.rows } };
  }
}

/** A file to save: its name says what and when. */
function download(text: string, name: string): Response {
  return new Response(text, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
    },
  });
}

export function fleetFileHandlers(deps: ApiDeps): Handlers<typeof fleetFileRoutes> {
  const { db } = deps;

  const fleetOf = (site: string | undefined): FleetDocument => {
    if (site !== undefined && !getSiteRow(db, site)) throw notFound(`site ${site}`);
    return exportableFleet(readRegistry(db, { site }));
  };
  const today = () => new Date(deps.now()).toISOString().slice(0, 10);

  /**
   * What provisioning would refuse (a reference to a retired zone, a manager's limits), found by
   * running it rolled back: the preview then answers exactly what the import will do.
   */
  const provisionErrors = (plan: ImportPlan, document: FleetDocument, caller?: Caller) => {
    try {
      provision(deps, document, caller, { dryRun: true });
      return [];
    } catch (error) {
      if (!(error instanceof ApiError) || error.status >= 500) throw error;
      const issues = error.issues ?? [{ path: "", message: error.message }];
      return issues.map((issue) =>
        rowError(
          plan.sources,
          parsePath(issue.path),
          problemOf("refused", issue.message, { reason: error.code }),
        ),
      );
    }
  };

  return {
    getFleet: ({ query }) => fleetOf(query.site),

    exportFleetCsv: ({ query }) =>
      download(
        fleetCsv(fleetOf(query.site)),
        `bulbcheck-fleet-${query.site ?? "all"}-${today()}.csv`,
      ),

    fleetTemplateCsv: () => download(templateCsv(), "bulbcheck-fleet-template.csv"),

    importFleet: ({ query, body, caller }) => {
      const plan = planImport({
        text: body,
        kind: query.kind,
        current: readRegistry(db).document,
      });
      const errors = [...plan.errors];
      const document = plan.document;
      const writes = document !== null && document.sites.length > 0;
      if (document && writes) errors.push(...provisionErrors(plan, document, caller));
      const count = (action: string) => plan.rows.filter((r) => r.action === action).length;
      const answer: FleetImport = {
        dryRun: query.dryRun === true,
        read: plan.read,
        counts: {
          rows: plan.rowCount,
          created: count("created"),
          changed: count("changed"),
          unchanged: count("unchanged"),
          errors: errors.length,
        },
        rows: plan.rows,
        errors,
        applied: false,
        secrets: [],
      };
      // The preview lists the errors for the page to show beside their rows.
      if (query.dryRun) return answer;
      if (errors.length > 0) throw new ImportRefused(errors);
      if (!document || !writes) return answer;
      const done = provision(deps, document, caller, {
        audit: {
          action: "fleet.import",
          target: `${answer.counts.created} created, ${answer.counts.changed} changed`,
        },
      });
      const endpoint = deps.broker.endpoint;
      const siteOfDevice = new Map(
        document.sites.flatMap((s) => s.devices.map((d) => [d.id, s.id] as const)),
      );
      return {
        ...answer,
        applied: true,
        secrets: Object.entries(done.secrets).map(([device, secret]) => ({
          device,
          site: siteOfDevice.get(device) ?? "",
          secret,
          host: endpoint.host,
          port: endpoint.port ?? endpoint.tlsPort,
        })),
      };
    },
  };
}
