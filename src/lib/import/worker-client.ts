/**
 * The page's handle on the import worker: typed requests, progress callbacks, and `cancel()`, which
 * terminates the worker at once (a transcode in the middle of 100 MB stops now, not after the next
 * chunk) and starts a fresh one on the next request. A worker that crashes rejects what was pending.
 */
import type { Encoding } from './decode';
import { ImportError } from './import-error';
import type { MatchResult, MatcherInput, RegionMode } from './region-matching';
import type { ImportRecipe } from './recipe';
import type {
	AnalyseResult,
	Request,
	SampleSettings,
	ShapeRequest,
	SniffResult,
	TranscodeResult,
	WorkerMessage
} from './worker-protocol';

interface Pending {
	resolve: (value: unknown) => void;
	reject: (error: unknown) => void;
	onProgress?: (done: number, total: number) => void;
}

export class ImportWorker {
	#worker: Worker | null = null;
	#pending = new Map<number, Pending>();
	#nextId = 1;
	#registry: MatcherInput | null = null;

	/** The registry the matcher is built from; sent again to every fresh worker. */
	constructor(registry: MatcherInput) {
		this.#registry = registry;
	}

	#start(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<WorkerMessage>) => this.#receive(event.data);
		worker.onerror = (event) => {
			event.preventDefault();
			this.#failAll(new ImportError('worker_failed', { message: event.message || 'the import worker stopped' }));
		};
		this.#worker = worker;
		if (this.#registry) this.#post(worker, { type: 'init', registry: this.#registry });
		return worker;
	}

	#post(worker: Worker, request: Request, onProgress?: Pending['onProgress']): Promise<unknown> {
		const id = this.#nextId++;
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve, reject, onProgress });
			worker.postMessage({ id, request });
		});
	}

	#receive(message: WorkerMessage): void {
		const pending = this.#pending.get(message.id);
		if (!pending) return;
		if ('progress' in message) return pending.onProgress?.(message.progress.done, message.progress.total);
		this.#pending.delete(message.id);
		if (message.ok) pending.resolve(message.result);
		else pending.reject(new ImportError(message.error.code, message.error.details));
	}

	#failAll(error: unknown): void {
		for (const p of this.#pending.values()) p.reject(error);
		this.#pending.clear();
		this.#worker?.terminate();
		this.#worker = null;
	}

	#request<T>(request: Request, onProgress?: Pending['onProgress']): Promise<T> {
		return this.#post(this.#start(), request, onProgress) as Promise<T>;
	}

	sniff(file: File, encoding?: Encoding): Promise<SniffResult> {
		return this.#request({ type: 'sniff', file, encoding });
	}

	analyse(settings: SampleSettings, regionColumn: number | null, regionMode: RegionMode): Promise<AnalyseResult> {
		return this.#request({ type: 'analyse', settings, regionColumn, regionMode });
	}

	transcode(
		file: File,
		encoding: Encoding,
		shape: ShapeRequest,
		onProgress: (done: number, total: number) => void
	): Promise<TranscodeResult> {
		return this.#request({ type: 'transcode', file, encoding, shape }, onProgress);
	}

	match(values: string[], mode: RegionMode): Promise<MatchResult[]> {
		return this.#request({ type: 'match', values, mode });
	}

	persist(recipe: ImportRecipe): Promise<void> {
		return this.#request({ type: 'persist', recipe });
	}

	discard(): Promise<void> {
		return this.#worker ? this.#request({ type: 'discard' }) : Promise.resolve();
	}

	/** Stop whatever runs now; pending requests end with `ImportError('cancelled')`. The file is forgotten. */
	cancel(): void {
		this.#failAll(new ImportError('cancelled'));
	}

	/** Stop the worker for good (page left). */
	dispose(): void {
		this.cancel();
		this.#registry = null;
	}
}
