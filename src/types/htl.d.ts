// htl 0.3 (the version Framework itself uses) ships no types.
declare module "htl" {
  type Html = (strings: TemplateStringsArray, ...values: unknown[]) => HTMLElement | SVGElement | Text | DocumentFragment;
  export const html: Html;
  export const svg: Html;
}
