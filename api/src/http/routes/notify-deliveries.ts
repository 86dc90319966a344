import type { deliveryRoutes } from "@bulbcheck/shared";
import { recordAudit } from "../../store/audit-store.ts";
import { type Channel, listChannels } from "../../store/channel-store.ts";
import { transact } from "../../store/database.ts";
import {
  attemptsOf,
  type DeliveryRow,
  getDelivery,
  listDeliveries,
  retryDelivery,
} from "../../store/delivery-store.ts";
import { ApiError, notFound } from "../api-error.ts";
import type { Caller } from "../auth.ts";
import type { ApiDeps } from "../deps.ts";
import { attemptView, deliveryView } from "../notify-views.ts";
import type { Handlers } from "../router.ts";
import { seesSite, siteFilter } from "../scope.ts";

/** Retried deliveries try again for this long before they are given up. */
const RETRY_WINDOW_MS = 24 * 3_600_000;

/**
 * The delivery log: every message, its state and attempts. Managers see their sites' deliveries;
 * tests and reports for several sites belong to no site and are shown to unscoped callers only.
 */
export function deliveryHandlers(deps: ApiDeps): Handlers<typeof deliveryRoutes> {
  const { db } = deps;
  const channelsById = () => new Map<number, Channel>(listChannels(db).map((ch) => [ch.id, ch]));

  const visible = (caller: Caller | undefined, id: number): DeliveryRow => {
    const row = getDelivery(db, id);
    const sees =
      row !== undefined &&
      (caller?.sites === null || (row.site_id !== null && seesSite(caller, row.site_id)));
    if (!row || !sees) throw notFound(`delivery ${id}`);
    return row;
  };

  return {
    listDeliveries: ({ query, caller }) => {
      const sites = siteFilter(caller, query.site);
      const rows = listDeliveries(db, {
        sites,
        state: query.state,
        channel: query.channel,
        before: query.before,
        limit: query.limit,
      });
      const channels = channelsById();
      const audience = { admin: caller?.role === "admin" };
      return { items: rows.map((r) => deliveryView(r, channels.get(r.channel_id), audience)) };
    },

    getDelivery: ({ params, caller }) => {
      const row = visible(caller, params.id);
      const audience = { admin: caller?.role === "admin" };
      return {
        ...deliveryView(row, channelsById().get(row.channel_id), audience),
        log: attemptsOf(db, row.id).map((a) => attemptView(a, audience)),
      };
    },

    retryDelivery: async ({ params, caller }) => {
      const row = visible(caller, params.id);
      const now = deps.now();
      const retried = transact(db, () => {
        const ok = retryDelivery(db, row.id, now, now + RETRY_WINDOW_MS);
        if (ok)
          recordAudit(db, {
            at: now,
            actor: caller?.actor ?? "api",
            action: "delivery.retry",
            target: `delivery ${row.id} (${row.key})`,
            site: row.site_id ?? undefined,
          });
        return ok;
      });
      if (!retried)
        throw new ApiError(
          409,
          "not_retryable",
          `delivery ${row.id} is ${row.state}: only failed or uncertain deliveries are sent again by hand`,
        );
      await deps.notifier.runOnce();
      const after = visible(caller, row.id);
      const audience = { admin: caller?.role === "admin" };
      return {
        ...deliveryView(after, channelsById().get(after.channel_id), audience),
        log: attemptsOf(db, after.id).map((a) => attemptView(a, audience)),
      };
    },
  };
}
