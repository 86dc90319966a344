import { expect, test } from "vitest";
import { LoginGuard } from "./login-guard.ts";

function guardAt(start = 0) {
  const clock = { now: start };
  const guard = new LoginGuard({
    maxFailuresPerClient: 3,
    maxFailuresPerAddress: 10,
    windowMs: 60_000,
    banMs: 30_000,
    now: () => clock.now,
  });
  return { guard, clock };
}

test("repeated failures ban that client at that address, for a while", () => {
  const { guard, clock } = guardAt();
  guard.recordFailure("10.0.0.1", "lamp-1");
  guard.recordFailure("10.0.0.1", "lamp-1");
  expect(guard.clientBanned("10.0.0.1", "lamp-1")).toBe(false);
  guard.recordFailure("10.0.0.1", "lamp-1");
  expect(guard.clientBanned("10.0.0.1", "lamp-1")).toBe(true);
  // Other devices behind the same address, and the same device elsewhere, are not affected.
  expect(guard.clientBanned("10.0.0.1", "lamp-2")).toBe(false);
  expect(guard.clientBanned("10.0.0.2", "lamp-1")).toBe(false);
  expect(guard.activeBans()).toBe(1);
  clock.now += 30_001;
  expect(guard.clientBanned("10.0.0.1", "lamp-1")).toBe(false);
  expect(guard.activeBans()).toBe(0);
});

test("failures spread over more than the window do not ban", () => {
  const { guard, clock } = guardAt();
  for (let i = 0; i < 5; i++) {
    guard.recordFailure("10.0.0.1", "lamp-1");
    guard.recordFailure("10.0.0.1", "lamp-1");
    clock.now += 61_000;
  }
  expect(guard.clientBanned("10.0.0.1", "lamp-1")).toBe(false);
});

test("a success clears the client's count", () => {
  const { guard } = guardAt();
  guard.recordFailure("10.0.0.1", "lamp-1");
  guard.recordFailure("10.0.0.1", "lamp-1");
  guard.recordSuccess("10.0.0.1", "lamp-1");
  guard.recordFailure("10.0.0.1", "lamp-1");
  expect(guard.clientBanned("10.0.0.1", "lamp-1")).toBe(false);
});

test("guessing many usernames from one address bans the address", () => {
  const { guard } = guardAt();
  for (let i = 0; i < 10; i++) guard.recordFailure("10.0.0.9", `guess-${i}`);
  expect(guard.addressBanned("10.0.0.9")).toBe(true);
  expect(guard.addressBanned("10.0.0.1")).toBe(false);
  // The address is banned, not each of its devices.
  expect(guard.clientBanned("10.0.0.9", "lamp-1")).toBe(false);
});
