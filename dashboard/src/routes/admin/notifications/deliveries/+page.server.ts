import { DELIVERY_STATES, type DeliveryState } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { deliveryWords } from "$lib/delivery-words.ts";
import { apiFailure } from "$lib/server/actions.ts";
import { api, load as apiLoad } from "$lib/server/api.ts";
import { requireRole } from "$lib/server/roles.ts";
import type { Actions, PageServerLoad } from "./$types";

/** The delivery log: every message, newest first, with its state and last answer. */
export const load: PageServerLoad = async ({ locals, url }) => {
  requireRole("manager");
  const state = url.searchParams.get("state") ?? "";
  const filter = (DELIVERY_STATES as readonly string[]).includes(state)
    ? (state as DeliveryState)
    : "";
  const page = await apiLoad(
    api(locals.token).listDeliveries({
      query: { limit: 200, ...(filter ? { state: filter } : {}) },
    }),
  );
  return { deliveries: page.items, state: filter };
};

export const actions: Actions = {
  retry: async ({ locals, request }) => {
    requireRole("manager");
    const id = Number((await request.formData()).get("id"));
    try {
      const d = await api(locals.token).retryDelivery({ params: { id } });
      return { done: m.admin_delivery_retried({ id, state: deliveryWords(d.state) }) };
    } catch (e) {
      return apiFailure(e);
    }
  },
};
