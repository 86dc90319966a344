import {
  ASSET_CATEGORIES,
  CHANNEL_KINDS,
  DEFECT_SOURCES,
  type NewChannel,
  type NewReportSubscription,
  type NewRule,
  SEVERITIES,
} from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";

/**
 * The notification forms as API bodies. Plain form fields, so that the pages work before scripts
 * load; the API validates every body again and names the field it refuses.
 */

/** How many escalation levels the rule form offers. */
export const FORM_LEVELS = 3;

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

function picked<T extends string>(form: FormData, name: string, allowed: readonly T[]): T[] {
  const values = form.getAll(name).map(String);
  return allowed.filter((v) => values.includes(v));
}

const ids = (form: FormData, name: string) =>
  form
    .getAll(name)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);

export function channelFrom(form: FormData): NewChannel | { error: string } {
  const name = text(form, "name");
  const kind = text(form, "kind");
  if (!name) return { error: m.admin_name_channel() };
  if (!(CHANNEL_KINDS as readonly string[]).includes(kind)) return { error: m.admin_choose_kind() };
  if (kind === "email") {
    const to = text(form, "target")
      .split(/[\s,;]+/)
      .filter(Boolean);
    if (to.length === 0) return { error: m.admin_give_address() };
    return { kind: "email", name, to };
  }
  const url = text(form, "target");
  if (!url) return { error: m.admin_give_url() };
  return { kind: kind as "webhook" | "slack" | "teams", name, url };
}

export function ruleFrom(form: FormData): NewRule | { error: string } {
  const name = text(form, "name");
  if (!name) return { error: m.admin_name_rule() };
  const site = text(form, "site");
  const visible = text(form, "customerVisible");
  const levels: NewRule["levels"] = [];
  for (let i = 0; i < FORM_LEVELS; i++) {
    const channels = ids(form, `level${i}_channel`);
    if (channels.length === 0) continue;
    const delay = Number(text(form, `level${i}_delay`) || "0");
    if (!Number.isInteger(delay) || delay < 0)
      return { error: m.admin_level_minutes({ level: i + 1 }) };
    levels.push({
      name: text(form, `level${i}_name`) || m.admin_level_n({ level: i + 1 }),
      delayMinutes: delay,
      channels,
    });
  }
  if (levels.length === 0) return { error: m.admin_tick_first_level() };
  const from = text(form, "quietFrom");
  const to = text(form, "quietTo");
  if ((from === "") !== (to === "")) return { error: m.admin_quiet_both() };
  const severities = picked(form, "severity", SEVERITIES);
  const categories = picked(form, "category", [...ASSET_CATEGORIES, "system"] as const);
  const sources = picked(form, "source", DEFECT_SOURCES);
  return {
    name,
    site: site === "" ? null : site,
    enabled: true,
    match: {
      ...(severities.length ? { severities } : {}),
      ...(categories.length ? { categories } : {}),
      ...(sources.length ? { sources } : {}),
      ...(visible === "yes"
        ? { customerVisible: true }
        : visible === "no"
          ? { customerVisible: false }
          : {}),
    },
    quietHours: from ? { from, to, except: picked(form, "quietExcept", SEVERITIES) } : null,
    levels,
  };
}

export function subscriptionFrom(form: FormData): NewReportSubscription | { error: string } {
  const name = text(form, "name");
  if (!name) return { error: m.admin_name_report() };
  const sites = [...new Set(form.getAll("site").map(String))].filter(Boolean);
  const hour = Number(text(form, "hour") || "7");
  const channels = ids(form, "channel");
  if (channels.length === 0) return { error: m.admin_tick_channel() };
  return {
    name,
    // None ticked: every site, which the API allows admins only (and says so to others).
    sites: sites.length === 0 ? null : sites,
    hour,
    timezone: text(form, "timezone") || "UTC",
    channels,
    enabled: true,
  };
}
