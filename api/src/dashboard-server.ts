import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The dashboard as built by `vite build` (adapter-node): a request handler to serve. */
const HANDLER = fileURLToPath(new URL("../../dashboard/build/handler.js", import.meta.url));

type Handler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

export interface DashboardServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the built dashboard in this process, reading the API at `apiUrl` as the signed-in user.
 * Undefined when there is no build (the caller says how to make one).
 */
export async function startDashboard(options: {
  apiUrl: string;
  host: string;
  port: number;
}): Promise<DashboardServer | undefined> {
  if (!existsSync(HANDLER)) return undefined;
  // The dashboard reads these at request time ($env/dynamic/private).
  process.env.BULBCHECK_API_URL = options.apiUrl;
  // adapter-node takes every request for https unless told otherwise, which would refuse form
  // posts as cross-site and mark cookies secure. This server speaks http; a proxy that ends TLS
  // in front of it says https in X-Forwarded-Proto, and that is believed.
  process.env.PROTOCOL_HEADER ??= "x-forwarded-proto";
  const { handler } = (await import(pathToFileURL(HANDLER).href)) as { handler: Handler };
  const server = createServer((req, res) => {
    req.headers["x-forwarded-proto"] ??= "http";
    handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`port ${options.port} is in use: set BULBCHECK_DASHBOARD_PORT`)
          : error,
      ),
    );
    server.listen(options.port, options.host, () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
