/** Fire-and-forget that never swallows a rejection silently. */
export function drop(promise: Promise<unknown>, onError: (err: unknown) => void = (err) => console.error('[drop]', err)): void {
  promise.catch(onError);
}
