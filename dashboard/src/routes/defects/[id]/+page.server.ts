import { LIVE } from "$lib/live.svelte.ts";
import { api, load as apiLoad } from "$lib/server/api.ts";
import { workActions } from "$lib/server/defect-work.ts";
import { permissions } from "$lib/server/roles.ts";
import type { Actions, PageServerLoad } from "./$types";
import { defectKey } from "./defect-key.ts";
import { addPhoto } from "./photo-action.ts";

export const load: PageServerLoad = async ({ locals, params, depends }) => {
  depends(LIVE, defectKey(params.id));
  const client = api(locals.token);
  const [defect, photos] = await Promise.all([
    apiLoad(client.getDefect({ params: { id: params.id } }), { kind: "defect", id: params.id }),
    apiLoad(client.listDefectPhotos({ params: { id: params.id } }), {
      kind: "defect",
      id: params.id,
    }),
  ]);
  // --- Working on it (issue 20): who it may go to, and the site's clock for due times; the
  // site's and the zone's names.
  const [work, site] = await Promise.all([
    permissions(locals.user).manage
      ? client.listAssignable({ params: { site: defect.site } }).catch(() => null)
      : null,
    client.getSite({ params: { id: defect.site } }).catch(() => null),
  ]);
  return {
    defect,
    photos: photos.items,
    at: Date.now(),
    work: {
      assignable: work,
      timezone: site?.timezone ?? "UTC",
      siteName: site?.name ?? defect.site,
      zoneName: site?.zones.find((z) => z.id === defect.zone)?.name ?? defect.zone,
      me: locals.user?.user?.username ?? null,
    },
  };
};

// Every work form posts here with its own action: ?/ack, ?/assign, ?/comment, ?/hold,
// ?/resolve, ?/reopen, ?/undo (DefectActions.svelte).
export const actions: Actions = {
  ...workActions((_form, params) => Number(params.id)),
  // Photos (DefectPhotos.svelte).
  photo: async ({ locals, params, request }) =>
    addPhoto(locals, params.id, await request.formData()),
};
