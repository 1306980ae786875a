/** Longest excerpt in a match, in UTF-16 units (ellipsis included). */
export const MAX_EXCERPT = 120;

/**
 * The caller's text of a span, cut to {@link MAX_EXCERPT} units. Shared by the engine and by the
 * cache, which stores spans only and rebuilds excerpts from the request text on a hit.
 */
export function excerptOf(text: string, start: number, end: number): string {
  const slice = text.slice(start, end);
  return slice.length <= MAX_EXCERPT ? slice : `${slice.slice(0, MAX_EXCERPT - 1)}…`;
}
