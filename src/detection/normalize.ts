/**
 * Text normalisation for matching. Attackers hide trigger phrases behind Unicode tricks
 * (fullwidth or mathematical letters, zero-width joiners, bidi overrides, tag characters,
 * Cyrillic lookalikes, leetspeak); rules are written once against the folded form produced here.
 *
 * Every character of the folded text remembers the UTF-16 offset of the original character it
 * came from, so that matches on the folded text can be reported as spans of the caller's text.
 *
 * Pure TypeScript, no platform imports (runs in workerd, Node and tests).
 */

export interface NormalizedText {
  /** Folded text used for matching: NFKC, zero-width/bidi/tag chars removed, Latin homoglyphs folded, leetspeak folded, lower-cased, whitespace runs collapsed to one space. */
  folded: string;
  /**
   * offsets[i] = UTF-16 index in the original text of folded[i]; length folded.length + 1 (last =
   * original length). Read-only: it may be a view of a shared array.
   */
  offsets: Uint32Array;
  /** counts of signals met during normalisation */
  signals: { invisible: number; bidi: number; tags: number; homoglyphs: number; leet: number };
}

/** Zero-width and other invisible format characters (not bidi controls, not tags). */
function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad || // soft hyphen
    cp === 0x034f || // combining grapheme joiner
    cp === 0x180e || // Mongolian vowel separator
    (cp >= 0x200b && cp <= 0x200d) || // ZWSP, ZWNJ, ZWJ
    (cp >= 0x2060 && cp <= 0x2064) || // word joiner, invisible operators
    cp === 0xfeff || // BOM / ZWNBSP
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors (used for "emoji smuggling")
    (cp >= 0xe0100 && cp <= 0xe01ef) // variation selectors supplement
  );
}

/** Bidirectional controls: they reorder what a human sees without changing what a model reads. */
function isBidi(cp: number): boolean {
  return (
    cp === 0x200e ||
    cp === 0x200f ||
    cp === 0x061c ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  );
}

/** Unicode tag characters (U+E0000–U+E007F): invisible, and they can spell ASCII ("ASCII smuggling"). */
function isTag(cp: number): boolean {
  return cp >= 0xe0000 && cp <= 0xe007f;
}

/**
 * Joiners and emoji variation selectors are normal inside emoji sequences and Indic/Arabic
 * script, and a leading BOM is an encoding artefact: only count invisibles that sit where no
 * legitimate text puts them (e.g. inside an ASCII word), which is how filter evasion uses them.
 */
function isSuspiciousInvisible(text: string, i: number, cp: number): boolean {
  if (cp === 0xfeff && i === 0) return false;
  if (cp === 0x200c || cp === 0x200d || cp === 0xfe0e || cp === 0xfe0f || cp === 0x00ad) {
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    const isAsciiAlnum = (u: number) =>
      (u >= 0x30 && u <= 0x39) || ((u | 0x20) >= 0x61 && (u | 0x20) <= 0x7a);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    return isAsciiAlnum(prev) && isAsciiAlnum(next);
  }
  return true;
}

/** Tag characters right after U+1F3F4 (black flag) spell subdivision flags (England, Scotland…). */
function inFlagSequence(text: string, i: number): boolean {
  let j = i;
  // Walk back over the preceding tag characters (each a surrogate pair).
  while (j >= 2) {
    const hi = text.charCodeAt(j - 2);
    const lo = text.charCodeAt(j - 1);
    if (hi === 0xdb40 && lo >= 0xdc00 && lo <= 0xdc7f) j -= 2;
    else break;
  }
  return j >= 2 && text.charCodeAt(j - 2) === 0xd83c && text.charCodeAt(j - 1) === 0xdff4;
}

