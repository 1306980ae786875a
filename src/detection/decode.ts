/**
 * Finds segments of the original text that look like encodings (base64, hex, %xx URL-encoding,
 * ROT13, Unicode tag characters, letter-spaced and reversed text, Morse code), decodes them and returns the
 * decoded text for a rescan.
 *
 * Only segments that look like encodings are decoded, and only when the result is readable
 * text (valid UTF-8, mostly printable): a SHA-256 hash or an embedded PNG decodes to binary and
 * is dropped. Work is bounded by a decode budget; segments beyond it are counted, not hidden.
 *
 * Scanners are hand-written loops (no regex), linear in the text length.
 */

import { findMorse, type MorseRun, morseText } from "./decode-morse";
import {
  findReversed,
  findSpaced,
  isSpacedGap,
  MIN_SPACED_TOKENS,
  markedLines,
  REVERSED_GATE,
  reverseText,
} from "./decode-text";
import type { DecodedFrom } from "./types";

/** One decoded segment: [start, end) in the text it was found in. */
export interface DecodedSegment {
  kind: DecodedFrom;
  start: number;
  end: number;
  decoded: string;
}

/** Decode limits. Generous for prompts; they exist so a 10 MB base64 image costs nothing. */
export interface DecodeBudget {
  /** Longest encoded segment decoded, in UTF-16 units. */
  maxSegmentChars: number;
  /** Most segments decoded per text. */
  maxSegments: number;
  /** Most decoded characters in total per text. */
  maxTotalDecoded: number;
}

export const DEFAULT_DECODE_BUDGET: DecodeBudget = {
  maxSegmentChars: 64 * 1024,
  maxSegments: 64,
  maxTotalDecoded: 256 * 1024,
};

const MIN_BASE64 = 20;
const MIN_HEX = 16;
const MIN_URL_ESCAPES = 3;

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

function isB64(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2b ||
    c === 0x2f ||
    c === 0x2d ||
    c === 0x5f
  );
}
function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
function hexVal(c: number): number {
  if (c <= 0x39) return c - 0x30;
  if (c <= 0x46) return c - 0x41 + 10;
  return c - 0x61 + 10;
}

/**
 * Accepts decoded text only if it reads as text: at least 4 characters, ≥ 90 % printable
 * (tab/newline allowed), and at least one letter.
 */
export function isReadable(s: string): boolean {
  if (s.length < 4) return false;
  let printable = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0x20 && c !== 0x7f && c !== 0xfffd && !(c >= 0x80 && c < 0xa0))
    )
      printable++;
    if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
    else if (c >= 0xc0 && c !== 0xfffd) letters++;
  }
  return printable / s.length >= 0.9 && letters > 0;
}

function bytesToText(bytes: Uint8Array): string | null {
  try {
    const s = utf8.decode(bytes);
    return isReadable(s) ? s : null;
  } catch {
    return null;
  }
}

function decodeBase64(seg: string): string | null {
  let s = seg
    .replace(/[\r\n]/g, "")
    .replace(/-/g, "+")
    .replace(/_/g, "/");
  s = s.replace(/=+$/, "");
  if (s.length % 4 === 1) return null;
  s += "=".repeat((4 - (s.length % 4)) % 4);
  let bin: string;
  try {
    bin = atob(s);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytesToText(bytes);
}

/** Base64 candidates: runs of the (url-safe) alphabet, ≥ 20 chars, with letters and digits or mixed case. */
function findBase64(text: string, out: [number, number][]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isB64(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    let upper = 0;
    let lower = 0;
    let digit = 0;
    // A run may continue over single line breaks (MIME wraps base64 at 76 columns).
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isB64(c)) {
        if (c >= 0x41 && c <= 0x5a) upper++;
        else if (c >= 0x61 && c <= 0x7a) lower++;
        else if (c >= 0x30 && c <= 0x39) digit++;
        i++;
      } else if (c === 0x0a && i + 1 < n && isB64(text.charCodeAt(i + 1)) && i - s >= 40) i++;
      else break;
    }
    let e = i;
    while (e < n && text.charCodeAt(e) === 0x3d && e - i < 2) e++;
    // Encoded text mixes cases throughout; plain words and snake_case/lowercase tokens do not.
    // CamelCase identifiers pass this test and are then rejected by the readability check.
    if (e - s >= MIN_BASE64 && upper >= 2 && lower >= 2 && upper + lower + digit >= (e - s) * 0.8)
      out.push([s, e]);
    i = e;
  }
}

