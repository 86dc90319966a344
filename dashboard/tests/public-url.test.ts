import { describe, expect, it } from "vitest";
import { publicUrlProblem } from "../src/lib/public-url.ts";

/** Which public addresses QR codes may carry, without a browser: what a phone can open. */

describe("the public address on a QR code", () => {
  it.each([
    "http://127.0.0.1:3000",
    "http://127.1",
    "http://0x7f.0.0.1/",
    "http://2130706433/",
    "http://127.255.0.9",
    "http://localhost:3000",
    "http://LOCALHOST./",
    "http://bulbcheck.localhost",
    "http://[::1]:3000",
    "http://[0:0:0:0:0:0:0:1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://0.0.0.0:3000",
    "http://[::]/",
  ])("refuses %s: only this machine opens it", (url) => {
    expect(publicUrlProblem(url)).toEqual({ kind: "loopback", url });
  });

  it.each([
    "https://bulbcheck.example.com",
    "http://192.0.2.10:3000",
    "http://bulbcheck.test:3000",
    "http://128.0.0.1",
    "http://localhost.example.com",
    "http://[2001:db8::1]/",
  ])("takes %s", (url) => {
    expect(publicUrlProblem(url)).toBeNull();
  });

  it("refuses no address at all", () => {
    expect(publicUrlProblem(null)).toEqual({ kind: "unset" });
    expect(publicUrlProblem("")).toEqual({ kind: "unset" });
  });
});
