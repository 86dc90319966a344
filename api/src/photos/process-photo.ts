import { PHOTO_LONG_EDGE, PHOTO_THUMB_EDGE, PHOTO_UPLOAD_TYPES } from "@bulbcheck/shared";
import sharp from "sharp";
import { decodeHeic } from "./heic-decode-job.ts";
import { imageFormatOf, type PhotoFormat } from "./image-type.ts";

/**
 * The most pixels a photo may have before it is decoded: 50 MP, above a phone's full-size
 * picture (48 MP on the largest common sensors' binned output). A decompression bomb (a few KB
 * of PNG that unpack to gigapixels) is refused on its header, before any memory is spent.
 */
export const MAX_PHOTO_PIXELS = 50_000_000;

/** Why a file is not taken, for the caller to read: the status and code the API answers. */
export class PhotoRefused extends Error {
  readonly status: 400 | 413 | 415;
  readonly code: string;

  constructor(status: 400 | 413 | 415, code: string, message: string) {
    super(message);
    this.name = "PhotoRefused";
    this.status = status;
    this.code = code;
  }
}

export interface ProcessedPhoto {
  /** What the upload was. */
  format: PhotoFormat;
  /** The stored image: JPEG, upright, at most PHOTO_LONG_EDGE on its long edge, no metadata. */
  full: { data: Buffer; width: number; height: number };
  thumb: { data: Buffer; width: number; height: number };
}

const ACCEPTED = `${PHOTO_UPLOAD_TYPES.join(", ")}`;

/**
 * Re-encodes an uploaded photo: decoded (HEIC through libheif, the others through libvips), turned
 * upright by its EXIF orientation, scaled down, and written again as a JPEG with no metadata at
 * all (no EXIF, no GPS, no camera serial, no XMP, no ICC: sharp writes none unless asked), with a
 * thumbnail. What the file's first bytes are decides its type, not its name or declared type.
 *
 * @example
 * const { full, thumb } = await processPhoto(bytes); // bytes of a JPEG, PNG, WebP or HEIC
 */
export async function processPhoto(bytes: Uint8Array): Promise<ProcessedPhoto> {
  const format = imageFormatOf(bytes);
  if (!format)
    throw new PhotoRefused(
      415,
      "unsupported_image",
      `not a photo this takes: send a JPEG, PNG, WebP or HEIC image (${ACCEPTED}) of at most 10 MB`,
    );
  const header = await readHeader(bytes, format);
  if (header.width * header.height > MAX_PHOTO_PIXELS)
    throw new PhotoRefused(
      413,
      "image_too_large",
      `the image is ${header.width} x ${header.height} pixels; at most ${MAX_PHOTO_PIXELS / 1_000_000} megapixels are taken`,
    );
  const source = format === "heic" ? await heicSource(bytes) : decoderOf(bytes);
  try {
    // Upright once, then both sizes from that: EXIF orientation applied, then dropped with the rest.
    const upright = await source
      .rotate()
      .flatten({ background: "#ffffff" })
      .resize({
        width: PHOTO_LONG_EDGE,
        height: PHOTO_LONG_EDGE,
        fit: "inside",
        withoutEnlargement: true,
      })
      .toColourspace("srgb")
      // 8 bits a channel whatever came in (a 16-bit PNG): the raw pixels below are read so.
      .raw({ depth: "uchar" })
      .toBuffer({ resolveWithObject: true });
    const raw = {
      raw: {
        width: upright.info.width,
        height: upright.info.height,
        channels: upright.info.channels,
      },
    } as const;
    const full = await sharp(upright.data, raw)
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const thumb = await sharp(upright.data, raw)
      .resize({ width: PHOTO_THUMB_EDGE, height: PHOTO_THUMB_EDGE, fit: "inside" })
      .jpeg({ quality: 75, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return {
      format,
      full: { data: full.data, width: full.info.width, height: full.info.height },
      thumb: { data: thumb.data, width: thumb.info.width, height: thumb.info.height },
    };
  } catch (error) {
    throw corrupt(format, error);
  }
}

/** libvips with the bomb guard, and failing on a damaged file rather than drawing half of it. */
function decoderOf(bytes: Uint8Array) {
  return sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: "error", animated: false });
}

async function readHeader(bytes: Uint8Array, format: PhotoFormat) {
  try {
    const meta = await decoderOf(bytes).metadata();
    if (!meta.width || !meta.height) throw new Error("no dimensions");
    return { width: meta.width, height: meta.height };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message))
      throw new PhotoRefused(
        413,
        "image_too_large",
        `the image has more than ${MAX_PHOTO_PIXELS / 1_000_000} megapixels, the most taken`,
      );
    throw corrupt(format, error);
  }
}

async function heicSource(bytes: Uint8Array) {
  try {
    const image = await decodeHeic(bytes);
    return sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), {
      raw: { width: image.width, height: image.height, channels: 4 },
      limitInputPixels: MAX_PHOTO_PIXELS,
    });
  } catch (error) {
    throw corrupt("heic", error);
  }
}

function corrupt(format: PhotoFormat, error: unknown): PhotoRefused {
  if (error instanceof PhotoRefused) return error;
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return new PhotoRefused(
    400,
    "corrupt_image",
    `the file starts as a ${format.toUpperCase()} image but cannot be read (${reason}): take the photo again, or send another file`,
  );
}