/** Hex candidates: contiguous hex digits (≥ 16, even), `\xNN` runs, or space-separated byte pairs. */
function findHex(text: string, out: { s: number; e: number; hex: string }[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // \xNN sequences
    if (c === 0x5c && i + 3 < n && (text.charCodeAt(i + 1) | 0x20) === 0x78) {
      const s = i;
      let hex = "";
      while (
        i + 3 < n + 1 &&
        text.charCodeAt(i) === 0x5c &&
        (text.charCodeAt(i + 1) | 0x20) === 0x78 &&
        isHex(text.charCodeAt(i + 2)) &&
        isHex(text.charCodeAt(i + 3))
      ) {
        hex += text.slice(i + 2, i + 4);
        i += 4;
      }
      if (hex.length >= 8) out.push({ s, e: i, hex });
      if (i === s) i++;
      continue;
    }
    if (!isHex(c)) {
      i++;
      continue;
    }
    // Space-separated byte pairs ("69 67 6e 6f ...") or one contiguous run.
    const s = i;
    let j = i;
    while (j < n && isHex(text.charCodeAt(j))) j++;
    if (j - s === 2 && j < n && text.charCodeAt(j) === 0x20) {
      let hex = text.slice(s, j);
      let k = j;
      while (
        k + 2 < n + 1 &&
        text.charCodeAt(k) === 0x20 &&
        isHex(text.charCodeAt(k + 1)) &&
        isHex(text.charCodeAt(k + 2)) &&
        !(k + 3 < n && isHex(text.charCodeAt(k + 3)))
      ) {
        hex += text.slice(k + 1, k + 3);
        k += 3;
      }
      if (hex.length >= 12) {
        out.push({ s, e: k, hex });
        i = k;
        continue;
      }
    }
    const prev = s > 0 ? text.charCodeAt(s - 1) : 0x20;
    const next = j < n ? text.charCodeAt(j) : 0x20;
    const bounded = !isB64(prev) && !isB64(next);
    let len = j - s;
    let start = s;
    if (len >= 2 && text.charCodeAt(s) === 0x30 && (text.charCodeAt(s + 1) | 0x20) === 0x78) {
      start += 2;
      len -= 2;
    }
    if (bounded && len >= MIN_HEX && len % 2 === 0) out.push({ s, e: j, hex: text.slice(start, j) });
    i = j;
  }
}

function decodeHex(hex: string): string | null {
  const bytes = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = (hexVal(hex.charCodeAt(2 * i)) << 4) | hexVal(hex.charCodeAt(2 * i + 1));
  }
  return bytesToText(bytes);
}

/** URL-encoded candidates: whitespace-free runs with at least 3 `%xx` escapes. */
function findUrl(text: string, out: [number, number][]): void {
  let from = 0;
  for (;;) {
    const p = text.indexOf("%", from);
    if (p < 0) return;
    let s = p;
    while (s > 0 && !isSpaceUnit(text.charCodeAt(s - 1))) s--;
    let e = p;
    let escapes = 0;
    while (e < text.length && !isSpaceUnit(text.charCodeAt(e))) {
      if (
        text.charCodeAt(e) === 0x25 &&
        e + 2 < text.length &&
        isHex(text.charCodeAt(e + 1)) &&
        isHex(text.charCodeAt(e + 2))
      ) {
        escapes++;
        e += 3;
      } else e++;
    }
    if (escapes >= MIN_URL_ESCAPES) out.push([s, e]);
    from = e + 1;
  }
}

