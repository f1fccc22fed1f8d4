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

let idleLoad = false;

/** Fetches Plot once the page has loaded and the browser is idle: a chart scrolled to later draws without waiting for it. */
export function loadPlotWhenIdle(): void {
  if (idleLoad) return;
  idleLoad = true;
  // Safari has no requestIdleCallback.
  // A failure here is not the reader's concern yet: the chart that needs Plot asks again and says so.
  const load = () => (typeof requestIdleCallback === "function" ? requestIdleCallback : setTimeout)(() => withPlot(() => {}, () => {}));
  if (document.readyState === "complete") load();
  else addEventListener("load", load, {once: true});
}
