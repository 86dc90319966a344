import { LIVE } from "$lib/live.svelte.ts";
import { defectAction } from "$lib/server/actions.ts";
import { api, load as apiLoad } from "$lib/server/api.ts";
import type { Actions, PageServerLoad } from "./$types";
import { defectKey } from "./defect-key.ts";

export const load: PageServerLoad = async ({ locals, params, depends }) => {
  depends(LIVE, defectKey(params.id));
  const defect = await apiLoad(api(locals.token).getDefect({ params: { id: params.id } }));
  return { defect, at: Date.now() };
};

const note = (form: FormData) => {
  const text = String(form.get("note") ?? "").trim();
  return text === "" ? undefined : text.slice(0, 280);
};

export const actions: Actions = {
  ack: async ({ locals, params, request }) =>
    defectAction(locals, params.id, "ack", note(await request.formData())),
  resolve: async ({ locals, params, request }) =>
    defectAction(locals, params.id, "resolve", note(await request.formData())),
};
