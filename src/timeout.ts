/**
 * Bounds a promise we cannot cancel (a Durable Object RPC, a store call): after `ms` we stop
 * waiting for it. The call itself may still finish; callers must be fine with either outcome.
 */

/** DURABLE_OBJECT_TIMEOUT_MS when unset: far above a healthy call (milliseconds), below a stuck one. */
export const DEFAULT_DURABLE_OBJECT_TIMEOUT_MS = 5000;

/** A call that did not settle within its bound. */
export class TimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} exceeded ${ms} ms`);
    this.name = "TimeoutError";
  }
}

/**
 * Settles like `promise`, or rejects with a {@link TimeoutError} naming `what` after `ms`.
 * The timer is cleared as soon as either side settles, so nothing lingers after the call.
 */
export function withTimeout<T>(promise: PromiseLike<T>, ms: number, what = "call"): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(what, ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => {
    if (timer !== undefined) clearTimeout(timer);
  });
}
