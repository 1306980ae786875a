/**
 * Keyword prefilter: one pass over the folded text finds which keywords occur, so that rules (and
 * classifier cues) whose keywords are absent — most of them, for most benign text — never run
 * their regex.
 *
 * The pass is an Aho–Corasick automaton: per code unit, one class lookup and, from the shallow
 * states, one transition lookup in a dense table, whatever the number of keywords (4–5× faster
 * than the single keyword alternation regex it replaced, which tried every position); deep states
 * are compact goto/failure records, which keeps the whole automaton small enough to stay in the
 * CPU caches between requests (see Automaton). It reports exactly the keywords that occur as
 * substrings (overlapping occurrences included), as bytes and as a list (KeywordIndex.lastFound).
 *
 * Keywords made only of ASCII go into one automaton whose alphabet is their ASCII characters
 * (every other code unit returns it to the root); keywords holding a non-ASCII code unit go into a
 * second, sparse automaton (SparseAutomaton: its alphabet is ~1,000 code units wide, too wide for
 * dense rows) that runs only when the text holds a non-ASCII code unit.
 */

/**
 * The trie of `keywords` over classes, children as linked lists in plain arrays. Built from the
 * keywords sorted (natively): each keyword shares its longest common prefix with the previous
 * one, so no per-state child lookup is needed (a Map per state made building the rules' ASCII
 * automaton, ~33,000 states, a large part of an isolate's first request).
 */
interface Trie {
  /** First child of each state (−1: none), the next sibling of each state, its class. */
  firstChild: number[];
  nextSibling: number[];
  label: number[];
  /** Ids of the keywords ending at each state (undefined: none). */
  ends: (number[] | undefined)[];
}

/**
 * @param keywords non-empty strings with their ids
 * @param classOf class of each code unit of the keywords (indexed by code unit)
 */
function buildTrie(keywords: readonly (readonly [string, number])[], classOf: Uint16Array): Trie {
  const idsOf = new Map<string, number[]>();
  for (const [kw, id] of keywords) {
    const ids = idsOf.get(kw);
    if (ids === undefined) idsOf.set(kw, [id]);
    else ids.push(id);
  }
  const sorted = [...idsOf.keys()].sort(); // code-unit order
  const firstChild: number[] = [-1];
  const nextSibling: number[] = [-1];
  const label: number[] = [0];
  const ends: (number[] | undefined)[] = [undefined];
  const path: number[] = [0]; // path[d]: the state at depth d on the previous keyword's path
  let prev = "";
  for (const kw of sorted) {
    let l = 0;
    const max = Math.min(kw.length, prev.length);
    while (l < max && kw.charCodeAt(l) === prev.charCodeAt(l)) l++;
    let s = path[l] as number;
    for (let i = l; i < kw.length; i++) {
      const next = label.length;
      label.push(classOf[kw.charCodeAt(i)] as number);
      firstChild.push(-1);
      nextSibling.push(firstChild[s] as number);
      firstChild[s] = next;
      ends.push(undefined);
      path[i + 1] = next;
      s = next;
    }
    ends[s] = idsOf.get(kw);
    prev = kw;
  }
  return { firstChild, nextSibling, label, ends };
}

/**
 * Output lists in CSR form: for each state with output, its own keywords plus those along its
 * failure chain.
 */
function outputLists(
  ends: readonly (number[] | undefined)[],
  fail: Int32Array,
  hasOut: Uint8Array,
): { outStart: Int32Array; outIds: Int32Array } {
  const n = ends.length;
  const outStart = new Int32Array(n + 1);
  const ids: number[] = [];
  const own = new Set<number>();
  for (let s = 0; s < n; s++) {
    outStart[s] = ids.length;
    if (hasOut[s] === 0) continue;
    own.clear();
    for (let t = s; t !== 0; t = fail[t] as number) for (const id of ends[t] ?? []) own.add(id);
    for (const id of own) ids.push(id);
  }
  outStart[n] = ids.length;
  return { outStart, outIds: Int32Array.from(ids) };
}