function isSpaceUnit(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function decodeUrl(seg: string): string | null {
  const plus = seg.replace(/\+/g, " ");
  const bytes: number[] = [];
  for (let i = 0; i < plus.length; i++) {
    const c = plus.charCodeAt(i);
    if (c === 0x25 && i + 2 < plus.length && isHex(plus.charCodeAt(i + 1)) && isHex(plus.charCodeAt(i + 2))) {
      bytes.push((hexVal(plus.charCodeAt(i + 1)) << 4) | hexVal(plus.charCodeAt(i + 2)));
      i += 2;
    } else if (c < 0x80) bytes.push(c);
    else return null; // raw non-ASCII next to escapes: not a URL encoding
  }
  return bytesToText(Uint8Array.from(bytes));
}

/** ROT13 of ASCII letters (its own inverse). */
export function rot13(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(((c - 0x41 + 13) % 26) + 0x41);
    else if (c >= 0x61 && c <= 0x7a) out += String.fromCharCode(((c - 0x61 + 13) % 26) + 0x61);
    else out += s[i];
  }
  return out;
}

/**
 * ROT13 words that are common in English after encoding and essentially absent from real text
 * ("gur" = the, "lbh" = you, "vtaber" = ignore, ...). A line holding two of them (or one long
 * one) is decoded.
 */
const ROT13_MARKERS: ReadonlyMap<string, number> = new Map([
  ["gur", 1],
  ["naq", 1],
  ["lbh", 1],
  ["lbhe", 1],
  ["vf", 0],
  ["gb", 0],
  ["bs", 0],
  ["vtaber", 2],
  ["vafgehpgvbaf", 2],
  ["cerivbhf", 2],
  ["cebzcg", 2],
  ["flfgrz", 2],
  ["cnffjbeq", 2],
  ["frperg", 2],
  ["nobir", 2],
  ["sbetrg", 2],
  ["eriny", 1],
  ["ercrng", 2],
]);

/** Cheap gate: any marker word at all (one regex pass) before the per-line scoring. */
export { REVERSED_GATE };

export const ROT13_GATE =
  /\b(?:gur|naq|lbhe?|vtaber|vafgehpgvbaf|cerivbhf|cebzcg|flfgrz|cnffjbeq|frperg|nobir|sbetrg|eriny|ercrng)\b/;

function findRot13(text: string, lower: string, out: [number, number][], gate: boolean | undefined): void {
  if (gate === false || !ROT13_GATE.test(lower)) return;
  markedLines(text, ROT13_MARKERS, 2, 2, out);
}

/** Unicode tag characters (U+E0020–U+E007E) spell ASCII invisibly; decode runs of ≥ 4. */
function findTags(text: string, out: DecodedSegment[]): void {
  const n = text.length;
  let i = 0;
  while (i < n - 1) {
    if (text.charCodeAt(i) !== 0xdb40) {
      i++;
      continue;
    }
    const s = i;
    let decoded = "";
    while (i + 1 < n && text.charCodeAt(i) === 0xdb40) {
      const lo = text.charCodeAt(i + 1);
      if (lo < 0xdc00 || lo > 0xdc7f) break;
      const ascii = lo - 0xdc00;
      if (ascii >= 0x20 && ascii <= 0x7e) decoded += String.fromCharCode(ascii);
      i += 2;
    }
    if (i === s) i++;
    else if (decoded.length >= 4) out.push({ kind: "unicode_tags", start: s, end: i, decoded });
  }
}

/**
 * Per ASCII code unit: 1 = base64 alphabet, 2 = hex digit, 4 = space (the run scan's classes),
 * 8 = gap of a letter-spaced run (space, tab, . - _ * | /), 16 = line break.
 */
const RUN_CLASS: Uint8Array = Uint8Array.from(
  { length: 0x80 },
  (_, c) =>
    (isB64(c) ? 1 : 0) |
    (isHex(c) ? 2 : 0) |
    (c === 0x20 ? 4 : 0) |
    (isSpacedGap(c) ? 8 : 0) |
    (c === 0x0a || c === 0x0d ? 16 : 0),
);

/**
 * One pass over the text: longest run of base64-alphabet characters, longest run of hex digits,
 * longest sequence of space-separated two-digit hex tokens, and whether MIN_SPACED_TOKENS
 * single-character tokens follow each other with 1–3 gap characters between them (a possible
 * letter-spaced run). Gates the exact scanners so ordinary prose costs a single loop (one table
 * lookup per character; run maxima are taken when a run ends rather than per character).
 */
