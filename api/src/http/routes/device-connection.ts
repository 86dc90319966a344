import type { setupRoutes } from "@bulbcheck/shared";
import { checkpointsOf, getDevice } from "../../store/registry-store.ts";
import { notFound } from "../api-error.ts";
import type { ApiDeps } from "../deps.ts";
import { deviceConnection } from "../device-connection.ts";
import type { Handlers } from "../router.ts";
import { requireSite } from "../scope.ts";
import { deviceView } from "../views.ts";

export function deviceConnectionHandlers(
  deps: ApiDeps,
): Pick<Handlers<typeof setupRoutes>, "getDeviceConnection"> {
  return {
    getDeviceConnection: ({ params, caller }) => {
      const device = getDevice(deps.db, params.id);
      if (!device) throw notFound(`device ${params.id}`);
      requireSite(caller, device.site_id, `device ${params.id}`);
      const { watches, serves } = deviceView(device);
      const checkpoint = serves?.[0] ?? checkpointsOf(deps.db, device.site_id)[0]?.id;
      return deviceConnection(
        {
          id: device.id,
          site: device.site_id,
          kind: device.kind,
          example: { asset: watches[0], checkpoint },
        },
        deps.broker.endpoint,
      );
    },
  };
}
