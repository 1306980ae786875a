/**
 * Word boundaries next to non-ASCII letters. The rules' regexes have no `u` flag, so `\b` sees
 * only ASCII word characters: in `\b(?:ignore|übergeh)` the second alternative can never match
 * after a space (a space and "ü" are both non-word), and in `(?:otrzymałeś)\b` nothing can follow.
 * The round-15 review found 37 such dead alternatives in 12 rules ("übersetze", "écrire",
 * "обрабатывает", "đọc", "önceki" …).
 *
 * `unicodeBoundaries` rewrites exactly the `\b` next to a non-ASCII letter — a literal one, or the
 * first or last letter of an alternative of the group the `\b` touches — into a boundary that also
 * holds between a non-ASCII letter and a non-letter. Next to ASCII it is `\b` still, so every
 * other alternative matches exactly as before.
 */

/** Letters and digits of the Latin, Greek and Cyrillic scripts (the scripts whose words have spaces and `\b`). */
const LETTERS = "a-zA-Z0-9_\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u1e00-\\u1eff";

/**
 * `\b` before a word that may start with a non-ASCII letter: `\b` where the next character is
 * ASCII (so ASCII words match as before), else no letter before a non-ASCII one (an ASCII letter
 * before "ü" is the middle of a word, though `\b` holds there).
 */
export const BOUNDARY_BEFORE = `(?:\\b(?![^\\x00-\\x7f])|(?<![${LETTERS}])(?=[^\\x00-\\x7f]))`;
/** `\b` after a word that may end with a non-ASCII letter (the mirror of BOUNDARY_BEFORE). */
export const BOUNDARY_AFTER = `(?:(?<![^\\x00-\\x7f])\\b|(?<=[^\\x00-\\x7f])(?![${LETTERS}]))`;
const BOUNDARY_EITHER = `(?:(?<![^\\x00-\\x7f])\\b(?![^\\x00-\\x7f])|(?<![${LETTERS}])(?=[^\\x00-\\x7f])|(?<=[^\\x00-\\x7f])(?![${LETTERS}]))`;

const isNonAsciiLetter = (c: string | undefined): boolean =>
  c !== undefined && c.charCodeAt(0) > 0x7f && /\p{L}/u.test(c);

/** The top-level alternatives of the group body `source[from, to)` (outside groups and classes). */
export function alternatives(source: string, from = 0, to = source.length): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start, to));
  return out;
}

/** The body of the group opening at `open` (after `(?:` or `(`), or undefined for lookarounds and named groups. */
function groupBody(source: string, open: number, close: number): [number, number] | undefined {
  if (source[open + 1] !== "?") return [open + 1, close];
  if (source[open + 2] === ":") return [open + 3, close];
  return undefined;
}

/** The last letter an alternative ends with, past a trailing `?`, `)` or `s?`-like optional tail. */
function lastLetter(alt: string): string | undefined {
  const trimmed = alt.replace(/(?:\)|\?|\*|\+|\{\d+(?:,\d*)?\})+$/, "");
  return trimmed[trimmed.length - 1];
}

/**
 * `source` with every `\b` that touches a non-ASCII letter (see the file comment) made
 * Unicode-aware for the Latin, Greek and Cyrillic scripts. Other `\b` are kept.
 *
 * @param source a rule's regex source (no `u` flag)
 */
export function unicodeBoundaries(source: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: an ASCII range test starts at NUL on purpose
  if (!/[^\x00-\x7f]/.test(source) || !source.includes("\\b")) return source;
  // One pass over the characters that matter (the regex engine skips the rest: this runs over
  // every rule's pattern when the module loads): parentheses matched, `\b` outside classes listed.
  const closeOf = new Map<number, number>();
  const openOf = new Map<number, number>();
  const opens: number[] = [];
  const boundaries: number[] = [];
  const special = /[\\[\]()]/g;
  let inClass = false;
  while (special.test(source)) {
    const i = special.lastIndex - 1;
    const c = source.charCodeAt(i);
    if (c === 0x5c /* \\ */) {
      if (!inClass && source.charCodeAt(i + 1) === 0x62 /* b */) boundaries.push(i);
      special.lastIndex = i + 2;
    } else if (inClass) inClass = c !== 0x5d; /* ] */
    else if (c === 0x5b /* [ */) inClass = true;
    else if (c === 0x28 /* ( */) opens.push(i);
    else {
      const open = opens.pop();
      if (open !== undefined) {
        closeOf.set(open, i);
        openOf.set(i, open);
      }
    }
  }
  const pieces: string[] = [];
  let from = 0;
  for (const i of boundaries) {
    const next = source[i + 2];
    let before = isNonAsciiLetter(next);
    if (next === "(") {
      const close = closeOf.get(i + 2);
      const body = close === undefined ? undefined : groupBody(source, i + 2, close);
      if (body !== undefined) before = alternatives(source, ...body).some((a) => isNonAsciiLetter(a[0]));
    }
    const prev = source[i - 1];
    let after = isNonAsciiLetter(prev);
    if (prev === ")" && openOf.has(i - 1)) {
      const body = groupBody(source, openOf.get(i - 1) as number, i - 1);
      if (body !== undefined)
        after = alternatives(source, ...body).some((a) => isNonAsciiLetter(lastLetter(a)));
    }
    if (before || after) {
      pieces.push(
        source.slice(from, i),
        before && after ? BOUNDARY_EITHER : before ? BOUNDARY_BEFORE : BOUNDARY_AFTER,
      );
      from = i + 2;
    }
  }
  if (from === 0) return source;
  pieces.push(source.slice(from));
  return pieces.join("");
}
