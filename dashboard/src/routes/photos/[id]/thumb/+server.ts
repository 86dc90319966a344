import { api, load } from "$lib/server/api.ts";
import { relayFile } from "$lib/server/relay-file.ts";
import type { RequestHandler } from "./$types";

/** A photo's thumbnail, as `/photos/{id}`: with the viewer's session, never a public URL. */
export const GET: RequestHandler = async ({ locals, params }) =>
  relayFile(await load(api(locals.token).getPhotoThumb({ params: { photoId: params.id } })));
