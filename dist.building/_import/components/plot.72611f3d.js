export let Plot;
let loading;
export function withPlot(use, failed) {
  if (Plot) return use();
  loading ??= import("../../_node/@observablehq/plot@0.6.17/index.a9b881e8.js").then(
    (module) => {
      Plot = module;
    },
    (error) => {
      loading = void 0;
      throw error;
    }
  );
  loading.then(use, failed);
}
let idleLoad = false;
export function loadPlotWhenIdle() {
  if (idleLoad) return;
  idleLoad = true;
  const load = () => (typeof requestIdleCallback === "function" ? requestIdleCallback : setTimeout)(() => withPlot(() => {
  }, () => {
  }));
  if (document.readyState === "complete") load();
  else addEventListener("load", load, { once: true });
}
