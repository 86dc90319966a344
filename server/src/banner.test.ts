import { describe, expect, it } from "vitest";
import { banner } from "./banner.ts";
import { readServerConfig } from "./config.ts";

/** The first admin's secrets reach a terminal, never a log. */

const system = {
  apiUrl: "http://127.0.0.1:8080",
  mqttUrl: "mqtt://127.0.0.1:1883",
  wsUrl: undefined,
  adminToken: {
    source: "generated",
    token: "bct_secret-token-value",
    file: "/srv/data/admin-token",
  },
  adminUser: {
    source: "generated",
    username: "admin",
    password: "secret-password-value",
    file: "/srv/data/admin-password",
  },
} as const;
const config = readServerConfig({ BULBCHECK_DATA_DIR: "/srv/data" });

describe("the start banner", () => {
  it("shows a generated token and password on a terminal, with where they are kept", () => {
    const text = banner(system, config, { url: "http://127.0.0.1:3000" }, true);
    expect(text).toContain("bct_secret-token-value");
    expect(text).toContain("secret-password-value");
    expect(text).toContain("/srv/data/admin-password");
  });

  it("names the files instead when the output is not a terminal (a journal, a container log)", () => {
    const text = banner(system, config, { url: "http://127.0.0.1:3000" }, false);
    expect(text).not.toContain("bct_secret-token-value");
    expect(text).not.toContain("secret-password-value");
    expect(text).toContain("/srv/data/admin-token");
    expect(text).toContain("/srv/data/admin-password");
  });
});
