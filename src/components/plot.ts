// Plot, fetched when the first chart is drawn live: a page whose first screen the build drew paints without loading or running it.
import type * as PlotModule from "@observablehq/plot";

/** The loaded module; a live binding, so charts that draw through `withPlot` see it. */
export let Plot: typeof PlotModule;
let loading: Promise<void> | undefined;
let failures = 0;

/** Runs `use` now if Plot is loaded, or once it is; `failed` if it could not be fetched (the next call asks again). */
export function withPlot(use: () => void, failed: (error: unknown) => void): void {
  if (Plot) return use();
  // A browser keeps a module that failed to load as failed for the page's life: asking again means another address.
  loading ??= (failures ? import(`${import.meta.resolve("@observablehq/plot")}?retry=${failures}`) : import("@observablehq/plot")).then(
    (module) => {
      Plot = module;
    },
    (error) => {
      loading = undefined;
      failures++;
      throw error;
    }
  );
  loading.then(use, failed);
}

let readerMoved = false;

/**
 * Fetches Plot in idle time after the reader first scrolls, touches or types: a chart scrolled to later draws without
 * waiting for it, and a page only opened runs none of Plot's code while it loads.
 */
export function loadPlotOnFirstMove(): void {
  if (readerMoved) return;
  readerMoved = true;
  const events = ["scroll", "wheel", "pointerdown", "pointermove", "touchstart", "keydown"];
  const moved = () => {
    for (const event of events) removeEventListener(event, moved, true);
    // Safari has no requestIdleCallback.
    // A failure here is not the reader's concern yet: the chart that needs Plot asks again and says so.
    (typeof requestIdleCallback === "function" ? requestIdleCallback : setTimeout)(() => withPlot(() => {}, () => {}));
  };
  for (const event of events) addEventListener(event, moved, {capture: true, passive: true});
}
