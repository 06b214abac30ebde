// Static routes for the service worker (Chrome 123+; other browsers skip this and use the
// fetch handler as before). The hashed files under assets/ are precached under their own
// URL, so the browser may read them straight from Cache Storage without waking the worker's
// JavaScript for each one: a deep link loads its dozen modules without a trip through the
// worker for each. A file missing from the cache falls back to the network, which is what the
// fetch handler does for files it does not precache.
self.addEventListener('install', (event) => {
  if (typeof event.addRoutes !== 'function' || typeof URLPattern !== 'function') return;
  const pathname = new URL('assets/*', self.registration.scope).pathname;
  event.waitUntil(
    event.addRoutes([{ condition: { urlPattern: new URLPattern({ pathname }), requestMethod: 'GET' }, source: 'cache' }]).catch(() => undefined),
  );
});

// The cache route above matches a request to a cached file the way Cache Storage does, which
// honours the file's Vary header: a host that answers with "Vary: Origin" (vite preview, many
// CDNs) stored files the page's module requests then never matched, and offline the app did
// not start. Once installed, the precached files drop their Vary header: each URL has one
// version, whoever asks for it.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (!name.startsWith('workbox-precache')) continue;
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const response = await cache.match(request, { ignoreVary: true });
          if (!response || !response.headers.has('Vary')) continue;
          const headers = new Headers(response.headers);
          headers.delete('Vary');
          await cache.put(request, new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers }));
        }
      }
    })().catch(() => undefined),
  );
});
