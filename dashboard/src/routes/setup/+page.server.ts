import { m } from "@bulbcheck/shared/i18n";
import { fail } from "@sveltejs/kit";
import { apiFailure } from "$lib/server/actions.ts";
import { api, load as apiLoad } from "$lib/server/api.ts";
import { requireRole } from "$lib/server/roles.ts";
import type { Actions, PageServerLoad } from "./$types";

/** The setup area's start: the sites one may set up, the retired ones, and the files. */
export const load: PageServerLoad = async ({ locals }) => {
  requireRole("manager");
  const sites = await apiLoad(api(locals.token).listSites({ query: { include: "retired" } }));
  const byName = sites.items.sort((a, b) => a.name.localeCompare(b.name));
  return {
    sites: byName.filter((s) => !s.retired),
    retired: byName.filter((s) => s.retired),
  };
};

export const actions: Actions = {
  restore: async ({ locals, request }) => {
    requireRole("admin");
    const id = String((await request.formData()).get("site") ?? "");
    if (id === "") return fail(400, { message: m.setup_err_which_site() });
    let site: { name: string };
    try {
      await api(locals.token).patchSite({ params: { id }, body: { retired: false } });
      // Said by its name, not its id.
      site = await api(locals.token).getSite({ params: { id } });
    } catch (e) {
      return apiFailure(e);
    }
    return { done: m.setup_restored({ site: site.name }) };
  },
};
