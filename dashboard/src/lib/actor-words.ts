import { m } from "@bulbcheck/shared/i18n";

/**
 * Who did something, in words: people and tokens act under their own names (a user's display
 * name, a token's name), but the node's own actors carry fixed English labels; those read
 * in the page's language.
 */
const FIXED: Record<string, () => string> = {
  "admin (generated at first start)": m.admin_actor_generated,
  "admin (BULBCHECK_ADMIN_TOKEN)": m.admin_actor_environment,
  bulbcheck: m.admin_actor_system,
  api: m.admin_actor_api,
};

export const actorWords = (actor: string): string => FIXED[actor]?.() ?? actor;
