import type { DefectView } from "@bulbcheck/shared";
import { LIVE } from "$lib/live.svelte.ts";
import { api, load as apiLoad } from "$lib/server/api.ts";
import { workActions } from "$lib/server/defect-work.ts";
import { requireRole } from "$lib/server/roles.ts";
import type { Actions, PageServerLoad } from "./$types";
import { WORK } from "./work-key.ts";

/** How many of the sites' open defects the page lists below one's own: a phone's worth. */
const OPEN_SHOWN = 100;

/**
 * My work (issue 20): what is assigned to me or my team, nearest due first; then the open
 * defects of my sites, the unassigned first. For staff on a phone.
 */
export const load: PageServerLoad = async ({ locals, depends }) => {
  depends(LIVE, WORK);
  requireRole("staff");
  const client = api(locals.token);
  const [mine, open, sites] = await Promise.all([
    apiLoad(
      client.listDefects({
        query: { assignee: "me", status: "unresolved", sort: "due", limit: 200 },
      }),
    ),
    apiLoad(
      client.listDefects({ query: { status: "unresolved", sort: "due", limit: OPEN_SHOWN } }),
    ),
    apiLoad(client.listSites()),
  ]);
  const ids = new Set(mine.items.map((d) => d.id));
  const others = open.items.filter((d) => !ids.has(d.id));
  const unassigned = (d: DefectView) => (d.assignee === null ? 0 : 1);
  return {
    mine: mine.items,
    // Stable: within each group the API's order (nearest due first) stays.
    open: [...others].sort((a, b) => unassigned(a) - unassigned(b)),
    more: open.nextCursor !== null,
    siteNames: Object.fromEntries(sites.items.map((s) => [s.id, s.name])) as Record<string, string>,
    me: locals.user?.user?.username ?? null,
    at: Date.now(),
  };
};

export const actions: Actions = workActions((form) => Number(form.get("id")));
