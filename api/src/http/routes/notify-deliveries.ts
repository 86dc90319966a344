import { deliveryPageSchema, deliveryQuerySchema, deliveryWithLogSchema } from "@bulbcheck/shared";
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
import { type ApiRouter, numericIdParam } from "../router.ts";
import { seesSite, siteFilter } from "../scope.ts";

/** Retried deliveries try again for this long before they are given up. */
const RETRY_WINDOW_MS = 24 * 3_600_000;

/**
 * The delivery log: every message, its state and attempts. Managers see their sites' deliveries;
 * tests and reports for several sites belong to no site and are shown to unscoped callers only.
 */
export function notifyDeliveryRoutes(router: ApiRouter, deps: ApiDeps): void {
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

  router.route(
    {
      method: "get",
      path: "/api/notify/deliveries",
      summary:
        "The delivery log, newest first: each message with its state, attempts, last status and error",
      access: "manager",
      query: deliveryQuerySchema,
      response: { status: 200, schema: deliveryPageSchema, description: "deliveries" },
      errors: [404],
    },
    ({ query, caller, c }) => {
      const sites = siteFilter(caller, query.site);
      const rows = listDeliveries(db, {
        sites,
        state: query.state,
        channel: query.channel,
        before: query.before,
        limit: query.limit,
      });
      const channels = channelsById();
      return c.json({ items: rows.map((r) => deliveryView(r, channels.get(r.channel_id))) });
    },
  );

  router.route(
    {
      method: "get",
      path: "/api/notify/deliveries/:id",
      summary: "One delivery with every attempt",
      access: "manager",
      params: numericIdParam,
      response: { status: 200, schema: deliveryWithLogSchema, description: "the delivery" },
      errors: [404],
    },
    ({ params, caller, c }) => {
      const row = visible(caller, params.id);
      return c.json({
        ...deliveryView(row, channelsById().get(row.channel_id)),
        log: attemptsOf(db, row.id).map(attemptView),
      });
    },
  );

  router.route(
    {
      method: "post",
      path: "/api/notify/deliveries/:id/retry",
      summary:
        "Send a failed or uncertain delivery again (409 not_retryable for one pending or sent)",
      access: "manager",
      params: numericIdParam,
      response: { status: 200, schema: deliveryWithLogSchema, description: "the delivery" },
      errors: [404, 409],
    },
    async ({ params, caller, c }) => {
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
      return c.json({
        ...deliveryView(after, channelsById().get(after.channel_id)),
        log: attemptsOf(db, after.id).map(attemptView),
      });
    },
  );
}
