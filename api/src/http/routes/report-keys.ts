import { likelyFaults, type reportKeyRoutes } from "@bulbcheck/shared";
import { isLocale } from "@bulbcheck/shared/i18n";
import { z } from "zod";
import { reportKeyMatches, reportPath, signReportKey } from "../../access/report-keys.ts";
import { recordAudit } from "../../store/audit-store.ts";
import { transact } from "../../store/database.ts";
import { faultHistory } from "../../store/evidence-store.ts";
import { getAsset, getSiteRow, zoneExists, zonesOf } from "../../store/registry-store.ts";
import {
  labelledAssets,
  raiseReportKeyVersion,
  reportKeySecret,
} from "../../store/report-key-store.ts";
import { ApiError, notFound } from "../api-error.ts";
import type { ApiDeps } from "../deps.ts";
import type { Handlers } from "../router.ts";
import { requireSite } from "../scope.ts";

const _assetParams = z.object({
  site: z.string().min(1).max(64),
  asset: z.string().min(1).max(64),
});

/** The one answer for a wrong, revoked or unknown code: nothing to learn from trying. */
export const invalidReportKey = () =>
  new ApiError(404, "invalid_report_key", "this QR code is not valid (any more)");

/**
 * Signed QR report keys: managers print them and revoke them; a guest's phone shows what the code
 * names and nothing else.
 */
export function reportKeyHandlers(deps: ApiDeps): Handlers<typeof reportKeyRoutes> {
  const { db } = deps;

  const keyOf = (site: string, asset: string, version: number) => ({
    site,
    asset,
    ...reportLinks(deps)(site, asset, version),
  });

  return {
    getReportKey: ({ params, caller }) => {
      requireSite(caller, params.site, `asset ${params.site}/${params.asset}`);
      const asset = getAsset(db, params.site, params.asset);
      if (!asset) throw notFound(`asset ${params.site}/${params.asset}`);
      return keyOf(asset.site_id, asset.id, asset.report_key_version);
    },

    listReportLabels: ({ params, query, caller }) => {
      const { site } = params;
      requireSite(caller, site, `site ${site}`);
      if (!getSiteRow(db, site)) throw notFound(`site ${site}`);
      if (query.zone !== undefined && !zoneExists(db, site, query.zone))
        throw notFound(`zone ${site}/${query.zone}`);
      const linkOf = reportLinks(deps);
      return {
        site,
        zone: query.zone ?? null,
        publicUrl: deps.publicUrl ?? null,
        items: labelledAssets(db, site, query.zone).map((row) => ({
          asset: { id: row.id, name: row.name },
          zone: { id: row.zone_id, name: row.zone_name },
          ...linkOf(site, row.id, row.report_key_version),
        })),
      };
    },

    revokeReportKey: ({ params, caller }) => {
      requireSite(caller, params.site, `asset ${params.site}/${params.asset}`);
      const at = deps.now();
      const version = transact(db, () => {
        const raised = raiseReportKeyVersion(db, params.site, params.asset);
        if (raised !== undefined)
          recordAudit(db, {
            at,
            actor: caller?.actor ?? "api",
            action: "asset.revoke_report_key",
            target: `asset ${params.site}/${params.asset}`,
            site: params.site,
          });
        return raised;
      });
      if (version === undefined) throw notFound(`asset ${params.site}/${params.asset}`);
      return keyOf(params.site, params.asset, version);
    },

    getReportTarget: ({ params, query }) => {
      const asset = assetForKey(deps, params.site, params.asset, query.key);
      const site = getSiteRow(db, asset.site_id);
      const zone = zonesOf(db, asset.site_id).find((z) => z.id === asset.zone_id);
      return {
        site: {
          id: asset.site_id,
          name: site?.name ?? asset.site_id,
          language: isLocale(site?.language) ? site.language : "en",
        },
        zone: zone?.name ?? "",
        asset: { id: asset.id, name: asset.name, category: asset.category },
        faults: likelyFaults(asset.category, faultHistory(db, asset.site_id, asset.id)),
        tellWhenFixed: deps.customerMail ?? false,
      };
    },
  };
}

/**
 * Makes what QR codes carry, the secret read once for as many codes as asked: the signed key
 * of an asset's key version, the report page's path with it, and the whole link at the public
 * address when there is one.
 */
function reportLinks(deps: ApiDeps) {
  const secret = reportKeySecret(deps.db);
  return (site: string, asset: string, version: number) => {
    const key = signReportKey(secret, site, asset, version);
    const path = reportPath(site, asset, key);
    return { key, path, url: deps.publicUrl === undefined ? null : `${deps.publicUrl}${path}` };
  };
}

/** The asset a report key opens, or the 404 of an invalid code. */
export function assetForKey(deps: ApiDeps, site: string, asset: string, key: string) {
  const row = getAsset(deps.db, site, asset);
  // A retired asset's printed codes are no longer valid, as a revoked code is not.
  if (
    !row ||
    row.retired_at !== null ||
    !reportKeyMatches(reportKeySecret(deps.db), site, asset, row.report_key_version, key)
  )
    throw invalidReportKey();
  return row;
}
