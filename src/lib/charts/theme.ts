/** Shared visual constants for charts (the map's palettes live in `$lib/map/legend.ts`). */
export const ACCENT = '#1f5f8b';
export const TEXT = '#1d1d1f';
export const MUTED_TEXT = '#5b5b60';
export const GRID_LINE = '#e4e4e7';
export const FONT_FAMILY = "'Golos Text', system-ui, sans-serif";
