import type { Actor, RegistryKind } from "@bulbcheck/shared";
import { type EngineContext, resolveDefect } from "../engine/defect-engine.ts";
import { unresolvedOfAsset, unresolvedOfSite } from "../store/defect-store.ts";
import { restore, retire, retiredParent } from "../store/retirement-store.ts";

/**
 * Taking an object out of service, and back. Retiring closes its open defects (it is no longer a
 * bulb anyone needs to check: the board and the alerts let it go), noting why on each timeline;
 * its history, reports and insights keep what happened before. Runs inside the caller's
 * transaction; what changed is in `ctx.changes`, to publish after the commit.
 */

export interface RetirementTarget {
  kind: RegistryKind;
  site: string;
  id: string;
}

export type RetirementResult =
  | { ok: true; closedDefects: number; devices: string[] }
  /** What holds the target is retired: it comes back first. */
  | { ok: false; parent: RetirementTarget };

export function setRetired(
  ctx: EngineContext,
  target: RetirementTarget,
  retired: boolean,
  actor: Actor,
): RetirementResult {
  if (!retired) {
    const parent = retiredParent(ctx.db, target);
    if (parent) return { ok: false, parent };
    const back = restore(ctx.db, target);
    return { ok: true, closedDefects: 0, devices: back.devices };
  }
  const set = retire(ctx.db, target, actor.at);
  const note = `closed: ${target.kind} ${target.id} was retired`;
  const open =
    target.kind === "site"
      ? unresolvedOfSite(ctx.db, target.site)
      : [...set.assets, ...set.checkpoints, ...set.devices].flatMap((id) =>
          unresolvedOfAsset(ctx.db, target.site, id),
        );
  let closedDefects = 0;
  for (const defect of open) if (resolveDefect(ctx, defect.id, actor, { note }).ok) closedDefects++;
  return { ok: true, closedDefects, devices: set.devices };
}
