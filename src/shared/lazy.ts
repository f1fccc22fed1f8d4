// How far ahead of the reader a page builds and draws its charts: the page (components/near.ts, components/figure.ts)
// and the build that draws each page's first screen (scripts/prerender.ts) must agree on it.

/** A chart frame or a table is built this many screens before it scrolls into view. */
export const BUILD_AHEAD_SCREENS = 0.5;

/** A built frame's plot is drawn when its slot comes within this many pixels of the screen. */
export const DRAW_AHEAD_PX = 200;

/** The class of the element that holds a chart's plot. */
export const PLOT_SLOT_CLASS = "chart-plot";

/** The class of a placeholder that keeps a block's space until it is built. */
export const PENDING_CLASS = "pending";
