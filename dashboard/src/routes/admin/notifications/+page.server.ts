import type {
  ChannelView,
  DeliveryWithLog,
  ReportSubscriptionView,
  RuleView,
  SiteSummary,
} from "@bulbcheck/shared";
import { fail } from "@sveltejs/kit";
import { apiFailure } from "$lib/server/actions.ts";
import { load as apiLoad, callApi } from "$lib/server/api.ts";
import { channelFrom, ruleFrom, subscriptionFrom } from "$lib/server/notify-form.ts";
import { requireRole } from "$lib/server/roles.ts";
import type { Actions, PageServerLoad } from "./$types";

/**
 * Notifications: channels (admins), rules and daily reports (managers for their sites, admins for
 * all). The API decides what each may see and change; the page offers what the role allows.
 */
export const load: PageServerLoad = async ({ locals }) => {
  const user = requireRole("manager");
  const [channels, rules, reports, sites] = await Promise.all([
    apiLoad<{ items: ChannelView[] }>(locals.token, "/api/notify/channels"),
    apiLoad<{ items: RuleView[] }>(locals.token, "/api/notify/rules"),
    apiLoad<{ items: ReportSubscriptionView[] }>(locals.token, "/api/notify/reports"),
    apiLoad<{ items: SiteSummary[] }>(locals.token, "/api/sites"),
  ]);
  return {
    admin: user.role === "admin",
    channels: channels.items,
    rules: rules.items,
    reports: reports.items,
    sites: sites.items
      .map((s) => ({ id: s.id, name: s.name, timezone: s.timezone }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
};

const idOf = (form: FormData) => Number(form.get("id"));

export const actions: Actions = {
  createChannel: async ({ locals, request }) => {
    requireRole("admin");
    const body = channelFrom(await request.formData());
    if ("error" in body) return fail(400, { message: body.error });
    try {
      const created = await callApi<ChannelView & { secret: string | null }>(
        locals.token,
        "/api/notify/channels",
        { method: "POST", body },
      );
      return {
        done: `Channel “${created.name}” created.`,
        secret: created.secret ? { name: created.name, value: created.secret } : null,
      };
    } catch (e) {
      return apiFailure(e);
    }
  },
  testChannel: async ({ locals, request }) => {
    requireRole("admin");
    const id = idOf(await request.formData());
    try {
      const d = await callApi<DeliveryWithLog>(locals.token, `/api/notify/channels/${id}/test`, {
        method: "POST",
      });
      return d.state === "sent"
        ? { done: `Test sent to “${d.channel.name}” (${d.lastStatus ?? "ok"}).` }
        : fail(502, {
            message: `The test to “${d.channel.name}” failed: ${d.lastError ?? d.state}`,
          });
    } catch (e) {
      return apiFailure(e);
    }
  },
  toggleChannel: async ({ locals, request }) => {
    requireRole("admin");
    const form = await request.formData();
    try {
      await callApi(locals.token, `/api/notify/channels/${idOf(form)}`, {
        method: "PATCH",
        body: { enabled: form.get("enabled") === "true" },
      });
      return { done: "Channel changed." };
    } catch (e) {
      return apiFailure(e);
    }
  },
  deleteChannel: async ({ locals, request }) => {
    requireRole("admin");
    try {
      await callApi(locals.token, `/api/notify/channels/${idOf(await request.formData())}`, {
        method: "DELETE",
      });
      return { done: "Channel deleted." };
    } catch (e) {
      return apiFailure(e);
    }
  },
  createRule: async ({ locals, request }) => {
    requireRole("manager");
    const body = ruleFrom(await request.formData());
    if ("error" in body) return fail(400, { message: body.error });
    try {
      const rule = await callApi<RuleView>(locals.token, "/api/notify/rules", {
        method: "POST",
        body,
      });
      return { done: `Rule “${rule.name}” created.` };
    } catch (e) {
      return apiFailure(e);
    }
  },
  toggleRule: async ({ locals, request }) => {
    requireRole("manager");
    const form = await request.formData();
    try {
      await callApi(locals.token, `/api/notify/rules/${idOf(form)}`, {
        method: "PATCH",
        body: { enabled: form.get("enabled") === "true" },
      });
      return { done: "Rule changed." };
    } catch (e) {
      return apiFailure(e);
    }
  },
  deleteRule: async ({ locals, request }) => {
    requireRole("manager");
    try {
      await callApi(locals.token, `/api/notify/rules/${idOf(await request.formData())}`, {
        method: "DELETE",
      });
      return { done: "Rule deleted." };
    } catch (e) {
      return apiFailure(e);
    }
  },
  createReport: async ({ locals, request }) => {
    requireRole("manager");
    const body = subscriptionFrom(await request.formData());
    if ("error" in body) return fail(400, { message: body.error });
    try {
      const sub = await callApi<ReportSubscriptionView>(locals.token, "/api/notify/reports", {
        method: "POST",
        body,
      });
      return { done: `Daily report “${sub.name}” set up.` };
    } catch (e) {
      return apiFailure(e);
    }
  },
  deleteReport: async ({ locals, request }) => {
    requireRole("manager");
    try {
      await callApi(locals.token, `/api/notify/reports/${idOf(await request.formData())}`, {
        method: "DELETE",
      });
      return { done: "Daily report ended." };
    } catch (e) {
      return apiFailure(e);
    }
  },
};