/** State numbers: 16 bits while they fit (smaller tables, see Automaton), else 32. */
type StateArray = Uint16Array | Uint32Array;

/**
 * Shallow states (at most this many, breadth-first) get dense transition rows in Automaton; deeper
 * ones a small record. 2,048 rows of 64 16-bit entries are 256 KiB.
 */
const DENSE_STATES = 2048;

/**
 * An Aho–Corasick automaton over a small alphabet (the ASCII keywords): a dense DFA for the shallow
 * states, goto/failure records for the deep ones.
 *
 * Why not dense throughout: the table is read once per code unit at a data-dependent address, so
 * what it costs is how much of it the rest of a request (regex code, classifier weights) leaves in
 * the CPU caches. Dense 32-bit rows for all ~33,000 states took 7.8 MiB, and inside analyze() the
 * scan cost 4–5× what it cost in a loop of its own. Past the first few levels most states have one
 * child at most (a few have more: a short list) and their other transitions are their failure
 * state's, so a deep state is a record (failure state, child class, child) of 8 bytes, and the
 * transition tables take ~0.5 MiB.
 * A step from a deep state that does not follow its child follows failure links down to a dense
 * state; each link is to a shallower state, so a scan stays linear (at most two steps per code
 * unit, amortised).
 */
class Automaton {
  /**
   * Class of a code unit (0 = in no keyword), for code units below classes.length. One element
   * type per field in every instance keeps the scan loop monomorphic (mixed typed-array types made
   * it 3× slower); only an automaton of over 65,536 states (the engine's has ~33,000) needs 32-bit
   * state numbers.
   */
  private readonly classes: Uint16Array;
  /** log2 of the row width of `dense` (the number of classes, rounded up to a power of two). */
  private readonly shift: number;
  /** States below this (the shallowest, breadth-first) have dense rows. */
  private readonly denseStates: number;
  /** dense[(state << shift) + class] = next state, for state < denseStates. */
  private readonly dense: StateArray;
  /**
   * For a deep state s, at (s − denseStates) · 4: its failure state, its first child's class (0:
   * no child), that child, and 1 + the index of its other children in `more` (0: none).
   */
  private readonly deep: StateArray;
  /** Children after the first of deep states with several: moreStart[j] .. moreStart[j + 1] in moreData as (class, child) pairs. */
  private readonly moreStart: Int32Array;
  private readonly moreData: StateArray;
  /** Bit s set when a keyword ends at state s (own or along its failure chain). */
  private readonly outBits: Int32Array;
  /** outStart[s] .. outStart[s + 1]: ids of the keywords ending at state s (suffix links included). */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  /** Length of the longest keyword (the overlap needed when the text is scanned in two halves). */
  private readonly maxLen: number;

