import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodePayload } from "./decode.ts";
import { isCleanName } from "./text.ts";

/** What a device names is normalised, and what would render as something else is refused. */

const decode = (kind: "report" | "resolve" | "checkin", payload: object) =>
  decodePayload(kind, Buffer.from(JSON.stringify({ id: "m-1", ...payload })), { receivedAt: 0 });

const report = (over: object) => decode("report", { fault: "dirty", source: "staff", ...over });

describe("device ids and names", () => {
  it("are normalised to NFC, so that one name typed two ways is one asset", () => {
    const composed = report({ asset: "caf\u00e9" });
    const decomposed = report({ asset: "cafe\u0301" });
    expect(composed.ok && composed.message.payload).toMatchObject({ asset: "caf\u00e9" });
    expect(decomposed.ok && decomposed.message.payload).toMatchObject({ asset: "caf\u00e9" });
  });

  it("refuse control, bidirectional and zero-width characters, naming the field", () => {
    const cases: [object, string][] = [
      [{ asset: "lamp\r\nSet-Cookie: x" }, "bad_field:asset"],
      [{ asset: "lamp\u202e1" }, "bad_field:asset"],
      [{ asset: "lamp\u200b" }, "bad_field:asset"],
      [{ asset: "\ufefflamp" }, "bad_field:asset"],
      [{ asset: "lamp\ud800" }, "bad_field:asset"],
      [{ asset: "lamp", note: "fixed \u2066soon\u2069" }, "bad_field:note"],
      [{ asset: "lamp", note: "line one\nline two" }, "bad_field:note"],
    ];
    for (const [payload, reason] of cases) {
      const result = report(payload);
      expect(result.ok ? "ok" : result.reason, JSON.stringify(payload)).toBe(reason);
    }
    const staff = decode("resolve", { asset: "lamp", staff: "kari\u200d" });
    expect(staff.ok ? "ok" : staff.reason).toBe("bad_field:staff");
    const checkpoint = decode("checkin", { checkpoint: "lobby\u0000", result: "ok" });
    expect(checkpoint.ok ? "ok" : checkpoint.reason).toBe("bad_field:checkpoint");
  });

  it("keep letters of every script, and a note keeps the joiners emoji need", () => {
    for (const asset of ["Lampe-ø", "電燈-3", "مصباح", "lamp 1"])
      expect(report({ asset }).ok, asset).toBe(true);
    expect(report({ asset: "lamp", note: "fixed by \u{1F469}\u200d\u{1F527}" }).ok).toBe(true);
  });

  it("never let through what they refuse, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: 1, maxLength: 40 }), (asset) => {
        const result = report({ asset });
        if (result.ok && result.message.kind === "report") {
          expect(isCleanName(result.message.payload.asset)).toBe(true);
          expect(result.message.payload.asset).toBe(result.message.payload.asset.normalize("NFC"));
        } else if (!result.ok) expect(result.reason).toBe("bad_field:asset");
      }),
      { numRuns: 500 },
    );
  });
});