function isSpace(cp: number): boolean {
  return (
    cp === 0x20 ||
    (cp >= 0x09 && cp <= 0x0d) ||
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/**
 * Lookalikes folded only inside words that also contain ASCII letters: folding them everywhere
 * would turn real Russian or Greek words into Latin gibberish and break the multilingual rules.
 * Keys are the original (pre-lower-casing) code points, so that e.g. Cyrillic 'В' (which
 * lower-cases to 'в', not a lookalike of 'b') still folds.
 */
const MIXED_SCRIPT_LOOKALIKES: ReadonlyMap<number, number> = new Map(
  (
    [
      // Cyrillic lower case
      ["а", "a"],
      ["е", "e"],
      ["о", "o"],
      ["р", "p"],
      ["с", "c"],
      ["у", "y"],
      ["х", "x"],
      ["і", "i"],
      ["ј", "j"],
      ["ѕ", "s"],
      ["ԁ", "d"],
      ["ԛ", "q"],
      ["ԝ", "w"],
      ["һ", "h"],
      ["ӏ", "l"],
      ["к", "k"],
      ["ɡ", "g"],
      ["ѵ", "v"],
      ["ү", "y"],
      ["ո", "n"],
      ["ս", "u"],
      // Cyrillic upper case
      ["А", "a"],
      ["В", "b"],
      ["Е", "e"],
      ["К", "k"],
      ["М", "m"],
      ["Н", "h"],
      ["О", "o"],
      ["Р", "p"],
      ["С", "c"],
      ["Т", "t"],
      ["У", "y"],
      ["Х", "x"],
      ["І", "i"],
      ["Ј", "j"],
      ["Ѕ", "s"],
      ["Ӏ", "l"],
      ["Ү", "y"],
      // Greek
      ["α", "a"],
      ["ο", "o"],
      ["ι", "i"],
      ["κ", "k"],
      ["ν", "v"],
      ["ρ", "p"],
      ["υ", "u"],
      ["χ", "x"],
      ["Α", "a"],
      ["Β", "b"],
      ["Ε", "e"],
      ["Ζ", "z"],
      ["Η", "h"],
      ["Ι", "i"],
      ["Κ", "k"],
      ["Μ", "m"],
      ["Ν", "n"],
      ["Ο", "o"],
      ["Ρ", "p"],
      ["Τ", "t"],
      ["Υ", "y"],
      ["Χ", "x"],
    ] as const
  ).map(([k, v]) => [k.codePointAt(0) as number, v.charCodeAt(0)]),
);

/**
 * Latin-script lookalikes that NFKC leaves alone; always folded. Dotless ı is a Turkish and
 * Azerbaijani letter: rule patterns and keywords are folded alike (foldLikeText).
 */
const LATIN_LOOKALIKES: ReadonlyMap<number, number> = new Map(
  (
    [
      ["ᴀ", "a"],
      ["ʙ", "b"],
      ["ᴄ", "c"],
      ["ᴅ", "d"],
      ["ᴇ", "e"],
      ["ɢ", "g"],
      ["ʜ", "h"],
      ["ɪ", "i"],
      ["ᴊ", "j"],
      ["ᴋ", "k"],
      ["ʟ", "l"],
      ["ᴍ", "m"],
      ["ɴ", "n"],
      ["ᴏ", "o"],
      ["ᴘ", "p"],
      ["ʀ", "r"],
      ["ꜱ", "s"],
      ["ᴛ", "t"],
      ["ᴜ", "u"],
      ["ᴠ", "v"],
      ["ᴡ", "w"],
      ["ʏ", "y"],
      ["ᴢ", "z"],
      ["ı", "i"],
      ["ɑ", "a"],
      ["ɩ", "i"],
      ["ǀ", "l"],
    ] as const
  ).map(([k, v]) => [k.codePointAt(0) as number, v.charCodeAt(0)]),
);

/** The characters foldLikeText changes (built on first use). */
let textOnlyChars: RegExp | undefined;

/**
 * `source` folded as normalize() folds every text, for the characters no regex syntax holds: the
 * Latin lookalikes it always folds (ı → i, ɪ → i, ᴀ → a …) folded, and the invisible and
 * bidirectional characters it drops dropped. A rule pattern or keyword is matched against the
 * folded text, which never holds them: written with one ("talimatlarını" with Turkish dotless ı,
 * "می‌تواند" with a zero-width non-joiner), it could never match. Lookalikes are letters and the
 * dropped characters are invisible, so a regex source folds as plain text.
 *
 * @param source a regex source or keyword, already NFKC-normalised
 */
export function foldLikeText(source: string): string {
  textOnlyChars ??= new RegExp(
    `[${[...LATIN_LOOKALIKES.keys()].map((cp) => String.fromCodePoint(cp)).join("")}\\u00ad\\u034f\\u180e\\u200b-\\u200f\\u2060-\\u2064\\ufeff\\ufe00-\\ufe0f\\u{e0100}-\\u{e01ef}\\u061c\\u202a-\\u202e\\u2066-\\u2069]`,
    "gu",
  );
  return source.replace(textOnlyChars, (c) => {
    const latin = LATIN_LOOKALIKES.get(c.codePointAt(0) as number);
    return latin === undefined ? "" : String.fromCharCode(latin);
  });
}

/** Typographic punctuation folded to ASCII so rules need one spelling (not counted as a signal). */
const PUNCTUATION: ReadonlyMap<number, number> = new Map(
  (
    [
      ["\u2018", "'"],
      ["\u2019", "'"],
      ["\u201b", "'"],
      ["\u2032", "'"],
      ["\u02bc", "'"],
      ["\u201c", '"'],
      ["\u201d", '"'],
      ["\u201e", '"'],
      ["\u2033", '"'],
      ["\u00ab", '"'],
      ["\u00bb", '"'],
      ["\u2010", "-"],
      ["\u2011", "-"],
      ["\u2012", "-"],
      ["\u2013", "-"],
      ["\u2014", "-"],
      ["\u2212", "-"],
    ] as const
  ).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]),
);

