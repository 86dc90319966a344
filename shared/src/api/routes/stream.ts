import { route } from "../route.ts";
import { streamQuerySchema } from "../stream.ts";

export const streamRoutes = {
  openStream: route({
    method: "get",
    path: "/api/stream",
    summary:
      "Server-Sent Events, after they are committed: `defect` (opened, merged, acknowledged, resolved), `device` (online, offline, rejected, revoked) and `inspection` (a checkpoint checked); `ready` first. The token may be given as ?access_token= since EventSource cannot set headers: the one route that takes it",
    access: "viewer",
    tokenInQuery: true,
    query: streamQuerySchema,
    response: {
      status: 200,
      schema: null,
      contentType: "text/event-stream",
      description: "an endless event stream",
    },
    errors: [404],
  }),
};
