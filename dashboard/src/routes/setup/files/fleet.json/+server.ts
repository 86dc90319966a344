import { api, load } from "$lib/server/api.ts";
import { requireRole } from "$lib/server/roles.ts";
import type { RequestHandler } from "./$types";

/** The whole fleet as a fleet document, the one `PUT /api/fleet` takes back (`GET /api/fleet`). */
export const GET: RequestHandler = async ({ locals }) => {
  requireRole("admin");
  const fleet = await load(api(locals.token).getFleet({ query: {} }));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(`${JSON.stringify(fleet, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="bulbcheck-fleet-all-${day}.json"`,
    },
  });
};
