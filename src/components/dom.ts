// Elements for the components that a page makes by the dozen (chart frames, cards). htl parses its template
// anew on every call, which on a page of twenty charts cost more main-thread time than drawing the first chart.
export type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  style?: Record<string, string>;
  /** Other attributes, such as aria-label or type. */
  attrs?: Record<string, string>;
}

/** An element with text or elements inside; strings are always text, never markup. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  for (const [name, value] of Object.entries(props.style ?? {})) node.style.setProperty(name, value);
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}
