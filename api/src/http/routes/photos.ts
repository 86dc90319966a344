import { MAX_PHOTO_BYTES, type PhotoView, type photoRoutes } from "@bulbcheck/shared";
import { newPhotoId, type PhotoSize } from "../../photos/photo-files.ts";
import { PhotoSlots } from "../../photos/photo-slots.ts";
import { PhotoRefused, processPhoto } from "../../photos/process-photo.ts";
import { recordAudit } from "../../store/audit-store.ts";
import { transact } from "../../store/database.ts";
import { addTimeline, getDefect } from "../../store/defect-store.ts";
import {
  getPhoto,
  insertPhoto,
  latestQrReport,
  type PhotoRow,
  photosOfDefect,
} from "../../store/photo-store.ts";
import { ApiError, notFound } from "../api-error.ts";
import type { Caller } from "../auth.ts";
import { clientAddress } from "../client-address.ts";
import type { ApiDeps } from "../deps.ts";
import { RateLimiter } from "../rate-limit.ts";
import type { Handlers } from "../router.ts";
import { requireSite, seesSite } from "../scope.ts";
import { assetForKey } from "./report-keys.ts";

/** How long after a report by QR code its customer may attach a photo to it. */
export const QR_PHOTO_WINDOW_MS = 10 * 60_000;

function photoView(row: PhotoRow): PhotoView {
  const base = `/api/photos/${row.id}`;
  return {
    id: row.id,
    defect: row.defectId,
    at: new Date(row.at).toISOString(),
    by: row.by,
    caption: row.caption,
    contentType: "image/jpeg",
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    thumbBytes: row.thumbBytes,
    urls: { full: base, thumb: `${base}/thumb` },
  };
}

export function photoHandlers(deps: ApiDeps): Handlers<typeof photoRoutes> {
  const { db, photos } = deps;
  const slots = new PhotoSlots({ running: 2, waiting: 16 });
  const photosByAddress = new RateLimiter({
    limit: deps.access.reportsPerAddress,
    windowMs: deps.access.reportWindowMs,
  });

  /** The photo, or the same 404 as a photo that does not exist for whoever may not see it. */
  const visiblePhoto = (caller: Caller | undefined, id: string) => {
    const photo = getPhoto(db, id);
    if (!photo || !seesSite(caller, photo.site)) throw notFound(`photo ${id}`);
    return photo;
  };

  const serve = async (caller: Caller | undefined, id: string, size: PhotoSize) => {
    const photo = visiblePhoto(caller, id);
    const bytes = await photos.read(photo.id, size);
    if (!bytes) {
      deps.logger.warn({ photo: photo.id, size }, "a photo's file is missing");
      throw notFound(`photo ${id}`);
    }
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: {
        "content-type": "image/jpeg",
        "content-length": String(bytes.byteLength),
        // Only the viewer's own browser may keep it; a photo's bytes never change under its id.
        "cache-control": "private, max-age=3600",
        "x-content-type-options": "nosniff",
        "content-disposition": `inline; filename="${photo.id}${size === "thumb" ? "-thumb" : ""}.jpg"`,
      },
    });
  };

  return {
    addDefectPhoto: async ({ params, body, caller, c }) => {
      const defect = getDefect(db, params.id);
      let by: string;
      let actor: string;
      let source: "staff" | "customer";
      if (caller) {
        if (!defect) throw notFound(`defect ${params.id}`);
        requireSite(caller, defect.site, `defect ${params.id}`);
        by = caller.name;
        actor = caller.actor;
        source = "staff";
      } else {
        if (body.reportKey === undefined)
          throw new ApiError(
            401,
            "unauthorized",
            "sign in, or send the reportKey of the asset's QR code you reported with",
          );
        const address = clientAddress(c, deps.access.trustedProxies);
        photosByAddress.take(address, deps.now(), "photos from this address");
        if (!defect) throw notFound(`defect ${params.id}`);
        assetForKey(deps, defect.site, defect.asset, body.reportKey);
        const report = latestQrReport(db, defect.id, deps.now() - QR_PHOTO_WINDOW_MS);
        // A printed code is public: it lets a photo in only beside a report just made with it.
        if (!report)
          throw notFound(`a report by QR code on defect ${params.id} in the last 10 minutes`);
        if (report.photoAfter)
          throw new ApiError(409, "photo_already_attached", "this report has its photo already");
        by = "QR code";
        actor = "qr-code";
        source = "customer";
      }
      if (body.photo.size > MAX_PHOTO_BYTES)
        throw new ApiError(
          413,
          "photo_too_large",
          `the photo is ${body.photo.size} bytes; a photo may be at most 10 MB (${MAX_PHOTO_BYTES} bytes)`,
        );
      let processed: Awaited<ReturnType<typeof processPhoto>>;
      try {
        const bytes = new Uint8Array(await body.photo.arrayBuffer());
        const done = await slots.run(() => processPhoto(bytes));
        if (!done)
          throw new ApiError(
            503,
            "busy",
            "too many photos are being processed right now; send it again in a few seconds",
            undefined,
            { "retry-after": "5" },
          );
        processed = done.value;
      } catch (error) {
        if (error instanceof PhotoRefused)
          throw new ApiError(error.status, error.code, error.message);
        throw error;
      }
      const id = newPhotoId();
      await photos.write(id, { full: processed.full.data, thumb: processed.thumb.data });
      const at = deps.now();
      const row = {
        id,
        defectId: defect.id,
        at,
        by,
        actor,
        source,
        caption: body.caption ?? null,
        width: processed.full.width,
        height: processed.full.height,
        bytes: processed.full.data.byteLength,
        thumbBytes: processed.thumb.data.byteLength,
      };
      try {
        transact(db, () => {
          insertPhoto(db, row);
          addTimeline(db, defect.id, {
            at,
            type: "photo",
            actor: by,
            source,
            note: row.caption,
            photoId: id,
          });
          recordAudit(db, {
            at,
            actor,
            site: defect.site,
            action: "defect.photo",
            target: `defect ${defect.id}`,
            detail: { photo: id, bytes: row.bytes, from: processed.format },
          });
        });
      } catch (error) {
        // Not stored: its files go too, rather than waiting for the orphan sweep.
        await photos.remove(id);
        throw error;
      }
      return photoView({ ...row, site: defect.site });
    },

    listDefectPhotos: ({ params, caller }) => {
      const defect = getDefect(db, params.id);
      if (!defect) throw notFound(`defect ${params.id}`);
      requireSite(caller, defect.site, `defect ${params.id}`);
      return { items: photosOfDefect(db, defect.id).map(photoView) };
    },

    getPhoto: ({ params, caller }) => serve(caller, params.photoId, "full"),
    getPhotoThumb: ({ params, caller }) => serve(caller, params.photoId, "thumb"),
  };
}
