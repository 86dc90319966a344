import {
  likelyFaults,
  REPORTABLE_FAULTS,
  type ReportableFault,
  type ReportTarget,
  roleIncludes,
} from "@bulbcheck/shared";
import { guestLocale, type Locale, localeOfAcceptLanguage, m } from "@bulbcheck/shared/i18n";
import { error, fail, redirect } from "@sveltejs/kit";
import QRCode from "qrcode";
import { publicUrlProblem } from "$lib/public-url.ts";
import { apiFailure } from "$lib/server/actions.ts";
import { ApiCallError, api, load as apiLoad } from "$lib/server/api.ts";
import { clientAddress } from "$lib/server/client.ts";
import { requireRole } from "$lib/server/roles.ts";
import type { Actions, PageServerLoad } from "./$types";
import { attachReportPhoto } from "./report-photo.ts";

const invalid = () => error(404, { message: m.qr_invalid() });

/** What a QR code's key opens: the asset's names, or the "no longer valid" page. */
async function target(site: string, asset: string, key: string): Promise<ReportTarget> {
  try {
    return await api("").getReportTarget({ params: { site, asset }, query: { key } });
  } catch (e) {
    if (e instanceof ApiCallError && (e.status === 404 || e.status === 400)) invalid();
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
        site: { id: detail.id, name: detail.name, language: detail.language },
        zone: zone.name,
        asset: { id: found.id, name: found.name, category: found.category },
        // Staff are not e-mailed as customers; the asset's category first, then the rest.
        faults: likelyFaults(found.category),
        tellWhenFixed: false,
      };
    }
  }
  error(404, { message: m.qr_no_such_asset({ asset }) });
}

function guestLanguage(request: Request): { language?: Locale } {
  const language = localeOfAcceptLanguage(request.headers.get("accept-language"));
  return language ? { language } : {};
}

const isStaff = (user: App.Locals["user"]) => user !== null && roleIncludes(user.role, "staff");

export const load: PageServerLoad = async ({ locals, params, request, url }) => {
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
      locale: locals.locale,
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
  if (!key && !isStaff(locals.user)) invalid();
  const where = key
    ? await target(params.site, params.asset, key)
    : await staffTarget(locals.token, params.site, params.asset);
  // A guest reads the page in their browser's language when it is one of ours, else the site's;
  // staff keep their own.
  if (!isStaff(locals.user)) {
    locals.locale = guestLocale(request.headers.get("accept-language"), where.site.language);
  }
  return {
    locale: locals.locale,
    // The API orders them: the asset's category first, then what it had most, then the rest.
    ...where,
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
    const email = String(form.get("email") ?? "").trim();
    if (!(REPORTABLE_FAULTS as readonly string[]).includes(fault)) {
      return fail(400, { problem: "choose" as const });
    }
    const staff = isStaff(locals.user);
    if (!staff && !key) invalid();
    const client = api(staff ? locals.token : "", clientAddress(event));
    let answer: {
      id: number;
      reference: string;
      alreadyReportedAt: string | null;
      lastSeenAt: string;
      tellWhenFixed: boolean;
    };
    try {
      // Staff report as themselves; the key is for guests (an old code must not stop staff).
      answer = await client.reportDefect({
        body: {
          site: params.site,
          asset: params.asset,
          fault: fault as ReportableFault,
          // Signed-in staff are on their round; anyone else scanning the code is a customer.
          source: staff ? "staff" : "customer",
          ...(note ? { note } : {}),
          ...(staff ? {} : { reporter: "QR code" }),
          ...(staff ? {} : { reportKey: key }),
          // The guest's fixed e-mail in the page's language: their browser's when it is one of
          // ours (else none is sent, and the API uses the site's, as the page did).
          ...(!staff && email ? { email, ...guestLanguage(request) } : {}),
        },
      });
    } catch (e) {
      if (e instanceof ApiCallError) {
        if (e.status === 400 && email && !staff) {
          return fail(400, { problem: "bad_email" as const, email });
        }
        if (e.status === 429) {
          return fail(429, { problem: "too_many" as const });
        }
        if (!staff && (e.status === 404 || e.status === 401 || e.status === 403)) invalid();
        if (staff && e.status !== 401) {
          return fail(e.status, { problem: "staff_refused" as const, reason: e.message });
        }
        return apiFailure(e);
      }
      return fail(503, { problem: "not_through" as const });
    }
    const photoProblem = await attachReportPhoto({
      client,
      defect: answer.id,
      form,
      reportKey: staff ? undefined : key,
    });
    // What the guest is told: their reference, and whether the fault was known already.
    return {
      sent: fault,
      photoProblem,
      reference: answer.reference,
      alreadyReportedAt: answer.alreadyReportedAt,
      tellWhenFixed: answer.tellWhenFixed,
      // The API's clock on both sides: this report's time.
      at: answer.lastSeenAt,
    };
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