/** Leetspeak digits/symbols and the letter each stands for. 2, 6, 8, 9 are deliberately absent. */
const LEET: Readonly<Record<number, number>> = {
  48: 0x6f, // 0 -> o
  49: 0x69, // 1 -> i
  51: 0x65, // 3 -> e
  52: 0x61, // 4 -> a
  53: 0x73, // 5 -> s
  55: 0x74, // 7 -> t
  64: 0x61, // @ -> a
  36: 0x73, // $ -> s
};

/** Tokens with digits that are ordinary words, not leetspeak. */
const NOT_LEET = [
  /^\d+[a-z]{1,3}$/, // number + unit or ordinal: 2nd, 10th, 5pm, 100kg, 4k
  /^[a-z]+\d{2,}$/, // identifier + version: covid19, utf16, win10
  /^[a-z]{1,4}\d$/, // short model/format names: gpt4, mp3, h1, web3
  /^0x[0-9a-f]+$/, // hex literal
  /^[@$]/, // handles and variables: @user, $price
  /^[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z]/, // e-mail address
  /\d\.\d/, // version or decimal inside a token: v1.0, 3.5mm
];

/**
 * '-' ends a token, so "x@evil-mail.com" reaches the leet fold as "x@evil": an e-mail address cut
 * at a hyphenated domain, not leetspeak. (Cost: "p@ss-word" stays unfolded.)
 */
function isCutEmail(token: string, next: number): boolean {
  return next === 0x2d && token.includes("@");
}

