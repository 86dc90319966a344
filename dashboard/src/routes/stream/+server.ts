import { apiUrl } from "$lib/server/config.ts";
import type { RequestHandler } from "./$types";

/** Relays the API's event stream to the browser, so that the token never leaves the server. */
export const GET: RequestHandler = async ({ locals, url, request }) => {
  const site = url.searchParams.get("site");
  const upstream = await fetch(
    `${apiUrl()}/api/stream${site ? `?site=${encodeURIComponent(site)}` : ""}`,
    {
      headers: { authorization: `Bearer ${locals.token}`, accept: "text/event-stream" },
      signal: request.signal,
    },
  ).catch(() => null);
  if (!upstream?.ok || !upstream.body) {
    return new Response("the live stream is not available", { status: upstream?.status ?? 503 });
  }
  return new Response(upstream.body, {
    headers: {
      "content-type": "text/event-stream",
      "cache-control": "no-cache",
      "x-accel-buffering": "no",
    },
  });
};
