import { defectQuerySchema } from "@bulbcheck/shared";
import { LIVE } from "$lib/live.svelte.ts";
import { defectAction } from "$lib/server/actions.ts";
import { api, load as apiLoad, pageQuery } from "$lib/server/api.ts";
import { permissions } from "$lib/server/roles.ts";
import type { Actions, PageServerLoad } from "./$types";
import { bulkAction } from "./bulk-form.ts";

const PAGE_SIZE = 50;
const FILTERS = [
  "site",
  "status",
  "severity",
  "category",
  "source",
  "sort",
  "assignee",
  "q",
] as const;

export const load: PageServerLoad = async ({ locals, url, depends }) => {
  depends(LIVE);
  const asked = pageQuery(url, defectQuerySchema, [...FILTERS, "cursor"]);
  const query = { ...asked, status: asked.status ?? "unresolved", limit: PAGE_SIZE };
  const client = api(locals.token);
  // Asked at once with the sites; its answer is read once the site is known to be one of theirs.
  const listing = client.listDefects({ query }).then(
    (answer) => ({ answer }),
    (failure: unknown) => ({ failure }),
  );
  const [sites, assignable] = await Promise.all([
    apiLoad(client.listSites()),
    // Bulk assign (issue 20): one site's people and teams when the page shows one site.
    query.site && permissions(locals.user).manage
      ? client.listAssignable({ params: { site: query.site } }).catch(() => null)
      : null,
  ]);
  // A site in the address that is not one of the user's: say so, not "no defects match".
  const unknownSite =
    query.site && !sites.items.some((s) => s.id === query.site) ? query.site : null;
  const listed = await listing;
  const page = unknownSite
    ? { items: [], nextCursor: null }
    : "answer" in listed
      ? listed.answer
      : await apiLoad(Promise.reject(listed.failure));
  // Zone names of the sites the page shows (a handful: the page has at most 50 defects).
  const shown = [...new Set(page.items.map((d) => d.site))].slice(0, 12);
  const details = await Promise.all(
    shown.map((id) => client.getSite({ params: { id } }).catch(() => null)),
  );
  return {
    unknownSite,
    zones: details.flatMap((site) =>
      site ? site.zones.map((z) => ({ site: site.id, id: z.id, name: z.name })) : [],
    ),
    defects: page.items,
    limit: PAGE_SIZE,
    nextCursor: page.nextCursor,
    filters: Object.fromEntries(FILTERS.map((k) => [k, String(query[k] ?? "")])) as Record<
      (typeof FILTERS)[number],
      string
    >,
    assignable,
    sites: sites.items
      .map((s) => ({ id: s.id, name: s.name, timezone: s.timezone }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    at: Date.now(),
  };
};

export const actions: Actions = {
  ack: async ({ locals, request }) => {
    const form = await request.formData();
    return defectAction(locals, String(form.get("id")), "ack", undefined);
  },
  // No one-click resolve here (issue 20): one defect is resolved on its page, with a cause and
  // a second step; many at once through the bulk bar.
  bulk: async ({ locals, request }) => bulkAction(locals, await request.formData()),
};
