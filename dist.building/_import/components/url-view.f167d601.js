import { parseView, viewQuery } from "../shared/view.3ac69d6f.js";
export function currentView() {
  return parseView(location.search);
}
export function pushView(view) {
  const query = viewQuery(view);
  if (query === location.search || !query && !location.search) return;
  history.pushState(null, "", `${location.pathname}${query}${location.hash}`);
}
export function onViewPopped(listener) {
  addEventListener("popstate", () => listener(currentView()));
}
export function chartLink(chartId) {
  return `${location.origin}${location.pathname}${viewQuery(currentView())}#${chartId}`;
}
