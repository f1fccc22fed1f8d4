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
};
export const PALETTE = Object.values(COLORS);
export function colorOf(index) {
  return PALETTE[index % PALETTE.length];
}
