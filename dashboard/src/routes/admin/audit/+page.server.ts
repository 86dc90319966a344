import type { AuditEntryView } from "@bulbcheck/shared";
import { error } from "@sveltejs/kit";
import { load as apiLoad } from "$lib/server/api.ts";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, url }) => {
  if (locals.user?.role !== "admin")
    error(403, { message: "The audit log is for admins: sign in with an admin token." });
  const before = url.searchParams.get("before");
  const page = await apiLoad<{ items: AuditEntryView[] }>(
    locals.token,
    `/api/audit?limit=100${before ? `&before=${encodeURIComponent(before)}` : ""}`,
  );
  return { entries: page.items };
};
