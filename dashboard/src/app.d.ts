import type { Me } from "@bulbcheck/shared";
import type { Locale } from "@bulbcheck/shared/i18n";

declare global {
  namespace App {
    interface Locals {
      /** The signed-in user's session token; "" when nobody is signed in. */
      token: string;
      /** Who is signed in (from GET /api/me), or null. */
      user: Me | null;
      /** The API did not answer when the session was checked. */
      apiDown?: boolean;
      /**
       * The language this page speaks: the person's choice, else their browser's; a QR page
       * sets it to the guest's browser language or the site's once it knows the site.
       */
      locale: Locale;
    }
    interface Error {
      message: string;
      code?: string;
    }
  }
}
