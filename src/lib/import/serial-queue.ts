/**
 * Runs async tasks one after another, in the order given (a failed task does not stop the next). The
 * import page sends all its statements on one DuckDB session through one queue, so two checks started
 * in quick succession never interleave their statements.
 */
export class SerialQueue {
	#tail: Promise<unknown> = Promise.resolve();

	/** Run `task` after every task queued before it; resolves or rejects with its result. */
	run<T>(task: () => Promise<T>): Promise<T> {
		const result = this.#tail.then(task, task);
		this.#tail = result.catch(() => undefined);
		return result;
	}
}
