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
