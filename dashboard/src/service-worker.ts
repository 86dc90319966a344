/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { build, files, version } from "$service-worker";

/**
 * The installed web app's service worker (issue 21, item 4). It keeps the app shell (the build's
 * scripts and styles, the icons) and one offline page, and shows that page when a navigation
 * finds no network. It never keeps a page's HTML or its data: those are a signed-in person's
 * and `private, no-store`; they always come from the network.
 */
const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE = `bulbcheck-shell-${version}`;
const OFFLINE = "/offline";
const SHELL = new Set([...build, ...files]);

/** The offline page in the language of whoever is signed in on this device (or the browser's). */
async function keepOfflinePage(cache: Cache): Promise<void> {
  const response = await fetch(OFFLINE, { cache: "no-store", credentials: "same-origin" });
  // A redirect (to sign-in) or an error page is not the offline page.
  if (response.ok && !response.redirected) await cache.put(OFFLINE, response);
}

sw.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll([...SHELL]);
      await keepOfflinePage(cache);
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  if (SHELL.has(url.pathname)) {
    event.respondWith(caches.match(url.pathname).then((hit) => hit ?? fetch(request)));
    return;
  }
  if (request.mode !== "navigate") return;
  event.respondWith(
    fetch(request).catch(async () => {
      const offline = await caches.match(OFFLINE);
      return offline ?? Response.error();
    }),
  );
});

/** The layout says which language the page speaks; the offline page follows when it changes. */
sw.addEventListener("message", (event) => {
  const data = event.data as { type?: string; locale?: string } | null;
  if (data?.type !== "offline-page" || typeof data.locale !== "string") return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const kept = await cache.match(OFFLINE);
      if (kept?.headers.get("content-language") === data.locale) return;
      await keepOfflinePage(cache);
    })(),
  );
});
