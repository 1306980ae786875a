/**
 * Builds the short excerpt shown in `redacted-excerpt` mode. Masking is best effort: it removes
 * the obvious identifiers (emails, URLs, any digit — phone, card and account numbers) but not
 * names or free-text secrets, which is why `hash-only` is the default.
 */

/** Longest excerpt, in characters, before masking. */
export const EXCERPT_CHARS = 80;

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g;
const URL_LIKE = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+/gi;
const DIGIT = /\p{Nd}/gu;

/** Returns the start of `text`, whitespace collapsed, with emails, URLs and digits masked. */
export function redactedExcerpt(text: string, maxChars: number = EXCERPT_CHARS): string {
  const collapsed = text.replace(/\s+/g, " ").trim();
  // Mask before cutting so an identifier cut in half is still recognised; then cut by code point.
  const masked = collapsed.replace(URL_LIKE, "[url]").replace(EMAIL, "[email]").replace(DIGIT, "#");
  const chars = Array.from(masked);
  return chars.length > maxChars ? `${chars.slice(0, maxChars).join("")}…` : masked;
}
