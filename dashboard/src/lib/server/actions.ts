import { roleIncludes } from "@bulbcheck/shared";
import { type ActionFailure, fail } from "@sveltejs/kit";
import { ApiCallError, api, sessionLost } from "./api.ts";

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
    return fail(403, { message: "Your role may only view. Ask an admin if you need to act." });
  }
  try {
    const input = { params: { id }, body: note ? { note } : {} };
    const client = api(locals.token);
    await (action === "ack" ? client.acknowledgeDefect(input) : client.resolveDefect(input));
    return { done: action === "ack" ? "Acknowledged." : "Resolved." };
  } catch (e) {
    return apiFailure(e);
  }
}

/**
 * An API error as a form action's answer, in the API's words; an ended session goes to sign in.
 */
export function apiFailure(e: unknown): ActionFailure<{ message: string }> {
  if (e instanceof ApiCallError) {
    if (e.status === 401) sessionLost();
    return fail(e.status, { message: e.message });
  }
  throw e;
}
