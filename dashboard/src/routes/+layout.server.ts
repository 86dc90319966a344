import { HEALTH } from "$lib/health.ts";
import { NOTICES } from "$lib/notices.ts";
import { api } from "$lib/server/api.ts";
import { buildInfo } from "$lib/server/config.ts";
import { permissions } from "$lib/server/roles.ts";
import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = async ({ locals, depends }) => {
  depends(HEALTH);
  depends(NOTICES);
  const may = permissions(locals.user);
  return {
    user: locals.user,
    locale: locals.locale,
    may,
    build: buildInfo(),
    // Admins only: what is wrong with the node itself. A failed read shows no banner rather than
    // an error page: the page the admin asked for matters more.
    health: may.admin
      ? await api(locals.token)
          .getHealthConditions()
          .catch(() => null)
      : null,
    // The header's "Notices (n)": people's own notices; a failed read shows no count.
    unreadNotices: locals.user?.user
      ? await api(locals.token)
          .listMyNotices()
          .then((n) => n.unread)
          .catch(() => 0)
      : 0,
  };
};
