/**
 * Which of Bulb Check's languages a person gets. Pure: the dashboard asks with what it knows
 * (the person's own choice, the browser's `Accept-Language`, the site's language).
 */
import { SITE_LANGUAGES, type SiteLanguage } from "../api/fleet.ts";

export type Locale = SiteLanguage;
export const LOCALES = SITE_LANGUAGES;
export const BASE_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Each language in its own words, as a language menu shows it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: "English",
  nb: "Norsk (bokmål)",
  da: "Dansk",
  sv: "Svenska",
};

/** Norwegian is asked for as `nb`, `no` or `nn`; Bulb Check writes it in bokmål. */
const ALIASES: Readonly<Record<string, Locale>> = {
  en: "en",
  nb: "nb",
  no: "nb",
  nn: "nb",
  da: "da",
  sv: "sv",
};

/**
 * The best of our languages in an `Accept-Language` header, by its q-values (RFC 9110 §12.5.4),
 * or null when it names none of them: `nb-NO,nb;q=0.9,en;q=0.8` is `nb`, `de-DE` is null.
 */
export function localeOfAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  let best: { locale: Locale; q: number; at: number } | null = null;
  const ranges = header.split(",").slice(0, 32);
  for (const [at, range] of ranges.entries()) {
    const [tag = "", ...params] = range.trim().split(";");
    const primary = tag.trim().toLowerCase().split("-")[0] ?? "";
    const locale = ALIASES[primary];
    if (!locale) continue;
    let q = 1;
    for (const param of params) {
      const [name, value] = param.trim().split("=");
      if (name?.trim() === "q") q = Number(value);
    }
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { locale, q, at };
  }
  return best?.locale ?? null;
}

/**
 * A guest's language on a site's QR page: their browser's when it is one of ours, else the
 * site's. Staff: their own choice, else their browser's, else English.
 */
export function guestLocale(acceptLanguage: string | null, siteLanguage: Locale): Locale {
  return localeOfAcceptLanguage(acceptLanguage) ?? siteLanguage;
}

export function staffLocale(
  chosen: Locale | null | undefined,
  acceptLanguage: string | null,
): Locale {
  return chosen ?? localeOfAcceptLanguage(acceptLanguage) ?? BASE_LOCALE;
}
