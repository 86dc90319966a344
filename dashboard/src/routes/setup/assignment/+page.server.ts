import {
  ASSET_CATEGORIES,
  type NewAssignmentRule,
  newAssignmentRuleSchema,
  REPORTABLE_FAULTS,
  SYSTEM_FAULTS,
} from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { fail } from "@sveltejs/kit";
import { apiFailure } from "$lib/server/actions.ts";
import { api, load as apiLoad, sessionLost } from "$lib/server/api.ts";
import { assigneeOf } from "$lib/server/defect-work.ts";
import { requireRole } from "$lib/server/roles.ts";
import type { Actions, PageServerLoad } from "./$types";

/**
 * Assignment rules (issue 20): new defects of a site (a zone, some categories or faults) go to a
 * person or a team as they open, "the floor-cleaning team gets dirty and spill". For managers.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
  requireRole("manager");
  const client = api(locals.token);
  const [rules, sites] = await Promise.all([
    apiLoad(client.listAssignmentRules()),
    apiLoad(client.listSites()),
  ]);
  const byName = sites.items
    .map((s) => ({ id: s.id, name: s.name, timezone: s.timezone }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const asked = url.searchParams.get("site");
  const chosen = byName.find((s) => s.id === asked) ?? byName[0] ?? null;
  // The zones of every site a rule names (to say their names) and of the one being set up.
  const named = [...new Set([...rules.items.map((r) => r.site), ...(chosen ? [chosen.id] : [])])];
  const [details, assignable] = await Promise.all([
    Promise.all(named.map((id) => client.getSite({ params: { id } }).catch(() => null))),
    chosen ? apiLoad(client.listAssignable({ params: { site: chosen.id } })) : null,
  ]);
  const zoneNames: Record<string, string> = {};
  for (const d of details) for (const z of d?.zones ?? []) zoneNames[`${d?.id}/${z.id}`] = z.name;
  const zones = chosen
    ? (details.find((d) => d?.id === chosen.id)?.zones ?? []).map((z) => ({
        id: z.id,
        name: z.name,
      }))
    : [];
  return {
    rules: rules.items,
    sites: byName,
    chosen,
    zones,
    zoneNames,
    assignable,
    categories: [...ASSET_CATEGORIES, "system"] as const,
    faults: [...REPORTABLE_FAULTS, ...SYSTEM_FAULTS] as const,
  };
};

export const actions: Actions = {
  create: async ({ locals, request }) => {
    const user = requireRole("manager");
    if (!locals.user) sessionLost();
    const form = await request.formData();
    const site = String(form.get("site") ?? "");
    const zone = String(form.get("zone") ?? "");
    const assignee = assigneeOf(String(form.get("assignee") ?? ""), user);
    if (assignee === null || assignee === "invalid") {
      return fail(400, { form: "create", field: "assignee", message: m.setup_asg_choose_who() });
    }
    const parsed = newAssignmentRuleSchema.safeParse({
      site,
      zone: zone === "" ? null : zone,
      categories: form.getAll("category").map(String),
      faults: form.getAll("fault").map(String),
      assignee,
    });
    if (!parsed.success) {
      return fail(400, {
        form: "create",
        message: m.setup_asg_bad_form(),
      });
    }
    try {
      await api(locals.token).createAssignmentRule({ body: parsed.data as NewAssignmentRule });
    } catch (e) {
      const failure = apiFailure(e);
      return fail(failure.status, { form: "create", message: failure.data.message });
    }
    return { form: "create", done: m.setup_asg_added() };
  },
  delete: async ({ locals, request }) => {
    requireRole("manager");
    const id = Number((await request.formData()).get("id"));
    if (!Number.isInteger(id) || id <= 0)
      return fail(400, { form: "delete", message: m.setup_asg_which_rule() });
    try {
      await api(locals.token).deleteAssignmentRule({ params: { id } });
    } catch (e) {
      const failure = apiFailure(e);
      return fail(failure.status, { form: "delete", message: failure.data.message });
    }
    return { form: "delete", done: m.setup_asg_deleted() };
  },
};
