import {
  apiErrorSchema,
  errorStatuses,
  MULTIPART_BODY_TYPE,
  type RouteGroup,
} from "@bulbcheck/shared";
import { z } from "zod";

const ERROR_TEXT: Record<number, string> = {
  400: "invalid input; the message names the field",
  401: "no token, or an unknown or revoked one, or a token in the query where it is not taken",
  403: "the token's role does not allow this",
  404: "not found",
  409: "not possible in the current state",
  413: "body too large",
  415: "body is not JSON (or, where a route takes text or a form, not of its type; a photo not of an accepted image type)",
  429: "too many requests; Retry-After says when to try again",
  503: "a part of the system is down (the database cannot write, say); Retry-After",
};

function jsonSchema(schema: z.ZodType, io: "input" | "output") {
  // Refinements (such as unique ids in a fleet) cannot be said in JSON Schema; they are checked
  // all the same, and their failures are 400s that name the field.
  return z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" });
}

/** `/api/defects/:id` -> `/api/defects/{id}` */
function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, "{$1}");
}

function parameters(schema: z.ZodType | undefined, where: "path" | "query") {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => ({
    name,
    in: where,
    required: where === "path" || !field.safeParse(undefined).success,
    schema: jsonSchema(field, "input"),
  }));
}

/**
 * The OpenAPI 3.1 document of the contract's routes, generated from their declarations in
 * `shared/` (the same the API serves and the typed client calls); `operationId` is the client's
 * method name.
 */
export function openApiDocument(routes: RouteGroup, version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorContent = { "application/json": { schema: jsonSchema(apiErrorSchema, "output") } };
  for (const [name, spec] of Object.entries(routes)) {
    const { response } = spec;
    const responses: Record<string, unknown> = {
      [response.status]: {
        description: response.description,
        ...(response.schema
          ? { content: { "application/json": { schema: jsonSchema(response.schema, "output") } } }
          : response.contentType
            ? {
                content: {
                  [response.contentType]: {
                    schema: response.contentType.startsWith("image/")
                      ? { type: "string", format: "binary" }
                      : { type: "string" },
                  },
                },
              }
            : {}),
      },
    };
    for (const status of errorStatuses(spec)) {
      responses[status] = { description: ERROR_TEXT[status] ?? "error", content: errorContent };
    }
    const operation = {
      operationId: name,
      summary: spec.summary,
      ...(spec.access === "public"
        ? spec.signedInRole
          ? { "x-required-role": spec.signedInRole, security: [{}, { bearer: [] }] }
          : { security: [] }
        : {
            "x-required-role": spec.access,
            security: spec.tokenInQuery ? [{ bearer: [] }, { queryToken: [] }] : [{ bearer: [] }],
          }),
      parameters: [
        ...parameters(spec.params, "path"),
        ...parameters(spec.query, "query"),
        ...(spec.tokenInQuery
          ? [
              {
                name: "access_token",
                in: "query",
                required: false,
                description:
                  "The bearer token, for browsers' EventSource, which cannot send a header; no other route takes it",
                schema: { type: "string" },
              },
            ]
          : []),
      ],
      ...(spec.body
        ? {
            requestBody: {
              required: !spec.body.safeParse(undefined).success,
              content:
                spec.bodyType === MULTIPART_BODY_TYPE
                  ? { [spec.bodyType]: { schema: jsonSchema(spec.body, "input") } }
                  : spec.bodyType
                    ? { [spec.bodyType]: { schema: { type: "string" } } }
                    : { "application/json": { schema: jsonSchema(spec.body, "input") } },
            },
          }
        : {}),
      responses,
    };
    const path = openApiPath(spec.path);
    paths[path] = { ...paths[path], [spec.method]: operation };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Bulb Check API",
      version,
      description:
        "The REST contract of Bulb Check. Errors are { error: { code, message } }; roles are viewer < staff < manager < admin.",
    },
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        queryToken: {
          type: "apiKey",
          in: "query",
          name: "access_token",
          description: "Only where a route says so: the event stream",
        },
      },
    },
    security: [{ bearer: [] }],
    paths,
  };
}