  /**
   * @param keywords non-empty ASCII strings with their ids (class table of 128 entries, other code
   *   units are class 0)
   */
  constructor(keywords: readonly (readonly [string, number])[]) {
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
    this.classes = new Uint16Array(0x80);
    for (const [c, k] of classOf) this.classes[c] = k;

    const { firstChild, nextSibling, label, ends } = buildTrie(keywords, this.classes);
    const n = label.length;
    if (n * width >= 0x80000000) throw new Error("keyword automaton too large");
    const States = n <= 0x10000 ? Uint16Array : Uint32Array;

    // Breadth-first ranks (states are numbered by rank from here on), failure links and output
    // bits. Whether a state has output is known when it is discovered: its own keywords, or its
    // failure state's (discovered earlier, being shallower). Dense rows (a state's row is its
    // failure state's with its own children written over it) for the shallow ranks only; a
    // deeper state's failure state is found from its parent's, through the same transition function.
    let shift = 0;
    while (1 << shift < width) shift++;
    this.shift = shift;
    const order = new Int32Array(n); // trie node at each rank
    const rankOf = new Int32Array(n); // rank of each trie node
    let tail = 1;
    for (let q = 0; q < tail; q++) {
      for (let c = firstChild[order[q] as number] as number; c !== -1; c = nextSibling[c] as number) {
        rankOf[c] = tail;
        order[tail++] = c;
      }
    }
    const denseStates = Math.min(n, DENSE_STATES);
    this.denseStates = denseStates;
    const dense = new States(denseStates << shift);
    const fail = new Int32Array(n);
    const hasOut = new Uint8Array(n);
    // Children of each rank, as (class, rank) lists.
    const kids: number[][] = Array.from({ length: n }, () => []);
    for (let q = 0; q < n; q++) {
      for (let c = firstChild[order[q] as number] as number; c !== -1; c = nextSibling[c] as number)
        (kids[q] as number[]).push(label[c] as number, rankOf[c] as number);
    }
    const step = (s: number, k: number): number => {
      for (;;) {
        if (s < denseStates) return dense[(s << shift) + k] as number;
        const ks = kids[s] as number[];
        for (let j = 0; j < ks.length; j += 2) if (ks[j] === k) return ks[j + 1] as number;
        s = fail[s] as number;
      }
    };
    for (let q = 0; q < n; q++) {
      const f = fail[q] as number;
      if (q !== 0 && q < denseStates) dense.copyWithin(q << shift, f << shift, (f << shift) + width);
      const ks = kids[q] as number[];
      for (let j = 0; j < ks.length; j += 2) {
        const k = ks[j] as number;
        const r = ks[j + 1] as number;
        const fr = q === 0 ? 0 : step(f, k);
        fail[r] = fr;
        hasOut[r] = ends[order[r] as number] !== undefined || hasOut[fr] === 1 ? 1 : 0;
        if (q < denseStates) dense[(q << shift) + k] = r;
      }
    }
    this.dense = dense;
    const deep = new States(Math.max(0, n - denseStates) * 4);
    const moreStart: number[] = [0];
    const moreData: number[] = [];
    for (let r = denseStates; r < n; r++) {
      const o = (r - denseStates) * 4;
      const ks = kids[r] as number[];
      deep[o] = fail[r] as number;
      if (ks.length > 0) {
        deep[o + 1] = ks[0] as number;
        deep[o + 2] = ks[1] as number;
      }
      if (ks.length > 2) {
        deep[o + 3] = moreStart.length; // < n: at most one list per state
        for (let j = 2; j < ks.length; j++) moreData.push(ks[j] as number);
        moreStart.push(moreData.length);
      }
    }
    this.deep = deep;
    this.moreStart = Int32Array.from(moreStart);
    this.moreData = States.from(moreData);
    const outBits = new Int32Array((n + 31) >>> 5);
    for (let r = 0; r < n; r++)
      if (hasOut[r] === 1) outBits[r >>> 5] = (outBits[r >>> 5] as number) | (1 << (r & 31));
    this.outBits = outBits;
    const out = outputLists(
      Array.from(order, (st) => ends[st]),
      fail,
      hasOut,
    );
    this.outStart = out.outStart;
    this.outIds = out.outIds;
  }

  /** The transition from deep state `s` on class `k` (see the class comment). */
  private deepStep(s: number, k: number): number {
    const deep = this.deep;
    const denseStates = this.denseStates;
    for (;;) {
      const o = (s - denseStates) << 2;
      if (deep[o + 1] === k) return deep[o + 2] as number;
      const more = deep[o + 3] as number;
      if (more !== 0) {
        const data = this.moreData;
        for (let j = this.moreStart[more - 1] as number, e = this.moreStart[more] as number; j < e; j += 2) {
          if (data[j] === k) return data[j + 1] as number;
        }
      }
      s = deep[o] as number;
      if (s < denseStates) return this.dense[(s << this.shift) + k] as number;
    }
  }

