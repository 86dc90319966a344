import { BASE_LOCALE, type Locale, overwriteGetLocale } from "@bulbcheck/shared/i18n";
import { afterEach, describe, expect, it } from "vitest";
import { deliverySummaryWords } from "./delivery-words.ts";

const speak = (locale: Locale) => overwriteGetLocale(() => locale);
afterEach(() => speak(BASE_LOCALE));

const ENGLISH = "the API's own summary";

describe("a delivery's summary in words", () => {
  it("says a step, a report and a test in the reader's language", () => {
    const step = {
      purpose: "step" as const,
      summary: ENGLISH,
      summaryParams: { level: 2, levelName: "Vakt", rule: "Heis", defect: 41 },
    };
    const report = {
      purpose: "report" as const,
      summary: ENGLISH,
      summaryParams: { day: "2026-12-02", subscription: "Ledelsen" },
    };
    const test = {
      purpose: "test" as const,
      summary: ENGLISH,
      summaryParams: { channel: "Drift" },
    };
    speak("nb");
    expect(deliverySummaryWords(step)).toBe("Nivå 2 (Vakt) av «Heis»: avvik #41");
    expect(deliverySummaryWords(report)).toMatch(/^Daglig rapport for 2\. des\.? \(Ledelsen\)$/);
    expect(deliverySummaryWords(test)).toBe("Testmelding til Drift");
    speak("sv");
    expect(deliverySummaryWords(step)).toBe("Nivå 2 (Vakt) av ”Heis”: fel #41");
    speak("da");
    expect(deliverySummaryWords(test)).toBe("Testbesked til Drift");
    speak("en");
    expect(deliverySummaryWords(step)).toBe("Level 2 (Vakt) of “Heis”: defect #41");
  });

  it("falls back to the API's summary without parameters, or with ones it cannot read", () => {
    speak("sv");
    expect(deliverySummaryWords({ purpose: "step", summary: ENGLISH, summaryParams: null })).toBe(
      ENGLISH,
    );
    expect(
      deliverySummaryWords({ purpose: "report", summary: ENGLISH, summaryParams: { day: 3 } }),
    ).toBe(ENGLISH);
  });
});
