// Helpers shared by several rules' figures.

/** Rounds a percentage to one decimal. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
}
