import { expect, it } from "vitest";
import { brokerOptionsOf, readConfig } from "./config.ts";

it("has the TLS listeners and the PROXY protocol off by default", () => {
  const config = readConfig({});
  expect(config).toMatchObject({
    port: 1883,
    tlsPort: null,
    wsPort: 8083,
    wssPort: null,
    tls: undefined,
    proxyProtocol: [],
  });
});

it("turns listeners on and off, and passes them to the broker", () => {
  const config = readConfig({
    BULBCHECK_MQTT_PORT: "off",
    BULBCHECK_MQTT_TLS_PORT: "8883",
    BULBCHECK_WS_PORT: "off",
    BULBCHECK_WSS_PORT: "8884",
    BULBCHECK_TLS_CERT_FILE: "/etc/bulbcheck/fullchain.pem",
    BULBCHECK_TLS_KEY_FILE: "/etc/bulbcheck/privkey.pem",
    BULBCHECK_MQTT_PROXY_PROTOCOL: "127.0.0.1, 10.0.0.0/24 ::1",
  });
  expect(brokerOptionsOf(config)).toMatchObject({
    port: null,
    tlsPort: 8883,
    wsPort: null,
    wssPort: 8884,
    tls: { certFile: "/etc/bulbcheck/fullchain.pem", keyFile: "/etc/bulbcheck/privkey.pem" },
    proxyProtocol: ["127.0.0.1", "10.0.0.0/24", "::1"],
  });
  expect(readConfig({ BULBCHECK_MQTT_PROXY_PROTOCOL: "off" }).proxyProtocol).toEqual([]);
});

it("refuses a TLS listener without its files, naming each setting", () => {
  expect(() => readConfig({ BULBCHECK_WSS_PORT: "8884" })).toThrow(
    /BULBCHECK_TLS_CERT_FILE: needed[\s\S]*BULBCHECK_TLS_KEY_FILE: needed/,
  );
  expect(() =>
    readConfig({ BULBCHECK_MQTT_TLS_PORT: "8883", BULBCHECK_TLS_CERT_FILE: "/c.pem" }),
  ).toThrow(/BULBCHECK_TLS_KEY_FILE/);
  expect(() => readConfig({ BULBCHECK_MQTT_TLS_PORT: "tls" })).toThrow(/BULBCHECK_MQTT_TLS_PORT/);
  expect(() => readConfig({ BULBCHECK_MQTT_PROXY_PROTOCOL: "10.0.0.0/40" })).toThrow(
    /BULBCHECK_MQTT_PROXY_PROTOCOL: "10.0.0.0\/40": the prefix length/,
  );
});
