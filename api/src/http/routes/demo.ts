import type { demoRoutes } from "@bulbcheck/shared";
import { ApiError } from "../api-error.ts";
import type { ApiDeps } from "../deps.ts";
import { type Handlers, Reply } from "../router.ts";

export function demoHandlers(deps: ApiDeps): Handlers<typeof demoRoutes> {
  return {
    getDemo: () => deps.demo.state(),
    removeDemo: ({ caller }) => {
      const started = deps.demo.start(caller?.actor ?? "api");
      if (started) return new Reply(202, started);
      const state = deps.demo.state();
      throw state.removal?.state === "running"
        ? new ApiError(
            409,
            "removal_running",
            "the demo chain is being removed already; follow it on GET /api/demo",
          )
        : new ApiError(409, "no_demo", "there is no demo chain to remove");
    },
  };
}
