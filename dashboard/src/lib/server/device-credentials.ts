import type { DeviceConnection } from "@bulbcheck/shared";

/**
 * A new device's credentials as a file to hand to whoever installs it: where it connects, its
 * username and secret, its topics and a line to try. Offered once, right after the secret was
 * made, as a download link the page holds (no copy of the secret is kept anywhere else).
 */
export interface Credentials {
  device: string;
  secret: string;
  connection: DeviceConnection;
  /** The file, as a `data:` address for a download link. */
  href: string;
  fileName: string;
}

export function credentialsOf(connection: DeviceConnection, secret: string): Credentials {
  const c = connection;
  const lines = [
    `# Bulb Check device credentials: ${c.device} at site ${c.site}`,
    "# Keep this file secret. The password was shown once; rotating it makes a new one.",
    `BULBCHECK_MQTT_HOST=${c.host ?? "(ask your Bulb Check admin: the server's address)"}`,
    `BULBCHECK_MQTT_PORT=${c.port ?? ""}`,
    `BULBCHECK_MQTT_TLS_PORT=${c.tlsPort ?? ""}`,
    `BULBCHECK_MQTT_USERNAME=${c.username}`,
    `BULBCHECK_MQTT_PASSWORD=${secret}`,
    `BULBCHECK_MQTT_CLIENT_ID=${c.clientId}`,
    "# MQTT 3.1.1, QoS 1; publish only these topics:",
    ...c.topics.publish.map((t) => `#   ${t}`),
    `# Liveness: "online" (retained) at connect, "offline" as the last will, on ${c.topics.status}`,
    `# Commands to it arrive under ${c.topics.commands}`,
    "# Try it (SECRET is the password above):",
    `#   SECRET='${secret}'; ${c.example}`,
    "",
  ];
  return {
    device: c.device,
    secret,
    connection: c,
    href: `data:text/plain;charset=utf-8,${encodeURIComponent(lines.join("\n"))}`,
    fileName: `bulbcheck-device-${c.device}.env`,
  };
}