  /**
   * Marks in `hits` every keyword occurring in `text`.
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
  scan(text: string, hits: KeywordHits): boolean {
    const n = text.length;
    // Below this the overlap would eat most of the gain (and short texts are cheap anyway). With no
    // keyword (maxLen 0) the two streams would not meet: a single stream reads every code unit.
    if (n < 4 * this.maxLen + 64 || this.maxLen === 0) return this.scanRange(text, 0, n, hits);
    const classes = this.classes;
    const limit = classes.length;
    const shift = this.shift;
    const dense = this.dense;
    const denseStates = this.denseStates;
    const outBits = this.outBits;
    const mid = n >>> 1;
    const offB = mid - (this.maxLen - 1);
    let outside = false;
    let sa = 0;
    let sb = 0;
    for (let i = 0; i < mid; i++) {
      const ca = text.charCodeAt(i);
      const cb = text.charCodeAt(offB + i);
      let ka = 0;
      let kb = 0;
      if (ca < limit) ka = classes[ca] as number;
      else outside = true;
      if (cb < limit) kb = classes[cb] as number;
      else outside = true;
      // Class 0 (a code unit in no keyword) always leads back to the root.
      sa = ka === 0 ? 0 : sa < denseStates ? (dense[(sa << shift) + ka] as number) : this.deepStep(sa, ka);
      sb = kb === 0 ? 0 : sb < denseStates ? (dense[(sb << shift) + kb] as number) : this.deepStep(sb, kb);
      if (((outBits[sa >>> 5] as number) & (1 << (sa & 31))) !== 0) this.mark(sa, hits);
      if (((outBits[sb >>> 5] as number) & (1 << (sb & 31))) !== 0) this.mark(sb, hits);
    }
    // The rest of stream B (it is maxLen − 1 code units longer than A, plus the odd one).
    return this.scanRange(text, offB + mid, n, hits, sb) || outside;
  }

  /** Single-stream scan of text[start, end) from state `s` (default: the root); see scan(). */
  private scanRange(text: string, start: number, end: number, hits: KeywordHits, s = 0): boolean {
    const classes = this.classes;
    const limit = classes.length;
    const shift = this.shift;
    const dense = this.dense;
    const denseStates = this.denseStates;
    const outBits = this.outBits;
    let outside = false;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      let k = 0;
      if (c < limit) k = classes[c] as number;
      else outside = true;
      s = k === 0 ? 0 : s < denseStates ? (dense[(s << shift) + k] as number) : this.deepStep(s, k);
      if (((outBits[s >>> 5] as number) & (1 << (s & 31))) !== 0) this.mark(s, hits);
    }
    return outside;
  }

  private mark(state: number, hits: KeywordHits): void {
    markOutputs(this.outIds, this.outStart[state] as number, this.outStart[state + 1] as number, hits);
  }
}

/**
 * An Aho–Corasick automaton over a large alphabet: the non-ASCII keywords (~2,000 keywords, ~1,000
 * distinct code units, ~10,000 states). A dense DFA over it needs a row as wide as the alphabet per
 * state and a 65,536-entry class table (≈ 40 MB, 50–90 ms to build). Here:
 * - ASCII code units (most of the text, even non-English: spaces, digits, Latin letters of
 *   French or Spanish keywords) and the DENSE_NON_ASCII most frequent other code units (accented
 *   Latin, Cyrillic, ...) have dense columns: one load per code unit, as in the ASCII automaton;
 * - a non-ASCII code unit's class comes from a two-level table (only the 256-unit blocks that hold
 *   a keyword's code unit); without a dense column, its transition comes from the state's short
 *   sorted list of transitions that differ from the root's (its own children over its failure
 *   state's list, a few entries at most states), else from the root's row.
 * Same transitions as the dense DFA, so the same keywords found; ≈ 3.5 MB, built in ~20 ms.
 */
/**
 * Non-ASCII code units with dense columns in SparseAutomaton (the most frequent in the keywords:
 * accented Latin, Cyrillic, ...): a row costs 4 bytes more per column, a code unit without one a
 * short list search per step.
 */
const DENSE_NON_ASCII = 48;

