import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath, pathToFileURL } from "node:url";

/** This package's production build (`vite build` with adapter-node): a request handler. */
const HANDLER = fileURLToPath(new URL("../build/handler.js", import.meta.url));

type Handler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

export interface DashboardServer {
  url: string;
  close(): Promise<void>;
}

/** The API the loaded build reads: adapter-node takes its settings once, when it is imported. */
let loadedFor: string | undefined;

/**
 * Serves the built dashboard in this process, reading the API at `apiUrl` as the signed-in user.
 * Undefined when there is no build (the caller says how to make one: `build:if-stale`).
 *
 * @example
 *   const dashboard = await startDashboard({ apiUrl: system.apiUrl, host: "127.0.0.1", port: 0 });
 *   // dashboard?.url is "http://127.0.0.1:<port>"; dashboard?.close() stops it
 */
export async function startDashboard(options: {
  apiUrl: string;
  host: string;
  port: number;
  /** What the footer shows: the version and commit the process runs (default `dev`). */
  build?: { version: string; commit: string };
}): Promise<DashboardServer | undefined> {
  if (!existsSync(HANDLER)) return undefined;
  if (loadedFor !== undefined && loadedFor !== options.apiUrl) {
    throw new Error(
      `the dashboard build is loaded for the API at ${loadedFor}; one process serves one API`,
    );
  }
  // adapter-node is configured through the environment only, and reads it at import: the API's
  // address for $env/dynamic/private, and the header that says the request's protocol.
  process.env.BULBCHECK_API_URL = options.apiUrl;
  // Otherwise it takes every request for https, which would refuse form posts as cross-site and
  // mark cookies secure. This server speaks http; a proxy that ends TLS in front of it says
  // https in X-Forwarded-Proto, and that is believed.
  process.env.PROTOCOL_HEADER ??= "x-forwarded-proto";
  // A defect's photo is posted through the dashboard's form (up to 10 MB; adapter-node's
  // default is 512 KB); the API checks each route's own, smaller limit again.
  process.env.BODY_SIZE_LIMIT ??= "11M";
  if (options.build) {
    process.env.BULBCHECK_VERSION = options.build.version;
    process.env.BULBCHECK_COMMIT = options.build.commit;
  }
  const { handler } = (await import(pathToFileURL(HANDLER).href)) as { handler: Handler };
  loadedFor = options.apiUrl;
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
