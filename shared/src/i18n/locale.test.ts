import { describe, expect, it } from "vitest";
import { guestLocale, localeOfAcceptLanguage, staffLocale } from "./locale.ts";

describe("localeOfAcceptLanguage", () => {
  it.each([
    ["nb-NO,nb;q=0.9,en;q=0.8", "nb"],
    ["no", "nb"],
    ["nn-NO", "nb"],
    ["da", "da"],
    ["sv-SE", "sv"],
    ["en-US,en;q=0.9", "en"],
    ["de-DE,da;q=0.4,en;q=0.7", "en"],
    ["de-DE,da;q=0.8,en;q=0.7", "da"],
    ["fr;q=1, sv;q=0", null],
    ["de-DE", null],
    ["", null],
    ["*", null],
  ])("%s gives %s", (header, locale) => {
    expect(localeOfAcceptLanguage(header)).toBe(locale);
  });

  it("takes the first of equal weight", () => {
    expect(localeOfAcceptLanguage("sv, da")).toBe("sv");
  });
});

describe("who speaks what", () => {
  it("gives a guest their browser's language when it is ours, else the site's", () => {
    expect(guestLocale("da-DK", "nb")).toBe("da");
    expect(guestLocale("de-DE", "nb")).toBe("nb");
    expect(guestLocale(null, "sv")).toBe("sv");
  });

  it("gives staff their own choice first, then the browser's, then English", () => {
    expect(staffLocale("sv", "nb")).toBe("sv");
    expect(staffLocale(null, "nb")).toBe("nb");
    expect(staffLocale(null, "de")).toBe("en");
  });
});