class SparseAutomaton {
  /** Class of an ASCII code unit (0 = in no keyword). */
  private readonly asciiClass: Uint16Array;
  /** Class of a non-ASCII code unit c (0 = in no keyword): blocks[blockOf[c >> 8] · 256 + (c & 255)]. */
  private readonly blockOf: Uint16Array;
  private readonly blocks: Uint16Array;
  /** Row width of `delta`: the dense classes (class 0 included), then two columns (see delta). */
  private readonly width: number;
  /**
   * Per state, a row: delta[row + class] for a dense class is the next state's row · 2 + has-output
   * bit (rows pre-multiplied, as in Automaton; root and excNext use the same encoding);
   * delta[row + width − 2] .. delta[row + width − 1] is the range of the state's other
   * transitions that differ from the root's, in excClass / excNext, sorted by class (a few at
   * most states: its own children over its failure state's list).
   */
  private readonly delta: Int32Array;
  /** The root's transition per (non-ASCII) class. */
  private readonly root: Int32Array;
  private readonly excClass: Int32Array;
  private readonly excNext: Int32Array;
  /** outStart[s] .. outStart[s + 1]: ids of the keywords ending at state s (suffix links included). */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  /** Length of the longest keyword (the overlap needed when the text is scanned in two halves). */
  private readonly maxLen: number;

  /** @param keywords non-empty strings with their ids */
  constructor(keywords: readonly (readonly [string, number])[]) {
    // Classes: the ASCII code units, then the DENSE_NON_ASCII most frequent others (both with dense
    // columns), then the rest (by frequency: occurrences in the keywords).
    const freq = new Map<number, number>();
    for (const [kw] of keywords)
      for (let i = 0; i < kw.length; i++) freq.set(kw.charCodeAt(i), (freq.get(kw.charCodeAt(i)) ?? 0) + 1);
    const sorted = [...freq.keys()].sort((a, b) =>
      a < 0x80 !== b < 0x80
        ? a < 0x80
          ? -1
          : 1
        : (freq.get(b) as number) - (freq.get(a) as number) || a - b,
    );
    const classOf = new Map<number, number>();
    for (const c of sorted) classOf.set(c, classOf.size + 1);
    const width = classOf.size + 1;
    const ascii = sorted.filter((c) => c < 0x80).length;
    const aw = 1 + ascii + Math.min(DENSE_NON_ASCII, sorted.length - ascii); // dense columns
    const rw = aw + 2; // row width
    this.width = rw;
    let maxLen = 0;
    for (const [kw] of keywords) maxLen = Math.max(maxLen, kw.length);
    this.maxLen = maxLen;
    this.asciiClass = new Uint16Array(0x80);
    const blockIds = new Map<number, number>();
    for (const c of sorted) {
      if (c < 0x80) this.asciiClass[c] = classOf.get(c) as number;
      else if (!blockIds.has(c >> 8)) blockIds.set(c >> 8, blockIds.size + 1);
    }
    this.blockOf = new Uint16Array(256);
    this.blocks = new Uint16Array((blockIds.size + 1) * 256); // block 0: all class 0
    for (const [hi, b] of blockIds) this.blockOf[hi] = b;
    for (const c of sorted)
      if (c >= 0x80)
        this.blocks[(blockIds.get(c >> 8) as number) * 256 + (c & 255)] = classOf.get(c) as number;

    const unitClass = new Uint16Array(0x10000); // while building only
    for (const [c, k] of classOf) unitClass[c] = k;
    const { firstChild, nextSibling, label, ends } = buildTrie(keywords, unitClass);
    // Child of state s on class k: edge.get(s · width + k) (for the failure links).
    const edge = new Map<number, number>();
    for (let c = 1; c < label.length; c++) {
      for (let d = firstChild[c] as number; d !== -1; d = nextSibling[d] as number)
        edge.set(c * width + (label[d] as number), d);
    }
    for (let d = firstChild[0] as number; d !== -1; d = nextSibling[d] as number)
      edge.set(label[d] as number, d);
    const n = label.length;
    if (n * rw * 2 >= 0x80000000) throw new Error("keyword automaton too large");

    // Breadth-first: failure links and has-output bits (a failure state is shallower: done first).
    const fail = new Int32Array(n);
    const hasOut = new Uint8Array(n);
    const order = new Int32Array(n);
    let tail = 1;
    for (let q = 0; q < tail; q++) {
      const s = order[q] as number;
      for (let c = firstChild[s] as number; c !== -1; c = nextSibling[c] as number) {
        order[tail++] = c;
        let f = 0;
        if (s !== 0) {
          for (let t = fail[s] as number; ; t = fail[t] as number) {
            const g = edge.get(t * width + (label[c] as number));
            if (g !== undefined) {
              f = g;
              break;
            }
            if (t === 0) break;
          }
        }
        fail[c] = f;
        hasOut[c] = ends[c] !== undefined || hasOut[f] === 1 ? 1 : 0;
      }
    }
    const enc = (state: number): number => state * rw * 2 + (hasOut[state] as number);

    // Dense ASCII rows and the non-ASCII exception lists, in breadth-first order: a state's row is
    // its failure state's with its own children written over it.
    const delta = new Int32Array(n * rw);
    this.root = new Int32Array(width);
    const excC: number[][] = new Array(n);
    const excN: number[][] = new Array(n);
    const kids: number[] = [];
    for (let q = 0; q < n; q++) {
      const s = order[q] as number;
      if (s !== 0) delta.copyWithin(s * rw, (fail[s] as number) * rw, (fail[s] as number) * rw + aw);
      kids.length = 0;
      for (let c = firstChild[s] as number; c !== -1; c = nextSibling[c] as number) {
        const k = label[c] as number;
        if (k < aw) delta[s * rw + k] = enc(c);
        else if (s === 0) this.root[k] = enc(c);
        else kids.push(c);
      }
      if (s === 0) {
        excC[0] = [];
        excN[0] = [];
        continue;
      }
      kids.sort((x, y) => (label[x] as number) - (label[y] as number));
      const fc = excC[fail[s] as number] as number[];
      const fn = excN[fail[s] as number] as number[];
      const cls: number[] = [];
      const nxt: number[] = [];
      let i = 0;
      let j = 0;
      while (i < kids.length || j < fc.length) {
        const ki = i < kids.length ? (label[kids[i] as number] as number) : 0x7fffffff;
        const kj = j < fc.length ? (fc[j] as number) : 0x7fffffff;
        if (ki <= kj) {
          cls.push(ki);
          nxt.push(enc(kids[i++] as number));
          if (ki === kj) j++;
        } else {
          cls.push(kj);
          nxt.push(fn[j++] as number);
        }
      }
      excC[s] = cls;
      excN[s] = nxt;
    }
    let total = 0;
    for (let s = 0; s < n; s++) total += (excC[s] as number[]).length;
    this.excClass = new Int32Array(total);
    this.excNext = new Int32Array(total);
    total = 0;
    for (let s = 0; s < n; s++) {
      const cls = excC[s] as number[];
      delta[s * rw + aw] = total;
      delta[s * rw + aw + 1] = total + cls.length;
      this.excClass.set(cls, total);
      this.excNext.set(excN[s] as number[], total);
      total += cls.length;
    }
    this.delta = delta;

    const out = outputLists(ends, fail, hasOut);
    this.outStart = out.outStart;
    this.outIds = out.outIds;
  }

