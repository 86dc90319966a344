import { once } from "node:events";
import { type AddressInfo, createServer } from "node:net";
import { text } from "node:stream/consumers";
import { Aedes } from "aedes";

/**
 * The baseline: the same aedes with no hooks at all, in a process of its own. It reads (and
 * ignores) the device list on stdin so that both servers are started the same way.
 */
await text(process.stdin);
const aedes = await Aedes.createBroker();
// noDelay as the Bulb Check broker sets it, so that the comparison measures only the hooks.
const server = createServer({ noDelay: true }, aedes.handle);
server.listen(0, "127.0.0.1");
await once(server, "listening");
process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);

process.once("SIGTERM", () => {
  aedes.close(() => server.close(() => process.exit(0)));
});
