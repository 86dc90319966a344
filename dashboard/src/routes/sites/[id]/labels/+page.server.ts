import { idSchema } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { fail, redirect } from "@sveltejs/kit";
import QRCode from "qrcode";
import { publicUrlProblem } from "$lib/public-url.ts";
import { apiFailure } from "$lib/server/actions.ts";
import { api, load as apiLoad, pageQuery } from "$lib/server/api.ts";
import { requireRole } from "$lib/server/roles.ts";
import type { Actions, PageServerLoad } from "./$types";
import { LABEL_PAGE_KEYS, labelPageQuerySchema } from "./sheet.ts";

/** The page's own origin, to offer as the public address unless it is this machine's. */
function offeredOrigin(url: URL): string | null {
  return publicUrlProblem(url.origin) ? null : url.origin;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
  // A label hands out a key: for managers of the site, as the one-code print page.
  requireRole("manager");
  const query = pageQuery(url, labelPageQuerySchema, LABEL_PAGE_KEYS);
  const client = api(locals.token);
  const [site, labels] = await Promise.all([
    apiLoad(client.getSite({ params: { id: params.id } })),
    apiLoad(
      client.listReportLabels({
        params: { site: params.id },
        query: query.zone ? { zone: query.zone } : {},
      }),
    ),
  ]);
  const problem = publicUrlProblem(labels.publicUrl);
  const shown = query.asset ? labels.items.filter((l) => l.asset.id === query.asset) : labels.items;
  return {
    site: { id: site.id, name: site.name, language: site.language },
    // The zones that have labels to print, for the filter.
    zones: site.zones
      .map((z) => ({
        id: z.id,
        name: z.name,
        count: z.assets.filter((a) => a.customerVisible && !a.unplaced && !a.retired).length,
      }))
      .filter((z) => z.count > 0 || z.id === query.zone),
    query,
    problem,
    publicUrl: problem === null ? labels.publicUrl : null,
    origin: offeredOrigin(url),
    // Every asset the sheet holds, for revoking its code, whether or not codes can be printed.
    assets: labels.items.map((l) => ({ id: l.asset.id, name: l.asset.name, zone: l.zone.name })),
    // No code leaves the server with an address no phone can open: not drawn, not linked.
    labels:
      problem === null
        ? await Promise.all(
            shown.map(async (l) => ({
              asset: l.asset,
              zone: l.zone,
              url: l.url as string,
              // The SVG is made by the qrcode library from our own link: no user text in it.
              qr: await QRCode.toString(l.url as string, {
                type: "svg",
                margin: 0,
                errorCorrectionLevel: "M",
              }),
            })),
          )
        : [],
  };
};

export const actions: Actions = {
  /** Revokes one asset's code and comes back to the page, its new label ready to print. */
  revoke: async ({ locals, params, request, url }) => {
    requireRole("manager");
    const asset = idSchema.safeParse(String((await request.formData()).get("asset") ?? ""));
    if (!asset.success) return fail(400, { message: m.site_labels_which_asset() });
    try {
      await api(locals.token).revokeReportKey({
        params: { site: params.id, asset: asset.data },
      });
    } catch (e) {
      return apiFailure(e);
    }
    // The form posts to this address with its filters (`?zone=...&/revoke`): back to them.
    const next = new URLSearchParams(url.search);
    next.delete("/revoke");
    next.delete("asset");
    next.set("revoked", asset.data);
    redirect(303, `${url.pathname}?${next}`);
  },
};
