import { defectWorkRoutes } from "./defect-work.ts";
import { defectRoutes } from "./defects.ts";
import { demoRoutes } from "./demo.ts";
import { deviceRoutes } from "./devices.ts";
import { EXPORT_ACCESS, EXPORT_ROUTE_NAMES, exportRoutes } from "./export.ts";
import { fleetFileRoutes, fleetRoutes } from "./fleet.ts";
import { auditRoutes, insightRoutes, reportRoutes } from "./insights.ts";
import { channelRoutes, deliveryRoutes, notifyRuleRoutes } from "./notify.ts";
import { photoRoutes } from "./photos.ts";
import { reportKeyRoutes } from "./report-keys.ts";
import { sessionRoutes } from "./sessions.ts";
import { setupRoutes } from "./setup.ts";
import { siteRoutes } from "./sites.ts";
import { streamRoutes } from "./stream.ts";
import { systemRoutes } from "./system.ts";
import { tokenRoutes, userRoutes } from "./users.ts";

export {
  auditRoutes,
  channelRoutes,
  defectRoutes,
  defectWorkRoutes,
  deliveryRoutes,
  demoRoutes,
  deviceRoutes,
  EXPORT_ACCESS,
  EXPORT_ROUTE_NAMES,
  exportRoutes,
  fleetFileRoutes,
  fleetRoutes,
  insightRoutes,
  notifyRuleRoutes,
  photoRoutes,
  reportKeyRoutes,
  reportRoutes,
  sessionRoutes,
  setupRoutes,
  siteRoutes,
  streamRoutes,
  systemRoutes,
  tokenRoutes,
  userRoutes,
};

/** Every route of the REST API, by the name the typed client calls it. */
export const apiRoutes = {
  ...systemRoutes,
  ...siteRoutes,
  ...defectRoutes,
  ...defectWorkRoutes,
  ...photoRoutes,
  ...deviceRoutes,
  ...fleetRoutes,
  ...fleetFileRoutes,
  ...setupRoutes,
  ...sessionRoutes,
  ...userRoutes,
  ...tokenRoutes,
  ...reportKeyRoutes,
  ...insightRoutes,
  ...reportRoutes,
  ...auditRoutes,
  ...channelRoutes,
  ...notifyRuleRoutes,
  ...deliveryRoutes,
  ...demoRoutes,
  ...exportRoutes,
  ...streamRoutes,
};
export type ApiRoutes = typeof apiRoutes;
export type ApiRouteName = keyof ApiRoutes;
