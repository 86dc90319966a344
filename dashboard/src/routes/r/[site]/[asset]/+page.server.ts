import {
  type AssetCategory,
  FAULT_CATALOG,
  REPORTABLE_FAULTS,
  type ReportableFault,
  type SiteDetail,
} from "@bulbcheck/shared";
import { error, fail } from "@sveltejs/kit";
import QRCode from "qrcode";
import { ApiCallError, callApi } from "$lib/server/api.ts";
import type { Actions, PageServerLoad } from "./$types";

/** The faults offered for an asset: those of its category, and always "something else". */
function faultsFor(category: AssetCategory): ReportableFault[] {
  return REPORTABLE_FAULTS.filter((f) => FAULT_CATALOG[f].category === category || f === "other");
}

async function findAsset(token: string, site: string, asset: string) {
  let detail: SiteDetail;
  try {
    detail = await callApi<SiteDetail>(token, `/api/sites/${encodeURIComponent(site)}`);
  } catch (e) {
    if (e instanceof ApiCallError && e.status === 404)
      error(404, { message: "This QR code points to no known place." });
    throw e;
  }
  for (const zone of detail.zones) {
    const found = zone.assets.find((a) => a.id === asset);
    if (found) return { site: detail, zone, asset: found };
  }
  error(404, { message: "This QR code points to no known place." });
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const { site, zone, asset } = await findAsset(locals.token, params.site, params.asset);
  const print = url.searchParams.has("print");
  const link = `${url.origin}/r/${encodeURIComponent(site.id)}/${encodeURIComponent(asset.id)}`;
  return {
    site: { id: site.id, name: site.name },
    zone: zone.name,
    asset: { id: asset.id, name: asset.name, category: asset.category },
    faults: faultsFor(asset.category),
    print,
    link,
    qr: print
      ? await QRCode.toString(link, { type: "svg", margin: 1, errorCorrectionLevel: "M" })
      : null,
  };
};

export const actions: Actions = {
  default: async ({ locals, params, request }) => {
    const form = await request.formData();
    const fault = String(form.get("fault") ?? "");
    const note = String(form.get("note") ?? "")
      .trim()
      .slice(0, 280);
    if (!(REPORTABLE_FAULTS as readonly string[]).includes(fault)) {
      return fail(400, { message: "Choose what is wrong." });
    }
    try {
      await callApi(locals.token, "/api/defects", {
        method: "POST",
        body: {
          site: params.site,
          asset: params.asset,
          fault,
          // A signed-in user is staff on their round; anyone else scanning the code is a customer.
          source: locals.user ? "staff" : "customer",
          ...(note ? { note } : {}),
          ...(locals.user ? {} : { reporter: "QR code" }),
        },
      });
    } catch (e) {
      if (e instanceof ApiCallError)
        return fail(e.status, {
          message: "Sorry, the report did not go through. Please try again.",
        });
      throw e;
    }
    return { sent: fault };
  },
};
