// Benchmark-only page (SYNTHETIC files): an empty prerendered shell; everything runs in the browser.
export const ssr = false;
