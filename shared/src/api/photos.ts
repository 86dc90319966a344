import { z } from "zod";

/** The largest photo taken, in bytes: 10 MB (10 MiB), a phone camera's full-size picture. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** The upload's whole body: the photo, a caption, a key and the multipart framing around them. */
export const MAX_PHOTO_BODY_BYTES = MAX_PHOTO_BYTES + 64 * 1024;
/** What a photo may be sent as: its content decides, not its name or declared type. */
export const PHOTO_UPLOAD_TYPES = ["image/jpeg", "image/png", "image/webp", "image/heic"] as const;
/** The longest edge of the stored image and of its thumbnail, in pixels. */
export const PHOTO_LONG_EDGE = 2048;
export const PHOTO_THUMB_EDGE = 320;
/** A caption, as a note: people's text. */
export const MAX_PHOTO_CAPTION = 280;

/**
 * A photo's id: 128 random bits, base64url (22 characters). The stored files are named by it,
 * never by the defect, so that no URL can be guessed from another.
 */
export const photoIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/, "not a photo id");
export const photoIdParam = z.object({ photoId: photoIdSchema });

/** `POST /api/defects/{id}/photos`, multipart/form-data. */
export const newPhotoSchema = z.object({
  photo: z.file(),
  caption: z
    .string()
    .trim()
    .max(MAX_PHOTO_CAPTION)
    .optional()
    .transform((text) => (text === "" ? undefined : text)),
  /** The asset's QR key: a customer's photo of the fault they just reported, without signing in. */
  reportKey: z.string().min(1).max(100).optional(),
});

const iso = z.iso.datetime();

/** A photo on a defect, re-encoded and without metadata: where its image and thumbnail are. */
export const photoSchema = z.object({
  id: photoIdSchema,
  defect: z.number().int(),
  at: iso,
  /** Who took it: a signed-in person's name, or `QR code` for a customer. */
  by: z.string(),
  caption: z.string().nullable(),
  /** The stored image, always JPEG. */
  contentType: z.literal("image/jpeg"),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  thumbBytes: z.number().int(),
  /** API paths; served with the caller's token only, to those who may see the defect's site. */
  urls: z.object({ full: z.string(), thumb: z.string() }),
});
export type PhotoView = z.infer<typeof photoSchema>;

export const photoListSchema = z.object({ items: z.array(photoSchema) });
