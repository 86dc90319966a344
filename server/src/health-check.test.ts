import { systemSettingsSchema } from "@bulbcheck/api";
import { describe, expect, it } from "vitest";
import { API_DEFAULTS, healthUrl } from "./health-check.ts";

describe("bulbcheck health", () => {
  it("asks where the API listens by default", () => {
    const defaults = systemSettingsSchema.parse({});
    expect(API_DEFAULTS).toEqual({
      host: defaults.BULBCHECK_API_HOST,
      port: defaults.BULBCHECK_API_PORT,
    });
    expect(healthUrl({})).toBe(`http://127.0.0.1:${defaults.BULBCHECK_API_PORT}/api/health`);
  });

  it("asks a wildcard listener on loopback", () => {
    expect(healthUrl({ BULBCHECK_API_HOST: "0.0.0.0", BULBCHECK_API_PORT: "9000" })).toBe(
      "http://127.0.0.1:9000/api/health",
    );
    expect(healthUrl({ BULBCHECK_API_HOST: "::" })).toBe("http://[::1]:8080/api/health");
    expect(healthUrl({ BULBCHECK_API_HOST: "fd00::5" })).toBe("http://[fd00::5]:8080/api/health");
  });
});
