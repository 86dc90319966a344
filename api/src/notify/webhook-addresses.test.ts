import type { LookupAddress } from "node:dns";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressRanges } from "../config.ts";
import { AddressRanges } from "../net/ip.ts";
import { type Clock, createChannel, TEST_TUNING } from "../testing/notify-fixture.ts";
import { startWebhookReceiver, type WebhookReceiver } from "../testing/receivers.ts";
import {
  startTestSystem,
  TEST_WEBHOOK_ALLOW,
  type TestSystem,
  WAIT_MS,
} from "../testing/test-system.ts";
import { OutboundPolicy } from "./outbound.ts";
import { postJson } from "./webhook.ts";

/**
 * A webhook must not reach this machine or the network behind it: channel URLs are checked when
 * saved and again on every send, on the addresses names resolve to, and redirects are not
 * followed; what an admin allows (BULBCHECK_WEBHOOK_ALLOW) is the exception. Real receivers on
 * loopback, which these systems allow or not.
 */

const clock: Clock = { now: Date.parse("2026-11-23T10:00:00Z") };
const NONE = AddressRanges.parse([]);
let hook: WebhookReceiver;
let internal: WebhookReceiver;
let port: string;
const parent = mkdtempSync(join(tmpdir(), "bulbcheck-webhook-addresses-"));

function system(allow: AddressRanges, dataDir?: string): Promise<TestSystem> {
  return startTestSystem({
    now: () => clock.now,
    notifier: TEST_TUNING,
    notify: { webhookAllow: allow },
    ...(dataDir ? { dataDir } : {}),
  });
}

beforeAll(async () => {
  hook = await startWebhookReceiver();
  internal = await startWebhookReceiver();
  port = new URL(hook.url).port;
});

afterAll(async () => {
  await hook?.close();
  await internal?.close();
  rmSync(parent, { recursive: true, force: true });
});

