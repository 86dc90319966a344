import { ApiCallError, type ApiClient, MAX_PHOTO_BYTES } from "@bulbcheck/shared";

/** What became of a photo that was not attached: the page says it in the guest's language. */
export type PhotoProblem = "too_big" | "unreadable" | "failed";

/**
 * The QR page's optional photo, sent once the report is in: by a guest with the asset's key (the
 * API takes it only beside the report just made), by staff as themselves. The report stands
 * whatever becomes of the photo; what went wrong is said on the thank-you page, in plain words.
 */
export async function attachReportPhoto(options: {
  client: ApiClient;
  defect: number;
  form: FormData;
  /** The guest's QR key; none for signed-in staff. */
  reportKey: string | undefined;
}): Promise<PhotoProblem | null> {
  const photo = options.form.get("photo");
  if (!(photo instanceof File) || photo.size === 0) return null;
  if (photo.size > MAX_PHOTO_BYTES) return "too_big";
  try {
    await options.client.addDefectPhoto({
      params: { id: options.defect },
      body: { photo, ...(options.reportKey ? { reportKey: options.reportKey } : {}) },
    });
    return null;
  } catch (e) {
    if (e instanceof ApiCallError && (e.status === 415 || e.status === 400)) return "unreadable";
    return "failed";
  }
}
