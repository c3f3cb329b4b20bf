/**
 * The import page's state, as a runes class.
 *
 * Lifecycle: `start()` once (DuckDB, the registry, the worker, stored imports) → `chooseFile()` sniffs and
 * analyses a sample (step `preview`) → the user edits settings and mapping → `check()` decodes the whole
 * file in the worker, loads it into a staging table and finds the problems (`checked`; later edits
 * re-check automatically) → `confirm()` swaps it in and stores it (`done`). `cancel()` stops whatever runs;
 * every failure leaves the loaded tables as they were (see `src/lib/import/staging.ts`). Results of an
 * older check are dropped when a newer one has started.
 */
import type { CheckResult } from '$lib/import/check';
import type { LineMap, SkipReason } from '$lib/import/problems';
import { buildRecipe, namesOf, nowIso, readChanged, settingsFromSniff, suggestMapping, type Mapping } from '$lib/import/draft';
import { ImportError, isCancellation, messageOf } from '$lib/import/import-error';
import { checkFileSize, memoryEnv } from '$lib/import/limits';
import { importIdFrom, type ImportRecipe } from '$lib/import/recipe';
import type { RegionFix } from '$lib/import/region-matching';
import { SerialQueue } from '$lib/import/serial-queue';
import type { StagedFile } from '$lib/import/stage-file';
import { UTF8_GROWTH } from '$lib/import/transcode';
import type { AnalyseResult, SampleSettings, SniffResult } from '$lib/import/worker-protocol';
import type { RegionChoice } from '$lib/queries/import-registry';
import { StoredImports } from './stored-imports.svelte';
import { loadImportDeps, type ImportDeps } from './deps';

export type Step = 'starting' | 'idle' | 'sniffing' | 'preview' | 'loading' | 'checked' | 'committing' | 'done';
export type Phase = 'decode' | 'load' | 'check';

export class ImportState {
	step = $state<Step>('starting');
	error = $state<ImportError | null>(null);
	/** Non-fatal: the import is in the database but could not be stored for the next visit. */
	storageWarning = $state<ImportError | null>(null);
	phase = $state<Phase | null>(null);
	progress = $state(0);
	file = $state.raw<File | null>(null);
	sniff = $state.raw<SniffResult | null>(null);
	settings = $state<SampleSettings | null>(null);
	analysis = $state.raw<AnalyseResult | null>(null);
	names = $state<string[]>([]);
	mapping = $state<Mapping>({ regionColumn: null, regionMode: 'name', values: [], aggregate: 'none' });
	id = $state('');
	title = $state('');
	fixes = $state<Record<string, RegionFix>>({});
	result = $state.raw<CheckResult | null>(null);
	committed = $state.raw<ImportRecipe | null>(null);
	regions = $state.raw<RegionChoice[]>([]);
	readonly stored = new StoredImports();

	#deps: ImportDeps | null = null;
	/** What the raw staging table holds now: how it was read, its empty lines, the stored size. */
	#staged: StagedFile | null = null;
	#generation = 0;
	/** Session work runs one task at a time (two checks must not interleave their statements). */
	#queue = new SerialQueue();
	readonly #fallbackName: (n: number) => string;

	constructor(fallbackName: (n: number) => string) {
		this.#fallbackName = fallbackName;
	}

	/** Load DuckDB, the registry and the worker; restore stored imports. */
	async start(): Promise<void> {
		try {
			const deps = await loadImportDeps();
			this.regions = deps.regions;
			await this.stored.load(deps.imports);
			this.#deps = deps;
		} catch (error) {
			this.error = error instanceof ImportError ? error : new ImportError('worker_failed', { message: messageOf(error) });
		}
		this.step = 'idle';
	}

	get ready(): boolean {
		return this.#deps !== null;
	}

