import type { DeliveryState } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";

/** A delivery's state in the reader's words. */
const WORDS: Record<DeliveryState, () => string> = {
  pending: m.admin_state_pending,
  sending: m.admin_state_sending,
  sent: m.admin_state_sent,
  failed: m.admin_state_failed,
  uncertain: m.admin_state_uncertain,
};

export const deliveryWords = (state: DeliveryState): string => WORDS[state]();