/** A growable UTF-16 code-unit buffer with a parallel offset array. */
class Builder {
  units: Uint16Array;
  offs: Uint32Array;
  /** Latin replacement for mixed-script lookalikes (0 = none), parallel to units. */
  alt: Uint16Array;
  len = 0;
  constructor(capacity: number) {
    const c = Math.max(16, capacity);
    this.units = new Uint16Array(c);
    this.offs = new Uint32Array(c + 1);
    this.alt = new Uint16Array(c);
  }
  push(unit: number, off: number, alt = 0): void {
    if (this.len === this.units.length) this.grow();
    this.units[this.len] = unit;
    this.offs[this.len] = off;
    this.alt[this.len] = alt;
    this.len++;
  }
  last(): number {
    return this.len > 0 ? (this.units[this.len - 1] as number) : -1;
  }
  /** Empties the buffer for reuse, growing it to hold at least `capacity` units. */
  reset(capacity: number): this {
    this.len = 0;
    if (this.units.length < capacity) {
      this.units = new Uint16Array(capacity);
      this.offs = new Uint32Array(capacity + 1);
      this.alt = new Uint16Array(capacity);
    }
    return this;
  }
  private grow(): void {
    const c = this.units.length * 2;
    const u = new Uint16Array(c);
    u.set(this.units);
    const o = new Uint32Array(c + 1);
    o.set(this.offs);
    const a = new Uint16Array(c);
    a.set(this.alt);
    this.units = u;
    this.offs = o;
    this.alt = a;
  }
}

function isAsciiLetter(u: number): boolean {
  return u >= 0x61 && u <= 0x7a;
}
function isDigit(u: number): boolean {
  return u >= 0x30 && u <= 0x39;
}
/**
 * Characters that end a token for the word-level folds: spaces and ASCII punctuation other than
 * @, $ and '.' ('.' stays inside so an e-mail address is one token and is recognised as such).
 */
function isTokenBreak(u: number): boolean {
  if (u === 0x20) return true;
  if (u < 0x80) {
    if (isAsciiLetter(u) || isDigit(u) || u === 0x40 || u === 0x24 || u === 0x2e) return false;
    return true;
  }
  return false;
}

const decoderCache: { chunk: number } = { chunk: 8192 };

/**
 * Scratch builder shared by all calls (normalisation is synchronous and not re-entrant), so a call
 * allocates only what it returns: the folded string and its offsets. Per-call scratch arrays were
 * ~10 bytes per input character of short-lived typed-array memory, which made large inputs pay for
 * extra garbage collections (part of the 10 KiB → 100 KiB superlinear growth). Inputs above
 * MAX_SHARED_UNITS get a private builder so one huge request does not pin memory for ever.
 */
const MAX_SHARED_UNITS = 1 << 18;
const sharedBuilder = new Builder(4096);

function builderFor(capacity: number): Builder {
  return capacity <= MAX_SHARED_UNITS ? sharedBuilder.reset(capacity) : new Builder(capacity);
}

/**
 * offsets[i] = i, shared: the ASCII fast path without whitespace collapsing maps every folded
 * character to the same original offset, so it returns a view of this array instead of filling
 * a new one per call. Views are never written to (NormalizedText.offsets is read-only by contract).
 */
let identity = new Uint32Array(0);

function identityOffsets(n: number): Uint32Array {
  if (n > MAX_SHARED_UNITS) {
    const own = new Uint32Array(n + 1);
    for (let i = 0; i <= n; i++) own[i] = i;
    return own;
  }
  if (identity.length < n + 1) {
    const next = new Uint32Array(Math.max(n + 1, identity.length * 2, 4096));
    for (let i = 0; i < next.length; i++) next[i] = i;
    identity = next;
  }
  return identity.subarray(0, n + 1);
}

function unitsToString(units: Uint16Array, len: number): string {
  let s = "";
  for (let i = 0; i < len; i += decoderCache.chunk) {
    const end = Math.min(len, i + decoderCache.chunk);
    s += String.fromCharCode.apply(null, units.subarray(i, end) as unknown as number[]);
  }
  return s;
}

