import { type ActionFailure, fail } from "@sveltejs/kit";
import { ApiCallError, callApi } from "./api.ts";

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
  if (!locals.user) return fail(401, { message: "Sign in with a staff token to do this." });
  if (locals.user.role === "viewer") {
    return fail(403, { message: "Your token may only view. Ask an admin for a staff token." });
  }
  try {
    await callApi(locals.token, `/api/defects/${encodeURIComponent(id)}/${action}`, {
      method: "POST",
      body: note ? { note } : {},
    });
    return { done: action === "ack" ? "Acknowledged." : "Resolved." };
  } catch (e) {
    if (e instanceof ApiCallError) return fail(e.status, { message: e.message });
    throw e;
  }
}
