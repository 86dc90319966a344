import { BASE_LOCALE, LOCALES, type Locale, overwriteGetLocale } from "@bulbcheck/shared/i18n";
import { afterEach, describe, expect, it } from "vitest";
import { KNOWN_REASONS, type Refusal, refusalWords } from "./refusal-words.ts";

const speak = (locale: Locale) => overwriteGetLocale(() => locale);
afterEach(() => speak(BASE_LOCALE));

/** A refusal of each reason as the ingester records it (api/src/ingest/ingest-message.ts). */
const SAMPLES: Record<string, Refusal["params"]> = {
  bad_utf8: {},
  bad_json: {},
  not_object: {},
  bad_status: {},
  bad_topic: {},
  bad_site: {},
  bad_device: {},
  unknown_kind: {},
  too_large: { size: 9000, limit: 4096 },
  wrong_device: { sender: "pad-2", device: "pad-1" },
  unknown_device: { device: "pad-9" },
  wrong_site: { device: "pad-1", site: "hotel-oslo", topicSite: "hotel-bergen" },
  revoked: { device: "pad-1" },
  retired: { device: "pad-1" },
  asset_retired: { asset: "lobby-lamp", site: "hotel-oslo" },
  unplaced_limit: { asset: "new-lamp", site: "hotel-oslo", limit: 500 },
  out_of_scope: {
    case: "not_watched",
    device: "pad-1",
    kind: "button",
    what: "resolve",
    target: "lobby-lamp",
  },
};
const ENGLISH = "the API's own sentence";

describe("a refused message in words", () => {
  it("has words for every reason the dashboard knows, in all four languages", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...KNOWN_REASONS].sort());
    for (const [reason, params] of Object.entries(SAMPLES)) {
      const said = new Set<string>();
      for (const locale of LOCALES) {
        speak(locale);
        const words = refusalWords({ reason, message: ENGLISH, params });
        expect(words, `${reason} in ${locale}`).not.toBe(ENGLISH);
        expect(words, `${reason} in ${locale}`).not.toMatch(/[{}]|undefined/);
        said.add(words);
      }
      expect(said.size, `${reason} is said differently in each language`).toBeGreaterThan(1);
    }
  });

  it("says each rule of a device's scope, with the ids it names", () => {
    const at = (c: string, what: string, target: string) =>
      refusalWords({
        reason: "out_of_scope",
        message: ENGLISH,
        params: { case: c, device: "pad-1", kind: "button", what, target },
      });
    speak("sv");
    expect(at("not_served", "checkin", "lobby-check")).toBe(
      "pad-1 får inte checka in vid lobby-check: den finns inte bland de kontrollpunkter knappen betjänar.",
    );
    for (const [c, what] of [
      ["not_watched", "health"],
      ["not_provisioned", "health"],
      ["not_provisioned", "resolve"],
      ["sensor_checkin", "checkin"],
      ["no_checkpoint", "checkin"],
    ])
      expect(at(c as string, what as string, "x")).not.toBe(ENGLISH);
    expect(at("a_rule_from_later", "health", "x")).toBe(ENGLISH);
  });

  it("writes names for the ids the page knows", () => {
    speak("nb");
    const words = refusalWords(
      {
        reason: "asset_retired",
        message: ENGLISH,
        params: { asset: "lobby-lamp", site: "hotel-oslo" },
      },
      {
        asset: (id) => (id === "lobby-lamp" ? "Taklampe i lobbyen" : undefined),
        site: () => "Hotell Oslo",
      },
    );
    expect(words).toBe(
      "Taklampe i lobbyen på Hotell Oslo er pensjonert: gjenopprett det under Oppsett, eller sett opp enheten for annet utstyr.",
    );
  });

  it("names the field a payload got wrong, from the reason itself", () => {
    speak("da");
    expect(refusalWords({ reason: "missing_field:asset", message: ENGLISH, params: {} })).toBe(
      "Feltet asset mangler.",
    );
    expect(refusalWords({ reason: "bad_field:state", message: ENGLISH, params: null })).toBe(
      "Feltet state har en værdi, der ikke er tilladt.",
    );
  });

  it("falls back to the English sentence for a reason it does not know, or without params", () => {
    speak("nb");
    expect(refusalWords({ reason: "from_the_future", message: ENGLISH, params: {} })).toBe(ENGLISH);
    // Recorded before the API kept parameters.
    expect(refusalWords({ reason: "revoked", message: ENGLISH, params: null })).toBe(ENGLISH);
    // A parameter missing: no sentence with a hole in it.
    expect(refusalWords({ reason: "wrong_site", message: ENGLISH, params: { device: "x" } })).toBe(
      ENGLISH,
    );
  });
});
