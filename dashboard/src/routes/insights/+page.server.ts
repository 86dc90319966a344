import type { Insights } from "@bulbcheck/shared";
import { LIVE } from "$lib/live.svelte.ts";
import { load as apiLoad } from "$lib/server/api.ts";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, url, depends }) => {
  depends(LIVE);
  const days = url.searchParams.get("days") ?? "30";
  const insights = await apiLoad<Insights>(
    locals.token,
    `/api/insights?days=${encodeURIComponent(days)}`,
  );
  return { insights, days: Number(days) };
};
