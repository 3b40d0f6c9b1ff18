/** Whole-number ticks from 0 to the highest count (at most six): counts of reports have no halves. */
export function countTicks(highest: number): number[] {
  const top = Math.max(1, highest);
  const step = Math.ceil(top / 5);
  return Array.from({ length: Math.ceil(top / step) + 1 }, (_, index) => index * step);
}
