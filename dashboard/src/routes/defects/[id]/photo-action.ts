import { MAX_PHOTO_BYTES, roleIncludes } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { type ActionFailure, fail } from "@sveltejs/kit";
import { apiFailure } from "$lib/server/actions.ts";
import { api, sessionLost } from "$lib/server/api.ts";

/**
 * The defect page's photo form, with or without JavaScript: the file goes to the API as the
 * signed-in user, which checks the role, the site and the image again.
 */
export async function addPhoto(
  locals: App.Locals,
  id: string,
  form: FormData,
): Promise<{ done: string } | ActionFailure<{ message: string }>> {
  if (!locals.user) sessionLost();
  if (!roleIncludes(locals.user.role, "staff"))
    return fail(403, { message: m.defects_photo_view_only() });
  const photo = form.get("photo");
  if (!(photo instanceof File) || photo.size === 0)
    return fail(400, { message: m.defects_photo_choose() });
  if (photo.size > MAX_PHOTO_BYTES) return fail(413, { message: m.defects_photo_too_large() });
  const caption = String(form.get("caption") ?? "")
    .trim()
    .slice(0, 280);
  try {
    await api(locals.token).addDefectPhoto({
      params: { id },
      body: { photo, ...(caption ? { caption } : {}) },
    });
    return { done: m.defects_photo_added() };
  } catch (e) {
    return apiFailure(e);
  }
}
