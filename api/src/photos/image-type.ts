/** The image types a photo may arrive as, told by their first bytes (never by name or header). */
export type PhotoFormat = "jpeg" | "png" | "webp" | "heic";

/** HEIF brands of HEVC-coded images (ISO/IEC 23008-12, annex B): what iPhones and most Androids write. */
const HEIC_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs"]);

/** What `bytes` is, from its signature; undefined for anything but the four accepted types. */
export function imageFormatOf(bytes: Uint8Array): PhotoFormat | undefined {
  const ascii = (from: number, to: number) =>
    Buffer.from(bytes.subarray(from, to)).toString("latin1");
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return "jpeg";
  if (bytes.length >= 8 && ascii(0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  if (bytes.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp";
  if (bytes.length >= 16 && ascii(4, 8) === "ftyp") {
    // The ftyp box: its size, "ftyp", the major brand, a version, then compatible brands.
    const size = Buffer.from(bytes.subarray(0, 4)).readUInt32BE(0);
    const end = Math.min(size, bytes.length, 256);
    const brands = [ascii(8, 12)];
    for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(at, at + 4));
    if (brands.some((brand) => HEIC_BRANDS.has(brand))) return "heic";
  }
  return undefined;
}
