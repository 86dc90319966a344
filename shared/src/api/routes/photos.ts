import {
  MAX_PHOTO_BODY_BYTES,
  newPhotoSchema,
  photoIdParam,
  photoListSchema,
  photoSchema,
} from "../photos.ts";
import { numericIdParam, route } from "../route.ts";

export const photoRoutes = {
  addDefectPhoto: route({
    method: "post",
    path: "/api/defects/:id/photos",
    summary:
      "Attach a photo (multipart/form-data: `photo`, a JPEG, PNG, WebP or HEIC of at most 10 MB; optional `caption`, 280 characters): signed in as staff and up of the defect's site, or as the customer who reported it by QR code in the last 10 minutes, with the asset's `reportKey` (one photo per report, limited per address). Re-encoded as JPEG (at most 2048 px) with a 320 px thumbnail, every metadata (GPS above all) removed and the orientation applied. 413 `photo_too_large` over 10 MB, 415 `unsupported_image` for anything else, 400 `corrupt_image` for an image that does not decode",
    access: "public",
    signedInRole: "staff",
    params: numericIdParam,
    body: newPhotoSchema,
    bodyType: "multipart/form-data",
    maxBodyBytes: MAX_PHOTO_BODY_BYTES,
    tooLargeText: "a photo may be at most 10 MB (10485760 bytes)",
    response: { status: 201, schema: photoSchema, description: "the stored photo" },
    errors: [404, 409, 429],
  }),
  listDefectPhotos: route({
    method: "get",
    path: "/api/defects/:id/photos",
    summary: "A defect's photos, oldest first",
    access: "viewer",
    params: numericIdParam,
    response: { status: 200, schema: photoListSchema, description: "the photos" },
    errors: [404],
  }),
  getPhoto: route({
    method: "get",
    path: "/api/photos/:photoId",
    summary:
      "A photo's image (JPEG, at most 2048 px), for those who may see its defect's site; 404 for anyone else. `Cache-Control: private`",
    access: "viewer",
    params: photoIdParam,
    response: { status: 200, schema: null, contentType: "image/jpeg", description: "the image" },
    errors: [404],
  }),
  getPhotoThumb: route({
    method: "get",
    path: "/api/photos/:photoId/thumb",
    summary: "A photo's thumbnail (JPEG, at most 320 px), as `GET /api/photos/{photoId}`",
    access: "viewer",
    params: photoIdParam,
    response: {
      status: 200,
      schema: null,
      contentType: "image/jpeg",
      description: "the thumbnail",
    },
    errors: [404],
  }),
};