	/** Take a file: check its size, sniff and analyse its first lines. */
	async chooseFile(file: File): Promise<void> {
		await this.#discard();
		this.error = null;
		this.storageWarning = null;
		this.committed = null;
		const tooLarge = checkFileSize(file.size, memoryEnv());
		if (tooLarge) return void (this.error = tooLarge);
		this.file = file;
		this.step = 'sniffing';
		await this.#guard(async () => {
			const sniff = await this.#d().worker.sniff(file);
			const tooLargeText = checkFileSize(file.size, memoryEnv(), UTF8_GROWTH[sniff.encoding]);
			if (tooLargeText) throw tooLargeText;
			this.sniff = sniff;
			this.settings = settingsFromSniff(sniff);
			this.id = importIdFrom(file.name);
			this.title = file.name.replace(/\.[^.]+$/, '');
			await this.#analyse(true);
			this.step = 'preview';
		}, 'idle');
	}

	/** Change how the sample is read; a new encoding re-sniffs the layout too. */
	async updateSettings(change: Partial<SampleSettings>): Promise<void> {
		if (!this.settings || !this.file) return;
		await this.#guard(async () => {
			if (change.encoding && change.encoding !== this.settings?.encoding) {
				const sniff = await this.#d().worker.sniff(this.file as File, change.encoding);
				this.sniff = sniff;
				this.settings = { ...settingsFromSniff(sniff), markers: this.settings?.markers ?? [] };
			} else this.settings = { ...(this.settings as SampleSettings), ...change };
			const layoutChanged = 'delimiter' in change || 'headerLine' in change || 'hasHeader' in change || 'encoding' in change;
			await this.#analyse(layoutChanged);
			if (this.step === 'checked') await this.recheck();
		}, this.step);
	}

	/** Change the mapping (region column, mode, values, aggregation); re-checks if a check was done. */
	async updateMapping(change: Partial<Mapping>): Promise<void> {
		this.mapping = { ...this.mapping, ...change };
		if ('regionColumn' in change || 'regionMode' in change) {
			this.fixes = {};
			await this.#guard(() => this.#analyse(false), this.step);
		}
		if (this.step === 'checked') await this.recheck();
	}

	/** The user's answer for one region cell (null takes it back); re-checks. */
	async setFix(value: string, fix: RegionFix | null): Promise<void> {
		this.fixes = Object.fromEntries([...Object.entries(this.fixes).filter(([k]) => k !== value), ...(fix ? [[value, fix]] : [])]);
		if (this.step === 'checked') await this.recheck();
	}

	async #analyse(suggest: boolean): Promise<void> {
		const analysis = await this.#d().worker.analyse(
			$state.snapshot(this.settings) as SampleSettings,
			suggest ? null : this.mapping.regionColumn,
			this.mapping.regionMode
		);
		this.analysis = analysis;
		this.names = namesOf(analysis, this.#fallbackName);
		if (suggest) this.mapping = suggestMapping(analysis, this.names);
	}

	/** Decode and stage the whole file, then check it. */
	async check(): Promise<void> {
		const file = this.file;
		const settings = this.settings;
		if (!file || !settings || !this.analysis) return;
		if (this.mapping.regionColumn === null) return void (this.error = new ImportError('no_region_column'));
		if (this.mapping.values.length === 0) return void (this.error = new ImportError('no_value_column'));
		this.error = null;
		const generation = ++this.#generation;
		this.step = 'loading';
		await this.#guard(() => this.#serial(async () => {
			if (!this.#staged || readChanged(this.#staged.read, settings)) {
				this.#staged = null;
				this.#staged = await this.#d().stageFile({
					worker: this.#d().worker,
					engine: this.#d().session,
					file,
					id: this.id,
					read: this.#recipe(0).read,
					normalizeNewlines: this.sniff?.layout.newlines === 'mixed',
					onPhase: (phase) => (this.phase = phase),
					onProgress: (share) => (this.progress = share)
				});
			}
			await this.#runCheck(generation);
		}), 'preview');
	}

	/** Check again after an edit (the raw table is reloaded only if the file must be read differently). */
	async recheck(): Promise<void> {
		if (!this.#staged || !this.settings || readChanged(this.#staged.read, this.settings)) return this.check();
		const generation = ++this.#generation;
		await this.#guard(() => this.#serial(() => this.#runCheck(generation)), this.step);
	}

	#serial<T>(task: () => Promise<T>): Promise<T> {
		return this.#queue.run(task);
	}

	async #runCheck(generation: number): Promise<void> {
		if (generation !== this.#generation) return;
		this.phase = 'check';
		const { check } = this.#d();
		const settings = this.settings as SampleSettings;
		const previous = this.result?.recipe.regionColumn === this.mapping.regionColumn && this.result?.recipe.regionMode === this.mapping.regionMode ? this.result.values : undefined;
		const worker = this.#d().worker;
		const staged = this.#staged;
		const recipe = this.#recipe(staged?.storedSize ?? 0);
		const result = await check.checkImport({
			engine: this.#d().session,
			match: (values, mode) => worker.match(values, mode),
			recipe: staged ? { ...recipe, read: staged.read } : recipe,
			fixes: $state.snapshot(this.fixes) as Record<string, RegionFix>,
			lines: this.#lines(settings),
			previous
		});
		if (generation !== this.#generation) return;
		this.result = result;
		this.phase = null;
		this.step = 'checked';
	}

	/** Where each record is in the file (from the whole-file scan when the file is staged). */
	#lines(settings: SampleSettings): LineMap {
		const shape = this.#staged?.shape;
		const firstDataLine = settings.headerLine + (settings.hasHeader ? 1 : 0);
		if (!shape) return { firstDataLine, blankLines: this.#staged?.blankLines ?? [] };
		return {
			firstDataLine: shape.firstDataLine,
			blankLines: this.#staged?.blankLines ?? [],
			jumps: shape.lineJumps,
			short: shape.short,
			shortCount: shape.shortCount,
			columns: this.#staged?.read.columnCount
		};
	}

	/** The rows the check leaves out (line, reason, region cell, value) as a CSV file, for the user to review. */
	async downloadSkipped(fileName: string, header: readonly string[], reason: (r: SkipReason) => string): Promise<void> {
		const result = this.result;
		const settings = this.settings;
		if (!result || !settings) return;
		await this.#guard(async () => {
			const rows = await this.#serial(() => this.#d().check.skippedRows(this.#d().session, result.recipe, this.#lines(settings)));
			const { toCsv } = await import('$lib/export/csv');
			const { downloadBlob } = await import('$lib/export/download');
			const [line, why, region, value] = header as [string, string, string, string];
			const table = rows.map((r) => ({ [line]: r.line, [why]: reason(r.reason), [region]: r.region, [value]: r.value }));
			downloadBlob(new Blob(['\ufeff' + toCsv(table, [line, why, region, value])], { type: 'text/csv;charset=utf-8' }), fileName);
		}, this.step);
	}

	#recipe(storedSize: number): ImportRecipe {
		const { id, title, file, names, analysis } = this;
		const [settings, mapping] = [$state.snapshot(this.settings) as SampleSettings, $state.snapshot(this.mapping) as Mapping];
		return buildRecipe({ id, title, file: file as File, settings, columnCount: analysis?.columnCount ?? 1, names, mapping, storedSize });
	}

	/** Swap the checked import in, then store it for the next visit. */
	async confirm(): Promise<void> {
		const result = this.result;
		if (!result || this.step !== 'checked') return;
		const { staging } = this.#d();
		const recipe = { ...result.recipe, title: this.title.trim() || result.recipe.title, importedAt: nowIso() };
		this.step = 'committing';
		await this.#guard(async () => {
			await this.#serial(async () => {
				await staging.commitImport(this.#d().session, recipe, { clearNotNumbers: result.summary.notNumbers > 0 });
				await staging.discardStaging(this.#d().session, recipe.id);
			});
			this.stored.remember(recipe);
			this.committed = recipe;
			this.#staged = null;
			this.step = 'done';
			try {
				await this.#d().worker.persist(recipe);
			} catch (error) {
				this.storageWarning = error instanceof ImportError ? error : new ImportError('storage_failed', { message: messageOf(error) });
			}
		}, 'checked');
	}

	/** Stop the running check (back to the preview, file kept) or drop the file; loaded tables stay as they were. */
	async cancel(): Promise<void> {
		this.#generation++;
		this.phase = null;
		if (this.step === 'loading' && this.file && this.settings) {
			this.#deps?.worker.cancel();
			await this.#deps?.session.cancel().catch(() => false);
			await this.#discard();
			this.step = 'preview';
			// The worker was stopped with the sample it held: give it the file again.
			await this.#guard(async () => void (await this.#d().worker.sniff(this.file as File, this.settings?.encoding)), 'preview');
			return;
		}
		await this.#discard();
		this.step = 'idle';
		this.file = null;
		this.analysis = null;
	}

	/** Use another table name; what was staged under the old one is dropped. */
	async setId(id: string): Promise<void> {
		if (id === this.id) return;
		await this.#discard();
		[this.id, this.step] = [id, this.step === 'checked' ? 'preview' : this.step];
	}

	async #discard(): Promise<void> {
		this.#staged = null;
		this.result = null;
		const deps = this.#deps;
		await deps?.worker.discard().catch(() => undefined);
		if (deps && this.id) await this.#serial(() => deps.staging.discardStaging(deps.session, this.id)).catch(() => undefined);
	}

	/** Remove a stored import (and forget it as the one just imported). */
	async remove(id: string): Promise<void> {
		await this.stored.remove(id);
		if (this.committed?.id !== id) return;
		this.committed = null;
		if (this.step === 'done') this.step = 'idle';
	}

	/** Run `task`; on failure show the error and go back to `fallback` (a cancellation is not an error). */
	async #guard(task: () => Promise<void>, fallback: Step): Promise<void> {
		try {
			await task();
		} catch (error) {
			this.phase = null;
			if (isCancellation(error)) return;
			this.error = error instanceof ImportError ? error : new ImportError('worker_failed', { message: messageOf(error) });
			await this.#discard();
			// The check's result is gone with the staging tables: a report cannot stay on screen.
			this.step = fallback === 'checked' ? 'preview' : fallback;
		}
	}

	#d(): ImportDeps {
		if (!this.#deps) throw new ImportError('worker_failed', { message: 'the import is not ready' });
		return this.#deps;
	}

	dispose(): void {
		void this.#discard();
		this.#deps?.worker.dispose();
	}
}
