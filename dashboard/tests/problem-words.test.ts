import { defectQuerySchema, numericIdParam } from "@bulbcheck/shared";
import { BASE_LOCALE, type Locale, overwriteGetLocale } from "@bulbcheck/shared/i18n";
import { afterEach, describe, expect, it } from "vitest";
import {
  badFilterWords,
  fieldWords,
  issueWords,
  problemWords,
  unknownWords,
} from "../src/lib/server/problem-words.ts";

/**
 * What a person reads when the API refuses (issue 21, item 5): never zod's text or a code, always
 * what happened and what to do, in their language. The validation issues are zod's own, from the
 * contract's schemas, so a new zod wording cannot slip through unseen.
 */

const speak = (locale: Locale) => overwriteGetLocale(() => locale);
afterEach(() => speak(BASE_LOCALE));

/** Programmer text a person must never read. */
const PROGRAMMER = /invalid option|expected|received|nan|zod|_|\bundefined\b/i;

function issuesOf(
  schema: {
    safeParse(v: unknown): { error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
) {
  const parsed = schema.safeParse(value);
  return (parsed.error?.issues ?? []).map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("a validation error in words", () => {
  it("names the filter a bad severity was given for, and hides zod's text", () => {
    const [issue] = issuesOf(defectQuerySchema, { severity: "bogus" });
    expect(issue?.message).toMatch(/invalid option/i); // zod's own words, which we hide
    const said = problemWords({ status: 400, code: "invalid_query", issues: issue ? [issue] : [] });
    expect(said).toBe("Severity is not one this page knows: choose one from the list.");
    expect(said).not.toMatch(PROGRAMMER);
  });

  it("says a number was wanted where an id is not one, in Danish too", () => {
    const [issue] = issuesOf(numericIdParam, { id: "abc" });
    expect(issue).toBeDefined();
    if (!issue) return;
    expect(issue.message).toMatch(/NaN/); // zod's own words, which we hide
    expect(issueWords(issue)).toBe("Number must be a number.");
    speak("da");
    expect(issueWords(issue)).toBe("Nummer skal være et tal.");
  });

  it("says what is missing and what is too long", () => {
    expect(
      issueWords({ path: "note", message: "Invalid input: expected string, received undefined" }),
    ).toBe("Note is missing: fill it in.");
    expect(
      issueWords({ path: "reason", message: "Too big: expected string to have <=280 characters" }),
    ).toBe("Reason is too long: shorten it.");
    expect(fieldWords("assignee.user")).toBe("Assigned to");
    expect(fieldWords("sites[2]")).toBe("Site");
    expect(fieldWords("something_new")).toBe("A value");
  });

  it("says a bad filter in the address with its value", () => {
    expect(badFilterWords("severity", "bogus")).toBe(
      "The address asks for severity “bogus”, which this page does not know.",
    );
    speak("sv");
    expect(badFilterWords("status", "x")).toBe(
      "Adressen ber om status ”x”, som den här sidan inte känner till.",
    );
  });
});

describe("an API refusal in words", () => {
  it.each([
    [{ status: 409, code: "already_acknowledged" }, "It is already acknowledged."],
    [
      { status: 403, code: "forbidden" },
      "Your role may not do that. Ask a manager or an admin if you need to.",
    ],
    [
      { status: 404, code: "not_found" },
      "It does not exist, or you may not see it. Go back and choose it again.",
    ],
    [
      { status: 429, code: "rate_limited", retryAfter: 30 },
      "Too many tries in a short time. Wait 30 seconds and try again.",
    ],
    [
      { status: 503, code: "whatever" },
      "Bulb Check's service does not answer just now. Try again in a minute.",
    ],
    [
      { status: 409, code: "a_code_nobody_mapped" },
      "Someone changed it at the same time. Reload the page and try again.",
    ],
    [
      { status: 500, code: "response_mismatch" },
      "Something went wrong on our side. Try again; if it happens again, tell your admin.",
    ],
    [
      { status: 400, code: "invalid_body" },
      "Something in the form is not right. Check it and try again.",
    ],
  ])("%j reads %j", (problem, words) => {
    expect(problemWords(problem)).toBe(words);
  });

  it("speaks each language, with no English left in it", () => {
    const english = problemWords({ status: 409, code: "already_resolved" });
    for (const locale of ["nb", "da", "sv"] as const) {
      speak(locale);
      const said = problemWords({ status: 409, code: "already_resolved" });
      expect(said, locale).not.toBe(english);
      expect(said, locale).not.toMatch(/resolved/i);
    }
  });
});

describe("an unknown thing in the address", () => {
  it("names it", () => {
    expect(unknownWords({ kind: "site", id: "hotel-osloo" })).toBe(
      "There is no site called “hotel-osloo”, or you may not see it.",
    );
    expect(unknownWords({ kind: "defect", id: "123" })).toBe(
      "Defect 123 does not exist, or you may not see it.",
    );
    speak("nb");
    expect(unknownWords({ kind: "defect", id: "123" })).toBe(
      "Feil 123 finnes ikke, eller du har ikke tilgang til den.",
    );
  });
});