  /** The transition from the state at `row` on non-ASCII code unit `c` (encoded as in delta). */
  private nonAscii(row: number, c: number): number {
    const k = this.blocks[((this.blockOf[c >> 8] as number) << 8) | (c & 255)] as number;
    if (k < this.width - 2) return this.delta[row + k] as number; // a dense column (0: no keyword)
    const excClass = this.excClass;
    let j = this.delta[row + this.width - 2] as number;
    const end = this.delta[row + this.width - 1] as number;
    while (j < end && (excClass[j] as number) < k) j++;
    return j < end && excClass[j] === k ? (this.excNext[j] as number) : (this.root[k] as number);
  }

  /**
   * Marks in `hits` every keyword occurring in `text`: two streams stepped in the same
   * loop on long texts, as Automaton.scan (see there).
   */
  scan(text: string, hits: KeywordHits): void {
    const n = text.length;
    if (n < 4 * this.maxLen + 64) {
      this.scanRange(text, 0, n, hits);
      return;
    }
    const asciiClass = this.asciiClass;
    const delta = this.delta;
    const mid = n >>> 1;
    const offB = mid - (this.maxLen - 1);
    let rowA = 0;
    let rowB = 0;
    for (let i = 0; i < mid; i++) {
      const ca = text.charCodeAt(i);
      const cb = text.charCodeAt(offB + i);
      const ta = ca < 0x80 ? (delta[rowA + (asciiClass[ca] as number)] as number) : this.nonAscii(rowA, ca);
      const tb = cb < 0x80 ? (delta[rowB + (asciiClass[cb] as number)] as number) : this.nonAscii(rowB, cb);
      rowA = ta >> 1;
      rowB = tb >> 1;
      if (((ta | tb) & 1) !== 0) {
        if ((ta & 1) !== 0) this.mark(rowA, hits);
        if ((tb & 1) !== 0) this.mark(rowB, hits);
      }
    }
    this.scanRange(text, offB + mid, n, hits, rowB);
  }

