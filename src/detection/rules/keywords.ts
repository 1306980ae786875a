/**
 * Keyword prefilter: one pass over the folded text finds which keywords occur, so that rules (and
 * classifier cues) whose keywords are absent — most of them, for most benign text — never run
 * their regex.
 *
 * The pass is an Aho–Corasick automaton compiled to a dense DFA: per code unit, one class lookup
 * and one transition lookup, whatever the number of keywords (about 2 ns per character in V8,
 * 4–5× faster than the single keyword alternation regex it replaced, which tried every position).
 * It reports exactly the keywords that occur as substrings (overlapping occurrences included).
 *
 * Keywords made only of ASCII go into one automaton whose alphabet is their ASCII characters
 * (every other code unit returns it to the root); keywords holding a non-ASCII code unit go into a
 * second automaton that runs only when the text holds a non-ASCII code unit, so neither table is
 * large (≈ 0.4 MB in all for the rules and cues).
 */

/** A dense Aho–Corasick DFA over a small alphabet. */
class Automaton {
  /**
   * Class of a code unit (0 = in no keyword), for code units below classes.length. Uint16Array
   * and Int32Array in every instance: one element type per field keeps the scan loop monomorphic
   * (mixed typed-array types made it 3× slower).
   */
  private readonly classes: Uint16Array;
  /** Number of classes (row width of `delta`). */
  private readonly width: number;
  /**
   * delta[row + class] = next state's row · 2 + 1 when a keyword ends there, where row = state ·
   * width (pre-multiplied, so the loop does no multiplication).
   */
  private readonly delta: Int32Array;
  /** outStart[s] .. outStart[s + 1]: ids of the keywords ending at state s (suffix links included). */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  /** Length of the longest keyword (the overlap needed when the text is scanned in two halves). */
  private readonly maxLen: number;

