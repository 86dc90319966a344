import { redirect } from "@sveltejs/kit";
import { NOTICES } from "$lib/notices.ts";
import { apiFailure } from "$lib/server/actions.ts";
import { api, load as apiLoad } from "$lib/server/api.ts";
import type { Actions, PageServerLoad } from "./$types";

/** The signed-in person's notices: assigned to them or their team, escalated to them, attention. */
export const load: PageServerLoad = async ({ locals, depends }) => {
  depends(NOTICES);
  if (!locals.user?.user) return { items: [], unread: 0, personal: false, sites: [], zones: [] };
  const client = api(locals.token);
  const [notices, sites] = await Promise.all([
    apiLoad(client.listMyNotices()),
    apiLoad(client.listSites()),
  ]);
  // Zone names of the sites the notices are about (a person works at a handful).
  const shown = [...new Set(notices.items.map((n) => n.defect.site))].slice(0, 12);
  const details = await Promise.all(
    shown.map((id) => client.getSite({ params: { id } }).catch(() => null)),
  );
  return {
    ...notices,
    personal: true,
    sites: sites.items.map((s) => ({ id: s.id, name: s.name })),
    zones: details.flatMap((site) =>
      site ? site.zones.map((z) => ({ site: site.id, id: z.id, name: z.name })) : [],
    ),
  };
};

const ids = (form: FormData) =>
  form
    .getAll("id")
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);

export const actions: Actions = {
  /** Marks these notices read, or all of them. */
  read: async ({ locals, request }) => {
    const form = await request.formData();
    const chosen = ids(form);
    try {
      await api(locals.token).readMyNotices({
        body: chosen.length > 0 ? { ids: chosen } : {},
      });
    } catch (e) {
      return apiFailure(e);
    }
    return { read: chosen.length > 0 ? chosen.length : "all" };
  },
  /** Opens a notice's defect, marking the notice read on the way (a POST: never on hover). */
  open: async ({ locals, request }) => {
    const form = await request.formData();
    const [id] = ids(form);
    const defect = Number(form.get("defect"));
    if (id !== undefined)
      await api(locals.token)
        .readMyNotices({ body: { ids: [id] } })
        .catch(() => undefined);
    redirect(303, Number.isInteger(defect) && defect > 0 ? `/defects/${defect}` : "/notices");
  },
};