describe("a channel's URL, when it is saved", () => {
  let t: TestSystem;

  beforeAll(async () => {
    t = await system(NONE);
  });

  afterAll(async () => {
    await t?.stop();
  });

  it.each([
    ["http://127.0.0.1:PORT/hook", "127.0.0.1 is a loopback address"],
    ["http://2130706433:PORT/hook", "127.0.0.1 is a loopback address"],
    ["http://0x7f.1:PORT/hook", "127.0.0.1 is a loopback address"],
    ["http://127.1:PORT/hook", "127.0.0.1 is a loopback address"],
    ["http://[::1]:PORT/hook", "::1 is a loopback address"],
    ["http://[::ffff:127.0.0.1]:PORT/hook", "::ffff:7f00:1 is a loopback address"],
    ["http://localhost:PORT/hook", "localhost resolves to"],
    ["http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"],
    ["http://[fe80::1]/", "fe80::1 is a link-local address"],
    ["http://10.1.2.3/hook", "10.1.2.3 is a private address"],
    ["http://172.16.0.9/hook", "172.16.0.9 is a private address"],
    ["http://192.168.0.10/hook", "192.168.0.10 is a private address"],
    ["http://[fd00::1]/hook", "fd00::1 is a private address"],
    ["http://100.64.0.1/hook", "100.64.0.1 is a shared (carrier-grade NAT) address"],
    ["http://0.0.0.0:PORT/hook", "0.0.0.0 is an unspecified address"],
  ])("refuses %s", async (template, reason) => {
    const url = template.replace("PORT", port);
    const res = await t.api("POST", "/api/notify/channels", {
      body: { kind: "webhook", name: "internal", url },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("address_not_allowed");
    expect(res.body.error.message).toContain(reason);
    expect(res.body.error.message).toContain("BULBCHECK_WEBHOOK_ALLOW");
    expect(res.body.error.issues[0].path).toBe("url");
  });

  it("refuses Slack and Teams URLs alike, and a change of URL to such an address", async () => {
    const slack = await t.api("POST", "/api/notify/channels", {
      body: { kind: "slack", name: "room", url: "https://10.0.0.8/services/T/B/X" },
    });
    expect(slack.status).toBe(400);
    expect(slack.body.error.code).toBe("address_not_allowed");
    // A public address is taken (never sent to here)...
    const created = await createChannel(t, {
      kind: "teams",
      name: "public",
      url: "https://93.184.215.14/webhook",
    });
    // ...and may not be turned inwards afterwards.
    const moved = await t.api("PATCH", `/api/notify/channels/${created.id}`, {
      body: { url: `http://127.0.0.1:${port}/hook` },
    });
    expect(moved.status).toBe(400);
    expect(moved.body.error.code).toBe("address_not_allowed");
  });
});

describe("every send", () => {
  it("checks the address again: one allowed when saved is refused once it is not, by name too", async () => {
    const dataDir = join(parent, "was-allowed");
    const before = await system(addressRanges(["loopback"]), dataDir);
    const literal = await createChannel(before, {
      kind: "webhook",
      name: "literal",
      url: hook.url,
    });
    const named = await createChannel(before, {
      kind: "webhook",
      name: "named",
      url: `http://localhost:${port}/hook`,
    });
    await before.system.stop();
    const after = await system(NONE, dataDir);
    try {
      const sent = hook.requests.length;
      const first = await after.api("POST", `/api/notify/channels/${literal.id}/test`);
      expect(first.body).toMatchObject({ state: "failed", attempts: 1, lastStatus: null });
      expect(first.body.lastError).toContain("refused: 127.0.0.1 is a loopback address");
      const second = await after.api("POST", `/api/notify/channels/${named.id}/test`);
      expect(second.body).toMatchObject({ state: "failed", attempts: 1 });
      expect(second.body.lastError).toMatch(
        /refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address/,
      );
      expect(hook.requests.length).toBe(sent);
    } finally {
      await after.stop();
    }
  });

  it("follows no redirect, so an answer cannot send the request elsewhere", async () => {
    const t = await system(TEST_WEBHOOK_ALLOW);
    try {
      const channel = await createChannel(t, { kind: "webhook", name: "hook", url: hook.url });
      hook.answers.push({ status: 307, headers: { location: internal.url } });
      const res = await t.api("POST", `/api/notify/channels/${channel.id}/test`);
      expect(res.body).toMatchObject({ state: "failed", lastStatus: 307 });
      expect(res.body.lastError).toContain("a redirect, not followed");
      expect(internal.requests).toEqual([]);
    } finally {
      await t.stop();
    }
  });

  it("reaches what an admin allows, in whatever form its address is written", async () => {
    const t = await system(TEST_WEBHOOK_ALLOW);
    try {
      const channel = await createChannel(t, {
        kind: "webhook",
        name: "numeric",
        url: `http://2130706433:${port}/hook`,
      });
      const sent = hook.requests.length;
      const res = await t.api("POST", `/api/notify/channels/${channel.id}/test`);
      expect(res.body).toMatchObject({ state: "sent", lastStatus: 200 });
      expect(hook.requests.length).toBe(sent + 1);
    } finally {
      await t.stop();
    }
  });
});

describe("the connection's own lookup", () => {
  /** A resolver that answers what the test says, as a name whose answer changes would. */
  const resolverOf =
    (answers: LookupAddress[]) =>
    (
      _host: string,
      _options: object,
      callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
    ) =>
      callback(null, answers);

  const post = (policy: OutboundPolicy) =>
    postJson({
      url: `http://rebinding.example:${port}/hook`,
      body: "{}",
      timeoutMs: WAIT_MS,
      now: () => clock.now,
      policy,
    });

  it("refuses a name that resolved to a public address when saved and resolves inwards when sent", async () => {
    let answer: LookupAddress[] = [{ address: "93.184.215.14", family: 4 }];
    const policy = new OutboundPolicy(NONE, (host, options, callback) =>
      resolverOf(answer)(host, options, callback),
    );
    await expect(policy.checkUrl(`http://rebinding.example:${port}/hook`)).resolves.toBeUndefined();
    answer = [{ address: "127.0.0.1", family: 4 }];
    const sent = hook.requests.length;
    const attempt = await post(policy);
    expect(attempt).toMatchObject({ status: null, outcome: "failed" });
    expect(attempt.error).toBe(
      "refused: rebinding.example resolves to 127.0.0.1, a loopback address: notifications go to public addresses only, unless BULBCHECK_WEBHOOK_ALLOW names it",
    );
    expect(hook.requests.length).toBe(sent);
  });

  it("connects only to the addresses that may be reached among those a name resolves to", async () => {
    const policy = new OutboundPolicy(
      TEST_WEBHOOK_ALLOW,
      resolverOf([
        { address: "10.0.0.1", family: 4 },
        { address: "127.0.0.1", family: 4 },
      ]),
    );
    const attempt = await post(policy);
    expect(attempt).toMatchObject({ status: 200, outcome: "sent" });
  });
});
