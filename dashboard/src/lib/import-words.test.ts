import { IMPORT_ERROR_CODES, type ImportErrorCode } from "@bulbcheck/shared";
import { BASE_LOCALE, LOCALES, type Locale, overwriteGetLocale } from "@bulbcheck/shared/i18n";
import { afterEach, describe, expect, it } from "vitest";
import { importErrorWords, WORDED_CODES } from "./import-words.ts";

const speak = (locale: Locale) => overwriteGetLocale(() => locale);
afterEach(() => speak(BASE_LOCALE));

const ENGLISH = "the API's own sentence";

/** Each code with the params the API sends it with (api/src/fleet-csv). */
const SAMPLES: Record<Exclude<ImportErrorCode, "other">, Record<string, string | number>> = {
  unclosed_quote: {},
  no_header: { columns: "kind,site,zone,id,name" },
  columns_ambiguous: { kinds: "asset, checkpoint" },
  columns_fit_nothing: {},
  column_twice: { column: "name" },
  unknown_column: { column: "colour", columns: "id, name" },
  no_id_column: {},
  stray_cell: {},
  unknown_row_kind: { value: "lamp", kinds: "site, zone" },
  kind_missing: { kinds: "site, zone" },
  kind_not_of_file: { value: "zone", sheet: "asset" },
  id_missing: {},
  column_not_of_kind: { kind: "zone", column: "category" },
  not_yes_no: {},
  not_whole_number: { unit: "minutes" },
  bad_hours: { value: "monday" },
  day_twice: { day: "mon" },
  site_required: { kind: "zone" },
  unknown_site: { site: "hotel-bergen" },
  duplicate_id: { kind: "asset", id: "lobby-lamp", line: 3 },
  required_new: { kind: "asset" },
  unknown_zone: { zone: "roof", site: "hotel-oslo" },
  unknown_ids: { what: "asset", ids: "a-1, a-2", count: 2, site: "hotel-oslo" },
  sensor_serves: {},
  one_of: { value: "lightning", options: "lighting, equipment" },
  too_long: { max: 120, length: 130 },
  too_many_ids: { max: 200 },
  at_most: { value: 99999, max: 10080, unit: "minutes" },
  empty: {},
  at_least: { value: 1, min: 5, unit: "seconds" },
  bad_id: { value: "Hotel_Oslo" },
  refused: { reason: "retired_parent" },
};

describe("an import row's error in words", () => {
  it("has words for every code the API sends, in all four languages", () => {
    expect([...WORDED_CODES, "other"].sort()).toEqual([...IMPORT_ERROR_CODES].sort());
    for (const [code, params] of Object.entries(SAMPLES)) {
      const said = new Set<string>();
      for (const locale of LOCALES) {
        speak(locale);
        const words = importErrorWords({ code, params, message: ENGLISH });
        expect(words, `${code} in ${locale}`).not.toBe(ENGLISH);
        expect(words, `${code} in ${locale}`).not.toMatch(/[{}]|undefined/);
        said.add(words);
      }
      expect(said.size, `${code} is said differently in each language`).toBeGreaterThan(1);
    }
  });

  it("quotes the value the cell held, and where in the cell", () => {
    speak("sv");
    expect(
      importErrorWords({ code: "bad_id", params: { value: "Hotel_Oslo" }, message: ENGLISH }),
    ).toBe(
      "Hotel_Oslo: ett id är små bokstäver, siffror och bindestreck (inte först), högst 63 tecken, till exempel hotel-oslo",
    );
    expect(importErrorWords({ code: "empty", params: { at: "mon" }, message: ENGLISH })).toBe(
      "mon: Får inte vara tom.",
    );
    speak("nb");
    expect(
      importErrorWords({
        code: "unknown_ids",
        params: { what: "checkpoint", ids: "roof-check", count: 1, site: "hotel-oslo" },
        message: ENGLISH,
      }),
    ).toBe("Ukjent sjekkpunkt på hotel-oslo: roof-check");
    expect(importErrorWords({ code: "too_many_ids", params: { max: 200 }, message: ENGLISH })).toBe(
      "Høyst 200 id-er.",
    );
  });

  it("falls back to the English sentence for other, an unknown code, or params it cannot read", () => {
    speak("da");
    expect(importErrorWords({ code: "other", params: {}, message: ENGLISH })).toBe(ENGLISH);
    // A refusal provisioning has no words for here: its English names the ids.
    expect(
      importErrorWords({ code: "refused", params: { reason: "invalid_body" }, message: ENGLISH }),
    ).toBe(ENGLISH);
    expect(importErrorWords({ code: "from_the_future", params: {}, message: ENGLISH })).toBe(
      ENGLISH,
    );
    expect(importErrorWords({ code: "unknown_site", params: {}, message: ENGLISH })).toBe(ENGLISH);
    expect(
      importErrorWords({ code: "not_whole_number", params: { unit: "days" }, message: ENGLISH }),
    ).toBe(ENGLISH);
  });
});
