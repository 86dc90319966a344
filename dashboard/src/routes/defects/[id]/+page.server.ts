import { LIVE } from "$lib/live.svelte.ts";
import { defectAction } from "$lib/server/actions.ts";
import { api, load as apiLoad } from "$lib/server/api.ts";
import type { Actions, PageServerLoad } from "./$types";
import { defectKey } from "./defect-key.ts";
import { addPhoto } from "./photo-action.ts";

export const load: PageServerLoad = async ({ locals, params, depends }) => {
  depends(LIVE, defectKey(params.id));
  const client = api(locals.token);
  const [defect, photos] = await Promise.all([
    apiLoad(client.getDefect({ params: { id: params.id } })),
    apiLoad(client.listDefectPhotos({ params: { id: params.id } })),
  ]);
  return { defect, photos: photos.items, at: Date.now() };
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
  photo: async ({ locals, params, request }) =>
    addPhoto(locals, params.id, await request.formData()),
};
