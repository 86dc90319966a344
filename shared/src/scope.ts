import type { DeviceKind } from "./api/fleet.ts";
import type { DecodedMessage } from "./decode.ts";

/**
 * A device's scope: what it may speak of (docs/api.md#device-scope-addition). Authentication says which
 * device sent a message; the scope says whether that device may say it. A `health` or `resolve`
 * outside it, or a `checkin`, is refused as `out_of_scope`; a `report` is not limited (anyone at
 * a site may say something is wrong there), nor is a `status` (a device speaks of itself).
 *
 * - The assets a device may send health about and resolve: those it `watches`, and those of the
 *   checkpoints it `serves`. A device that names neither may act on what is provisioned with it:
 *   every asset placed in a zone of its site, never one only met in an event (unplaced), and
 *   never a device or a checkpoint, under whose ids the system files its own defects.
 * - The checkpoints a device may check in at: a button's `serves`, or every checkpoint of its
 *   site when it names none. A sensor checks in nowhere: a check-in is a person's round.
 */
export interface DeviceScope {
  /** `null`: every asset provisioned at the device's site. */
  assets: ReadonlySet<string> | null;
  /** `null`: every checkpoint of the device's site. */
  checkpoints: ReadonlySet<string> | null;
}

/** What the fleet document says of a device that its scope follows from. */
export interface ScopedDevice {
  kind: DeviceKind;
  watches: readonly string[];
  /** Absent (`null` or `undefined`) is not the same as `[]`: see {@link DeviceScope}. */
  serves?: readonly string[] | null | undefined;
}

/** The device's site, as far as a scope needs to know it. */
export interface ScopeSite {
  /** Placed in a zone by a fleet document, not only met in an event. */
  provisionsAsset(asset: string): boolean;
  hasCheckpoint(checkpoint: string): boolean;
}

/** The reason a message outside its device's scope is refused with. */
export const OUT_OF_SCOPE = "out_of_scope";

/**
 * A device's scope from its fleet entry and the assets its site's checkpoints cover.
 * @example deviceScope({ kind: "button", watches: [], serves: ["lobby-check"] }, assetsOf)
 *   // { assets: Set { "lobby-floor", "lobby-lamp" }, checkpoints: Set { "lobby-check" } }
 */
export function deviceScope(
  device: ScopedDevice,
  checkpointAssets: (checkpoint: string) => readonly string[],
): DeviceScope {
  const serves = device.kind === "button" ? (device.serves ?? null) : [];
  const checkpoints = serves === null ? null : new Set(serves);
  const named = device.watches.length > 0 || (device.kind === "button" && serves !== null);
  if (!named) return { assets: null, checkpoints };
  const assets = new Set(device.watches);
  for (const checkpoint of serves ?? [])
    for (const a of checkpointAssets(checkpoint)) assets.add(a);
  return { assets, checkpoints };
}

/** Whether the device may send health about the asset, and resolve its defects. */
export function coversAsset(scope: DeviceScope, asset: string, site: ScopeSite): boolean {
  return scope.assets === null ? site.provisionsAsset(asset) : scope.assets.has(asset);
}

/** Whether the device may check in at the checkpoint. */
export function coversCheckpoint(scope: DeviceScope, checkpoint: string, site: ScopeSite): boolean {
  return scope.checkpoints === null
    ? site.hasCheckpoint(checkpoint)
    : scope.checkpoints.has(checkpoint);
}

/**
 * Which rule of the scope a message broke, for the words a person reads (`params.case` of an
 * `out_of_scope` refusal, docs/api.md#device-scope-addition).
 */
export type ScopeCase =
  | "not_watched"
  | "not_provisioned"
  | "sensor_checkin"
  | "no_checkpoint"
  | "not_served";

/** A message outside its device's scope: the English sentence, and what it is made of. */
export interface ScopeProblem {
  message: string;
  params: {
    case: ScopeCase;
    device: string;
    /** The device's kind: `sensor` or `button`. */
    kind: DeviceKind;
    /** What it tried: `health`, `resolve` or `checkin`. */
    what: "health" | "resolve" | "checkin";
    /** The asset (health, resolve) or the checkpoint (check-in) it named. */
    target: string;
  };
}

/**
 * Why a device may not say what it said, or undefined when it may. Pure: the site is asked only
 * when the scope is the default one.
 */
export function scopeProblem(
  device: { id: string; kind: DeviceKind },
  scope: DeviceScope,
  message: DecodedMessage,
  site: ScopeSite,
): ScopeProblem | undefined {
  const named = scope.assets !== null;
  const problem = (
    what: ScopeProblem["params"]["what"],
    target: string,
    c: ScopeCase,
    said: string,
  ) => ({
    message: said,
    params: { case: c, device: device.id, kind: device.kind, what, target },
  });
  switch (message.kind) {
    case "health":
    case "resolve": {
      const { asset } = message.payload;
      if (coversAsset(scope, asset, site)) return undefined;
      const what = message.kind === "health" ? "send health about" : "resolve";
      return named
        ? problem(
            message.kind,
            asset,
            "not_watched",
            `${device.id} may not ${what} ${asset}: it is not among the assets the ${device.kind} watches or serves`,
          )
        : problem(
            message.kind,
            asset,
            "not_provisioned",
            `${device.id} may not ${what} ${asset}: no asset ${asset} is provisioned at its site`,
          );
    }
    case "checkin": {
      const { checkpoint } = message.payload;
      if (device.kind === "sensor")
        return problem(
          "checkin",
          checkpoint,
          "sensor_checkin",
          `${device.id} is a sensor: check-ins are made on a button, at a checkpoint it serves`,
        );
      if (coversCheckpoint(scope, checkpoint, site)) return undefined;
      return scope.checkpoints === null
        ? problem(
            "checkin",
            checkpoint,
            "no_checkpoint",
            `${device.id} may not check in at ${checkpoint}: its site has no such checkpoint`,
          )
        : problem(
            "checkin",
            checkpoint,
            "not_served",
            `${device.id} may not check in at ${checkpoint}: it is not among the checkpoints the button serves`,
          );
    }
    case "report":
    case "status":
      return undefined;
  }
}
