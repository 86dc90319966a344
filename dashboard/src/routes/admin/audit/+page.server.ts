import { api, load as apiLoad } from "$lib/server/api.ts";
import { requireRole } from "$lib/server/roles.ts";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, url }) => {
  requireRole("admin");
  const before = url.searchParams.get("before");
  const page = await apiLoad(
    api(locals.token).listAudit({ query: { limit: 100, ...(before ? { before } : {}) } }),
  );
  return { entries: page.items };
};