/**
 * Normalises text for rule matching (see NormalizedText for what is folded).
 *
 * Leetspeak is folded only inside tokens that mix letters with leet digits/symbols and do not
 * look like ordinary numbers, units or identifiers ("1gn0re" → "ignore", but "2024", "3.14",
 * "10th", "covid19" stay). Mixed-script lookalikes are folded only inside tokens that also contain
 * ASCII letters, so Russian and Greek text keeps its own letters.
 *
 * Never throws; lone surrogates are kept as they are.
 *
 * @param text the caller's original text
 */
export function normalize(text: string): NormalizedText {
  if (ASCII_ONLY.test(text)) return normalizeAscii(text);
  const signals = { invisible: 0, bidi: 0, tags: 0, homoglyphs: 0, leet: 0 };
  const n = text.length;
  const b = builderFor(n + 8);
  let wantWordPass = false;

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII fast path: the overwhelming majority of characters.
    if (c < 0x80) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        if (b.last() !== 0x20) b.push(0x20, i);
      } else if (c >= 0x41 && c <= 0x5a) {
        b.push(c + 32, i);
      } else {
        if (isDigit(c) || c === 0x40 || c === 0x24) wantWordPass = true;
        b.push(c, i);
      }
      i++;
      continue;
    }
    // Most other code units (CJK, Cyrillic, Arabic, accented letters) fold to one code unit with
    // no signal: one table read instead of the checks below (see plainFold).
    if (c < 0xd800 || c > 0xdfff) {
      const v = plainFold(c);
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (v > 0 && (next < 0x0300 || next > 0x036f)) {
        const alt = v >>> 16;
        if (alt !== 0) wantWordPass = true;
        b.push(v & 0xffff, i, alt);
        i++;
        continue;
      }
    }
    // Full code point (lone surrogates stay single units).
    let cp = c;
    let size = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        size = 2;
      }
    }
    if (isInvisible(cp)) {
      if (isSuspiciousInvisible(text, i, cp)) signals.invisible++;
      i += size;
      continue;
    }
    if (isBidi(cp)) {
      // LRM/RLM/ALM are ordinary in right-to-left text; only overrides and isolates are a signal.
      if (cp >= 0x202a) signals.bidi++;
      i += size;
      continue;
    }
    if (isTag(cp)) {
      if (!inFlagSequence(text, i)) signals.tags++;
      i += size;
      continue;
    }
    if (isSpace(cp)) {
      if (b.last() !== 0x20) b.push(0x20, i);
      i += size;
      continue;
    }
    const punct = PUNCTUATION.get(cp);
    if (punct !== undefined) {
      b.push(punct, i);
      i += size;
      continue;
    }
    const latin = LATIN_LOOKALIKES.get(cp);
    if (latin !== undefined) {
      // Dotless ı is an ordinary Turkish/Azerbaijani letter: folded, but not evidence of spoofing
      // (counting it put 70 of 95 Turkish benign texts into the uncertain band).
      if (cp !== 0x131) signals.homoglyphs++;
      b.push(latin, i);
      i += size;
      continue;
    }
    const mixed = MIXED_SCRIPT_LOOKALIKES.get(cp);
    if (mixed !== undefined) wantWordPass = true;
    // Take following combining diacritics with the base so NFKC can compose them.
    let end = i + size;
    while (end < n) {
      const m = text.charCodeAt(end);
      if (m >= 0x0300 && m <= 0x036f) end++;
      else break;
    }
    const out =
      size === 1 && end === i + 1 && (c < 0xd800 || c > 0xdfff)
        ? foldedUnit(c)
        : text.slice(i, end).normalize("NFKC").toLowerCase();
    for (let k = 0; k < out.length; k++) {
      const u = out.charCodeAt(k);
      if (u === 0x20 || (u >= 0x09 && u <= 0x0d)) {
        if (b.last() !== 0x20) b.push(0x20, i);
        continue;
      }
      if (isDigit(u) || u === 0x40 || u === 0x24) wantWordPass = true;
      // NFKC may produce upper case ASCII from compatibility forms; lower-casing handled it.
      b.push(u, i, k === 0 && mixed !== undefined ? mixed : 0);
    }
    i = end;
  }

  if (wantWordPass) foldWords(b, signals);

  const offsets = b.offs.slice(0, b.len + 1);
  offsets[b.len] = n;
  return { folded: unitsToString(b.units, b.len), offsets, signals };
}

