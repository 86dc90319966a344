import { buildInfo } from "$lib/server/config.ts";
import { permissions } from "$lib/server/roles.ts";
import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = ({ locals }) => ({
  user: locals.user,
  may: permissions(locals.user),
  build: buildInfo(),
});
