/**
 * Resolves on a later turn of the event loop, so other requests get in between long work:
 * setImmediate in Node, a zero timeout in a web worker (which has no setImmediate).
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === "function" ? setImmediate(resolve) : setTimeout(resolve, 0)));
}
