import { EXPORT_ACCESS, EXPORT_DATASETS, roleIncludes } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { api, load as apiLoad } from "$lib/server/api.ts";
import { problemWords } from "$lib/server/problem-words.ts";
import { requireRole } from "$lib/server/roles.ts";
import type { PageServerLoad } from "./$types";

const DAY = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** What kept a download from starting (its code, from ./download), in the reader's words. */
function problemOf(code: string | null, status: number): string | null {
  if (code === null) return null;
  if (code === "choose") return m.reports_export_choose();
  if (code === "backwards") return m.reports_export_backwards();
  return problemWords({ status: Number.isInteger(status) ? status : 400, code });
}

/** Data out: what the signed-in user may take, for which sites and days. */
export const load: PageServerLoad = async ({ locals, url }) => {
  const user = requireRole("viewer");
  const sites = await apiLoad(api(locals.token).listSites());
  const today = Date.now();
  const datasets = EXPORT_DATASETS.filter((d) => roleIncludes(user.role, EXPORT_ACCESS[d]));
  const asked = url.searchParams;
  const dataset = datasets.find((d) => d === asked.get("dataset")) ?? "defects";
  return {
    datasets,
    // What was asked, when a download could not start and sent the form back here; else defaults.
    form: {
      dataset,
      format: asked.get("format") === "jsonl" ? ("jsonl" as const) : ("csv" as const),
      from: asked.get("from") || day(today - 90 * DAY),
      to: asked.get("to") || day(today),
      sites: asked.getAll("site"),
    },
    sites: sites.items
      .map((s) => ({ id: s.id, name: s.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    problem: problemOf(asked.get("problem"), Number(asked.get("status"))),
  };
};
