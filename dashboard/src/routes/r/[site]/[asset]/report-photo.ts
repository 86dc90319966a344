import { ApiCallError, type ApiClient, MAX_PHOTO_BYTES } from "@bulbcheck/shared";

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
}): Promise<string | null> {
  const photo = options.form.get("photo");
  if (!(photo instanceof File) || photo.size === 0) return null;
  if (photo.size > MAX_PHOTO_BYTES)
    return "Your photo was larger than 10 MB, so it was not attached; the report was sent.";
  try {
    await options.client.addDefectPhoto({
      params: { id: options.defect },
      body: { photo, ...(options.reportKey ? { reportKey: options.reportKey } : {}) },
    });
    return null;
  } catch (e) {
    if (e instanceof ApiCallError && (e.status === 415 || e.status === 400))
      return "Your photo could not be read (send a JPEG, PNG, WebP or HEIC picture), so it was not attached; the report was sent.";
    return "Your photo could not be attached; the report was sent.";
  }
}
