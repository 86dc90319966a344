import {
  type AssetCategory,
  FAULT_CATALOG,
  REPORTABLE_FAULTS,
  type ReportableFault,
  type ReportTarget,
  roleIncludes,
} from "@bulbcheck/shared";
import { error, fail, redirect } from "@sveltejs/kit";
import QRCode from "qrcode";
import { publicUrlProblem } from "$lib/public-url.ts";
import { apiFailure } from "$lib/server/actions.ts";
import { ApiCallError, api, load as apiLoad } from "$lib/server/api.ts";
import { clientAddress } from "$lib/server/client.ts";
import { requireRole } from "$lib/server/roles.ts";
import type { Actions, PageServerLoad } from "./$types";
import { attachReportPhoto } from "./report-photo.ts";

const INVALID = "This QR code is no longer valid. Please tell a member of staff.";

/** The faults offered for an asset: those of its category, and always "something else". */
function faultsFor(category: AssetCategory): ReportableFault[] {
  return REPORTABLE_FAULTS.filter((f) => FAULT_CATALOG[f].category === category || f === "other");
}

/** What a QR code's key opens: the asset's names, or the "no longer valid" page. */
async function target(site: string, asset: string, key: string): Promise<ReportTarget> {
  try {
    return await api("").getReportTarget({ params: { site, asset }, query: { key } });
  } catch (e) {
    if (e instanceof ApiCallError && (e.status === 404 || e.status === 400)) {
      error(404, { message: INVALID });
    }
    throw e;
  }
}

/** For signed-in staff without a key: the asset as their own role sees it. */
async function staffTarget(token: string, site: string, asset: string): Promise<ReportTarget> {
  const detail = await apiLoad(api(token).getSite({ params: { id: site } }));
  for (const zone of detail.zones) {
    const found = zone.assets.find((a) => a.id === asset);
    if (found) {
      return {
        site: { id: detail.id, name: detail.name },
        zone: zone.name,
        asset: { id: found.id, name: found.name, category: found.category },
      };
    }
  }
  error(404, { message: "There is no such asset at this site." });
}

const isStaff = (user: App.Locals["user"]) => user !== null && roleIncludes(user.role, "staff");

export const load: PageServerLoad = async ({ locals, params, url }) => {
  if (url.searchParams.has("print")) {
    // Printing a code hands out a key: for managers of the site.
    requireRole("manager");
    const key = await apiLoad(
      api(locals.token).getReportKey({ params: { site: params.site, asset: params.asset } }),
    );
    const where = await target(params.site, params.asset, key.key);
    // The link is made at the public address, never at the one this page was opened at (a
    // manager's 127.0.0.1 is no customer's); without a usable one, no code is drawn.
    const problem = publicUrlProblem(key.url?.slice(0, -key.path.length) ?? null);
    const link = problem === null ? key.url : null;
    return {
      ...where,
      faults: faultsFor(where.asset.category),
      mode: "print" as const,
      action: "",
      rotated: url.searchParams.has("rotated"),
      problem,
      origin: publicUrlProblem(url.origin) ? null : url.origin,
      link,
      qr: link
        ? await QRCode.toString(link, { type: "svg", margin: 1, errorCorrectionLevel: "M" })
        : null,
    };
  }
  const key = url.searchParams.get("k");
  // A code without a key (or a guest who is not staff) finds nothing: only a valid key opens it.
  if (!key && !isStaff(locals.user)) error(404, { message: INVALID });
  const where = key
    ? await target(params.site, params.asset, key)
    : await staffTarget(locals.token, params.site, params.asset);
  return {
    ...where,
    faults: faultsFor(where.asset.category),
    mode: isStaff(locals.user) ? ("staff" as const) : ("guest" as const),
    // The form posts back to this address, key and all, so that the page it answers with loads.
    action: key ? `?${new URLSearchParams({ k: key })}&/report` : "?/report",
    rotated: false,
    problem: null,
    origin: null,
    link: null,
    qr: null,
  };
};

export const actions: Actions = {
  report: async (event) => {
    const { locals, params, request, url } = event;
    const form = await request.formData();
    const fault = String(form.get("fault") ?? "");
    const note = String(form.get("note") ?? "")
      .trim()
      .slice(0, 280);
    const key = url.searchParams.get("k") ?? "";
    if (!(REPORTABLE_FAULTS as readonly string[]).includes(fault)) {
      return fail(400, { message: "Choose what is wrong." });
    }
    const staff = isStaff(locals.user);
    if (!staff && !key) error(404, { message: INVALID });
    const client = api(staff ? locals.token : "", clientAddress(event));
    let reported: { id: number };
    try {
      // Staff report as themselves; the key is for guests (an old code must not stop staff).
      reported = await client.reportDefect({
        body: {
          site: params.site,
          asset: params.asset,
          fault: fault as ReportableFault,
          // Signed-in staff are on their round; anyone else scanning the code is a customer.
          source: staff ? "staff" : "customer",
          ...(note ? { note } : {}),
          ...(staff ? {} : { reporter: "QR code" }),
          ...(staff ? {} : { reportKey: key }),
        },
      });
    } catch (e) {
      if (e instanceof ApiCallError) {
        if (e.status === 429) {
          return fail(429, {
            message: "Too many reports from this connection; please try again in a few minutes.",
          });
        }
        if (!staff && (e.status === 404 || e.status === 401 || e.status === 403)) {
          error(404, { message: INVALID });
        }
        if (staff && e.status !== 401) {
          return fail(e.status, { message: `The report did not go through: ${e.message}` });
        }
        return apiFailure(e);
      }
      return fail(503, { message: "Sorry, the report did not go through. Please try again." });
    }
    const photoProblem = await attachReportPhoto({
      client,
      defect: reported.id,
      form,
      reportKey: staff ? undefined : key,
    });
    return { sent: fault, photoProblem };
  },
  rotate: async ({ locals, params, url }) => {
    requireRole("manager");
    try {
      await api(locals.token).revokeReportKey({
        params: { site: params.site, asset: params.asset },
      });
    } catch (e) {
      return apiFailure(e);
    }
    redirect(303, `${url.pathname}?print=1&rotated=1`);
  },
};
