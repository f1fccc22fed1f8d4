// One colour order for the whole site (Plot's observable10), readable on the light and the dark theme.
export const PALETTE = ["#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951", "#ff8ab7", "#a463f2", "#97bbf5", "#9c6b4e", "#9498a0"];

export function colorAt(index: number): string {
  return PALETTE[index % PALETTE.length];
}