function longestRuns(text: string): { b64: number; hex: number; hexPairs: number; spaced: boolean } {
  const cls = RUN_CLASS;
  let b64 = 0;
  let hex = 0;
  let pairs = 0;
  let curB = 0;
  let curH = 0;
  let curP = 0;
  let spaced = false;
  let singles = 0;
  let token = 0;
  let gapLen = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = c < 0x80 ? (cls[c] as number) : 0;
    if ((k & 24) === 0) {
      token++;
      gapLen = 0;
    } else if ((k & 8) !== 0) {
      if (token === 1) {
        if (++singles >= MIN_SPACED_TOKENS - 1) spaced = true;
      } else if (token > 1) singles = 0;
      token = 0;
      if (++gapLen > 3) singles = 0;
    } else {
      singles = 0;
      token = 0;
      gapLen = 0;
    }
    if ((k & 1) !== 0) {
      curB++;
      if ((k & 2) !== 0) curH++;
      else {
        if (curH > hex) hex = curH;
        curH = 0;
      }
    } else {
      if (curB > b64) b64 = curB;
      if (curH > hex) hex = curH;
      if ((k & 4) !== 0 && curH === 2 && curB === 2) {
        curP++;
        if (curP > pairs) pairs = curP;
      } else curP = 0;
      curB = 0;
      curH = 0;
    }
  }
  if (curB > b64) b64 = curB;
  if (curH > hex) hex = curH;
  return { b64, hex, hexPairs: pairs, spaced };
}

/**
 * True when `text` has ≥ `len` consecutive ASCII code units whose RUN_CLASS shares a bit with
 * `mask`. Checks the last position of each candidate window first and jumps past a miss, so on
 * prose (short words) it reads about one unit in ten instead of every one.
 */
function hasClassRun(text: string, mask: number, len: number): boolean {
  const cls = RUN_CLASS;
  const n = text.length;
  let a = 0;
  let goodTo = -1; // [a, goodTo] already known to be in the class
  while (a + len <= n) {
    const end = a + len - 1;
    const lo = Math.max(goodTo + 1, a);
    let k = end;
    for (; k >= lo; k--) {
      const c = text.charCodeAt(k);
      if (c >= 0x80 || ((cls[c] as number) & mask) === 0) break;
    }
    if (k < lo) return true;
    goodTo = end;
    a = k + 1;
  }
  return false;
}

/** A token unit of the letter-spaced scan: neither a gap (8) nor a line break (16). */
function isTokenUnit(c: number): boolean {
  return c >= 0x80 || ((RUN_CLASS[c] as number) & 24) === 0;
}

/**
 * True when `text` has 13 consecutive positions j with no line break at j and no two token
 * units at j-1, j. A letter-spaced run as longestRuns counts it (MIN_SPACED_TOKENS - 1 single
 * tokens, each followed by 1-3 gap units, no line break) spans ≥ 14 units with neither, so
 * without such a stretch `spaced` is false. Same jumping search as hasClassRun.
 */
function mayHaveSpacedRun(text: string): boolean {
  const len = 2 * (MIN_SPACED_TOKENS - 1) - 1;
  const n = text.length;
  let a = 1;
  let goodTo = 0;
  while (a + len <= n) {
    const end = a + len - 1;
    const lo = Math.max(goodTo + 1, a);
    let k = end;
    for (; k >= lo; k--) {
      const c = text.charCodeAt(k);
      if (c === 0x0a || c === 0x0d || (isTokenUnit(c) && isTokenUnit(text.charCodeAt(k - 1)))) break;
    }
    if (k < lo) return true;
    goodTo = end;
    a = k + 1;
  }
  return false;
}

const NO_RUNS = { b64: 0, hex: 0, hexPairs: 0, spaced: false };

/**
 * longestRuns, but only when one of its gates could pass: each cheap check below is a necessary
 * condition of one threshold findEncodedSegments applies (a run of MIN_BASE64 base64 units; of
 * MIN_HEX hex digits; "HH HH HH " = 9 units of hex digits and spaces for three hex pairs; a
 * letter-spaced stretch). Ordinary prose fails all four after reading a fraction of its units,
 * and the gates then decide exactly what the full scan would (all false).
 */
