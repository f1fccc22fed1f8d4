import { statusHtml } from "../shared/status.984fda3d.js";
export async function dataStatus(status, dataHref) {
  const written = document.querySelector(".data-status-cell .data-status");
  if (written) return written;
  const template = document.createElement("template");
  template.innerHTML = statusHtml(await status(), dataHref);
  return template.content;
}
