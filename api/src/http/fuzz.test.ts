import { Agent, request as httpRequest } from "node:http";
import { connect } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN_TOKEN,
  hotelFleet,
  publish,
  startTestSystem,
  type TestSystem,
  WAIT_MS,
} from "../testing/test-system.ts";

/**
 * Hostile requests to every route of the OpenAPI document, through the real HTTP server: broken
 * and wrongly typed bodies, unknown fields, huge strings, random path ids and query strings,
 * wrong content types, with the admin token (so that validation, not authentication, answers),
 * with none and with garbage. Each answer must be a 2xx (the input happened to be valid) or a
 * 4xx with `{ error: { code, message } }`, never a 500, and the server must keep answering.
 * `BULBCHECK_FUZZ_RUNS` sets the requests per route (default 100), `BULBCHECK_FUZZ_SEED` replays
 * a run; fast-check prints the seed and the smallest failing request.
 */

const RUNS = Number(process.env.BULBCHECK_FUZZ_RUNS ?? 100);
const SEED = process.env.BULBCHECK_FUZZ_SEED ? Number(process.env.BULBCHECK_FUZZ_SEED) : undefined;
const SITE = "hotel-oslo";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
};

interface Operation {
  method: string;
  /** OpenAPI syntax: `/api/defects/{id}`. */
  path: string;
  pathParams: string[];
  queryParams: string[];
  body: JsonSchema | undefined;
}

let t: TestSystem;
let operations: Operation[];

beforeAll(async () => {
  // No per-token request limit: the fuzzer sends thousands of requests as one admin.
  t = await startTestSystem({ access: { requestsPerMinute: 0 } });
  const secrets = await t.provision(hotelFleet(SITE));
  // Something to find: a defect, so that valid ids and cursors lead somewhere.
  const device = await t.connect(`${SITE}-pad`, secrets[`${SITE}-pad`] ?? "");
  await publish(device, `bulbcheck/v1/${SITE}/${SITE}-pad/report`, {
    id: "r-1",
    asset: "elev-a-floor",
    fault: "dirty",
    source: "staff",
  });
  await device.endAsync();
  const document = await t.api<{ paths: Record<string, Record<string, OpenApiOperation>> }>(
    "GET",
    "/api/openapi.json",
  );
  operations = Object.entries(document.body.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      pathParams: (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name),
      queryParams: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
      body: op.requestBody?.content["application/json"]?.schema,
    })),
  );
});

afterAll(async () => {
  await t?.stop();
});

interface OpenApiOperation {
  parameters?: { name: string; in: "path" | "query" }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

/** Ids that exist, so that some requests get past the lookups. */
const KNOWN_IDS = [
  SITE,
  "elevator-a",
  "elev-a-btn-12",
  "elev-a-floor",
  "elev-a-check",
  `${SITE}-sensor`,
  `${SITE}-pad`,
  "1",
  "2",
  "admin",
];

/** Text that has broken parsers: encodings, escapes, limits, lookalikes. */
const NASTY_TEXT = [
  "",
  " ",
  "\u0000",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1e308",
  "9007199254740993",
  "0x10",
  "__proto__",
  "constructor",
  "toString",
  "../../etc/passwd",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "\u202Eevil",
  "\uD800",
  "😀".repeat(40),
  "a".repeat(65),
  "Europe/Oslo",
  "mon-fri",
  "06:00-23:00",
];

const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN_IDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.nat({ max: 3000 }).map((n) => "x".repeat(n)) },
);

/** Percent-encodes the UTF-8 bytes of `value`; unlike encodeURIComponent, takes lone surrogates. */
function encode(value: string): string {
  let out = "";
  for (const byte of Buffer.from(value, "utf8")) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9_.~-]/.test(char) ? char : `%${byte.toString(16).padStart(2, "0")}`;
  }
  return out;
}

/** Percent-encodings a URL parser may choke on, sent as they are. */
const RAW_SEGMENT = fc.constantFrom("%", "%zz", "%E0%A4%A", "%C0%AF", "%00", "%2F", "a%2Fb", "%25");

const pathValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: text.map(encode) },
  { weight: 1, arbitrary: RAW_SEGMENT },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  text,
  fc.constantFrom(0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, true, false, null),
);

/** A value shaped like the schema asks, or not: the right type with odd content, or another. */
function shaped(schema: JsonSchema | undefined, depth: number): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return anyJson;
  const variants = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  if (variants.length > 0)
    return fc.oneof(anyJson, ...variants.map((variant) => shaped(variant, depth + 1)));
  if (schema.enum)
    return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...schema.enum) }, anyJson);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  const right: fc.Arbitrary<unknown> =
    type === "object"
      ? objectLike(schema, depth)
      : type === "array"
        ? fc.array(shaped(schema.items, depth + 1), { maxLength: 4 })
        : type === "string"
          ? text
          : type === "integer" || type === "number"
            ? fc.oneof(fc.integer({ min: -10, max: 20_000 }), fc.double(), fc.constant(1e21))
            : type === "boolean"
              ? fc.boolean()
              : anyJson;
  return fc.oneof({ weight: 4, arbitrary: right }, { weight: 1, arbitrary: anyJson });
}

