import { FLEET_SHEET_KINDS, type FleetImport, type FleetSheetKind } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { fail } from "@sveltejs/kit";
import { apiFailure } from "$lib/server/actions.ts";
import { ApiCallError, api } from "$lib/server/api.ts";
import { csvFromForm, keepCsv, keptCsv, secretsFile } from "$lib/server/fleet-import-form.ts";
import { requireRole } from "$lib/server/roles.ts";
import type { Actions, PageServerLoad } from "./$types";

/**
 * Sites, zones, assets, checkpoints and devices from a CSV file: a preview of every row first
 * (nothing written), then the import of exactly the previewed text, and the new devices' secrets
 * once as a file.
 */
export const load: PageServerLoad = () => {
  requireRole("admin");
  return {};
};

/** What the page shows of a preview, and the text to import when it is taken. */
const previewOf = (answer: FleetImport, text: string, name: string | null) => ({
  preview: {
    name,
    counts: answer.counts,
    rows: answer.rows,
    errors: answer.errors,
    csv: keepCsv(text),
  },
  // Pasted text comes back into the box, to be corrected there.
  pasted: name === null ? text : null,
});

export const actions: Actions = {
  preview: async ({ locals, request }) => {
    requireRole("admin");
    const sent = await csvFromForm(await request.formData());
    if ("error" in sent) return fail(400, { message: sent.error });
    try {
      const answer = await api(locals.token).importFleet({
        query: { dryRun: "1" },
        body: sent.text,
      });
      return previewOf(answer, sent.text, sent.name);
    } catch (e) {
      return apiFailure(e);
    }
  },

  import: async ({ locals, request }) => {
    requireRole("admin");
    const form = await request.formData();
    const text = keptCsv(form);
    const name = String(form.get("name") ?? "") || null;
    if (text === null) return fail(400, { message: m.setup_imp_preview_first() });
    const client = api(locals.token);
    try {
      const done = await client.importFleet({ query: {}, body: text });
      const created = Object.fromEntries(FLEET_SHEET_KINDS.map((kind) => [kind, 0])) as Record<
        FleetSheetKind,
        number
      >;
      for (const row of done.rows) if (row.action === "created") created[row.kind] += 1;
      return {
        imported: {
          name,
          applied: done.applied,
          counts: done.counts,
          created,
          secrets: done.secrets.length > 0 ? secretsFile(done.secrets) : null,
        },
      };
    } catch (e) {
      // The fleet changed since the preview (someone retired a zone, say): nothing was written.
      // Preview the same text again, so the page shows what is now in the way.
      if (!(e instanceof ApiCallError && e.code === "invalid_rows")) return apiFailure(e);
      try {
        const again = await client.importFleet({ query: { dryRun: "1" }, body: text });
        return fail(400, {
          message: m.setup_imp_changed(),
          ...previewOf(again, text, name),
        });
      } catch (e) {
        return apiFailure(e);
      }
    }
  },
};
