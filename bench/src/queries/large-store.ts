import { join } from "node:path";
import { ServerProcess } from "../kit/server-process.ts";
import { checkQueryStore, freshenStore, type QueryDbSize, queryDataDir } from "./query-db.ts";

/**
 * The query bench's large store (1 million events, 10,000 unresolved defects, 500 sites by
 * default), served by the real system in a process of its own: for the other parts that read a
 * large store (the dashboard's render bench).
 */
export const LARGE_STORE: QueryDbSize = {
  sites: 500,
  events: 1_000_000,
  openDefects: 10_000,
  resolvedDefects: 40_000,
};

/** The cached store's own admin token: the store lives in the temp folder, for benches only. */
const ADMIN_TOKEN = "query-bench-admin-token-not-a-secret";

export interface LargeStoreServer {
  apiUrl: string;
  adminToken: string;
  size: QueryDbSize;
  /** Whether the store had to be built first (a minute or so for the default size). */
  built: boolean;
  stop(): Promise<void>;
}

export async function startLargeStore(
  options: { size?: QueryDbSize; log?: (line: string) => void } = {},
): Promise<LargeStoreServer> {
  const size = options.size ?? LARGE_STORE;
  const log = options.log ?? ((line: string) => console.log(line));
  const data = queryDataDir(size, log);
  freshenStore(join(data.dir, "bulbcheck.db"));
  const { server, addresses } = await ServerProcess.startSystem({
    adminToken: ADMIN_TOKEN,
    dataDir: data.dir,
  });
  try {
    await checkQueryStore({
      apiUrl: addresses.apiUrl,
      token: ADMIN_TOKEN,
      databaseFile: addresses.databaseFile,
      size,
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    apiUrl: addresses.apiUrl,
    adminToken: ADMIN_TOKEN,
    size,
    built: data.built,
    stop: () => server.stop(),
  };
}
