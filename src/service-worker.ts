/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support: after the first visit the dashboard loads and works with the network off.
 *
 * - On install, the app shell is cached: every prerendered page and data file, and the build's JS/CSS
 *   except the DuckDB .wasm binaries (tens of MB each; the browser uses only one of them).
 * - Every other same-origin GET (the wasm the browser actually picked, fonts, …) is cached the first time
 *   it is fetched, so the DuckDB that ran once runs again offline.
 * - Pages and data: network first (a new deploy shows at once), cache when offline. Hashed build assets:
 *   cache first (they never change).
 * Nothing is ever fetched from another origin; such requests are not touched.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `emr-atlas-${version}`;
const SHELL = [...build.filter((f) => !f.endsWith('.wasm')), ...files, ...prerendered];
const IMMUTABLE = new Set(build);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(SHELL))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);
	if (IMMUTABLE.has(url.pathname)) {
		const cached = await cache.match(request);
		if (cached) return cached;
	}
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
		return response;
	} catch (error) {
		// A page with a query string (?region=…) is the same prerendered page.
		const cached = await cache.match(request, { ignoreSearch: true });
		if (cached) return cached;
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(respond(event.request));
});
