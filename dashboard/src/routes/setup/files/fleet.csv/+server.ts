import { api, load } from "$lib/server/api.ts";
import { relayFile } from "$lib/server/relay-file.ts";
import { requireRole } from "$lib/server/roles.ts";
import type { RequestHandler } from "./$types";

/** The whole fleet as one CSV sheet, to edit and import back (`GET /api/fleet/export.csv`). */
export const GET: RequestHandler = async ({ locals }) => {
  requireRole("admin");
  return relayFile(await load(api(locals.token).exportFleetCsv({ query: {} })));
};
