/**
 * Overlapping windows over the folded text. A long document is scored window by window and the
 * strongest window wins, so one injected sentence in 50 KiB of benign text is not averaged away.
 * The overlap (window - stride) is longer than a typical injected sentence, so any such sentence
 * lies wholly inside at least one window. Total work is (window / stride) × length: linear.
 */
import { FEATURE_CONFIG } from "./features";

/**
 * Calls `visit(start, end)` for each window of a text of length `len` (at least one call, even
 * for an empty text). The last window is aligned to the end of the text so it is full-size.
 */
export function forEachChunk(
  len: number,
  visit: (start: number, end: number) => void,
  window: number = FEATURE_CONFIG.window,
  stride: number = FEATURE_CONFIG.stride,
): void {
  if (len <= window) {
    visit(0, len);
    return;
  }
  let start = 0;
  for (; start + window < len; start += stride) visit(start, start + window);
  visit(len - window, len);
}

/** Number of windows forEachChunk visits for a text of length `len`. */
export function chunkCount(
  len: number,
  window: number = FEATURE_CONFIG.window,
  stride: number = FEATURE_CONFIG.stride,
): number {
  if (len <= window) return 1;
  return Math.ceil((len - window) / stride) + 1;
}
