import { readFileSync } from "node:fs";
import sharp from "sharp";

/**
 * Images for the photo tests, made here with sharp: a picture whose left half is red and right
 * half blue (so that a rotation shows), with or without EXIF (a camera's make and a GPS position).
 */
export const TEST_WIDTH = 64;
export const TEST_HEIGHT = 48;

function halves(width = TEST_WIDTH, height = TEST_HEIGHT) {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const red = x < width / 2;
      pixels[i] = red ? 220 : 30;
      pixels[i + 1] = 30;
      pixels[i + 2] = red ? 30 : 220;
    }
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

/** The GPS position a phone writes: Oslo, 59°54'12.34"N 10°45'0"E. */
export const GPS_EXIF = {
  IFD0: { Make: "TestCam", Model: "Phone 1" },
  IFD3: {
    GPSLatitudeRef: "N",
    GPSLatitude: "59/1 54/1 1234/100",
    GPSLongitudeRef: "E",
    GPSLongitude: "10/1 45/1 0/1",
  },
};

/** A JPEG with a GPS position and an EXIF orientation (6: shown turned 90° clockwise). */
export function jpegWithGps(options: { orientation?: number } = {}): Promise<Buffer> {
  return halves()
    .jpeg()
    .withMetadata({ orientation: options.orientation ?? 1 })
    .withExifMerge(GPS_EXIF)
    .toBuffer();
}

export const pngImage = (width?: number, height?: number) => halves(width, height).png().toBuffer();
export const webpImage = () => halves().webp().withExifMerge(GPS_EXIF).toBuffer();
/** A 64 x 48 HEIC (HEVC), made with libheif's heif-enc from the same picture: 545 bytes. */
export const heicImage = () =>
  readFileSync(new URL("../photos/fixtures/sample.heic", import.meta.url));

/** Whether an EXIF block holds a GPS IFD pointer (tag 0x8825), in either byte order. */
export function hasGpsTag(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25]));
}

/** The colour at (x, y) of an image: to tell which way up it is. */
export async function pixelAt(
  image: Buffer,
  x: number,
  y: number,
): Promise<[number, number, number]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i] as number, data[i + 1] as number, data[i + 2] as number];
}

/** A multipart body with `photo` (and more fields), as a phone's browser sends it. */
export function photoForm(
  photo: Buffer,
  fields: Record<string, string> = {},
  type = "image/jpeg",
  name = "IMG_0001.jpg",
): FormData {
  const form = new FormData();
  form.append("photo", new File([new Uint8Array(photo)], name, { type }));
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

/** What sharp reads of an image: its format, size and any metadata left in it. */
export const imageMetadata = (image: Buffer) => sharp(image).metadata();
