/** Top-level alternatives of a regex source (used by the rule gates and by rule definitions). */

/**
 * Splits a regex source at its top-level `|` (outside groups and character classes).
 * Returns [source] when there is no top-level alternation.
 */
export function topLevelAlternatives(source: string): string[] {
  const alts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  // Code units, not one-character strings: this runs over every rule's pattern on the first request.
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x5c /* \\ */) i++;
    else if (inClass) inClass = c !== 0x5d; /* ] */
    else if (c === 0x5b /* [ */) inClass = true;
    else if (c === 0x28 /* ( */) depth++;
    else if (c === 0x29 /* ) */) depth--;
    else if (c === 0x7c /* | */ && depth === 0) {
      alts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alts.push(source.slice(from));
  return alts;
}

/**
 * `source` with `prefix` (a lookaround) in front of each top-level alternative, so that a guard
 * applies to all of them while the gates can still run the alternatives one by one.
 *
 * @param prefix a zero-width assertion
 * @param source a regex source
 */
export function eachAlternative(prefix: string, source: string): string {
  return topLevelAlternatives(source)
    .map((alt) => `${prefix}${alt}`)
    .join("|");
}
