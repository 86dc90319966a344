/**
 * `bulbcheck health`: asks the running system's `GET /api/health` and exits 0 when it answers
 * 200 (`ok`, or `degraded`, whose reasons it prints), 1 otherwise (503 `fail`, or no answer): the
 * image's HEALTHCHECK. Degraded is 0 because the node still ingests: a container runtime that
 * restarts an unhealthy container would cure nothing a full disk or a failing webhook causes, and
 * Docker reserves exit codes other than 0 and 1 (docs/deploy.md). It runs every
 * 30 s beside the server, so it loads none of the system: it reads the API's address itself,
 * with the API's defaults (health-check.test.ts holds them to api's settings schema).
 */
export const API_DEFAULTS = { host: "127.0.0.1", port: 8080 } as const;

/** The address to ask: a wildcard listener answers on loopback. */
export function healthUrl(env: NodeJS.ProcessEnv): string {
  const host = env.BULBCHECK_API_HOST || API_DEFAULTS.host;
  const port = env.BULBCHECK_API_PORT || String(API_DEFAULTS.port);
  const reachable =
    host === "0.0.0.0"
      ? "127.0.0.1"
      : host === "::"
        ? "[::1]"
        : host.includes(":") && !host.startsWith("[")
          ? `[${host}]`
          : host;
  return `http://${reachable}:${port}/api/health`;
}

export async function checkHealth(env: NodeJS.ProcessEnv): Promise<number> {
  const url = healthUrl(env);
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    const body = (await response.json()) as {
      status?: string;
      version?: string;
      commit?: string;
      reasons?: { code: string; since: string; message: string }[];
    };
    console.log(`${url}: ${response.status} ${body.status} (${body.version} ${body.commit})`);
    for (const reason of body.reasons ?? [])
      console.log(`  ${reason.code} since ${reason.since}: ${reason.message}`);
    return response.ok ? 0 : 1;
  } catch (error) {
    console.error(`${url}: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
}
