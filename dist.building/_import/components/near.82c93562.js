const AHEAD = 0.5;
const waiting = /* @__PURE__ */ new WeakMap();
const placed = typeof ResizeObserver === "undefined" ? void 0 : new ResizeObserver((entries) => {
  for (const { target } of entries) {
    placed.unobserve(target);
    if (isNear(target)) build(target);
    else if (target.isConnected) ahead.observe(target);
  }
});
const ahead = typeof IntersectionObserver === "undefined" ? void 0 : new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      ahead.unobserve(entry.target);
      build(entry.target);
    }
  },
  { rootMargin: `${AHEAD * 100}% 0px` }
);
export function builtNear(build2, height) {
  if (!placed || !ahead) return build2();
  const placeholder = document.createElement("div");
  placeholder.className = "pending";
  placeholder.style.minHeight = `${Math.round(height)}px`;
  waiting.set(placeholder, () => placeholder.replaceWith(build2()));
  placed.observe(placeholder);
  return placeholder;
}
function isNear(element) {
  if (!element.isConnected) return false;
  const { top, bottom } = element.getBoundingClientRect();
  return top < innerHeight * (1 + AHEAD) && bottom > -innerHeight * AHEAD;
}
function build(placeholder) {
  const fill = waiting.get(placeholder);
  waiting.delete(placeholder);
  fill?.();
}
