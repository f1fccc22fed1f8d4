// The status line each page opens with (put there by the config's markdown plugin): how old the data are, whether the build read the sheet.
import type {Meta} from "../shared/meta.js";
import {statusHtml} from "../shared/status.js";

/** The line the build wrote into the page (scripts/finish-pages.ts), or, in the preview, the same line made from the snapshot's status. */
export async function dataStatus(status: () => Promise<Meta>, dataHref: string): Promise<Node> {
  const written = document.querySelector(".data-status-cell .data-status");
  if (written) return written;
  const template = document.createElement("template");
  template.innerHTML = statusHtml(await status(), dataHref);
  return template.content;
}
