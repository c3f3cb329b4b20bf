/**
 * How large a file this tab can take, checked before a byte is read. The import holds the file's text
 * about three times at its peak (the worker's copy, DuckDB's copy, the table), and a tab's WebAssembly
 * heap tops out near 2–4 GB (duckdb/duckdb-wasm#706, #1705), so the limit is the smallest of: 1 GB, an
 * eighth of the device's memory (`navigator.deviceMemory`, Chromium), and a quarter of the JS heap limit
 * (`performance.memory`, Chromium). Elsewhere only the 1 GB ceiling applies.
 */
import { ImportError } from './import-error';

const GB = 1024 ** 3;
export const HARD_LIMIT = GB;

export interface MemoryEnv {
	/** `navigator.deviceMemory`: the device's RAM in GB (rounded, capped at 8 by browsers). */
	deviceMemoryGb?: number;
	/** `performance.memory.jsHeapSizeLimit` in bytes. */
	jsHeapLimit?: number;
}

/** What this browser says about its memory (nothing, outside Chromium). */
export function memoryEnv(): MemoryEnv {
	const nav = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { deviceMemory?: number });
	const perf = typeof performance === 'undefined' ? undefined : (performance as Performance & { memory?: { jsHeapSizeLimit?: number } });
	return { deviceMemoryGb: nav?.deviceMemory, jsHeapLimit: perf?.memory?.jsHeapSizeLimit };
}

/** The largest UTF-8 text (bytes) an import may produce in `env`. */
export function importLimit(env: MemoryEnv): number {
	let limit = HARD_LIMIT;
	if (env.deviceMemoryGb && env.deviceMemoryGb > 0) limit = Math.min(limit, (env.deviceMemoryGb * GB) / 8);
	if (env.jsHeapLimit && env.jsHeapLimit > 0) limit = Math.min(limit, env.jsHeapLimit / 4);
	return Math.floor(limit);
}

/**
 * `ImportError('too_large')` if a file of `size` bytes, growing by `growth` when re-encoded as UTF-8, is
 * over the limit; `ImportError('empty_file')` if it is empty; else null.
 *
 * @example checkFileSize(1.5 * 1024 ** 3, {}) → ImportError('too_large', { size, limit })
 */
export function checkFileSize(size: number, env: MemoryEnv, growth = 1): ImportError | null {
	if (size === 0) return new ImportError('empty_file');
	const limit = importLimit(env);
	if (size * growth > limit) return new ImportError('too_large', { size, limit: Math.floor(limit / growth) });
	return null;
}
