import type { NewChannel, NewRule } from "@bulbcheck/shared";
import type { NotifierTuning } from "../notify/notifier.ts";
import { startTestSystem, type TestSystem, WAIT_MS } from "./test-system.ts";

/** A test's clock: the system reads it; the test moves it. */
export interface Clock {
  now: number;
}

export const MINUTE = 60_000;

/**
 * Notifier timing for tests: the clock is the test's, so nothing waits for real; backoff starts at
 * a minute, without jitter (random 0: half the exponential wait), and no pass runs by itself
 * beyond those changes start. The request timeout is real time, and generous: a receiver on
 * loopback that answers late on a busy machine must not count as one that did not answer.
 */
export const TEST_TUNING: Partial<NotifierTuning> = {
  retry: { baseMs: 60_000, capMs: 8 * 60_000, giveUpAfterMs: 24 * 3_600_000, timeoutMs: WAIT_MS },
  everyMs: 3_600_000,
  stopGraceMs: 300,
  random: () => 0,
};

export function startNotifySystem(options: {
  clock: Clock;
  smtpUrl?: string;
  dataDir?: string;
  tuning?: Partial<NotifierTuning>;
}): Promise<TestSystem> {
  return startTestSystem({
    now: () => options.clock.now,
    notifier: { ...TEST_TUNING, ...options.tuning },
    notify: {
      smtp: options.smtpUrl
        ? { url: options.smtpUrl, from: "Bulb Check <bulbcheck@example.test>" }
        : undefined,
      publicUrl: "http://bulbcheck.example.test",
    },
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  });
}

export async function createChannel(
  t: TestSystem,
  channel: NewChannel,
): Promise<{ id: number; secret: string | null }> {
  const res = await t.api<{ id: number; secret: string | null }>("POST", "/api/notify/channels", {
    body: channel,
  });
  if (res.status !== 201) throw new Error(`channel: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function createRule(
  t: TestSystem,
  rule: Omit<NewRule, "enabled" | "match" | "quietHours"> & Partial<NewRule>,
  token?: string,
): Promise<number> {
  const res = await t.api<{ id: number }>("POST", "/api/notify/rules", {
    body: rule,
    ...(token ? { token } : {}),
  });
  if (res.status !== 201) throw new Error(`rule: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** A staff report through the API: the defect's id. */
export async function report(
  t: TestSystem,
  site: string,
  asset: string,
  fault: string,
  source: "staff" | "customer" = "staff",
): Promise<number> {
  const res = await t.api<{ id: number }>("POST", "/api/defects", {
    body: { site, asset, fault, source },
  });
  if (res.status !== 201) throw new Error(`report: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}
