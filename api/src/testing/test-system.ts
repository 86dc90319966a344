import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readConfig as readBrokerConfig } from "@bulbcheck/broker";
import { WAIT_MS } from "@bulbcheck/broker/testing";
import { type ApiRole, DEFAULT_RECURRENCE_DAYS, type FleetDocumentInput } from "@bulbcheck/shared";
import mqtt, { type IClientOptions, type MqttClient } from "mqtt";
import { pino } from "pino";
import { DEFAULT_HEALTH_SETTINGS, type SystemConfig } from "../config.ts";
import { type AccessPolicy, DEFAULT_ACCESS_POLICY } from "../http/deps.ts";
import { AddressRanges } from "../net/ip.ts";
/** The sign-in limits a test system has unless told otherwise, to change one of them. */
import { DEFAULT_RETENTION } from "../retention/retention.ts";
import { type RunningSystem, type StartOptions, startSystem } from "../system.ts";

export { DEFAULT_SIGN_IN_LIMITS } from "../http/sign-in-guard.ts";
/** How long a test waits for a condition before it fails: the broker fixtures' deadline. */
export { WAIT_MS };

export const ADMIN_TOKEN = "test-admin-token-0123456789abcdef";
/**
 * What every test system allows webhooks to reach, as `BULBCHECK_WEBHOOK_ALLOW=127.0.0.1`
 * would: the receivers tests start on loopback. A test of the refusals passes its own.
 */
export const TEST_WEBHOOK_ALLOW = AddressRanges.parse(["127.0.0.1"]);
/** The admin user every test system has. */
export const ADMIN_USERNAME = "admin";
export const ADMIN_PASSWORD = "test-admin-password";

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface RequestOptions {
  token?: string | null;
  body?: unknown;
  /** Sent as is, not JSON-encoded. */
  rawBody?: string;
  headers?: Record<string, string>;
}

