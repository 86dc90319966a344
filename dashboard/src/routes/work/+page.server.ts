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
  // Zone names of the sites the cards are at (a handful: staff work at one or two sites).
  const shown = [...new Set([...mine.items, ...others].map((d) => d.site))].slice(0, 12);
  const details = await Promise.all(
    shown.map((id) => client.getSite({ params: { id } }).catch(() => null)),
  );
  const unassigned = (d: DefectView) => (d.assignee === null ? 0 : 1);
  return {
    mine: mine.items,
    // Stable: within each group the API's order (nearest due first) stays.
    open: [...others].sort((a, b) => unassigned(a) - unassigned(b)),
    more: open.nextCursor !== null,
    sites: sites.items.map((s) => ({ id: s.id, name: s.name })),
    zones: details.flatMap((site) =>
      site ? site.zones.map((z) => ({ site: site.id, id: z.id, name: z.name })) : [],
    ),
    me: locals.user?.user?.username ?? null,
    at: Date.now(),
  };
};

export const actions: Actions = workActions((form) => Number(form.get("id")));