  /**
   * @param keywords non-empty strings with their ids
   * @param wide true when the alphabet may hold any code unit (class table of 65,536 entries);
   *   false for ASCII-only keywords (table of 128 entries, other code units are class 0)
   */
  constructor(keywords: readonly (readonly [string, number])[], wide: boolean) {
    // Alphabet.
    const classOf = new Map<number, number>();
    for (const [kw] of keywords) {
      for (let i = 0; i < kw.length; i++) {
        const c = kw.charCodeAt(i);
        if (!classOf.has(c)) classOf.set(c, classOf.size + 1);
      }
    }
    const width = classOf.size + 1;
    let maxLen = 0;
    for (const [kw] of keywords) maxLen = Math.max(maxLen, kw.length);
    this.maxLen = maxLen;
    this.classes = new Uint16Array(wide ? 0x10000 : 0x80);
    for (const [c, k] of classOf) this.classes[c] = k;
    this.width = width;

    // Trie.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    for (const [kw, id] of keywords) {
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const k = classOf.get(kw.charCodeAt(i)) as number;
        let next = (children[s] as Map<number, number>).get(k);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ends.push([]);
          (children[s] as Map<number, number>).set(k, next);
        }
        s = next;
      }
      (ends[s] as number[]).push(id);
    }
    const n = children.length;
    if (n * width * 2 >= 0x80000000) throw new Error("keyword automaton too large");

    // Breadth-first: failure links and the dense transition rows (a state's row is its failure
    // state's row with its own children written over it), written directly in the scan encoding
    // (next row · 2 + has-output bit). Whether a state has output is known when it is discovered:
    // its own keywords, or its failure state's (discovered earlier, being shallower).
    const delta = new Int32Array(n * width);
    const fail = new Int32Array(n);
    const hasOut = new Uint8Array(n);
    const enc = (state: number): number => state * width * 2 + (hasOut[state] as number);
    const order: number[] = [0];
    for (const [k, child] of children[0] as Map<number, number>) {
      hasOut[child] = (ends[child] as number[]).length > 0 ? 1 : 0;
      delta[k] = enc(child);
      order.push(child);
    }
    for (let q = 1; q < order.length; q++) {
      const s = order[q] as number;
      const f = fail[s] as number;
      delta.copyWithin(s * width, f * width, f * width + width);
      for (const [k, child] of children[s] as Map<number, number>) {
        const fc = (delta[f * width + k] as number) >> 1;
        fail[child] = fc / width;
        hasOut[child] = (ends[child] as number[]).length > 0 || hasOut[fail[child] as number] === 1 ? 1 : 0;
        delta[s * width + k] = enc(child);
        order.push(child);
      }
    }
    this.delta = delta;
    // Output lists (own keywords plus those along the failure chain), for output states only.
    this.outStart = new Int32Array(n + 1);
    const ids: number[] = [];
    for (let s = 0; s < n; s++) {
      this.outStart[s] = ids.length;
      if (hasOut[s] === 0) continue;
      const own = new Set<number>();
      for (let t = s; t !== 0; t = fail[t] as number) for (const id of ends[t] as number[]) own.add(id);
      for (const id of own) ids.push(id);
    }
    this.outStart[n] = ids.length;
    this.outIds = Int32Array.from(ids);
  }

  /**
   * Marks found[id] = 1 for every keyword occurring in `text`.
   *
   * A DFA is bound by the latency of its dependent table loads (each state is needed to find the
   * next), not by throughput. So a long enough text is scanned as two independent streams stepped
   * in the same loop, which the CPU overlaps: stream A over [0, mid), stream B from mid − (maxLen −
   * 1) to the end, both from the root. An automaton started from the root at p reports exactly the
   * occurrences that start at p or later, so B reports every keyword ending at mid or later (it
   * starts at most maxLen − 1 before its end) and A every one ending before mid; occurrences seen
   * by both are marked twice, which is harmless. Together they read every code unit, so `outside`
   * is exact too.
   *
   * @returns true when the text holds a code unit outside this automaton's class table (for the
   *   ASCII automaton: a non-ASCII code unit)
   */
  scan(text: string, found: Uint8Array): boolean {
    const n = text.length;
    // Below this the overlap would eat most of the gain (and short texts are cheap anyway).
    if (n < 4 * this.maxLen + 64) return this.scanRange(text, 0, n, found);
    const classes = this.classes;
    const limit = classes.length;
    const width = this.width;
    const delta = this.delta;
    const mid = n >>> 1;
    const offB = mid - (this.maxLen - 1);
    let outside = false;
    let rowA = 0;
    let rowB = 0;
    for (let i = 0; i < mid; i++) {
      const ca = text.charCodeAt(i);
      const cb = text.charCodeAt(offB + i);
      let ka = 0;
      let kb = 0;
      if (ca < limit) ka = classes[ca] as number;
      else outside = true;
      if (cb < limit) kb = classes[cb] as number;
      else outside = true;
      const ta = delta[rowA + ka] as number;
      const tb = delta[rowB + kb] as number;
      rowA = ta >> 1;
      rowB = tb >> 1;
      if (((ta | tb) & 1) !== 0) {
        if ((ta & 1) !== 0) this.mark(rowA / width, found);
        if ((tb & 1) !== 0) this.mark(rowB / width, found);
      }
    }
    // The rest of stream B (it is maxLen − 1 code units longer than A, plus the odd one).
    for (let i = offB + mid; i < n; i++) {
      const c = text.charCodeAt(i);
      let k = 0;
      if (c < limit) k = classes[c] as number;
      else outside = true;
      const t = delta[rowB + k] as number;
      rowB = t >> 1;
      if ((t & 1) !== 0) this.mark(rowB / width, found);
    }
    return outside;
  }

  /** Single-stream scan of text[start, end) from the root; see scan(). */
  private scanRange(text: string, start: number, end: number, found: Uint8Array): boolean {
    const classes = this.classes;
    const limit = classes.length;
    const width = this.width;
    const delta = this.delta;
    let outside = false;
    let row = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      let k = 0;
      if (c < limit) k = classes[c] as number;
      else outside = true;
      const t = delta[row + k] as number;
      row = t >> 1;
      if ((t & 1) !== 0) this.mark(row / width, found);
    }
    return outside;
  }

  private mark(state: number, found: Uint8Array): void {
    const ids = this.outIds;
    for (let j = this.outStart[state] as number, b = this.outStart[state + 1] as number; j < b; j++) {
      found[ids[j] as number] = 1;
    }
  }
}

export class KeywordIndex {
  readonly keywords: readonly string[];
  /** Built on first scan (module load stays cheap for callers that never scan). */
  private ascii: Automaton | undefined;
  /** Keywords holding a non-ASCII code unit (built when a text first holds a non-ASCII code unit). */
  private wide: Automaton | undefined;
  private wideKeywords: [string, number][] = [];

  /**
   * @param keywords non-empty, already folded keywords; ids are their indices (a keyword may
   *   repeat: a scan marks every id it has)
   */
  constructor(keywords: readonly string[]) {
    for (const kw of keywords) if (kw.length === 0) throw new Error("empty keyword");
    this.keywords = keywords;
  }

  private build(): Automaton {
    const asciiKw: [string, number][] = [];
    const wideKw: [string, number][] = [];
    this.keywords.forEach((kw, id) => {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: an ASCII range test starts at NUL on purpose
      (/^[\x00-\x7f]*$/.test(kw) ? asciiKw : wideKw).push([kw, id]);
    });
    this.wideKeywords = wideKw;
    this.ascii = new Automaton(asciiKw, false);
    return this.ascii;
  }

  /**
   * Marks the ids of keywords present in `text`.
   *
   * @param text the folded text
   * @param found optional output buffer (at least keywords.length bytes; cleared here)
   * @returns a byte per keyword id, 1 when present
   */
  scan(text: string, found: Uint8Array = new Uint8Array(this.keywords.length)): Uint8Array {
    found.fill(0);
    const ascii = this.ascii ?? this.build();
    const nonAscii = ascii.scan(text, found);
    if (nonAscii && this.wideKeywords.length > 0) {
      this.wide ??= new Automaton(this.wideKeywords, true);
      this.wide.scan(text, found);
    }
    return found;
  }
}
