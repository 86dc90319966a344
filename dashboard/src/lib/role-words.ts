import type { ApiRole } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";

/**
 * A role in the reader's words. A module of its own: the header of every page says it, and a
 * page's scripts hold only the messages its modules name (docs/languages.md).
 */
export const roleWord = (role: ApiRole): string =>
  ({
    viewer: m.layout_role_viewer,
    staff: m.layout_role_staff,
    manager: m.layout_role_manager,
    admin: m.layout_role_admin,
  })[role]();
