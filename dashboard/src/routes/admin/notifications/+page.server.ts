import { m } from "@bulbcheck/shared/i18n";
import { fail } from "@sveltejs/kit";
import { apiFailure } from "$lib/server/actions.ts";
import { api, load as apiLoad } from "$lib/server/api.ts";
import { channelFrom, ruleFrom, subscriptionFrom } from "$lib/server/notify-form.ts";
import { requireRole } from "$lib/server/roles.ts";
import type { Actions, PageServerLoad } from "./$types";

/**
 * Notifications: channels (admins), rules and daily reports (managers for their sites, admins for
 * all). The API decides what each may see and change; the page offers what the role allows.
 */
export const load: PageServerLoad = async ({ locals }) => {
  const user = requireRole("manager");
  const client = api(locals.token);
  const [channels, rules, reports, sites] = await Promise.all([
    apiLoad(client.listChannels()),
    apiLoad(client.listRules()),
    apiLoad(client.listReportSubscriptions()),
    apiLoad(client.listSites()),
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
      const created = await api(locals.token).createChannel({ body });
      return {
        done: m.admin_channel_created({ name: created.name }),
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
      const d = await api(locals.token).testChannel({ params: { id } });
      return d.state === "sent"
        ? { done: m.admin_test_sent({ name: d.channel.name, status: d.lastStatus ?? "ok" }) }
        : fail(502, {
            message: m.admin_test_failed({ name: d.channel.name, reason: d.lastError ?? d.state }),
          });
    } catch (e) {
      return apiFailure(e);
    }
  },
  toggleChannel: async ({ locals, request }) => {
    requireRole("admin");
    const form = await request.formData();
    try {
      await api(locals.token).updateChannel({
        params: { id: idOf(form) },
        body: { enabled: form.get("enabled") === "true" },
      });
      return { done: m.admin_channel_changed() };
    } catch (e) {
      return apiFailure(e);
    }
  },
  deleteChannel: async ({ locals, request }) => {
    requireRole("admin");
    try {
      await api(locals.token).deleteChannel({ params: { id: idOf(await request.formData()) } });
      return { done: m.admin_channel_deleted() };
    } catch (e) {
      return apiFailure(e);
    }
  },
  createRule: async ({ locals, request }) => {
    requireRole("manager");
    const body = ruleFrom(await request.formData());
    if ("error" in body) return fail(400, { message: body.error });
    try {
      const rule = await api(locals.token).createRule({ body });
      return { done: m.admin_rule_created({ name: rule.name }) };
    } catch (e) {
      return apiFailure(e);
    }
  },
  toggleRule: async ({ locals, request }) => {
    requireRole("manager");
    const form = await request.formData();
    try {
      await api(locals.token).updateRule({
        params: { id: idOf(form) },
        body: { enabled: form.get("enabled") === "true" },
      });
      return { done: m.admin_rule_changed() };
    } catch (e) {
      return apiFailure(e);
    }
  },
  deleteRule: async ({ locals, request }) => {
    requireRole("manager");
    try {
      await api(locals.token).deleteRule({ params: { id: idOf(await request.formData()) } });
      return { done: m.admin_rule_deleted() };
    } catch (e) {
      return apiFailure(e);
    }
  },
  createReport: async ({ locals, request }) => {
    requireRole("manager");
    const body = subscriptionFrom(await request.formData());
    if ("error" in body) return fail(400, { message: body.error });
    try {
      const sub = await api(locals.token).createReportSubscription({ body });
      return { done: m.admin_report_set_up({ name: sub.name }) };
    } catch (e) {
      return apiFailure(e);
    }
  },
  deleteReport: async ({ locals, request }) => {
    requireRole("manager");
    try {
      await api(locals.token).deleteReportSubscription({
        params: { id: idOf(await request.formData()) },
      });
      return { done: m.admin_report_ended() };
    } catch (e) {
      return apiFailure(e);
    }
  },
};
