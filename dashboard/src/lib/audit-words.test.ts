import { AUDIT_ACTIONS } from "@bulbcheck/shared";
import { BASE_LOCALE, LOCALES, type Locale, overwriteGetLocale } from "@bulbcheck/shared/i18n";
import { afterEach, describe, expect, it } from "vitest";
import { auditActionWords } from "./audit-words.ts";

const speak = (locale: Locale) => overwriteGetLocale(() => locale);
afterEach(() => speak(BASE_LOCALE));

describe("an audit action in words", () => {
  it("has words for every action the API records, in all four languages", () => {
    for (const action of AUDIT_ACTIONS) {
      const said = new Set<string>();
      for (const locale of LOCALES) {
        speak(locale);
        const words = auditActionWords(action);
        expect(words, `${action} in ${locale}`).not.toBe(action);
        expect(words, `${action} in ${locale}`).toMatch(/^\p{Lu}/u);
        said.add(words);
      }
      expect(said.size, `${action} is said differently in each language`).toBeGreaterThan(1);
    }
  });

  it("says a revoked device and a revoked token in Norwegian and Swedish", () => {
    speak("nb");
    expect(auditActionWords("device.revoke")).toBe("Enhet trukket tilbake");
    expect(auditActionWords("token.revoke")).toBe("API-nøkkel trukket tilbake");
    speak("sv");
    expect(auditActionWords("device.provisioned" as string)).toBe("device.provisioned");
    expect(auditActionWords("asset.retire")).toBe("Utrustning pensionerad");
  });

  it("shows an action it does not know as its code", () => {
    speak("da");
    expect(auditActionWords("robot.dance")).toBe("robot.dance");
    expect(auditActionWords("toString")).toBe("toString");
  });
});