/**
 * NFKC + lower-case of single BMP code units that take the general path (plainFold caches the
 * others), by code unit, filled as met. A pure function of the code unit, so caching it changes
 * nothing; calling String.prototype.normalize per character was most of the time normalize()
 * spent on CJK, Cyrillic or Arabic text (a string and an ICU call per character).
 */
const FOLDED_UNITS = new Map<number, string>();

/**
 * plainFold's table: blocks of 256 code units, allocated when a code unit of the block is first
 * met (a text uses a few blocks; the whole BMP would be 256 KiB).
 */
const PLAIN_FOLD: (Int32Array | undefined)[] = [];

/**
 * What normalize() does with a BMP code unit `c` (not a surrogate, no combining mark after it),
 * when that is only "append one folded code unit u": `u | alt << 16` (alt: its Latin look-alike
 * for the word pass, 0 if none), or −1 when it needs the general path (invisible, bidi, space,
 * Latin look-alike counted as a signal, NFKC to several units, a space, digit, '@' or '$').
 * A pure function of `c`, computed by the general path's own tests and cached.
 */
function plainFold(c: number): number {
  let block = PLAIN_FOLD[c >>> 8];
  if (block === undefined) {
    block = new Int32Array(256);
    PLAIN_FOLD[c >>> 8] = block;
  }
  let v = block[c & 0xff] as number;
  if (v === 0) {
    v = plainFoldOf(c);
    block[c & 0xff] = v;
  }
  return v;
}

function plainFoldOf(c: number): number {
  if (isInvisible(c) || isBidi(c) || isTag(c) || isSpace(c)) return -1;
  const punct = PUNCTUATION.get(c);
  if (punct !== undefined) return punct;
  if (LATIN_LOOKALIKES.has(c)) return -1;
  // Not foldedUnit(c): that cache is for the code units that take the general path.
  const out = String.fromCharCode(c).normalize("NFKC").toLowerCase();
  if (out.length !== 1) return -1;
  const u = out.charCodeAt(0);
  if (u === 0x20 || (u >= 0x09 && u <= 0x0d) || isDigit(u) || u === 0x40 || u === 0x24 || u === 0) return -1;
  return u | ((MIXED_SCRIPT_LOOKALIKES.get(c) ?? 0) << 16);
}

function foldedUnit(c: number): string {
  let out = FOLDED_UNITS.get(c);
  if (out === undefined) {
    out = String.fromCharCode(c).normalize("NFKC").toLowerCase();
    FOLDED_UNITS.set(c, out);
  }
  return out;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: an ASCII range test starts at NUL on purpose
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const NEEDS_COLLAPSE = /[\t\n\v\f\r]| {2}/;
const LEET_CHAR = /[013457@$]/g;

/**
 * Fast path for pure-ASCII text (most traffic): no NFKC, invisibles or lookalikes are possible,
 * so folding is lower-casing, whitespace collapsing and leetspeak, done with native string ops.
 */
function normalizeAscii(text: string): NormalizedText {
  const signals = { invisible: 0, bidi: 0, tags: 0, homoglyphs: 0, leet: 0 };
  const n = text.length;
  let folded = text.toLowerCase();
  let offsets: Uint32Array;
  if (!NEEDS_COLLAPSE.test(folded)) {
    offsets = identityOffsets(n);
  } else {
    const b = builderFor(n + 1);
    for (let i = 0; i < n; i++) {
      const c = folded.charCodeAt(i);
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        if (b.last() !== 0x20) b.push(0x20, i);
      } else b.push(c, i);
    }
    folded = unitsToString(b.units, b.len);
    offsets = b.offs.slice(0, b.len + 1);
    offsets[b.len] = n;
  }
  LEET_CHAR.lastIndex = 0;
  if (LEET_CHAR.test(folded)) folded = foldLeetAscii(folded, signals);
  return { folded, offsets, signals };
}

