import type { RefusalParams } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { pick, say } from "./params-words.ts";

/**
 * Why a device's message was refused, in the reader's words, from the refusal's `reason` and
 * `params` (docs/api.md#refusal-words-addition). The ids in them read as names where the page
 * knows them. A reason this dashboard does not know, or a refusal recorded before the API kept
 * its parameters, reads as the API's English sentence: that is all there is to say.
 */
export interface Refusal {
  reason: string;
  message: string;
  params: RefusalParams | null;
}

/** Names for the ids a refusal speaks of; an id without one is shown as it is. */
export interface RefusalNames {
  asset?: (id: string) => string | undefined;
  checkpoint?: (id: string) => string | undefined;
  site?: (id: string) => string | undefined;
  device?: (id: string) => string | undefined;
}

type Shown = Readonly<Record<string, string>>;

/** Reasons that need nothing but themselves. */
const FIXED: Record<string, () => string> = {
  bad_utf8: m.devices_refusal_bad_utf8,
  bad_json: m.devices_refusal_bad_json,
  not_object: m.devices_refusal_not_object,
  bad_status: m.devices_refusal_bad_status,
  bad_topic: m.devices_refusal_bad_topic,
  bad_site: m.devices_refusal_bad_site,
  bad_device: m.devices_refusal_bad_device,
  unknown_kind: m.devices_refusal_unknown_kind,
};

/** Reasons said with their parameters. */
const WITH_PARAMS: Record<string, (p: Shown) => string | undefined> = {
  too_large: (p) => say(pick(p, "size", "limit"), m.devices_refusal_too_large),
  wrong_device: (p) => say(pick(p, "sender", "device"), m.devices_refusal_wrong_device),
  unknown_device: (p) => say(pick(p, "device"), m.devices_refusal_unknown_device),
  wrong_site: (p) => say(pick(p, "device", "site", "topicSite"), m.devices_refusal_wrong_site),
  revoked: (p) => say(pick(p, "device"), m.devices_refusal_revoked),
  retired: (p) => say(pick(p, "device"), m.devices_refusal_retired),
  asset_retired: (p) => say(pick(p, "asset", "site"), m.devices_refusal_asset_retired),
  unplaced_limit: (p) => say(pick(p, "asset", "site", "limit"), m.devices_refusal_unplaced_limit),
  out_of_scope: (p) => {
    const at = pick(p, "device", "target");
    if (!at) return undefined;
    const asset = { device: at.device, asset: at.target };
    const checkpoint = { device: at.device, checkpoint: at.target };
    switch (`${p.case}/${p.what}`) {
      case "not_watched/health":
        return m.devices_refusal_health_not_watched(asset);
      case "not_watched/resolve":
        return m.devices_refusal_resolve_not_watched(asset);
      case "not_provisioned/health":
        return m.devices_refusal_health_not_provisioned(asset);
      case "not_provisioned/resolve":
        return m.devices_refusal_resolve_not_provisioned(asset);
      case "sensor_checkin/checkin":
        return m.devices_refusal_sensor_checkin(at);
      case "no_checkpoint/checkin":
        return m.devices_refusal_no_checkpoint(checkpoint);
      case "not_served/checkin":
        return m.devices_refusal_not_served(checkpoint);
      default:
        return undefined;
    }
  },
};

/** The reasons this dashboard has words for (the tests check each in every language). */
export const KNOWN_REASONS = [...Object.keys(FIXED), ...Object.keys(WITH_PARAMS)];

/** The parameters as the words show them: ids as names, numbers as text. */
function shown(params: RefusalParams, names: RefusalNames): Record<string, string> {
  const out: Record<string, string> = {};
  const checkin = params.what === "checkin";
  for (const [key, value] of Object.entries(params)) {
    const id = String(value);
    const name =
      key === "asset" || (key === "target" && !checkin)
        ? names.asset?.(id)
        : key === "target" || key === "checkpoint"
          ? names.checkpoint?.(id)
          : key === "site" || key === "topicSite"
            ? names.site?.(id)
            : key === "device" || key === "sender"
              ? names.device?.(id)
              : undefined;
    out[key] = name ?? id;
  }
  return out;
}

export function refusalWords(refusal: Refusal, names: RefusalNames = {}): string {
  const { reason } = refusal;
  const fixed = FIXED[reason];
  if (fixed) return fixed();
  // The field a payload got wrong is in the reason itself: `missing_field:asset`.
  const [head, field] = reason.split(/:(.*)/s);
  if (field && head === "missing_field") return m.devices_refusal_missing_field({ field });
  if (field && head === "bad_field") return m.devices_refusal_bad_field({ field });
  const words = refusal.params && WITH_PARAMS[reason]?.(shown(refusal.params, names));
  return words ?? refusal.message;
}
