/**
 * The first index in [0, length) at which `reached(i)` holds, or `length` if it never does.
 * `reached` must be false up to some index and true from there on (a sorted list read with a
 * threshold): a binary search instead of a scan.
 */
export function firstReached(length: number, reached: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
