import { ID_PATTERN } from "@bulbcheck/shared";
import type { z } from "zod";
import { problemOf, type RowProblem } from "./row-problem.ts";

/**
 * A refusal of the fleet document's schema as a sheet's row says it: the value in the cell and
 * what the cell must hold (`lightning: one of lighting, equipment, …`), not the schema's own
 * words (`Invalid option: expected one of "lighting"|…`), which speak of types to a programmer.
 */
export function cellWords(issue: z.core.$ZodIssue, value: unknown): RowProblem {
  const quoted = typeof value === "string" || typeof value === "number";
  const said = quoted ? `${value}: ` : "";
  // What the words quote: the value when there is one to quote.
  const cell: Quoted = quoted ? { value } : {};
  const field = issue.path.findLast((part) => typeof part === "string");
  const unit = field === undefined ? undefined : UNITS[field];
  const inUnit: Quoted = unit === undefined ? {} : { unit };
  switch (issue.code) {
    case "invalid_value": {
      const options = issue.values.map(String).join(", ");
      return problemOf("one_of", `${said}one of ${options}`, { ...cell, options });
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") {
        const has: Quoted = typeof value === "string" ? { length: value.length } : {};
        return problemOf(
          "too_long",
          `at most ${max} characters${typeof value === "string" ? ` (this has ${value.length})` : ""}`,
          { max, ...has },
        );
      }
      if (issue.origin === "array") return problemOf("too_many_ids", `at most ${max} ids`, { max });
      return problemOf("at_most", `${said}at most ${max}${unit ? ` ${unit}` : ""}`, {
        ...cell,
        max,
        ...inUnit,
      });
    }
    case "too_small": {
      if (issue.origin === "string") return problemOf("empty", "must not be empty");
      const min = Number(issue.minimum);
      return problemOf("at_least", `${said}at least ${min}${unit ? ` ${unit}` : ""}`, {
        ...cell,
        min,
        ...inUnit,
      });
    }
    case "invalid_format":
      if (issue.format === "regex" && issue.pattern === String(ID_PATTERN))
        return problemOf(
          "bad_id",
          `${said}an id is lowercase letters, digits and dashes (not first), up to 63 characters, such as hotel-oslo`,
          cell,
        );
      return problemOf("other", issue.message);
    default:
      return problemOf("other", issue.message);
  }
}

type Quoted = Record<string, string | number>;

const UNITS: Record<string, "minutes" | "seconds"> = {
  intervalMinutes: "minutes",
  intervalSeconds: "seconds",
};

/** The value of a document at an issue's path, for the words to quote. */
export function valueAt(document: unknown, path: readonly PropertyKey[]): unknown {
  let value = document;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
