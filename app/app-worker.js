// Pressmark's service worker: a go-app ServiceWorkerTemplate, in which the
// handler fills in the version and the list of resources to cache.
//
// It caches the app atomically. A new version installs only once every one of
// its resources is in its own cache; if any fetch fails the install fails, so
// the browser keeps the previous worker and its complete cache. Old caches are
// deleted only by a worker whose cache is complete. Requests are answered from
// the cache first, then the network; a page navigation that finds neither
// gets the cached start page, so the app opens offline.
//
// go-app's update notice keeps working: app.js watches the registration's
// "updatefound" and calls the app's OnAppUpdate when the new worker reaches
// "activated" (skipWaiting below, once its cache is complete).

const version = "{{.Version}}";
// The start page is the scope with its trailing slash ("/" or "/sub/"): that
// is the address a static host serves the page at.
const scope = new URL(self.registration.scope).pathname;
const startPage = scope;
// Caches are named per scope, so apps under other paths of the same origin
// keep theirs.
const cachePrefix = "pressmark:" + scope + ":";
const cacheName = cachePrefix + version;

// go-app lists the start page as the bare prefix ("/sub"), which a static
// host redirects to "/sub/"; a redirected response cannot answer a
// navigation, so list the page under its real address.
const resourcesToCache = Array.from(
  new Set(
    {{.ResourcesToCache}}
      .map((url) => (url + "/" === scope ? scope : url))
      .concat([startPage])
  )
);

self.addEventListener("install", (event) => {
  event.waitUntil(install());
});

async function install() {
  const existed = await caches.has(cacheName);
  const cache = await caches.open(cacheName);
  try {
    await cache.addAll(
      resourcesToCache.map((url) => new Request(url, { cache: "reload" }))
    );
  } catch (err) {
    if (!existed) {
      await caches.delete(cacheName);
    }
    console.error("pressmark " + version + ": caching the app failed:", err);
    throw err; // fail the install: the previous worker and cache stay
  }
  try {
    await unpreloadPages(cache);
  } catch (err) {
    // The pages keep their preload: the app works, only V8's cache goes
    // unread.
    console.warn("pressmark " + version + ": rewriting the cached pages failed:", err);
  }
  await self.skipWaiting();
}

// The start page's <link rel="preload" as="fetch"> for app.wasm (server.go)
// starts the download while the page is parsed, which helps a first visit.
// A page this worker serves gets app.wasm from Cache Storage, where V8
// keeps the module it compiled beside the response and reads it back on
// the next visit, so that the app starts without compiling its functions
// again; but Chromium hands the preloaded response to app.js's fetch
// without that cache (TestStartupTrace: no v8.wasm.moduleCacheHit on the
// third and fourth visits with the preload, a hit on both without it). So
// the cached pages lose the preload, and app.js's own fetch, a few
// milliseconds later, gets the response with its compiled code.
const wasmPreload = /<link rel="preload" href="[^"]*\/app\.wasm(\?[^"]*)?"[^>]*>/;

async function unpreloadPages(cache) {
  for (const url of resourcesToCache) {
    const res = await cache.match(url);
    if (!res || !(res.headers.get("Content-Type") || "").startsWith("text/html")) {
      continue;
    }
    const html = await res.text();
    if (!wasmPreload.test(html)) {
      continue;
    }
    await cache.put(
      url,
      new Response(html.replace(wasmPreload, ""), {
        status: res.status,
        statusText: res.statusText,
        headers: res.headers,
      })
    );
  }
}

self.addEventListener("activate", (event) => {
  event.waitUntil(activate());
});

async function activate() {
  if (await caches.has(cacheName)) {
    const keys = await caches.keys();
    await Promise.all(
      keys
        .filter((key) => key.startsWith(cachePrefix) && key !== cacheName)
        .map((key) => caches.delete(key))
    );
  }
  await self.clients.claim();
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  if (new URL(request.url).origin !== self.location.origin) {
    return;
  }
  // web/wasm-start.js asks the HTTP cache alone for this version's
  // app.wasm, where V8 keeps the code it compiled on the first visit; it
  // asks again, without only-if-cached, when that fails.
  if (request.cache === "only-if-cached") {
    return;
  }
  event.respondWith(respond(request));
});

async function respond(request) {
  const navigation = request.mode === "navigate";
  const cache = await caches.open(cacheName);
  // app.wasm is asked for with the app's version as its query
  // (app/server.go, versionedWasm); this cache holds that version's copy.
  const wasm = new URL(request.url).pathname.endsWith(".wasm");
  const cached = await cache.match(request, { ignoreSearch: navigation || wasm });
  if (cached) {
    return cached;
  }
  try {
    return await fetch(request);
  } catch (err) {
    if (navigation) {
      const page = await cache.match(startPage);
      if (page) {
        return page;
      }
    }
    throw err;
  }
}
