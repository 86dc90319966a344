import { defectQuerySchema } from "@bulbcheck/shared";
import { LIVE } from "$lib/live.svelte.ts";
import { defectAction } from "$lib/server/actions.ts";
import { api, load as apiLoad, pageQuery } from "$lib/server/api.ts";
import type { Actions, PageServerLoad } from "./$types";

const PAGE_SIZE = 50;
const FILTERS = ["site", "status", "severity", "category", "source", "sort"] as const;

export const load: PageServerLoad = async ({ locals, url, depends }) => {
  depends(LIVE);
  const asked = pageQuery(url, defectQuerySchema, [...FILTERS, "cursor"]);
  const query = { ...asked, status: asked.status ?? "unresolved", limit: PAGE_SIZE };
  const client = api(locals.token);
  const [page, sites] = await Promise.all([
    apiLoad(client.listDefects({ query })),
    apiLoad(client.listSites()),
  ]);
  return {
    defects: page.items,
    limit: PAGE_SIZE,
    nextCursor: page.nextCursor,
    filters: Object.fromEntries(FILTERS.map((k) => [k, String(query[k] ?? "")])) as Record<
      (typeof FILTERS)[number],
      string
    >,
    sites: sites.items
      .map((s) => ({ id: s.id, name: s.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    at: Date.now(),
  };
};

export const actions: Actions = {
  ack: async ({ locals, request }) => {
    const form = await request.formData();
    return defectAction(locals, String(form.get("id")), "ack", undefined);
  },
  resolve: async ({ locals, request }) => {
    const form = await request.formData();
    return defectAction(locals, String(form.get("id")), "resolve", undefined);
  },
};
