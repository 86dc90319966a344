import type { DefectPage } from "@bulbcheck/shared";
import { LIVE } from "$lib/live.svelte.ts";
import { defectAction } from "$lib/server/actions.ts";
import { load as apiLoad } from "$lib/server/api.ts";
import type { Actions, PageServerLoad } from "./$types";

const FILTERS = ["site", "status", "severity", "category", "source", "sort"] as const;

export const load: PageServerLoad = async ({ locals, url, depends }) => {
  depends(LIVE);
  const query = new URLSearchParams();
  for (const key of [...FILTERS, "cursor"]) {
    const value = url.searchParams.get(key);
    if (value) query.set(key, value);
  }
  if (!query.has("status")) query.set("status", "unresolved");
  query.set("limit", "50");
  const [page, sites] = await Promise.all([
    apiLoad<DefectPage>(locals.token, `/api/defects?${query}`),
    apiLoad<{ items: { id: string; name: string }[] }>(locals.token, "/api/sites"),
  ]);
  return {
    defects: page.items,
    nextCursor: page.nextCursor,
    filters: Object.fromEntries(FILTERS.map((k) => [k, query.get(k) ?? ""])) as Record<
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
