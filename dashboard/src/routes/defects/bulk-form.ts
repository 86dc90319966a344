import {
  type BulkAction,
  holdActionSchema,
  MAX_BULK_DEFECTS,
  roleIncludes,
} from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { fail } from "@sveltejs/kit";
import { ApiCallError, api, sessionLost } from "$lib/server/api.ts";
import { assigneeOf, refusalWords } from "$lib/server/defect-work.ts";
import { instantOfWallTime } from "$lib/site-time.ts";

/**
 * The Defects page's bulk bar (issue 20): the ticked defects, one action, one request to
 * `POST /api/defects/bulk`; the answer says how many changed and, in words, why the rest did not.
 */
export interface BulkDone {
  form: "bulk";
  action: BulkAction["action"];
  changed: number;
  failed: { id: number; message: string }[];
}

const ACTIONS = ["acknowledge", "assign", "hold", "resolve"] as const;

function failed(message: string, field?: string) {
  return fail(400, { form: "bulk" as const, message, ...(field ? { field } : {}) });
}

export async function bulkAction(locals: App.Locals, form: FormData) {
  const user = locals.user;
  if (!user) sessionLost();
  if (!roleIncludes(user.role, "staff")) {
    return fail(403, { form: "bulk" as const, message: m.work_view_only() });
  }
  const ids = [...new Set(form.getAll("id").map(Number))].filter(
    (n) => Number.isInteger(n) && n > 0,
  );
  const action = String(form.get("action") ?? "") as (typeof ACTIONS)[number];
  if (ids.length === 0) return failed(m.defects_bulk_tick_first());
  if (ids.length > MAX_BULK_DEFECTS) {
    return failed(m.defects_bulk_too_many({ max: MAX_BULK_DEFECTS }));
  }
  if (!ACTIONS.includes(action)) return failed(m.defects_bulk_choose_action());
  const text = (name: string, max = 280) =>
    String(form.get(name) ?? "")
      .trim()
      .slice(0, max);
  let body: BulkAction;
  switch (action) {
    case "acknowledge":
      body = { action, ids };
      break;
    case "assign": {
      const assignee = assigneeOf(String(form.get("assignee") ?? ""), user);
      if (assignee === "invalid" || String(form.get("assignee") ?? "") === "") {
        return failed(m.defects_bulk_choose_assignee(), "assignee");
      }
      body = { action, ids, assignee };
      break;
    }
    case "hold": {
      const reason = text("reason");
      if (reason === "") return failed(m.defects_bulk_say_waiting(), "reason");
      const due = instantOfWallTime(String(form.get("dueAt") ?? ""), text("timezone", 64) || "UTC");
      if (due === null) return failed(m.work_choose_due(), "dueAt");
      if (due <= Date.now()) return failed(m.errors_due_in_past(), "dueAt");
      const hold = holdActionSchema.parse({ reason, dueAt: new Date(due).toISOString() });
      body = { action, ids, ...hold };
      break;
    }
    case "resolve": {
      const note = text("note");
      const cause = text("cause", 40);
      body = { action, ids, ...(note ? { note } : {}), ...(cause ? { cause } : {}) };
      break;
    }
  }
  try {
    const result = await api(locals.token).bulkDefects({ body });
    const done: BulkDone = {
      form: "bulk",
      action,
      changed: result.changed,
      failed: result.results.flatMap((r) =>
        r.ok ? [] : [{ id: r.id, message: refusalWords(r.error.code, r.error.message) }],
      ),
    };
    return done;
  } catch (e) {
    if (e instanceof ApiCallError) {
      if (e.status === 401) sessionLost();
      return fail(e.status, {
        form: "bulk" as const,
        message: refusalWords(e.code, e.issues[0]?.message ?? e.message, e.status),
      });
    }
    throw e;
  }
}
