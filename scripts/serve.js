#!/usr/bin/env node
/**
 * A small static file server for the production build (`build/`), bound to 127.0.0.1.
 *
 * Any static server can host EMR Atlas; this one exists so `npm start` and the e2e tests need nothing
 * installed. It sends `.wasm` as `application/wasm` (required for streaming compilation) and refuses
 * paths that leave the build folder.
 *
 * Usage: node scripts/serve.js [--port 4173] [--dir build]
 */
import http from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? '4173'));
const root = path.resolve(option('dir', 'build'));

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

// Pages carry their CSP as a <meta> tag (with script hashes, written by SvelteKit). A meta CSP does not
// govern Web Workers: a worker takes its policy from its own script's response, so scripts get it here.
const WORKER_CSP = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'"
].join('; ');

async function resolveFile(urlPath) {
	let decoded;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return null;
	}
	const candidate = path.resolve(root, `.${decoded}`);
	if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
	for (const file of [candidate, `${candidate}.html`, path.join(candidate, 'index.html')]) {
		try {
			if ((await stat(file)).isFile()) return file;
		} catch {
			// try the next form
		}
	}
	return null;
}

const server = http.createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const file = await resolveFile(url.pathname);
	if (!file) {
		const notFound = await resolveFile('/404');
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		if (notFound) createReadStream(notFound).pipe(res);
		else res.end('Not found');
		return;
	}
	const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
	// Hashed build assets never change; everything else must be revalidated.
	const immutable = url.pathname.includes('/_app/immutable/');
	const headers = {
		'content-type': type,
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'no-referrer'
	};
	if (type.startsWith('text/javascript')) headers['content-security-policy'] = WORKER_CSP;
	res.writeHead(200, headers);
	if (req.method === 'HEAD') return res.end();
	createReadStream(file).pipe(res);
});

server.listen(port, '127.0.0.1', () => {
	console.log(`EMR Atlas is served at http://127.0.0.1:${port}/ (press Ctrl+C to stop)`);
});
