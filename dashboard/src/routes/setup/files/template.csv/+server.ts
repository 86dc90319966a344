import { api, load } from "$lib/server/api.ts";
import { relayFile } from "$lib/server/relay-file.ts";
import { requireRole } from "$lib/server/roles.ts";
import type { RequestHandler } from "./$types";

/** The fleet CSV template to start a sheet from (`GET /api/fleet/template.csv`). */
export const GET: RequestHandler = async ({ locals }) => {
  requireRole("admin");
  return relayFile(await load(api(locals.token).fleetTemplateCsv()));
};
