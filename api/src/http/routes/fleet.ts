import type { fleetRoutes } from "@bulbcheck/shared";
import type { ApiDeps } from "../deps.ts";
import { provision } from "../provision.ts";
import type { Handlers } from "../router.ts";

export function fleetHandlers(deps: ApiDeps): Handlers<typeof fleetRoutes> {
  return {
    putFleet: ({ body, caller }) => {
      const { created, updated, moved, secrets } = provision(deps, body, caller);
      return { created, updated, moved, secrets };
    },
  };
}
