// Blocks built as the reader comes near them: a page of ten charts and a table builds at load only what the first screen shows.
import {BUILD_AHEAD_SCREENS as AHEAD, PENDING_CLASS} from "../shared/lazy.js";

// Weak: a frame redrawn for a new width leaves its old placeholder behind, never to be built.
const waiting = new WeakMap<Element, () => void>();

// A placeholder is measured by a ResizeObserver: it reports in the same frame the placeholder is laid out,
// before that frame is painted, so a frame on the screen is built before anyone sees the placeholder.
const placed = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver((entries) => {
  for (const {target} of entries) {
    placed!.unobserve(target);
    if (onScreen(target)) build(target);
    else if (target.isConnected) ahead!.observe(target);
  }
});

// Frames below the screen are built one per task: built together in the frame that placed them, they held the page's input for a long task.
const ahead = typeof IntersectionObserver === "undefined" ? undefined : new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      ahead!.unobserve(entry.target);
      if (onScreen(entry.target)) build(entry.target);
      else buildSoon(entry.target);
    }
  },
  {rootMargin: `${AHEAD * 100}% 0px`}
);

/** A placeholder of about `height` px that becomes `build()` once the reader comes near: at once if it is placed on the screen. */
export function builtNear<T extends Node>(build: () => T, height: number): T | HTMLDivElement {
  if (!placed || !ahead) return build();
  const placeholder = document.createElement("div");
  placeholder.className = PENDING_CLASS;
  placeholder.style.minHeight = `${Math.round(height)}px`;
  waiting.set(placeholder, () => placeholder.replaceWith(build()));
  placed.observe(placeholder);
  return placeholder;
}

function onScreen(element: Element): boolean {
  if (!element.isConnected) return false;
  const {top, bottom} = element.getBoundingClientRect();
  return top < innerHeight && bottom > 0;
}

const queue: Element[] = [];

function buildSoon(placeholder: Element): void {
  queue.push(placeholder);
  if (queue.length === 1) setTimeout(buildNext);
}

function buildNext(): void {
  build(queue.shift()!);
  if (queue.length) setTimeout(buildNext);
}

function build(placeholder: Element): void {
  const fill = waiting.get(placeholder);
  waiting.delete(placeholder);
  fill?.();
}
