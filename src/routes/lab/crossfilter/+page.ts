// Benchmark-only page over SYNTHETIC data: nothing to prerender but an empty shell; it runs in the browser.
export const ssr = false;
