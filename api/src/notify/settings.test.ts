import { describe, expect, it } from "vitest";
import { readSystemConfig } from "../config.ts";

/** The SMTP and public-URL settings, checked once at start. */

const base = { BULBCHECK_DATA_DIR: "/tmp/bulbcheck-settings-test" };

describe("notification settings", () => {
  it("has no SMTP server unless one is set", () => {
    expect(readSystemConfig(base).notify).toMatchObject({ smtp: undefined, publicUrl: undefined });
  });

  it("takes a URL, or a host with port and login", () => {
    const url = readSystemConfig({
      ...base,
      BULBCHECK_SMTP_URL: "smtps://u:p@mail.example.com:465",
      BULBCHECK_MAIL_FROM: "Bulb Check <bulbcheck@example.com>",
      BULBCHECK_PUBLIC_URL: "https://bulbcheck.example.com/",
    }).notify;
    expect(url).toMatchObject({
      smtp: { url: "smtps://u:p@mail.example.com:465", from: "Bulb Check <bulbcheck@example.com>" },
      publicUrl: "https://bulbcheck.example.com",
    });
    const host = readSystemConfig({
      ...base,
      BULBCHECK_SMTP_HOST: "mail.example.com",
      BULBCHECK_SMTP_PORT: "465",
      BULBCHECK_SMTP_USER: "u",
      BULBCHECK_SMTP_PASS: "p",
      BULBCHECK_MAIL_FROM: "bulbcheck@example.com",
    }).notify.smtp;
    expect(host).toMatchObject({ host: "mail.example.com", port: 465, secure: true, user: "u" });
  });

  it("lets webhooks reach no internal address unless BULBCHECK_WEBHOOK_ALLOW names it", () => {
    expect(readSystemConfig(base).notify.webhookAllow.empty).toBe(true);
    const allow = readSystemConfig({
      ...base,
      BULBCHECK_WEBHOOK_ALLOW: "10.0.0.0/8, 192.168.1.20 loopback",
    }).notify.webhookAllow;
    expect(
      ["10.9.9.9", "192.168.1.20", "127.0.0.1", "::1", "192.168.1.21"].map((a) => allow.has(a)),
    ).toEqual([true, true, true, true, false]);
    expect(() => readSystemConfig({ ...base, BULBCHECK_WEBHOOK_ALLOW: "hooks.internal" })).toThrow(
      /BULBCHECK_WEBHOOK_ALLOW: "hooks\.internal" is not an IP address/,
    );
    expect(() => readSystemConfig({ ...base, BULBCHECK_WEBHOOK_ALLOW: "off" })).toThrow(
      /BULBCHECK_WEBHOOK_ALLOW: "off"/,
    );
  });

  it("stops the start with the variable named when a setting is wrong", () => {
    expect(() =>
      readSystemConfig({ ...base, BULBCHECK_SMTP_URL: "http://mail.example.com" }),
    ).toThrow(/BULBCHECK_SMTP_URL: an smtp:\/\/ or smtps:\/\/ URL/);
    expect(() =>
      readSystemConfig({ ...base, BULBCHECK_SMTP_URL: "smtp://mail.example.com" }),
    ).toThrow(/BULBCHECK_MAIL_FROM: needed with an SMTP server/);
    expect(() =>
      readSystemConfig({
        ...base,
        BULBCHECK_SMTP_HOST: "mail.example.com",
        BULBCHECK_SMTP_URL: "smtp://mail.example.com",
        BULBCHECK_MAIL_FROM: "a@b.c",
      }),
    ).toThrow(/set either BULBCHECK_SMTP_URL or BULBCHECK_SMTP_HOST/);
    expect(() =>
      readSystemConfig({
        ...base,
        BULBCHECK_SMTP_HOST: "h",
        BULBCHECK_MAIL_FROM: "not an address",
      }),
    ).toThrow(/BULBCHECK_MAIL_FROM/);
  });
});
