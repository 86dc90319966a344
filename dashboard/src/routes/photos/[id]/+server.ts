import { api, load } from "$lib/server/api.ts";
import { relayFile } from "$lib/server/relay-file.ts";
import type { RequestHandler } from "./$types";

/**
 * A defect's photo, fetched from the API with the viewer's own session and passed on: the
 * browser never has a URL that works without signing in, and whoever may not see the defect's
 * site gets the API's 404.
 */
export const GET: RequestHandler = async ({ locals, params }) =>
  relayFile(await load(api(locals.token).getPhoto({ params: { photoId: params.id } })));
