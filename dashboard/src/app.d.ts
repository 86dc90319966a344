import type { Me } from "@bulbcheck/shared";

declare global {
  namespace App {
    interface Locals {
      /** The signed-in user's session token; "" when nobody is signed in. */
      token: string;
      /** Who is signed in (from GET /api/me), or null. */
      user: Me | null;
      /** The API did not answer when the session was checked. */
      apiDown?: boolean;
    }
    interface Error {
      message: string;
      code?: string;
    }
  }
}
