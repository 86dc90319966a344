import type { ApiRole } from "@bulbcheck/shared";

declare global {
  namespace App {
    interface Locals {
      /** The token the dashboard reads the API with: the signed-in user's, else its own. */
      token: string;
      /** The signed-in user, when there is one (they entered a token). */
      user: { name: string; role: ApiRole } | null;
    }
    interface Error {
      message: string;
      code?: string;
    }
  }
}
