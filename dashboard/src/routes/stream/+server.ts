import { ApiCallError, api } from "$lib/server/api.ts";
import type { RequestHandler } from "./$types";

/** Relays the API's event stream to the browser, so that the token never leaves the server. */
export const GET: RequestHandler = async ({ locals, url, request }) => {
  const site = url.searchParams.get("site");
  let upstream: Response;
  try {
    upstream = await api(locals.token).openStream(
      { query: site ? { site } : {} },
      { signal: request.signal },
    );
  } catch (e) {
    const status = e instanceof ApiCallError ? e.status : 503;
    return new Response("the live stream is not available", { status });
  }
  if (!upstream.body) return new Response("the live stream is not available", { status: 503 });
  return new Response(upstream.body, {
    headers: {
      "content-type": "text/event-stream",
      "cache-control": "no-cache",
      "x-accel-buffering": "no",
    },
  });
};
