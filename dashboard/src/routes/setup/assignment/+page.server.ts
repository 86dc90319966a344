import {
  ASSET_CATEGORIES,
  type NewAssignmentRule,
  newAssignmentRuleSchema,
  REPORTABLE_FAULTS,
  SYSTEM_FAULTS,
} from "@bulbcheck/shared";
import { fail } from "@sveltejs/kit";
import { ApiCallError, api, load as apiLoad, sessionLost } from "$lib/server/api.ts";
import { assigneeOf, refusalWords } from "$lib/server/defect-work.ts";
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
    .map((s) => ({ id: s.id, name: s.name }))
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
      return fail(400, { form: "create", field: "assignee", message: "Choose who gets them." });
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
        message: "Choose the site, and tick only what the lists offer.",
      });
    }
    try {
      await api(locals.token).createAssignmentRule({ body: parsed.data as NewAssignmentRule });
    } catch (e) {
      if (e instanceof ApiCallError) {
        if (e.status === 401) sessionLost();
        return fail(e.status, {
          form: "create",
          message: refusalWords(e.code, e.issues[0]?.message ?? e.message, e.status),
        });
      }
      throw e;
    }
    return { form: "create", done: "Rule added: new defects it matches are assigned as it says." };
  },
  delete: async ({ locals, request }) => {
    requireRole("manager");
    const id = Number((await request.formData()).get("id"));
    if (!Number.isInteger(id) || id <= 0)
      return fail(400, { form: "delete", message: "Which rule?" });
    try {
      await api(locals.token).deleteAssignmentRule({ params: { id } });
    } catch (e) {
      if (e instanceof ApiCallError) {
        if (e.status === 401) sessionLost();
        return fail(e.status, {
          form: "delete",
          message: refusalWords(e.code, e.message, e.status),
        });
      }
      throw e;
    }
    return { form: "delete", done: "Rule deleted. Defects it assigned stay assigned." };
  },
};
