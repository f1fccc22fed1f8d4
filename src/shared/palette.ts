// The site's colours (Plot's observable10), readable on the light and the dark theme; columns.ts gives each column one.

export const COLORS = {
  blue: "#4269d0",
  yellow: "#efb118",
  red: "#ff725c",
  teal: "#6cc5b0",
  green: "#3ca951",
  pink: "#ff8ab7",
  purple: "#a463f2",
  lightBlue: "#97bbf5",
  brown: "#9c6b4e",
  grey: "#9498a0"
} as const;

export const PALETTE: string[] = Object.values(COLORS);

/** A colour for a series that has none of its own (one a page computes), by its place on the chart. */
export function colorOf(index: number): string {
  return PALETTE[index % PALETTE.length];
}