function gatedRuns(text: string): { b64: number; hex: number; hexPairs: number; spaced: boolean } {
  if (
    hasClassRun(text, 1, MIN_BASE64) ||
    hasClassRun(text, 2, MIN_HEX) ||
    hasClassRun(text, 6, 9) ||
    mayHaveSpacedRun(text)
  )
    return longestRuns(text);
  return NO_RUNS;
}

/** Gates known from a keyword scan (see findEncodedSegments). */
export interface TextGates {
  rot13?: boolean;
  reversed?: boolean;
}

/** Result of segment discovery: decoded segments plus how many were skipped for budget. */
export interface DecodeResult {
  segments: DecodedSegment[];
  skipped: number;
}

/**
 * Finds and decodes encoded-looking segments of `text`.
 *
 * @param text text to search (the original text, not the folded one: encodings are case-sensitive)
 * @param budget limits; a candidate over the limits is counted in `skipped`
 * @param lower a lower-cased form of `text` (e.g. the folded text) used only to gate the ROT13
 *   scan; defaults to `text.toLowerCase()`
 * @param gates what the caller's keyword scan already knows: `rot13` / `reversed` false when
 *   `lower` holds none of ROT13_GATE's / REVERSED_GATE's literal words, so those gate regexes
 *   cannot match and need not run
 */
export function findEncodedSegments(
  text: string,
  budget: DecodeBudget = DEFAULT_DECODE_BUDGET,
  lower: string = text.toLowerCase(),
  gates: TextGates = {},
): DecodeResult {
  const rot13Gate = gates.rot13;
  const runs = gatedRuns(text);
  const segments: DecodedSegment[] = [];
  let skipped = 0;
  let total = 0;
  const accept = (kind: DecodedFrom, start: number, end: number, decode: () => string | null): void => {
    if (
      end - start > budget.maxSegmentChars ||
      segments.length >= budget.maxSegments ||
      total >= budget.maxTotalDecoded
    ) {
      skipped++;
      return;
    }
    const decoded = decode();
    if (decoded === null) return;
    total += decoded.length;
    segments.push({ kind, start, end, decoded });
  };

  // Cheap regex gates (one linear pass each) before the exact scanners.
  const b64: [number, number][] = [];
  if (runs.b64 >= MIN_BASE64) findBase64(text, b64);
  for (const [s, e] of b64) accept("base64", s, e, () => decodeBase64(text.slice(s, e)));

  const hex: { s: number; e: number; hex: string }[] = [];
  if (runs.hex >= MIN_HEX || runs.hexPairs >= 3 || text.includes("\\x")) findHex(text, hex);
  for (const h of hex) accept("hex", h.s, h.e, () => decodeHex(h.hex));

  if (text.includes("%")) {
    const url: [number, number][] = [];
    findUrl(text, url);
    for (const [s, e] of url) accept("url", s, e, () => decodeUrl(text.slice(s, e)));
  }

  const rot: [number, number][] = [];
  findRot13(text, lower, rot, rot13Gate);
  for (const [s, e] of rot) accept("rot13", s, e, () => rot13(text.slice(s, e)));

  const reversed: [number, number][] = [];
  findReversed(text, lower, reversed, gates.reversed);
  for (const [s, e] of reversed) accept("reversed", s, e, () => reverseText(text.slice(s, e)));

  const spaced: { start: number; end: number; decoded: string }[] = [];
  if (runs.spaced) findSpaced(text, spaced);
  for (const sp of spaced) accept("spaced", sp.start, sp.end, () => sp.decoded);

  const tags: DecodedSegment[] = [];
  if (text.includes("\udb40")) findTags(text, tags);
  for (const t of tags) accept("unicode_tags", t.start, t.end, () => t.decoded);

  // Last: a Morse run always decodes to letters, so many of them could use up the budget before
  // a smuggled payload. Every Morse letter but E, I, S, H, 5, T, M, O, 0 mixes dots and dashes.
  if (text.includes(".-") || text.includes("-.")) {
    const morse: MorseRun[] = [];
    findMorse(text, morse);
    for (const m of morse) accept("morse", m.start, m.end, () => morseText(m));
  }

  return { segments, skipped };
}
