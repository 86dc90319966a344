import {
  channelPatchSchema,
  channelSecretSchema,
  channelsResponseSchema,
  channelViewSchema,
  createdChannelSchema,
  deliveryPageSchema,
  deliveryQuerySchema,
  deliveryWithLogSchema,
  newChannelSchema,
  newReportSubscriptionSchema,
  newRuleSchema,
  reportSubscriptionPatchSchema,
  reportSubscriptionsResponseSchema,
  reportSubscriptionViewSchema,
  rulePatchSchema,
  ruleQuerySchema,
  rulesResponseSchema,
  ruleViewSchema,
} from "../notify.ts";
import { numericIdParam, route } from "../route.ts";

/**
 * Channels: where notifications go. Admins only, but for the list: a channel is a URL anywhere
 * or someone's addresses, and a webhook's secret; managers see names and kinds to pick from in
 * their rules.
 */
export const channelRoutes = {
  listChannels: route({
    method: "get",
    path: "/api/notify/channels",
    summary:
      "Notification channels; the URL or addresses (`target`) for admins only, names and kinds for managers",
    access: "manager",
    response: { status: 200, schema: channelsResponseSchema, description: "the channels" },
  }),
  createChannel: route({
    method: "post",
    path: "/api/notify/channels",
    summary:
      "Create a channel: a signed webhook, a Slack or Teams incoming webhook, or e-mail addresses; a webhook's secret is in the answer. A URL that is or resolves to a loopback, private, link-local or otherwise not public address is refused (400 address_not_allowed) unless BULBCHECK_WEBHOOK_ALLOW names it; every send checks again",
    access: "admin",
    body: newChannelSchema,
    response: { status: 201, schema: createdChannelSchema, description: "the new channel" },
  }),
  updateChannel: route({
    method: "patch",
    path: "/api/notify/channels/:id",
    summary:
      "Rename, re-target, enable or disable a channel (its kind stays); a new URL is checked as on creation (400 address_not_allowed)",
    access: "admin",
    params: numericIdParam,
    body: channelPatchSchema,
    response: { status: 200, schema: channelViewSchema, description: "the channel" },
    errors: [404],
  }),
  deleteChannel: route({
    method: "delete",
    path: "/api/notify/channels/:id",
    summary:
      "Delete a channel and its delivery log; refused (409 channel_in_use) while a rule or a daily report names it",
    access: "admin",
    params: numericIdParam,
    response: { status: 204, schema: null, description: "deleted" },
    errors: [404, 409],
  }),
  getChannelSecret: route({
    method: "get",
    path: "/api/notify/channels/:id/secret",
    summary: "A webhook channel's signing secret (admins; each read is audited)",
    access: "admin",
    params: numericIdParam,
    response: { status: 200, schema: channelSecretSchema, description: "the secret" },
    errors: [404],
  }),
  rotateChannelSecret: route({
    method: "post",
    path: "/api/notify/channels/:id/secret",
    summary: "Rotate a webhook channel's signing secret: the answer is the new one",
    access: "admin",
    params: numericIdParam,
    response: { status: 200, schema: channelSecretSchema, description: "the new secret" },
    errors: [404],
  }),
  testChannel: route({
    method: "post",
    path: "/api/notify/channels/:id/test",
    summary:
      "Send a test message now, once; the answer is the delivery with its attempt (sent or failed, and why); 409 not_testable for the in-app channel",
    access: "admin",
    params: numericIdParam,
    response: { status: 200, schema: deliveryWithLogSchema, description: "the test delivery" },
    errors: [404, 409],
  }),
};

