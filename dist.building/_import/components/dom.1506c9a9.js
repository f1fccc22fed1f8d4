export function element(tag, props, ...children) {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  for (const [name, value] of Object.entries(props.style ?? {})) node.style.setProperty(name, value);
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children.flat()) if (child !== null && child !== void 0 && child !== false) node.append(child);
  return node;
}
