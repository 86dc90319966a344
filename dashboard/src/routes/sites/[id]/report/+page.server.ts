import {
  type AssetCategory,
  FAULT_CATALOG,
  REPORTABLE_FAULTS,
  type ReportableFault,
} from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { fail, redirect } from "@sveltejs/kit";
import { ApiCallError, api, load as apiLoad, sessionLost } from "$lib/server/api.ts";
import { problemWords } from "$lib/server/problem-words.ts";
import { requireRole } from "$lib/server/roles.ts";
import type { Actions, PageServerLoad } from "./$types";

/**
 * Staff report a fault from the dashboard and stay in it (issue 20): signed in, as staff, then
 * back to the site's board with what the report did. The customers' QR page is theirs.
 */

function faultsFor(category: AssetCategory): ReportableFault[] {
  return REPORTABLE_FAULTS.filter((f) => FAULT_CATALOG[f].category === category || f === "other");
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
  requireRole("staff");
  const site = await apiLoad(api(locals.token).getSite({ params: { id: params.id } }));
  const zones = site.zones
    .map((z) => ({
      id: z.id,
      name: z.name,
      assets: z.assets
        .filter((a) => !a.retired)
        .map((a) => ({ id: a.id, name: a.name, category: a.category })),
    }))
    .filter((z) => z.assets.length > 0);
  const asked = url.searchParams.get("asset");
  const found = zones
    .flatMap((z) => z.assets.map((a) => ({ ...a, zone: z.name })))
    .find((a) => a.id === asked);
  return {
    site: { id: site.id, name: site.name },
    zones,
    asset: found ?? null,
    faults: found ? faultsFor(found.category) : [...REPORTABLE_FAULTS],
  };
};

export const actions: Actions = {
  default: async ({ locals, params, request }) => {
    if (!locals.user) sessionLost();
    requireRole("staff");
    const form = await request.formData();
    const asset = String(form.get("asset") ?? "");
    const fault = String(form.get("fault") ?? "");
    const note = String(form.get("note") ?? "")
      .trim()
      .slice(0, 280);
    const typed = { asset, fault, note };
    if (asset === "")
      return fail(400, { field: "asset", message: m.site_report_choose_asset(), typed });
    if (!(REPORTABLE_FAULTS as readonly string[]).includes(fault)) {
      return fail(400, { field: "fault", message: m.site_report_choose_fault(), typed });
    }
    let reported: { id: number; change: "opened" | "merged" };
    try {
      reported = await api(locals.token).reportDefect({
        body: {
          site: params.id,
          asset,
          fault: fault as ReportableFault,
          source: "staff",
          ...(note ? { note } : {}),
        },
      });
    } catch (e) {
      if (e instanceof ApiCallError) {
        if (e.status === 401) sessionLost();
        return fail(e.status, {
          field: undefined,
          message: m.site_report_failed({ reason: problemWords(e) }),
          typed,
        });
      }
      throw e;
    }
    redirect(
      303,
      `/sites/${encodeURIComponent(params.id)}?${new URLSearchParams({ reported: String(reported.id), change: reported.change })}`,
    );
  },
};
