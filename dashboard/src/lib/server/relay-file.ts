/**
 * A file the API answered, passed on to the browser as it streams, with the API's name for it
 * (Content-Disposition): the browser cannot call the API itself, the token stays on the server.
 */
export function relayFile(upstream: Response): Response {
  const headers = new Headers();
  for (const header of ["content-type", "content-disposition", "cache-control"]) {
    const value = upstream.headers.get(header);
    if (value) headers.set(header, value);
  }
  return new Response(upstream.body, { headers });
}
