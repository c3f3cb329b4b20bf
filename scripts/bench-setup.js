/**
 * Benchmark plumbing: the benchmark's own build (`build-bench/`), its static server, the Chromium launch and
 * the machine description. Used by `scripts/bench.js`.
 */
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The build measured: the benchmark's own by default; `--dir` may point at another (e.g. CI's `build`). */
export const config = { buildDir: 'build-bench' };
export const KIT_OUT_DIR = '.svelte-kit-bench';
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The same switches as the e2e tests (playwright.config.ts): no Google services, no GPU, no sandbox. */
export const CHROME_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
	// Precise (unquantized) performance.memory, for the import's heap figure.
	'--enable-precise-memory-info'
];

export const VIEWPORT = { width: 1280, height: 900 };

const SOURCES = ['src', 'static', 'data'];
const SOURCE_FILES = ['svelte.config.js', 'vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

function newestMtime(dir) {
	let newest = 0;
	if (!existsSync(dir)) return 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath ?? entry.path, entry.name);
		try {
			newest = Math.max(newest, statSync(file).mtimeMs);
		} catch {
			// a file removed while we walk: ignore
		}
	}
	return newest;
}

/** True if `build-bench/` is missing or older than any source file. */
export function buildIsStale() {
	const index = path.join(ROOT, config.buildDir, 'index.html');
	if (!existsSync(index)) return true;
	const built = statSync(index).mtimeMs;
	const sources = Math.max(
		...SOURCES.map((d) => newestMtime(path.join(ROOT, d))),
		...SOURCE_FILES.map((f) => (existsSync(path.join(ROOT, f)) ? statSync(path.join(ROOT, f)).mtimeMs : 0))
	);
	return sources > built;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Build the benchmark's own copy (never `build/`: other work builds there). Retries a few times, since a
 * failure can be someone's half-written file in a shared tree.
 */
export async function ensureBuild({ force = false, log = console.log, attempts = 3, waitMs = 60_000 } = {}) {
	if (!force && !buildIsStale()) {
		log(`build: ${config.buildDir}/ is up to date`);
		return { built: false };
	}
	// A fresh clone has no .svelte-kit/tsconfig.json, which tsconfig.json extends: generate it first.
	if (!existsSync(path.join(ROOT, '.svelte-kit/tsconfig.json'))) {
		spawnSync('npx', ['svelte-kit', 'sync'], { cwd: ROOT, stdio: 'inherit' });
	}
	for (let attempt = 1; attempt <= attempts; attempt++) {
		log(`build: vite build → ${config.buildDir}/ (attempt ${attempt})`);
		const t0 = Date.now();
		const result = spawnSync('npx', ['vite', 'build'], {
			cwd: ROOT,
			env: { ...process.env, BUILD_DIR: config.buildDir, KIT_OUT_DIR },
			encoding: 'utf8',
			maxBuffer: 64 * 2 ** 20
		});
		if (result.status === 0) return { built: true, ms: Date.now() - t0 };
		const tail = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.split('\n').filter(Boolean).slice(-25).join('\n');
		log(`build failed:\n${tail}`);
		if (attempt < attempts) {
			log(`build: retrying in ${waitMs / 1000} s (another change may be half-written)`);
			await sleep(waitMs);
		}
	}
	throw new Error(`build of ${config.buildDir}/ failed ${attempts} times`);
}

/** The first-paint JS budget check (`scripts/check-bundle.js`) on the benchmark's build: its figure and verdict. */
export function checkBundle() {
	const result = spawnSync('node', ['scripts/check-bundle.js'], {
		cwd: ROOT,
		env: { ...process.env, BUILD_DIR: config.buildDir },
		encoding: 'utf8'
	});
	const out = `${result.stdout}${result.stderr}`;
	const kb = Number(/([\d.]+) KB gzip/.exec(out)?.[1] ?? Number.NaN);
	return { kb: Number.isFinite(kb) ? kb : null, ok: result.status === 0, output: out.trim() };
}

/**
 * Serve the build on 127.0.0.1 with the project's own static server; resolves once it answers. If the
 * server process dies during the run (a shared machine), it is started again on the same port.
 */
export async function startServer(firstPort = 4400, log = console.log) {
	const spawnOn = (port) =>
		spawn('node', ['scripts/serve.js', '--port', String(port), '--dir', config.buildDir], {
			cwd: ROOT,
			stdio: ['ignore', 'ignore', 'pipe']
		});
	const answers = async (port) => {
		try {
			return (await fetch(`http://127.0.0.1:${port}/`)).ok;
		} catch {
			return false;
		}
	};
	for (let port = firstPort; port < firstPort + 10; port++) {
		if (await answers(port)) continue; // someone else's server
		let child = spawnOn(port);
		let stopped = false;
		let restarts = 0;
		const supervise = (proc) =>
			proc.on('exit', (code, signal) => {
				if (stopped || restarts > 20) return;
				restarts++;
				log(`  (the server on port ${port} exited: ${signal ?? code}; restarting it)`);
				child = spawnOn(port);
				supervise(child);
			});
		let up = false;
		for (let i = 0; i < 50 && !up; i++) {
			await sleep(100);
			up = await answers(port);
		}
		if (up) {
			supervise(child);
			// Never leave the server behind, even if the run crashes.
			process.on('exit', () => {
				stopped = true;
				child.kill();
			});
			return {
				url: `http://127.0.0.1:${port}`,
				port,
				restarts: () => restarts,
				stop: () => {
					stopped = true;
					child.kill();
				}
			};
		}
		stopped = true;
		child.kill();
	}
	throw new Error(`could not start scripts/serve.js on ports ${firstPort}–${firstPort + 9}`);
}

/** A fresh browser profile (cold: empty HTTP cache, no compiled-code cache): a persistent context in a temp dir. */
export async function freshProfile() {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'emr-bench-profile-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: CHROME_PATH,
		args: CHROME_ARGS,
		viewport: VIEWPORT,
		headless: true
	});
	return {
		context,
		async close() {
			await context.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

export async function launchBrowser() {
	return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS, headless: true });
}

/** CPU, cores, memory, Node and Chromium versions: the machine a figure came from. */
export function machine() {
	const cpus = os.cpus();
	let chromiumVersion = null;
	try {
		chromiumVersion = execFileSync(CHROME_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
			.trim()
			.split('\n')
			.pop();
	} catch {
		// reported as null
	}
	return {
		cpu: cpus[0]?.model ?? 'unknown',
		cores: cpus.length,
		memory_gb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
		os: `${os.type()} ${os.release()} ${os.arch()}`,
		node: process.version,
		chromium: chromiumVersion,
		chromium_path: CHROME_PATH,
		loadavg_1m: Math.round(os.loadavg()[0] * 100) / 100
	};
}
