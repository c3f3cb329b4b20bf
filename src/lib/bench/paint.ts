/**
 * "After the next paint" for in-page benchmarks.
 *
 * A `requestAnimationFrame` callback runs at the start of the frame's rendering step, before style, layout
 * and paint; a task posted from it (a MessageChannel message, which is not throttled like `setTimeout`)
 * runs once that frame has been produced on the main thread. So `afterNextPaint()` resolves with the time
 * at which everything changed before the call has been painted. This is the usual "next paint" probe
 * (as in the web-vitals INP polyfills); a second rAF instead would add up to one more frame (16.7 ms) of
 * waiting that the user never sees.
 */
export function afterNextPaint(): Promise<number> {
	return new Promise((resolve) => {
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				channel.port1.close();
				resolve(performance.now());
			};
			channel.port2.postMessage(null);
		});
	});
}
