// Reading a chart back from the page: its numbers (the CSV it downloads), its legend's colours, and the lines it drew.
import {readFile} from "node:fs/promises";
import type {Page} from "playwright-core";
import {parseCsvText} from "./reference.js";

export interface ChartCsv {
  head: string[];
  /** ISO day (or category) and the values, null where the chart shows «нет данных». */
  rows: [string, ...(number | null)[]][];
}

/** The chart's numbers as its «CSV» action downloads them. */
export async function downloadCsv(page: Page, chartId: string): Promise<{csv: ChartCsv; name: string; bytes: Buffer}> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`figure#${chartId} .chart-action[data-action="csv"]`).click()]);
  const bytes = await readFile((await download.path())!);
  const [head, ...rows] = parseCsvText(bytes.toString("utf8").replace(/^\ufeff/, "").replaceAll("\r\n", "\n"));
  return {
    name: download.suggestedFilename(),
    bytes,
    csv: {head, rows: rows.map(([first, ...values]) => [first, ...values.map((v) => (v === "" ? null : Number(v)))] as [string, ...(number | null)[]])}
  };
}

/** Each legend entry's label and colour (as rgb()). */
export async function legendColors(page: Page, chartId: string): Promise<Record<string, string>> {
  return page.locator(`figure#${chartId} .chart-legend-item`).evaluateAll((items) =>
    Object.fromEntries(items.map((item) => [item.textContent ?? "", getComputedStyle(item.querySelector(".chart-swatch")!).backgroundColor]))
  );
}

/** The drawn lines of a chart, by stroke colour (rgb()): each a list of subpaths, each a list of [x, y] vertices in the plot's pixels. */
export async function drawnLines(page: Page, chartId: string): Promise<{lines: Record<string, [number, number][][]>; left: number; top: number}> {
  return page.locator(`figure#${chartId} .chart-plot > svg`).evaluate((svg) => {
    const lines: Record<string, [number, number][][]> = {};
    for (const path of svg.querySelectorAll('g[aria-label="line"] path')) {
      const color = getComputedStyle(path).stroke;
      const subpaths: [number, number][][] = [];
      // Plot writes a linear line as absolute M and L commands; Z closes a subpath of one point.
      for (const [, command, x, y] of (path.getAttribute("d") ?? "").matchAll(/([ML])\s*(-?[\d.e-]+)[ ,](-?[\d.e-]+)/g)) {
        if (command === "M") subpaths.push([]);
        subpaths[subpaths.length - 1].push([Number(x), Number(y)]);
      }
      (lines[color] ??= []).push(...subpaths);
    }
    const box = svg.getBoundingClientRect();
    return {lines, left: box.left, top: box.top};
  });
}

/** A hex colour as the browser reports a computed one. */
export function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

export const DAY_MS = 86_400_000;
export const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
