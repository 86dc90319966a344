import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  hasGpsTag,
  heicImage,
  jpegWithGps,
  pixelAt,
  pngImage,
  TEST_HEIGHT,
  TEST_WIDTH,
  webpImage,
} from "../testing/test-images.ts";
import { imageFormatOf } from "./image-type.ts";
import { MAX_PHOTO_PIXELS, PhotoRefused, processPhoto } from "./process-photo.ts";

/** Pure image processing: what comes in, what is stored. The routes' tests are in http/. */
const isRed = ([r, , b]: number[]) => (r as number) > 150 && (b as number) < 100;
const isBlue = ([r, , b]: number[]) => (b as number) > 150 && (r as number) < 100;

async function refusal(bytes: Uint8Array): Promise<PhotoRefused> {
  const error = await processPhoto(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PhotoRefused);
  return error as PhotoRefused;
}

describe("processPhoto", () => {
  it("strips every metadata of a JPEG (its GPS position above all) and applies its orientation", async () => {
    const input = await jpegWithGps({ orientation: 6 });
    const before = await sharp(input).metadata();
    expect(hasGpsTag(before.exif)).toBe(true);
    expect(before.orientation).toBe(6);

    const photo = await processPhoto(input);
    for (const image of [photo.full.data, photo.thumb.data]) {
      const after = await sharp(image).metadata();
      expect(after.format).toBe("jpeg");
      expect(after.exif).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.iptc).toBeUndefined();
      expect(after.icc).toBeUndefined();
      expect(after.orientation).toBeUndefined();
      expect(image.includes(Buffer.from("TestCam"))).toBe(false);
    }
    // Turned 90° clockwise as the phone meant it: portrait, the red half now on top.
    expect([photo.full.width, photo.full.height]).toEqual([TEST_HEIGHT, TEST_WIDTH]);
    expect(isRed(await pixelAt(photo.full.data, 24, 5))).toBe(true);
    expect(isBlue(await pixelAt(photo.full.data, 24, TEST_WIDTH - 5))).toBe(true);
  });

  it("takes PNG, WebP and HEIC, and gives a JPEG and a thumbnail of each", async () => {
    for (const [input, format] of [
      [await pngImage(), "png"],
      [await webpImage(), "webp"],
      [heicImage(), "heic"],
    ] as const) {
      const photo = await processPhoto(input);
      expect(photo.format).toBe(format);
      expect((await sharp(photo.full.data).metadata()).format).toBe("jpeg");
      expect((await sharp(photo.full.data).metadata()).exif).toBeUndefined();
      expect([photo.full.width, photo.full.height]).toEqual([TEST_WIDTH, TEST_HEIGHT]);
      expect(isRed(await pixelAt(photo.full.data, 5, 24))).toBe(true);
      expect(isBlue(await pixelAt(photo.full.data, 59, 24))).toBe(true);
    }
  });

  it("takes a 16-bit PNG and a greyscale JPEG as they look", async () => {
    const deep = await sharp(await pngImage())
      .toColourspace("rgb16")
      .png()
      .toBuffer();
    expect((await sharp(deep).metadata()).depth).toBe("ushort");
    const photo = await processPhoto(deep);
    expect(isRed(await pixelAt(photo.full.data, 5, 24))).toBe(true);
    expect(isBlue(await pixelAt(photo.full.data, 59, 24))).toBe(true);
    const grey = await sharp(await pngImage())
      .greyscale()
      .jpeg()
      .toBuffer();
    const fromGrey = await processPhoto(grey);
    expect([fromGrey.full.width, fromGrey.full.height]).toEqual([64, 48]);
  });

  it("scales a large picture to 2048 px on its long edge and its thumbnail to 320", async () => {
    const photo = await processPhoto(await pngImage(4000, 3000));
    expect([photo.full.width, photo.full.height]).toEqual([2048, 1536]);
    expect([photo.thumb.width, photo.thumb.height]).toEqual([320, 240]);
  });

  it("refuses what is not an image of the four types, by content rather than by name", async () => {
    const text = await refusal(Buffer.from("hello, this is not a photo"));
    expect([text.status, text.code]).toEqual([415, "unsupported_image"]);
    expect(text.message).toContain("JPEG, PNG, WebP or HEIC");
    const gif = await refusal(
      await sharp(await pngImage())
        .gif()
        .toBuffer(),
    );
    expect(gif.code).toBe("unsupported_image");
    const svg = await refusal(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'));
    expect(svg.code).toBe("unsupported_image");
  });

  it("says a damaged image is one, without crashing", async () => {
    const jpeg = await jpegWithGps();
    const cut = await refusal(jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    expect([cut.status, cut.code]).toEqual([400, "corrupt_image"]);
    const png = await pngImage();
    const garbled = Buffer.from(png);
    garbled.fill(0x41, 40, png.length - 12);
    expect((await refusal(garbled)).code).toBe("corrupt_image");
    const heic = heicImage();
    expect((await refusal(heic.subarray(0, 300))).code).toBe("corrupt_image");
  });

  it("refuses a decompression bomb by its header, before decoding it", async () => {
    // 10,000 x 10,000 of one colour: a few hundred KB of PNG, 100 MP (400 MB of pixels) unpacked.
    const bomb = await sharp({
      create: { width: 10_000, height: 10_000, channels: 3, background: "#fff" },
      limitInputPixels: false,
    })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(10_000 * 10_000).toBeGreaterThan(MAX_PHOTO_PIXELS);
    const refused = await refusal(bomb);
    expect([refused.status, refused.code]).toEqual([413, "image_too_large"]);
    expect(refused.message).toContain("50 megapixels");
  });
});

describe("imageFormatOf", () => {
  it("tells the four types by their first bytes", async () => {
    expect(imageFormatOf(await jpegWithGps())).toBe("jpeg");
    expect(imageFormatOf(await pngImage())).toBe("png");
    expect(imageFormatOf(await webpImage())).toBe("webp");
    expect(imageFormatOf(heicImage())).toBe("heic");
    expect(imageFormatOf(Buffer.from("GIF89a"))).toBeUndefined();
    expect(imageFormatOf(new Uint8Array())).toBeUndefined();
  });
});
