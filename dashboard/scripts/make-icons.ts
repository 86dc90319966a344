/**
 * Makes the web app's PNG icons from static/favicon.svg (the manifest's and the iPhone's home
 * screen icon): `scripts/with-node24 node dashboard/scripts/make-icons.ts`, then commit
 * static/icons/. `sharp` comes from the api package, which depends on it.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(new URL("../../api/package.json", import.meta.url));
const sharp = require("sharp") as typeof import("sharp");

const STATIC = fileURLToPath(new URL("../static/", import.meta.url));
const favicon = readFileSync(`${STATIC}favicon.svg`, "utf8");
/** The drawing inside the favicon's <svg>, to place at any size on a background. */
const drawing = favicon.replace(/^[\s\S]*?<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "");

interface Icon {
  file: string;
  size: number;
  /** The share of the icon the bulb fills: a maskable icon keeps it in the central safe zone. */
  scale: number;
  background: string;
  /** Rounded corners for an "any" icon; a maskable one is cut by the system. */
  radius: number;
}

const ICONS: Icon[] = [
  { file: "icon-192.png", size: 192, scale: 0.8, background: "#ffffff", radius: 0.18 },
  { file: "icon-512.png", size: 512, scale: 0.8, background: "#ffffff", radius: 0.18 },
  { file: "maskable-192.png", size: 192, scale: 0.6, background: "#1f5fbf", radius: 0 },
  { file: "maskable-512.png", size: 512, scale: 0.6, background: "#1f5fbf", radius: 0 },
  { file: "apple-touch-icon.png", size: 180, scale: 0.75, background: "#ffffff", radius: 0 },
];

function svgOf(icon: Icon): string {
  const { size, scale, background, radius } = icon;
  const inner = size * scale;
  const at = (size - inner) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
<rect width="${size}" height="${size}" rx="${size * radius}" fill="${background}"/>
<svg x="${at}" y="${at}" width="${inner}" height="${inner}" viewBox="0 0 32 32">${drawing}</svg>
</svg>`;
}

mkdirSync(`${STATIC}icons`, { recursive: true });
for (const icon of ICONS) {
  await sharp(Buffer.from(svgOf(icon)))
    .png()
    .toFile(`${STATIC}icons/${icon.file}`);
  console.log(`static/icons/${icon.file} ${icon.size}x${icon.size}`);
}
