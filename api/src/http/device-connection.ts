import {
  type DeviceConnection,
  type DeviceKind,
  deviceCommandPrefix,
  deviceTopic,
  type MessageKind,
} from "@bulbcheck/shared";

/** Where devices reach the broker, as the API can tell them. */
export interface DeviceEndpoint {
  /** The name or address devices use; null when nothing says (the broker listens on all). */
  host: string | null;
  port: number | null;
  tlsPort: number | null;
}

/** What a device of each kind sends; `status` (its liveness and last will) is every device's. */
const SENDS: Record<DeviceKind, readonly MessageKind[]> = {
  sensor: ["health", "report", "resolve"],
  button: ["checkin", "report", "resolve"],
};

/** A wildcard listen address is no address to connect to. */
const WILDCARDS = new Set(["0.0.0.0", "::", "[::]", ""]);

/**
 * The host devices are told: the public address the dashboard is reached at (one name for the
 * whole installation, as people and their devices know it), else the broker's listen address
 * when it is a real one.
 */
export function endpointHost(publicUrl: string | undefined, listenHost: string): string | null {
  if (publicUrl) return new URL(publicUrl).hostname.replace(/^\[|\]$/g, "");
  return WILDCARDS.has(listenHost) ? null : listenHost;
}

export interface ConnectingDevice {
  id: string;
  site: string;
  kind: DeviceKind;
  /** An asset or checkpoint for the example message. */
  example: { asset?: string; checkpoint?: string };
}

/** A device's connection details: username and client id are its id (docs/mqtt.md). */
export function deviceConnection(
  device: ConnectingDevice,
  endpoint: DeviceEndpoint,
): DeviceConnection {
  const { id, site, kind } = device;
  const publish = SENDS[kind].map((k) => deviceTopic({ site, device: id, kind: k }));
  return {
    device: id,
    site,
    host: endpoint.host,
    port: endpoint.port,
    tlsPort: endpoint.tlsPort,
    username: id,
    clientId: id,
    topics: {
      publish,
      status: deviceTopic({ site, device: id, kind: "status" }),
      commands: `${deviceCommandPrefix(site, id)}/#`,
    },
    example: exampleLine(device, endpoint),
  };
}

function exampleLine(device: ConnectingDevice, endpoint: DeviceEndpoint): string {
  const { id, site, kind, example } = device;
  // Plain when offered (the simplest to try), else TLS against the system's trusted roots.
  const transport =
    endpoint.port !== null
      ? ["-p", String(endpoint.port)]
      : endpoint.tlsPort !== null
        ? ["-p", String(endpoint.tlsPort), "--capath", "/etc/ssl/certs"]
        : ["-p", "PORT"];
  const [messageKind, payload] =
    kind === "button" && example.checkpoint
      ? ["checkin", { id: "first-checkin", checkpoint: example.checkpoint, result: "ok" }]
      : kind === "sensor" && example.asset
        ? ["health", { id: "first-health", asset: example.asset, state: "ok" }]
        : ["status", undefined];
  const topic = deviceTopic({ site, device: id, kind: messageKind as MessageKind });
  return [
    "mosquitto_pub",
    "-h",
    endpoint.host ?? "HOST",
    ...transport,
    "-V",
    "mqttv311",
    "-i",
    id,
    "-u",
    id,
    "-P",
    '"$SECRET"',
    "-q",
    "1",
    ...(payload ? [] : ["-r"]),
    "-t",
    topic,
    "-m",
    payload ? `'${JSON.stringify(payload)}'` : "online",
  ].join(" ");
}
