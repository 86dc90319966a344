import {
  type AssigneeInput,
  commentSchema,
  holdActionSchema,
  roleIncludes,
} from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { type ActionFailure, fail } from "@sveltejs/kit";
import { instantOfWallTime } from "../site-time.ts";
import { ApiCallError, api, sessionLost } from "./api.ts";
import { issueWords, problemWords } from "./problem-words.ts";

/**
 * The form actions of working on a defect (issue 20), shared by the defect page and My work:
 * each reads its form, says early in words what is missing, calls the API as the signed-in user
 * and answers with what was done, or why not beside the field at fault. The API checks it all
 * again.
 */

export const WORK_FORMS = [
  "ack",
  "assign",
  "comment",
  "hold",
  "resolve",
  "reopen",
  "undo",
] as const;
export type WorkForm = (typeof WORK_FORMS)[number];

export interface WorkDone {
  form: WorkForm;
  id: number;
  done: string;
  /** After a resolve: until when (epoch ms) the page offers to undo it. */
  undoUntil?: number;
}
export type WorkFailed = ActionFailure<{
  form: WorkForm;
  id: number;
  message: string;
  /** The field the message is about, when it is about one. */
  field?: string;
  /** What was typed, to show again. */
  typed?: Record<string, string>;
}>;

/** How long the page offers "Undo" after a resolve; the server allows a minute. */
export const UNDO_SHOWN_MS = 10_000;

/**
 * An API refusal in words (problem-words.ts), the single routes' and the bulk's alike; a 404
 * here is a defect the user cannot see.
 */
export function refusalWords(code: string, _message: string, status = 409): string {
  if (status === 404 || code === "not_found") return m.errors_no_such_defect();
  return problemWords({ status, code });
}

const text = (form: FormData, name: string, max = 280) =>
  String(form.get(name) ?? "")
    .trim()
    .slice(0, max);

function failed(
  status: number,
  form: WorkForm,
  id: number,
  message: string,
  extra: { field?: string; typed?: Record<string, string> } = {},
): WorkFailed {
  return fail(status, { form, id, message, ...extra });
}

function signedIn(locals: App.Locals) {
  if (!locals.user) sessionLost();
  return locals.user;
}

/**
 * Runs one action on defect `id` from its form. `form` names which; the form's fields are those
 * of DefectActions.svelte and the My work cards.
 */
export async function workAction(
  locals: App.Locals,
  which: WorkForm,
  id: number,
  form: FormData,
): Promise<WorkDone | WorkFailed> {
  const user = signedIn(locals);
  if (!Number.isInteger(id) || id <= 0) return failed(400, which, 0, m.work_which_defect());
  if (!roleIncludes(user.role, "staff")) {
    return failed(403, which, id, m.work_view_only());
  }
  const client = api(locals.token);
  const params = { id };
  const typed: Record<string, string> = {};
  try {
    switch (which) {
      case "ack":
        await client.acknowledgeDefect({ params, body: {} });
        return { form: which, id, done: m.work_acknowledged() };
      case "assign": {
        const assignee = assigneeOf(String(form.get("assignee") ?? ""), user);
        if (assignee === "invalid") {
          return failed(400, which, id, m.work_choose_assignee(), { field: "assignee" });
        }
        const mine =
          assignee !== null && "user" in assignee && assignee.user === user.user?.username;
        if (!roleIncludes(user.role, "manager") && !mine) {
          return failed(403, which, id, m.work_staff_take_only(), {
            field: "assignee",
          });
        }
        const after = await client.assignDefect({ params, body: { assignee } });
        const to = after.assignee?.name;
        return {
          form: which,
          id,
          done: to
            ? mine
              ? m.work_yours_now()
              : m.work_assigned_to({ name: to })
            : m.work_unassigned(),
        };
      }
      case "comment": {
        typed.text = String(form.get("text") ?? "");
        const checked = commentSchema.safeParse({ text: typed.text });
        if (!checked.success) {
          const message =
            typed.text.trim() === "" ? m.work_comment_first() : m.work_comment_too_long();
          return failed(400, which, id, message, { field: "text", typed });
        }
        await client.commentDefect({ params, body: checked.data });
        return { form: which, id, done: m.work_comment_added() };
      }
      case "hold": {
        typed.reason = text(form, "reason");
        typed.dueAt = String(form.get("dueAt") ?? "");
        if (typed.reason === "") {
          return failed(400, which, id, m.work_say_waiting(), { field: "reason", typed });
        }
        const zone = String(form.get("timezone") ?? "") || "UTC";
        const due = instantOfWallTime(typed.dueAt, zone);
        if (due === null) {
          return failed(400, which, id, m.work_choose_due(), {
            field: "dueAt",
            typed,
          });
        }
        if (due <= Date.now()) {
          return failed(400, which, id, m.errors_due_in_past(), { field: "dueAt", typed });
        }
        const body = holdActionSchema.parse({
          reason: typed.reason,
          dueAt: new Date(due).toISOString(),
        });
        await client.holdDefect({ params, body });
        return { form: which, id, done: m.work_on_hold_done() };
      }
      case "resolve": {
        const note = text(form, "note");
        const cause = text(form, "cause", 40);
        await client.resolveDefect({
          params,
          body: { ...(note ? { note } : {}), ...(cause ? { cause } : {}) },
        });
        return { form: which, id, done: m.work_resolved(), undoUntil: Date.now() + UNDO_SHOWN_MS };
      }
      case "reopen": {
        const note = text(form, "note");
        await client.reopenDefect({ params, body: note ? { note } : {} });
        return { form: which, id, done: m.work_reopened() };
      }
      case "undo":
        await client.reopenDefect({ params, body: { undo: true } });
        return { form: which, id, done: m.work_undone() };
    }
  } catch (e) {
    if (e instanceof ApiCallError) {
      if (e.status === 401) sessionLost();
      const issue = e.issues[0];
      const message =
        issue &&
        e.status === 400 &&
        e.code.startsWith("invalid_") &&
        e.code !== "invalid_cause" &&
        e.code !== "invalid_assignee"
          ? issueWords(issue)
          : refusalWords(e.code, e.message, e.status);
      return failed(e.status, which, id, message, {
        ...(issue?.path ? { field: issue.path.split(".")[0] as string } : {}),
        typed,
      });
    }
    throw e;
  }
}

/**
 * An assignee as the form's select says it: `user:<name>`, `team:<role>`, `me`, or empty for
 * nobody.
 */
export function assigneeOf(
  value: string,
  user: App.Locals["user"] & object,
): AssigneeInput | "invalid" {
  if (value === "" || value === "none") return null;
  if (value === "me") return user.user ? { user: user.user.username } : "invalid";
  const [kind, name] = [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)];
  if (kind === "user" && name) return { user: name };
  if (kind === "team" && (name === "staff" || name === "manager")) return { team: name };
  return "invalid";
}

/** The action handlers of a page that offers every work form, reading the id from the form. */
export function workActions(idOf: (form: FormData, params: Record<string, string>) => number) {
  return Object.fromEntries(
    WORK_FORMS.map((which) => [
      which,
      async ({
        locals,
        params,
        request,
      }: {
        locals: App.Locals;
        params: Record<string, string>;
        request: Request;
      }) => {
        const form = await request.formData();
        return workAction(locals, which, idOf(form, params), form);
      },
    ]),
  ) as Record<
    WorkForm,
    (event: {
      locals: App.Locals;
      params: Record<string, string>;
      request: Request;
    }) => Promise<WorkDone | WorkFailed>
  >;
}