  /** Single-stream scan of text[start, end) from the state at `row` (default: the root). */
  private scanRange(text: string, start: number, end: number, hits: KeywordHits, row = 0): void {
    const asciiClass = this.asciiClass;
    const delta = this.delta;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      const t = c < 0x80 ? (delta[row + (asciiClass[c] as number)] as number) : this.nonAscii(row, c);
      row = t >> 1;
      if ((t & 1) !== 0) this.mark(row, hits);
    }
  }

  private mark(row: number, hits: KeywordHits): void {
    const state = row / this.width;
    markOutputs(this.outIds, this.outStart[state] as number, this.outStart[state + 1] as number, hits);
  }
}

/**
 * What a scan found: a byte per keyword id (1: present), and the ids present, each once, in the
 * order first found. The list lets a consumer visit the few keywords present (about 20 of 10,000
 * in a typical text) instead of testing every byte.
 */
export interface KeywordHits {
  bytes: Uint8Array;
  ids: Int32Array;
  count: number;
}

/** Marks ids[from .. to) present, listing those not present before. */
function markOutputs(ids: Int32Array, from: number, to: number, hits: KeywordHits): void {
  const bytes = hits.bytes;
  for (let j = from; j < to; j++) {
    const id = ids[j] as number;
    if (bytes[id] === 0) {
      bytes[id] = 1;
      hits.ids[hits.count++] = id;
    }
  }
}

export class KeywordIndex {
  readonly keywords: readonly string[];
  /**
   * The last scan's result (valid until the next scan; `bytes` is the buffer that scan filled,
   * which holds exactly the listed ids unless the caller set other bytes of it since).
   */
  readonly lastFound: KeywordHits;
  /** Built on first scan (module load stays cheap for callers that never scan). */
  private ascii: Automaton | undefined;
  /** Keywords holding a non-ASCII code unit (built when a text first holds a non-ASCII code unit). */
  private wide: SparseAutomaton | undefined;
  private wideKeywords: [string, number][] = [];

  /**
   * @param keywords non-empty, already folded keywords; ids are their indices (a keyword may
   *   repeat: a scan marks every id it has)
   */
  constructor(keywords: readonly string[]) {
    for (const kw of keywords) if (kw.length === 0) throw new Error("empty keyword");
    this.keywords = keywords;
    this.lastFound = { bytes: new Uint8Array(0), ids: new Int32Array(keywords.length), count: 0 };
  }

  private build(): Automaton {
    const asciiKw: [string, number][] = [];
    const wideKw: [string, number][] = [];
    this.keywords.forEach((kw, id) => {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: an ASCII range test starts at NUL on purpose
      (/^[\x00-\x7f]*$/.test(kw) ? asciiKw : wideKw).push([kw, id]);
    });
    this.wideKeywords = wideKw;
    this.ascii = new Automaton(asciiKw);
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
    const hits = this.lastFound;
    hits.bytes = found;
    hits.count = 0;
    const ascii = this.ascii ?? this.build();
    const nonAscii = ascii.scan(text, hits);
    if (nonAscii && this.wideKeywords.length > 0) {
      this.wide ??= new SparseAutomaton(this.wideKeywords);
      this.wide.scan(text, hits);
    }
    return found;
  }
}
