import { text } from "node:stream/consumers";
import { createBroker, MemoryCredentials } from "@bulbcheck/broker";
import { benchDevicesSchema } from "./bench-devices.ts";

/**
 * The Bulb Check broker with every hook (authentication, topic ACL, packet-size guard, counters),
 * as the bench runs it in a process of its own. The devices and their secrets come on stdin, so
 * that secrets never show in a process list; the port goes to stdout as one JSON line.
 */
const devices = benchDevicesSchema.parse(JSON.parse(await text(process.stdin)));
const credentials = new MemoryCredentials();
for (const device of devices) {
  credentials.set({
    kind: "device",
    id: device.id,
    site: device.site,
    secretHash: credentials.hash(device.secret),
  });
}
const broker = await createBroker({
  credentials,
  host: "127.0.0.1",
  port: 0,
  wsPort: null,
  statsIntervalMs: 0,
});
process.stdout.write(`${JSON.stringify({ port: broker.addresses.tcp.port })}\n`);

process.once("SIGTERM", () => {
  broker.close({ timeoutMs: 1000 }).then(() => process.exit(0));
});
