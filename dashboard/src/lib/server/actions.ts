import { roleIncludes } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { type ActionFailure, fail } from "@sveltejs/kit";
import { ApiCallError, api, sessionLost } from "./api.ts";
import { problemWords } from "./problem-words.ts";

/**
 * Acknowledge or resolve a defect as the signed-in user. The API checks the role again; the
 * dashboard only says early, in words, what is missing.
 */
export async function defectAction(
  locals: App.Locals,
  id: string,
  action: "ack" | "resolve",
  note: string | undefined,
): Promise<{ done: string } | ActionFailure<{ message: string }>> {
  if (!locals.user) sessionLost();
  if (!roleIncludes(locals.user.role, "staff")) {
    return fail(403, { message: m.work_view_only() });
  }
  try {
    const input = { params: { id }, body: note ? { note } : {} };
    const client = api(locals.token);
    await (action === "ack" ? client.acknowledgeDefect(input) : client.resolveDefect(input));
    return { done: action === "ack" ? m.work_acknowledged() : m.work_resolved() };
  } catch (e) {
    return apiFailure(e);
  }
}

/**
 * An API error as a form action's answer, in people's words (problem-words.ts); an ended session goes to sign in.
 */
export function apiFailure(e: unknown): ActionFailure<{ message: string }> {
  if (e instanceof ApiCallError) {
    if (e.status === 401) sessionLost();
    return fail(e.status, { message: problemWords(e) });
  }
  throw e;
}