/** A JSON client of the real HTTP API; the admin token unless told otherwise. */
export function apiClient(baseUrl: string, defaultToken: string) {
  // biome-ignore lint/suspicious/noExplicitAny: a test reads the body it expects, and asserts it
  return async function request<T = any>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<ApiResponse<T>> {
    const token = options.token === undefined ? defaultToken : options.token;
    const headers: Record<string, string> = { ...options.headers };
    if (token !== null) headers.authorization = `Bearer ${token}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers["content-type"] ??= "application/json";
    }
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: the text itself is the body
    }
    return { status: response.status, headers: response.headers, body: parsed as T };
  };
}

export type ApiRequest = ReturnType<typeof apiClient>;

export interface TestSystem {
  system: RunningSystem;
  dataDir: string;
  api: ApiRequest;
  /** Provisions a fleet through `PUT /api/fleet`; returns the new devices' secrets. */
  provision(fleet: FleetDocumentInput): Promise<Record<string, string>>;
  /** Creates a user through the API (as the admin token) and signs them in: their session token. */
  user(user: {
    username: string;
    role: ApiRole;
    sites?: string[] | null;
    password?: string;
    displayName?: string;
    email?: string;
  }): Promise<{ id: number; token: string }>;
  /** Signs in through `POST /api/sessions`: the session token. */
  signIn(username: string, password: string): Promise<string>;
  /** A real MQTT client logged in as the device. */
  connect(device: string, secret: string, options?: IClientOptions): Promise<MqttClient>;
  stop(): Promise<void>;
}

/** The real system (store, ingestion, broker, HTTP API) on free loopback ports, in a temp folder. */
export async function startTestSystem(
  options: Partial<StartOptions> & {
    env?: Record<string, string>;
    /** Ingest from this broker instead of the embedded one. */
    external?: SystemConfig["external"];
    /** Start on the data of a system stopped before; a new temp folder otherwise. */
    dataDir?: string;
    /** Changes to the access policy (limits, session lengths). */
    access?: Partial<AccessPolicy>;
    /** The SMTP server and the dashboard address notifications use. */
    notify?: Partial<SystemConfig["notify"]>;
    /** The first admin; without a password one is generated, as on a first `pnpm start`. */
    adminUser?: SystemConfig["adminUser"];
    /** Who may read `/metrics` without a token; nobody by default. */
    metricsAllow?: SystemConfig["metricsAllow"];
    /** Where copies go (default `backups` in the data folder) and the schedule (none). */
    backup?: Partial<SystemConfig["backup"]>;
    /** Health thresholds; the settings' defaults otherwise. */
    healthLimits?: Partial<SystemConfig["health"]>;
    /** `BULBCHECK_RECURRENCE_DAYS`; 7 otherwise. */
    recurrenceDays?: number;
  } = {},
): Promise<TestSystem> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "bulbcheck-test-"));
  const broker = readBrokerConfig({ ...options.env, BULBCHECK_DATA_DIR: dataDir });
  const config: SystemConfig = {
    broker: { ...broker, port: 0, wsPort: null },
    dataDir,
    databaseFile: join(dataDir, "bulbcheck.db"),
    databaseSync: "full",
    backup: { dir: join(dataDir, "backups"), schedule: undefined, ...options.backup },
    apiHost: "127.0.0.1",
    apiPort: 0,
    adminToken: ADMIN_TOKEN,
    adminUser: options.adminUser ?? { username: ADMIN_USERNAME, password: ADMIN_PASSWORD },
    access: { ...DEFAULT_ACCESS_POLICY, ...options.access },
    metricsAllow: options.metricsAllow ?? AddressRanges.parse([]),
    retention: DEFAULT_RETENTION,
    recurrenceDays: options.recurrenceDays ?? DEFAULT_RECURRENCE_DAYS,
    external: options.external,
    // The receivers of the notification tests listen on loopback: allowed as an admin would.
    notify: {
      smtp: undefined,
      publicUrl: undefined,
      webhookAllow: TEST_WEBHOOK_ALLOW,
      ...options.notify,
    },
    // The test machine's own free space is not what a test asks about: off unless asked.
    health: { ...DEFAULT_HEALTH_SETTINGS, diskMinFreeBytes: 0, ...options.healthLimits },
  };
  const {
    env: _,
    external: __,
    dataDir: ___,
    access: ____,
    notify: _____,
    adminUser: ______,
    metricsAllow: _______,
    backup: ________,
    healthLimits: _________,
    ...startOptions
  } = options;
  let system: RunningSystem;
  try {
    system = await startSystem(config, {
      logger: pino({ level: process.env.BULBCHECK_TEST_LOG ?? "silent" }),
      // Every answer a test sees is checked against what its route declares.
      checkResponses: true,
      // The default in-app rules would add notices and escalations to every test's high-severity
      // defects: off unless a test asks (as the attention tests do).
      defaultAttention: false,
      ...startOptions,
    });
  } catch (error) {
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const api = apiClient(system.apiUrl, ADMIN_TOKEN);
  const signIn = async (username: string, password: string) => {
    const response = await api<{ token: string }>("POST", "/api/sessions", {
      token: null,
      body: { username, password },
    });
    if (response.status !== 201)
      throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.token;
  };
  return {
    system,
    dataDir,
    api,
    async provision(fleet) {
      const response = await api<{ secrets: Record<string, string> }>("PUT", "/api/fleet", {
        body: fleet,
      });
      if (response.status !== 200)
        throw new Error(`provisioning failed: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.secrets;
    },
    signIn,
    async user({ password = "a-long-test-password", sites = null, ...rest }) {
      const created = await api<{ id: number }>("POST", "/api/users", {
        body: { ...rest, sites, password },
      });
      if (created.status !== 201)
        throw new Error(`user not created: ${created.status} ${JSON.stringify(created.body)}`);
      return { id: created.body.id, token: await signIn(rest.username, password) };
    },
    connect: (device, secret, clientOptions = {}) =>
      mqtt.connectAsync(system.mqttUrl, {
        clientId: device,
        username: device,
        password: secret,
        protocolVersion: 4,
        reconnectPeriod: 0,
        connectTimeout: WAIT_MS,
        ...clientOptions,
      }),
    async stop() {
      await system.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A small fleet: one hotel with an elevator zone, a sensor and a staff pad. */
export function hotelFleet(site = "hotel-oslo"): FleetDocumentInput {
  return {
    sites: [
      {
        id: site,
        name: "Hotel Oslo Sentrum",
        timezone: "Europe/Oslo",
        hours: { "mon-fri": "06:00-23:00", "sat-sun": "08:00-22:00" },
        zones: [
          {
            id: "elevator-a",
            name: "Elevator A",
            assets: [
              {
                id: "elev-a-btn-12",
                name: "Button 12 light",
                category: "lighting",
                customerVisible: true,
              },
              {
                id: "elev-a-floor",
                name: "Elevator A floor",
                category: "cleanliness",
                customerVisible: true,
              },
              {
                id: "elev-a-lamp",
                name: "Ceiling lamp",
                category: "lighting",
                customerVisible: false,
              },
            ],
            checkpoints: [
              {
                id: "elev-a-check",
                name: "Elevator A",
                intervalMinutes: 240,
                assets: ["elev-a-btn-12", "elev-a-floor"],
              },
            ],
          },
        ],
        devices: [
          {
            id: `${site}-sensor`,
            kind: "sensor",
            intervalSeconds: 60,
            watches: ["elev-a-btn-12", "elev-a-lamp"],
          },
          { id: `${site}-pad`, kind: "button", intervalSeconds: 3600 },
        ],
      },
    ],
  };
}

/** Publishes JSON (or text) at QoS 1 and resolves on the PUBACK. */
export async function publish(
  client: MqttClient,
  topic: string,
  payload: unknown,
  options: { qos?: 0 | 1; retain?: boolean } = {},
): Promise<void> {
  const body = typeof payload === "string" ? payload : JSON.stringify(payload);
  await client.publishAsync(topic, body, {
    qos: options.qos ?? 1,
    retain: options.retain ?? false,
  });
}

/** Polls until `check` returns a value that is not undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  what: string,
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
