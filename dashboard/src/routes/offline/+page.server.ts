import type { PageServerLoad } from "./$types";

/**
 * The page the service worker shows when a navigation finds no network. It carries nobody's
 * data (the layout draws no chrome here, and no script: `csr` is off), so the worker may keep
 * it; it says which language it is in, for the worker to fetch it again when that changes.
 */
export const csr = false;

export const load: PageServerLoad = ({ locals, setHeaders }) => {
  setHeaders({
    "cache-control": "no-cache",
    "content-language": locals.locale,
    vary: "cookie, accept-language",
  });
  return {};
};
