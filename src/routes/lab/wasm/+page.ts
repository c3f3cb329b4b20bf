// Benchmark-only page: DuckDB-WASM start-up, step by step. An empty prerendered shell; runs in the browser.
export const ssr = false;
