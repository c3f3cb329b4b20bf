/** Facts about the shipped dataset as a whole. */

/** The newest date any shipped figure refers to (shown in every page's footer). */
export const DATA_AS_OF = '2026-01';
