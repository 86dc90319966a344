import {
  type AssigneeInput,
  commentSchema,
  holdActionSchema,
  roleIncludes,
} from "@bulbcheck/shared";
import { type ActionFailure, fail } from "@sveltejs/kit";
import { instantOfWallTime } from "../site-time.ts";
import { ApiCallError, api, sessionLost } from "./api.ts";

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

/** Refusals in people's words, by the API's code (the single routes' and the bulk's alike). */
export const REFUSALS: Record<string, string> = {
  already_resolved: "It is already resolved.",
  already_acknowledged: "It is already acknowledged.",
  not_resolved: "It is not resolved, so there is nothing to reopen.",
  already_on_hold: "It is already on hold for that reason until that time.",
  already_assigned: "It is already assigned to them.",
  due_in_past: "That due time has passed: choose a later one.",
  undo_expired: "Too late to undo. Reopen it instead.",
  undo_by_other: "Only the person who resolved it can undo that. Reopen it instead.",
  open_duplicate: "The same fault is open on this asset again: work on that defect instead.",
  not_found: "There is no such defect at your sites.",
  forbidden: "Your role may not do that.",
  invalid_cause: "Choose what fixed it from the list.",
  invalid_assignee: "They cannot work on defects at this site: choose someone else.",
};

/** An API refusal in words: the known codes as above, else the API's own sentence. */
export function refusalWords(code: string, message: string, status?: number): string {
  const known = REFUSALS[code];
  if (known) return known;
  if (status === 403) return "Your role may not do that. Ask a manager.";
  if (status === 404) return REFUSALS.not_found as string;
  return sentence(message);
}

/** "say what it waits for" -> "Say what it waits for." */
const sentence = (words: string) =>
  `${words.charAt(0).toUpperCase()}${words.slice(1)}${words.endsWith(".") ? "" : "."}`;

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
  if (!Number.isInteger(id) || id <= 0) return failed(400, which, 0, "Which defect?");
  if (!roleIncludes(user.role, "staff")) {
    return failed(403, which, id, "Your role may only view. Ask an admin if you need to act.");
  }
  const client = api(locals.token);
  const params = { id };
  const typed: Record<string, string> = {};
  try {
    switch (which) {
      case "ack":
        await client.acknowledgeDefect({ params, body: {} });
        return { form: which, id, done: "Acknowledged." };
      case "assign": {
        const assignee = assigneeOf(String(form.get("assignee") ?? ""), user);
        if (assignee === "invalid") {
          return failed(400, which, id, "Choose who should do it.", { field: "assignee" });
        }
        const mine =
          assignee !== null && "user" in assignee && assignee.user === user.user?.username;
        if (!roleIncludes(user.role, "manager") && !mine) {
          return failed(
            403,
            which,
            id,
            "Staff may take a defect themselves; a manager assigns it to others.",
            {
              field: "assignee",
            },
          );
        }
        const after = await client.assignDefect({ params, body: { assignee } });
        const to = after.assignee?.name;
        return {
          form: which,
          id,
          done: to ? (mine ? "It is yours now." : `Assigned to ${to}.`) : "Unassigned.",
        };
      }
      case "comment": {
        typed.text = String(form.get("text") ?? "");
        const checked = commentSchema.safeParse({ text: typed.text });
        if (!checked.success) {
          const message =
            typed.text.trim() === ""
              ? "Write the comment first."
              : "A comment is at most 2,000 characters.";
          return failed(400, which, id, message, { field: "text", typed });
        }
        await client.commentDefect({ params, body: checked.data });
        return { form: which, id, done: "Comment added." };
      }
      case "hold": {
        typed.reason = text(form, "reason");
        typed.dueAt = String(form.get("dueAt") ?? "");
        if (typed.reason === "") {
          return failed(400, which, id, "Say what it is waiting for.", { field: "reason", typed });
        }
        const zone = String(form.get("timezone") ?? "") || "UTC";
        const due = instantOfWallTime(typed.dueAt, zone);
        if (due === null) {
          return failed(400, which, id, "Choose the new due date and time.", {
            field: "dueAt",
            typed,
          });
        }
        if (due <= Date.now()) {
          return failed(400, which, id, REFUSALS.due_in_past as string, { field: "dueAt", typed });
        }
        const body = holdActionSchema.parse({
          reason: typed.reason,
          dueAt: new Date(due).toISOString(),
        });
        await client.holdDefect({ params, body });
        return { form: which, id, done: "Put on hold." };
      }
      case "resolve": {
        const note = text(form, "note");
        const cause = text(form, "cause", 40);
        await client.resolveDefect({
          params,
          body: { ...(note ? { note } : {}), ...(cause ? { cause } : {}) },
        });
        return { form: which, id, done: "Resolved.", undoUntil: Date.now() + UNDO_SHOWN_MS };
      }
      case "reopen": {
        const note = text(form, "note");
        await client.reopenDefect({ params, body: note ? { note } : {} });
        return { form: which, id, done: "Reopened." };
      }
      case "undo":
        await client.reopenDefect({ params, body: { undo: true } });
        return { form: which, id, done: "Resolve undone: it is as it was." };
    }
  } catch (e) {
    if (e instanceof ApiCallError) {
      if (e.status === 401) sessionLost();
      const issue = e.issues[0];
      const message =
        REFUSALS[e.code] ??
        (issue && e.status === 400
          ? sentence(issue.message)
          : refusalWords(e.code, e.message, e.status));
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