/** Leetspeak fold of ASCII folded text; 1:1 character replacement, so offsets are unchanged. */
function foldLeetAscii(folded: string, signals: NormalizedText["signals"]): string {
  let out = "";
  let copied = 0;
  LEET_CHAR.lastIndex = 0;
  let m: RegExpExecArray | null = LEET_CHAR.exec(folded);
  while (m !== null) {
    let s = m.index;
    while (s > 0 && !isTokenBreak(folded.charCodeAt(s - 1))) s--;
    let e = m.index + 1;
    while (e < folded.length && !isTokenBreak(folded.charCodeAt(e))) e++;
    const token = folded.slice(s, e);
    const replaced = isCutEmail(token, folded.charCodeAt(e)) ? null : foldLeetToken(token);
    if (replaced !== null) {
      out += folded.slice(copied, s) + replaced;
      copied = e;
      for (let k = 0; k < token.length; k++) if (token[k] !== replaced[k]) signals.leet++;
    }
    LEET_CHAR.lastIndex = e;
    m = LEET_CHAR.exec(folded);
  }
  return copied === 0 ? folded : out + folded.slice(copied);
}

/** Folds one lower-case ASCII token if it is leetspeak (see NOT_LEET); null when it stays. */
function foldLeetToken(token: string): string | null {
  if (token.length > 40) return null;
  let letters = 0;
  for (let k = 0; k < token.length; k++) {
    const u = token.charCodeAt(k);
    if (isAsciiLetter(u)) letters++;
    else if (u === 0x32 || u === 0x36 || u === 0x38 || u === 0x39) return null; // 2, 6, 8, 9: not leet
  }
  if (letters === 0 || NOT_LEET.some((re) => re.test(token))) return null;
  let out = "";
  for (let k = 0; k < token.length; k++) {
    const u = token.charCodeAt(k);
    const m = LEET[u];
    out += m !== undefined ? String.fromCharCode(m) : token[k];
  }
  return out;
}

/** Second pass: token-level folds that need to see the whole word (lookalikes, leetspeak). */
function foldWords(b: Builder, signals: NormalizedText["signals"]): void {
  const { units, alt } = b;
  const len = b.len;
  let s = 0;
  while (s < len) {
    if (isTokenBreak(units[s] as number)) {
      s++;
      continue;
    }
    let e = s;
    let ascii = 0;
    let lookalike = 0;
    let leetish = 0;
    let otherDigit = 0;
    while (e < len && !isTokenBreak(units[e] as number)) {
      const u = units[e] as number;
      if (isAsciiLetter(u)) ascii++;
      else if (alt[e] !== 0) lookalike++;
      else if (LEET[u] !== undefined) leetish++;
      else if (isDigit(u)) otherDigit++;
      e++;
    }
    if (lookalike > 0 && ascii > 0) {
      for (let k = s; k < e; k++) {
        const a = alt[k] as number;
        if (a !== 0) {
          units[k] = a;
          signals.homoglyphs++;
        }
      }
      ascii += lookalike;
    }
    if (leetish > 0 && ascii > 0 && otherDigit === 0 && e - s <= 40) {
      const token = String.fromCharCode.apply(null, units.subarray(s, e) as unknown as number[]);
      if (!NOT_LEET.some((re) => re.test(token)) && !isCutEmail(token, e < len ? (units[e] as number) : -1)) {
        for (let k = s; k < e; k++) {
          const m = LEET[units[k] as number];
          if (m !== undefined) {
            units[k] = m;
            signals.leet++;
          }
        }
      }
    }
    s = e;
  }
}
