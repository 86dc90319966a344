import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The key a printed QR code carries: an HMAC of the site, the asset and the asset's key version,
 * under a server secret kept in the database. Nothing is stored per code; raising the version
 * revokes every code printed before. 128 bits of MAC cannot be guessed.
 */
export function signReportKey(
  secret: Buffer,
  site: string,
  asset: string,
  version: number,
): string {
  return `${version}.${mac(secret, site, asset, version).toString("base64url")}`;
}

export function reportKeyMatches(
  secret: Buffer,
  site: string,
  asset: string,
  version: number,
  key: string,
): boolean {
  const match = /^(\d{1,9})\.([A-Za-z0-9_-]{22})$/.exec(key);
  if (!match || Number(match[1]) !== version) return false;
  const given = Buffer.from(match[2] as string, "base64url");
  const expected = mac(secret, site, asset, version);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function mac(secret: Buffer, site: string, asset: string, version: number): Buffer {
  return createHmac("sha256", secret)
    .update(`report-key\0${site}\0${asset}\0${version}`)
    .digest()
    .subarray(0, 16);
}

/** The dashboard page a QR code opens, with its key. */
export function reportPath(site: string, asset: string, key: string): string {
  return `/r/${encodeURIComponent(site)}/${encodeURIComponent(asset)}?k=${encodeURIComponent(key)}`;
}
