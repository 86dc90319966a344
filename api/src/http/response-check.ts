import type { RouteContract } from "@bulbcheck/shared";
import type { z } from "zod";
import { formatPath } from "./api-error.ts";

/** An answer that is not what its route declares: a bug in the handler, never the caller's. */
export class ResponseMismatch extends Error {
  constructor(spec: RouteContract, problem: string) {
    super(`${spec.method.toUpperCase()} ${spec.path} ${problem}`);
    this.name = "ResponseMismatch";
  }
}

/**
 * What is wrong with a handler's answer for its declared schema, or undefined when nothing is.
 * The answer is checked as it goes on the wire (after JSON), and a field the schema does not
 * declare counts as wrong: a renamed field must not pass as an extra one.
 */
export function responseMismatch(schema: z.ZodType | null, body: unknown): string | undefined {
  if (body instanceof Response)
    return schema === null ? undefined : "answered a raw Response where it declares a JSON body";
  if (schema === null)
    return body === undefined ? undefined : "answered a body where it declares none";
  const wire: unknown = body === undefined ? undefined : JSON.parse(JSON.stringify(body));
  const parsed = schema.safeParse(wire);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${formatPath(issue.path) || "(body)"}: ${issue.message}`,
    );
    return `answered what its response schema refuses: ${problems.join("; ")}`;
  }
  const extra = undeclaredFields(wire, parsed.data, []);
  if (extra.length > 0)
    return `answered fields its response schema does not declare: ${extra.join(", ")}`;
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Paths present in what was sent but not in what the schema kept of it. */
function undeclaredFields(sent: unknown, kept: unknown, path: (string | number)[]): string[] {
  if (Array.isArray(sent) && Array.isArray(kept))
    return sent.flatMap((item, i) => undeclaredFields(item, kept[i], [...path, i]));
  if (!isRecord(sent) || !isRecord(kept)) return [];
  return Object.keys(sent).flatMap((key) =>
    key in kept
      ? undeclaredFields(sent[key], kept[key], [...path, key])
      : [formatPath([...path, key])],
  );
}
