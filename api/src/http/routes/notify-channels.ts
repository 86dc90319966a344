import { randomBytes } from "node:crypto";
import type { AuditAction, channelRoutes } from "@bulbcheck/shared";
import { AddressRefused } from "../../notify/outbound.ts";
import { recordAudit } from "../../store/audit-store.ts";
import {
  type Channel,
  type ChannelTarget,
  deleteChannel,
  getChannel,
  insertChannel,
  listChannels,
  setChannelSecret,
  updateChannel,
} from "../../store/channel-store.ts";
import { transact } from "../../store/database.ts";
import { attemptsOf, getDelivery } from "../../store/delivery-store.ts";
import { subscriptionsUsingChannel } from "../../store/report-subscription-store.ts";
import { rulesUsingChannel } from "../../store/rule-store.ts";
import { ApiError, notFound } from "../api-error.ts";
import type { ApiDeps } from "../deps.ts";
import { attemptView, channelView, deliveryView } from "../notify-views.ts";
import type { Handlers } from "../router.ts";

/** A webhook's signing secret: 256 random bits, with a prefix that says what it is. */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/**
 * Channels: where notifications go. Admins only, but for the list: a channel is a URL anywhere
 * or someone's addresses, and a webhook's secret; managers see names and kinds to pick from in
 * their rules.
 */
export function channelHandlers(deps: ApiDeps): Handlers<typeof channelRoutes> {
  const { db } = deps;
  const audit = (
    actor: string,
    action: AuditAction,
    channel: Channel | { id: number; name: string },
    detail = {},
  ) =>
    recordAudit(db, {
      at: deps.now(),
      actor,
      action,
      target: `channel ${channel.id} (${channel.name})`,
      detail,
    });

  /** A web channel's URL must reach an allowed address now; each send checks it again. */
  const checkUrl = async (url: string | undefined) => {
    if (url === undefined) return;
    try {
      await deps.outbound.checkUrl(url);
    } catch (error) {
      if (error instanceof AddressRefused)
        throw new ApiError(400, "address_not_allowed", `url: ${error.message}`, [
          { path: "url", message: error.message },
        ]);
      throw error;
    }
  };

  return {
    listChannels: ({ caller }) => {
      const admin = caller?.role === "admin";
      return { items: listChannels(db).map((ch) => channelView(ch, admin)) };
    },

    createChannel: async ({ body, caller }) => {
      if (body.kind !== "email") await checkUrl(body.url);
      const { name, ...rest } = body;
      const target = rest as ChannelTarget;
      const secret = body.kind === "webhook" ? newSecret() : null;
      const now = deps.now();
      const id = transact(db, () => {
        const created = insertChannel(db, { name, target, secret }, now);
        audit(caller?.actor ?? "api", "channel.create", { id: created, name }, { kind: body.kind });
        return created;
      });
      const channel = getChannel(db, id);
      if (!channel) throw notFound(`channel ${id}`);
      return { ...channelView(channel, true), secret };
    },

    updateChannel: async ({ params, body, caller }) => {
      const channel = getChannel(db, params.id);
      if (!channel) throw notFound(`channel ${params.id}`);
      if (channel.kind === "in_app" && (body.url !== undefined || body.to !== undefined))
        throw fieldError(
          body.url !== undefined ? "url" : "to",
          "the in-app channel tells the site's managers: it has no URL or addresses",
        );
      if (channel.kind === "email" && body.url !== undefined)
        throw fieldError("url", "an e-mail channel has addresses (to), not a URL");
      if (channel.kind !== "email" && body.to !== undefined)
        throw fieldError("to", `a ${channel.kind} channel has a URL, not addresses`);
      await checkUrl(body.url);
      const target: ChannelTarget =
        channel.kind === "email"
          ? { kind: "email", to: body.to ?? channel.to }
          : channel.kind === "in_app"
            ? channel
            : { kind: channel.kind, url: body.url ?? channel.url };
      transact(db, () => {
        updateChannel(
          db,
          channel.id,
          { name: body.name ?? channel.name, target, enabled: body.enabled ?? channel.enabled },
          deps.now(),
        );
        audit(caller?.actor ?? "api", "channel.update", channel, {
          ...body,
          ...(body.url ? { url: "changed" } : {}),
        });
      });
      const after = getChannel(db, channel.id);
      if (!after) throw notFound(`channel ${params.id}`);
      return channelView(after, true);
    },

    deleteChannel: ({ params, caller }) => {
      const channel = getChannel(db, params.id);
      if (!channel) throw notFound(`channel ${params.id}`);
      const users = [
        ...rulesUsingChannel(db, channel.id).map((r) => `rule “${r.name}”`),
        ...subscriptionsUsingChannel(db, channel.id).map((s) => `daily report “${s.name}”`),
      ];
      if (users.length > 0)
        throw new ApiError(
          409,
          "channel_in_use",
          `the channel is used by ${users.join(", ")}: take it out of them first`,
        );
      transact(db, () => {
        deleteChannel(db, channel.id);
        audit(caller?.actor ?? "api", "channel.delete", channel);
      });
    },

    getChannelSecret: ({ params, caller }) => {
      const channel = getChannel(db, params.id);
      if (!channel?.secret) throw notFound(`webhook channel ${params.id}`);
      transact(db, () => audit(caller?.actor ?? "api", "channel.read_secret", channel));
      return { channel: channel.id, secret: channel.secret };
    },

    rotateChannelSecret: ({ params, caller }) => {
      const channel = getChannel(db, params.id);
      if (channel?.kind !== "webhook") throw notFound(`webhook channel ${params.id}`);
      const secret = newSecret();
      transact(db, () => {
        setChannelSecret(db, channel.id, secret, deps.now());
        audit(caller?.actor ?? "api", "channel.rotate_secret", channel);
      });
      return { channel: channel.id, secret };
    },

    testChannel: async ({ params, caller }) => {
      const channel = getChannel(db, params.id);
      if (!channel) throw notFound(`channel ${params.id}`);
      if (channel.kind === "in_app")
        throw new ApiError(
          409,
          "not_testable",
          "the in-app channel sends nothing out: its notices are in the managers' lists",
        );
      transact(db, () => audit(caller?.actor ?? "api", "channel.test", channel));
      const id = await deps.notifier.sendTest(channel);
      const delivery = id === undefined ? undefined : getDelivery(db, id);
      if (!delivery) throw notFound(`test delivery of channel ${params.id}`);
      // Admins only: the whole answer, as they set the channel up.
      const audience = { admin: true };
      return {
        ...deliveryView(delivery, channel, audience),
        log: attemptsOf(db, delivery.id).map((a) => attemptView(a, audience)),
      };
    },
  };
}

function fieldError(path: string, message: string): ApiError {
  return new ApiError(400, "invalid_body", `${path}: ${message}`, [{ path, message }]);
}
