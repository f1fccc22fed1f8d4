// The page's view lives in its address: reading it, changing it (one history entry per change, so Back undoes it), and
// hearing when Back or Forward changed it.
import {parseView, viewQuery, type View} from "../shared/view.js";

export function currentView(): View {
  return parseView(location.search);
}

/** Puts the view in the address as a new history entry; the fragment (a linked chart) stays. */
export function pushView(view: View): void {
  const query = viewQuery(view);
  if (query === location.search || (!query && !location.search)) return;
  history.pushState(null, "", `${location.pathname}${query}${location.hash}`);
}

/** Calls `listener` with the view whenever Back or Forward brings another one. */
export function onViewPopped(listener: (view: View) => void): void {
  addEventListener("popstate", () => listener(currentView()));
}

/** This page in this view, opened at one chart: what «Ссылка» copies. */
export function chartLink(chartId: string): string {
  return `${location.origin}${location.pathname}${viewQuery(currentView())}#${chartId}`;
}
