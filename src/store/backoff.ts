/**
 * Progressive Retry-After for tenants that keep sending while limited: 1, 2, 4, 8, 15, 15… s.
 * A polite client waits and gets through soon; a client hammering in a loop is told to wait
 * longer and longer, which takes load off the limiter (each denied call still costs a Redis write).
 */

/** Retry-After (seconds) per consecutive denial; the last value repeats. */
export const BACKOFF_SCHEDULE: readonly number[] = [1, 2, 4, 8, 15];

/** Retry-After for the `strikes`-th consecutive denied request (1-based). */
export function retryAfterForStrikes(strikes: number): number {
  const index = Math.min(Math.max(strikes, 1), BACKOFF_SCHEDULE.length) - 1;
  return BACKOFF_SCHEDULE[index] ?? 1;
}

/**
 * How long a strikes counter lives after the last denial (seconds). Longer than the largest
 * Retry-After, so a client that waits as told still counts as "pushing" if it is denied again,
 * and short enough that a tenant who stops for a minute starts again from 1 s.
 */
export const DEFAULT_STRIKES_TTL_SECONDS = 60;

/** Length of the rate-limit window (the limits are per minute). */
export const RATE_LIMIT_WINDOW_MS = 60_000;
