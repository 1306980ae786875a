/**
 * The sliding-window algorithm of @upstash/ratelimit's single-region `slidingWindow`, in memory,
 * so the in-memory adapter allows and denies exactly like the Upstash one.
 *
 * Two fixed windows are counted; the previous one is weighted by how much of it still overlaps
 * the sliding window: used = floor(previous × (1 − elapsed/window)) + current. A request is denied
 * (and not counted) when used + cost > limit; otherwise it is counted and remaining = limit − used − cost.
 */

/** Counters of one identifier. */
export interface WindowState {
  /** Index of the fixed window `current` belongs to (floor(now / windowMs)). */
  window: number;
  current: number;
  previous: number;
}

/** Outcome of one check. */
export interface WindowDecision {
  allowed: boolean;
  remaining: number;
  /** End of the current fixed window (ms since epoch), as @upstash/ratelimit reports it. */
  resetAt: number;
}

/**
 * Applies a request of weight `cost` at time `now` to `state` (mutated; pass a fresh object for a
 * new identifier).
 */
export function slideWindow(
  state: WindowState,
  limit: number,
  windowMs: number,
  now: number,
  cost = 1,
): WindowDecision {
  const window = Math.floor(now / windowMs);
  if (state.window !== window) {
    state.previous = state.window === window - 1 ? state.current : 0;
    state.current = 0;
    state.window = window;
  }
  const resetAt = (window + 1) * windowMs;
  const weightedPrevious = Math.floor(state.previous * (1 - (now % windowMs) / windowMs));
  if (weightedPrevious + state.current + cost > limit) {
    return { allowed: false, remaining: Math.max(0, limit - weightedPrevious - state.current), resetAt };
  }
  state.current += cost;
  return { allowed: true, remaining: Math.max(0, limit - (state.current + weightedPrevious)), resetAt };
}