/** Rules (which defects notify whom, with escalation) and daily report subscriptions. */
export const notifyRuleRoutes = {
  listRules: route({
    method: "get",
    path: "/api/notify/rules",
    summary: "Notification rules: of the caller's sites (or `site`), and those for every site",
    access: "manager",
    query: ruleQuerySchema,
    response: { status: 200, schema: rulesResponseSchema, description: "the rules" },
    errors: [404],
  }),
  createRule: route({
    method: "post",
    path: "/api/notify/rules",
    summary:
      "Create a rule: which defects (severity, category, source, customer-visible), quiet hours, and escalation levels",
    access: "manager",
    body: newRuleSchema,
    response: { status: 201, schema: ruleViewSchema, description: "the new rule" },
    errors: [404],
  }),
  getRule: route({
    method: "get",
    path: "/api/notify/rules/:id",
    summary: "One rule",
    access: "manager",
    params: numericIdParam,
    response: { status: 200, schema: ruleViewSchema, description: "the rule" },
    errors: [404],
  }),
  updateRule: route({
    method: "patch",
    path: "/api/notify/rules/:id",
    summary: "Change a rule; escalations under way follow the new levels from their next step",
    access: "manager",
    params: numericIdParam,
    body: rulePatchSchema,
    response: { status: 200, schema: ruleViewSchema, description: "the rule" },
    errors: [404],
  }),
  deleteRule: route({
    method: "delete",
    path: "/api/notify/rules/:id",
    summary: "Delete a rule; its escalations under way stop at their next step",
    access: "manager",
    params: numericIdParam,
    response: { status: 204, schema: null, description: "deleted" },
    errors: [404],
  }),
  listReportSubscriptions: route({
    method: "get",
    path: "/api/notify/reports",
    summary: "Daily bulb report subscriptions the caller may see (all of whose sites they see)",
    access: "manager",
    response: {
      status: 200,
      schema: reportSubscriptionsResponseSchema,
      description: "the subscriptions",
    },
  }),
  createReportSubscription: route({
    method: "post",
    path: "/api/notify/reports",
    summary:
      "Subscribe channels to the daily bulb report of some sites (or every site: admins), at a local hour",
    access: "manager",
    body: newReportSubscriptionSchema,
    response: {
      status: 201,
      schema: reportSubscriptionViewSchema,
      description: "the subscription",
    },
    errors: [404],
  }),
  updateReportSubscription: route({
    method: "patch",
    path: "/api/notify/reports/:id",
    summary: "Change a daily report subscription: name, hour, time zone, channels, enabled",
    access: "manager",
    params: numericIdParam,
    body: reportSubscriptionPatchSchema,
    response: {
      status: 200,
      schema: reportSubscriptionViewSchema,
      description: "the subscription",
    },
    errors: [404],
  }),
  deleteReportSubscription: route({
    method: "delete",
    path: "/api/notify/reports/:id",
    summary: "End a daily report subscription",
    access: "manager",
    params: numericIdParam,
    response: { status: 204, schema: null, description: "deleted" },
    errors: [404],
  }),
};

/** The delivery log: every message sent or to be sent, with its attempts. */
export const deliveryRoutes = {
  listDeliveries: route({
    method: "get",
    path: "/api/notify/deliveries",
    summary:
      "The delivery log, newest first: each message with its state, attempts, last status and error; the first bytes of a receiver's answer, and URLs in errors, for admins only",
    access: "manager",
    query: deliveryQuerySchema,
    response: { status: 200, schema: deliveryPageSchema, description: "deliveries" },
    errors: [404],
  }),
  getDelivery: route({
    method: "get",
    path: "/api/notify/deliveries/:id",
    summary:
      "One delivery with every attempt; answers' first bytes and URLs in errors for admins only",
    access: "manager",
    params: numericIdParam,
    response: { status: 200, schema: deliveryWithLogSchema, description: "the delivery" },
    errors: [404],
  }),
  retryDelivery: route({
    method: "post",
    path: "/api/notify/deliveries/:id/retry",
    summary:
      "Send a failed or uncertain delivery again (409 not_retryable for one pending or sent)",
    access: "manager",
    params: numericIdParam,
    response: { status: 200, schema: deliveryWithLogSchema, description: "the delivery" },
    errors: [404, 409],
  }),
};