/** An object with some of the schema's fields (shaped or not), and sometimes unknown ones. */
function objectLike(schema: JsonSchema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const known = fc.record(
    Object.fromEntries(
      Object.entries(properties).map(([key, value]) => [key, shaped(value, depth + 1)]),
    ),
    { requiredKeys: [] },
  );
  const unknown = fc.dictionary(
    fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("__proto__", "constructor", "id")),
    anyJson,
    { maxKeys: 2 },
  );
  return fc
    .tuple(known, fc.option(unknown, { freq: 4, nil: undefined }))
    .map(([fields, extra]) => ({ ...extra, ...fields }));
}

/** JSON text that does not parse, or parses into something unusual. */
const brokenJson = fc.oneof(
  fc.constantFrom(
    "{",
    "[",
    '{"a":',
    "{'single': 1}",
    '{"a":1,}',
    "\uFEFF{}",
    "NaN",
    "1e999999",
    '{"__proto__":{"admin":true}}',
    '{"constructor":{"prototype":{"x":1}}}',
    "\u0000",
    "null",
    "[]",
    '""',
  ),
  fc.nat({ max: 20_000 }).map((n) => `${"[".repeat(n)}${"]".repeat(n)}`),
  fc.nat({ max: 5000 }).map((n) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`),
  fc.json({ maxDepth: 3 }).map((json) => json.slice(0, Math.max(0, json.length - 1))),
  fc.string({ maxLength: 200 }),
);

type Body =
  | { kind: "none" }
  | { kind: "text"; text: string }
  /** Sent as it is read, with or without a Content-Length. */
  | { kind: "huge"; bytes: number; chunked: boolean };

function bodyFor(schema: JsonSchema | undefined): fc.Arbitrary<Body> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<Body>({ kind: "none" }) },
    { weight: 2, arbitrary: brokenJson.map((text): Body => ({ kind: "text", text })) },
    {
      weight: 6,
      arbitrary: shaped(schema, 0).map(
        (value): Body => ({ kind: "text", text: JSON.stringify(value) ?? "" }),
      ),
    },
    {
      weight: 1,
      arbitrary: anyJson.map(
        (value): Body => ({ kind: "text", text: JSON.stringify(value) ?? "" }),
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(70_000, 1_100_000, 2_500_000), fc.boolean())
        .map(([bytes, chunked]): Body => ({ kind: "huge", bytes, chunked })),
    },
  );
}

const contentType = fc.option(
  fc.constantFrom(
    "application/json",
    "application/json; charset=utf-8",
    "application/vnd.api+json",
    "application/json;;;",
    "text/plain",
    "text/json",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/octet-stream",
    "*/*",
    "",
  ),
  { freq: 8, nil: undefined },
);

const authorization = fc.oneof(
  { weight: 14, arbitrary: fc.constant(`Bearer ${ADMIN_TOKEN}`) },
  { weight: 2, arbitrary: fc.constant(undefined) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "Bearer",
      "Bearer ",
      `Basic ${Buffer.from("admin:admin").toString("base64")}`,
      `Bearer ${ADMIN_TOKEN}x`,
      `bearer ${ADMIN_TOKEN}`,
      `Bearer ${"t".repeat(10_000)}`,
      "Bearer bc_sess_nope",
    ),
  },
);

const queryString = (names: string[]) =>
  fc
    .array(
      fc.tuple(
        fc.oneof(
          { weight: 4, arbitrary: names.length > 0 ? fc.constantFrom(...names) : text },
          { weight: 1, arbitrary: fc.constantFrom("access_token", "__proto__", "limit", "cursor") },
          { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
        ),
        fc.oneof({ weight: 4, arbitrary: text.map(encode) }, { weight: 1, arbitrary: RAW_SEGMENT }),
      ),
      { maxLength: 5 },
    )
    .map((pairs) =>
      pairs.length === 0 ? "" : `?${pairs.map(([k, v]) => `${encode(k)}=${v}`).join("&")}`,
    );

interface HostileRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Body;
}

function hostile(op: Operation): fc.Arbitrary<HostileRequest> {
  const params = fc.tuple(...op.pathParams.map(() => pathValue));
  return fc
    .record({
      method: fc.oneof(
        { weight: 12, arbitrary: fc.constant(op.method) },
        {
          weight: 1,
          arbitrary: fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"),
        },
      ),
      params,
      query: queryString(op.queryParams),
      body: bodyFor(op.body),
      contentType,
      authorization,
    })
    .map(({ method, params: values, query, body, contentType: type, authorization: auth }) => {
      let path = op.path;
      op.pathParams.forEach((name, i) => {
        path = path.replace(`{${name}}`, values[i] ?? "");
      });
      const headers: Record<string, string> = {};
      if (auth !== undefined) headers.authorization = auth;
      if (type !== undefined) headers["content-type"] = type;
      return { method, url: `${path}${query}`, headers, body };
    });
}

// ---------------------------------------------------------------------------------------------
// Sending and judging
// ---------------------------------------------------------------------------------------------

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/**
 * A body of `bytes` through node:http, written whole even when the server answers first (a 413
 * before the body is read): fetch reports that as a failed request rather than as the answer.
 * A fresh connection each time unless `agent` is given.
 */
function sendHuge(
  request: HostileRequest,
  { bytes, chunked }: { bytes: number; chunked: boolean },
  agent: Agent | false = false,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest(`${t.system.apiUrl}${request.url}`, {
      method: request.method,
      agent,
      // Node's client frames a body in chunks only for these methods; for the others it would
      // send the bytes unframed, which is broken HTTP that Node itself answers with a bare 400.
      headers:
        chunked && ["POST", "PUT", "PATCH"].includes(request.method)
          ? request.headers
          : { ...request.headers, "content-length": String(bytes) },
    });
    req.on("response", (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: String(response.headers["content-type"] ?? ""),
          text: Buffer.concat(chunks).toString("utf8"),
        }),
      );
      response.on("error", reject);
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, "x");
    const write = (left: number): void => {
      if (req.destroyed) return;
      if (left <= 0) {
        req.end();
        return;
      }
      const piece = chunk.subarray(0, Math.min(left, chunk.length));
      if (req.write(piece)) write(left - piece.length);
      else req.once("drain", () => write(left - piece.length));
    };
    write(bytes);
  });
}

async function send(request: HostileRequest): Promise<Answer> {
  const { method, body } = request;
  if (body.kind === "huge" && method !== "GET") return sendHuge(request, body);
  const payload = method === "GET" || body.kind !== "text" ? undefined : body.text;
  const response = await fetch(`${t.system.apiUrl}${request.url}`, {
    method,
    headers: request.headers,
    body: payload,
    signal: AbortSignal.timeout(WAIT_MS),
  });
  const contentType = response.headers.get("content-type") ?? "";
  // A live stream would never end: its status and type are the answer.
  if (contentType.startsWith("text/event-stream")) {
    await response.body?.cancel();
    return { status: response.status, contentType, text: "" };
  }
  return { status: response.status, contentType, text: await response.text() };
}

function judge(request: HostileRequest, answer: Answer): void {
  const what = `${request.method} ${request.url.slice(0, 200)} -> ${answer.status} ${answer.text.slice(0, 300)}`;
  expect(answer.status, what).toBeLessThan(500);
  if (answer.status < 400) return;
  expect(answer.contentType, what).toMatch(/^application\/json/);
  const body = JSON.parse(answer.text) as { error?: { code?: unknown; message?: unknown } };
  expect(typeof body.error?.code, what).toBe("string");
  expect(typeof body.error?.message, what).toBe("string");
  expect(String(body.error?.message).length, what).toBeGreaterThan(0);
}

async function healthy(): Promise<void> {
  const response = await fetch(`${t.system.apiUrl}/api/health`);
  expect(response.status).toBe(200);
  expect(((await response.json()) as { status: string }).status).toBe("ok");
}

describe("hostile HTTP requests", () => {
  it("an oversized body does not cost the next request on the same connection its answer", async () => {
    // One keep-alive connection for both: the server must answer the 413 and then read on.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const headers = { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" };
    try {
      for (const bytes of [2_500_000, 1_100_000, 70_000]) {
        const huge = {
          method: "POST",
          url: "/api/defects",
          headers,
          body: { kind: "none" },
        } as const;
        const refused = await sendHuge(huge, { bytes, chunked: false }, agent);
        expect(refused.status).toBe(413);
        const next = await sendHuge(
          { ...huge, url: "/api/sites?x=1", method: "GET" },
          { bytes: 0, chunked: false },
          agent,
        );
        expect(next.status).toBe(200);
      }
    } finally {
      agent.destroy();
    }
  });

  it("requests Node's HTTP parser refuses are answered in JSON too", async () => {
    const long = await sendHuge(
      {
        method: "GET",
        url: `/api/sites?q=${"x".repeat(20_000)}`,
        headers: {},
        body: { kind: "none" },
      },
      { bytes: 0, chunked: false },
    );
    expect(long.status).toBe(431);
    expect(JSON.parse(long.text).error.code).toBe("headers_too_large");

    const socket = connect(Number(new URL(t.system.apiUrl).port), "127.0.0.1");
    socket.end("GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n");
    const raw = (await socket.toArray()).map(String).join("");
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(raw.slice(raw.indexOf("\r\n\r\n") + 4)).error.code).toBe("bad_request");
  });

  it("the document lists the routes to fuzz", () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.map((op) => `${op.method} ${op.path}`)).toContain("PUT /api/fleet");
  });

  it("every route answers every request with a 2xx or a 4xx JSON error, never a 500", async () => {
    const statuses = new Map<number, number>();
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(hostile(op), async (request) => {
          const answer = await send(request);
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          judge(request, answer);
        }),
        { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
      );
      await healthy();
    }
    // Guards the generators: both valid and invalid requests were made.
    expect([...statuses.keys()].some((status) => status < 300)).toBe(true);
    expect([...statuses.keys()].some((status) => status === 400)).toBe(true);
  }, 300_000);
});
