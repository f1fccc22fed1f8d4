// The Russian noun form after a number: 1 случай, 2 случая, 5 случаев, 21 случай.
/** A fraction takes the second form: 1,5 случая. */
export function plural(count: number, [one, few, many]: readonly [string, string, string]): string {
  if (!Number.isInteger(count)) return few;
  const lastTwo = Math.abs(count) % 100;
  const last = lastTwo % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}
