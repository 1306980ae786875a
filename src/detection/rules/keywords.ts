/**
 * Keyword prefilter: one pass over the folded text finds which keywords occur, so that rules (and
 * classifier cues) whose keywords are absent — most of them, for most benign text — never run
 * their regex.
 *
 * The pass is an Aho–Corasick automaton: per code unit, one class lookup and, from the shallow
 * states, one transition lookup in a dense table, whatever the number of keywords (4–5× faster
 * than the single keyword alternation regex it replaced, which tried every position); deep states
 * are compact goto/failure records, which keeps the whole automaton small enough to stay in the
 * CPU caches between requests (see Tables). It reports exactly the keywords that occur as
 * substrings (overlapping occurrences included), as bytes and as a list (KeywordIndex.lastFound).
 *
 * Keywords made only of ASCII go into one automaton whose alphabet is their ASCII characters
 * (every other code unit returns it to the root); keywords holding a non-ASCII code unit go into a
 * second automaton (its alphabet is ~1,000 code units wide, so only about a hundred states have
 * dense rows) that runs only when the text holds a non-ASCII code unit.
 */

/**
 * The trie of `keywords` over classes, children as linked lists in typed arrays. Built from the
 * keywords sorted (natively): each keyword shares its longest common prefix with the previous
 * one, so no per-state child lookup is needed (a Map per state made building the rules' ASCII
 * automaton, ~37,000 states, a large part of an isolate's first request).
 */
interface Trie {
  /** Number of states (the root is 0). */
  size: number;
  /** First child of each state (−1: none), the next sibling of each state, its class, its depth. */
  firstChild: Int32Array;
  nextSibling: Int32Array;
  label: Int32Array;
  depth: Int32Array;
  /** Index in `groups` of the ids of the keyword ending at each state (−1: none). */
  endGroup: Int32Array;
  groups: readonly (readonly number[])[];
}

/**
 * @param keywords non-empty strings with their ids
 * @param classOf class of each code unit of the keywords (indexed by code unit)
 */
function buildTrie(keywords: readonly (readonly [string, number])[], classOf: Uint16Array): Trie {
  const idsOf = new Map<string, number[]>();
  // Indexed, not destructured: array destructuring runs the iterator protocol, slow in the
  // unoptimised code of an isolate's first request.
  for (let i = 0; i < keywords.length; i++) {
    const entry = keywords[i] as readonly [string, number];
    const ids = idsOf.get(entry[0]);
    if (ids === undefined) idsOf.set(entry[0], [entry[1]]);
    else ids.push(entry[1]);
  }
  const sorted = [...idsOf.keys()].sort(); // code-unit order
  let bound = 1; // states: at most one per code unit of the distinct keywords, plus the root
  for (const kw of sorted) bound += kw.length;
  const firstChild = new Int32Array(bound).fill(-1);
  const nextSibling = new Int32Array(bound).fill(-1);
  const label = new Int32Array(bound);
  const depth = new Int32Array(bound);
  const endGroup = new Int32Array(bound).fill(-1);
  const groups: number[][] = [];
  const path: number[] = [0]; // path[d]: the state at depth d on the previous keyword's path
  let size = 1;
  let prev = "";
  for (const kw of sorted) {
    let l = 0;
    const max = Math.min(kw.length, prev.length);
    while (l < max && kw.charCodeAt(l) === prev.charCodeAt(l)) l++;
    let s = path[l] as number;
    for (let i = l; i < kw.length; i++) {
      const next = size++;
      label[next] = classOf[kw.charCodeAt(i)] as number;
      depth[next] = i + 1;
      nextSibling[next] = firstChild[s] as number;
      firstChild[s] = next;
      path[i + 1] = next;
      s = next;
    }
    endGroup[s] = groups.push(idsOf.get(kw) as number[]) - 1;
    prev = kw;
  }
  return { size, firstChild, nextSibling, label, depth, endGroup, groups };
}

/**
 * Output lists in CSR form, by rank: for each state with output, its own keywords plus those along
 * its failure chain, which are its failure state's list (a shallower state, so a lower rank, whose
 * list is already written). A keyword ends at one state only, so no id repeats in a list.
 *
 * @param trie the trie (its endGroup and groups: the keywords ending at each trie node)
 * @param order trie node of each rank
 * @param fail failure state of each rank
 */
function outputLists(
  trie: Trie,
  order: Int32Array,
  fail: Int32Array,
): { outStart: Int32Array; outIds: Int32Array } {
  const { endGroup, groups } = trie;
  const n = order.length;
  const outStart = new Int32Array(n + 1);
  for (let r = 1; r < n; r++) {
    const g = endGroup[order[r] as number] as number;
    const f = fail[r] as number;
    const own = g === -1 ? 0 : (groups[g] as readonly number[]).length;
    outStart[r + 1] = (outStart[r] as number) + own + (outStart[f + 1] as number) - (outStart[f] as number);
  }
  const outIds = new Int32Array(outStart[n] as number);
  for (let r = 1; r < n; r++) {
    let at = outStart[r] as number;
    const g = endGroup[order[r] as number] as number;
    if (g !== -1) {
      const ids = groups[g] as readonly number[];
      for (let i = 0; i < ids.length; i++) outIds[at++] = ids[i] as number;
    }
    const f = fail[r] as number;
    for (let i = outStart[f] as number, e = outStart[f + 1] as number; i < e; i++)
      outIds[at++] = outIds[i] as number;
  }
  return { outStart, outIds };
}

/** State numbers: 16 bits while they fit (smaller tables, see Tables), else 32. */
type StateArray = Uint16Array | Uint32Array;

/**
 * Bytes of dense rows per automaton, given to the shallowest states (2,148 of the ASCII
 * automaton's 16-bit rows of 61 classes: 256 KiB).
 */
const DENSE_BYTES = 256 * 1024;

/**
 * The transition tables of an Aho–Corasick automaton: a dense DFA for the shallowest states,
 * goto/failure records for the deep ones.
 *
 * Why not dense throughout: the table is read once per code unit at a data-dependent address, so
 * what it costs is how much of it the rest of a request (regex code, classifier weights) leaves in
 * the CPU caches. Dense 32-bit rows for all ~33,000 states of the ASCII automaton took 7.8 MiB,
 * and inside analyze() the scan cost 4–5× what it cost in a loop of its own; the non-ASCII one,
 * with dense columns for its ASCII and 48 commonest other code units only, took 3.7 MiB. Past the
 * first few levels most states have one child at most (a few have more: a short list) and their
 * other transitions are their failure state's, so a deep state is a record (failure state, child
 * class, child) of 8 bytes, and the transition tables take ~0.5 MiB (ASCII) and ~0.35 MiB.
 * A step from a deep state that does not follow its child follows failure links down to a dense
 * state; each link is to a shallower state, so a scan stays linear (at most two steps per code
 * unit, amortised).
 */
interface Tables {
  /** States below this have dense rows: the shallowest, those with the most children first at each depth. */
  readonly denseStates: number;
  /**
   * Entries per dense row: the number of classes (class 0 included). Not rounded up to a power of
   * two: a row found by a multiply costs no more than by a shift here, and rounding would halve the
   * dense states of an alphabet just past one (the ASCII one has 61 classes).
   */
  readonly rowWidth: number;
  /** dense[state · rowWidth + class] = next state, for state < denseStates. */
  readonly dense: StateArray;
  /**
   * For a deep state s, at (s − denseStates) · 4: its failure state, its first child's class (0:
   * no child), that child, and 1 + the index of its other children in `more` (0: none).
   */
  readonly deep: StateArray;
  /** Children after the first of deep states with several: moreStart[j] .. moreStart[j + 1] in moreData as (class, child) pairs. */
  readonly moreStart: Int32Array;
  readonly moreData: StateArray;
  /** Bit s set when a keyword ends at state s (own or along its failure chain). */
  readonly outBits: Int32Array;
  /** outStart[s] .. outStart[s + 1]: ids of the keywords ending at state s (suffix links included). */
  readonly outStart: Int32Array;
  readonly outIds: Int32Array;
  /** Length of the longest keyword (the overlap needed when the text is scanned in two halves). */
  readonly maxLen: number;
}

/**
 * Builds the tables of the automaton of `keywords`.
 *
 * @param keywords non-empty strings with their ids
 * @param classOf class of each code unit of the keywords, 1 .. width − 1 (indexed by code unit)
 * @param width number of classes, class 0 (in no keyword) included
 */
function compileTables(
  keywords: readonly (readonly [string, number])[],
  classOf: Uint16Array,
  width: number,
): Tables {
  let maxLen = 0;
  for (let i = 0; i < keywords.length; i++)
    maxLen = Math.max(maxLen, (keywords[i] as readonly [string, number])[0].length);
  const trie = buildTrie(keywords, classOf);
  const { size: n, firstChild, nextSibling, label, depth, endGroup } = trie;
  if (width > 0x10000) throw new Error("keyword alphabet too large: classes are 16-bit");
  const rowWidth = width;
  const States = n <= 0x10000 ? Uint16Array : Uint32Array;

  // Ranks (states are numbered by rank from here on): depth by depth, and within a depth the
  // states with the most children first (then by trie number), so that the dense rows go where a
  // list would be longest. A failure state is shallower, so it always has a lower rank. Sorted by
  // counting: this runs on an isolate's first request.
  const kidCount = new Int32Array(n);
  let maxKids = 0;
  for (let s = 0; s < n; s++) {
    let k = 0;
    for (let c = firstChild[s] as number; c !== -1; c = nextSibling[c] as number) k++;
    kidCount[s] = k;
    if (k > maxKids) maxKids = k;
  }
  const key = new Int32Array(n);
  const bucket = new Int32Array((maxLen + 1) * (maxKids + 1) + 1);
  for (let s = 0; s < n; s++) {
    const k = (depth[s] as number) * (maxKids + 1) + maxKids - (kidCount[s] as number);
    key[s] = k;
    bucket[k + 1] = (bucket[k + 1] as number) + 1;
  }
  for (let b = 1; b < bucket.length; b++) bucket[b] = (bucket[b] as number) + (bucket[b - 1] as number);
  const order = new Int32Array(n); // trie node at each rank
  const rankOf = new Int32Array(n); // rank of each trie node
  for (let s = 0; s < n; s++) {
    const r = bucket[key[s] as number] as number;
    bucket[key[s] as number] = r + 1;
    order[r] = s;
    rankOf[s] = r;
  }

  // Failure links and output bits, by rank. Whether a state has output is known when it is
  // discovered: its own keywords, or its failure state's (discovered earlier, being shallower).
  // Dense rows (a state's row is its failure state's with its own children written over it) for
  // the first ranks only; a deeper state's failure state is found from its parent's, through the
  // same transition function.
  const denseStates = Math.max(
    1,
    Math.min(n, Math.floor(DENSE_BYTES / (rowWidth * States.BYTES_PER_ELEMENT))),
  );
  const dense = new States(denseStates * rowWidth);
  const fail = new Int32Array(n);
  const hasOut = new Uint8Array(n);
  // Children of each rank, as (class, rank) pairs in kids[kidStart[q] .. kidStart[q + 1]).
  const kidStart = new Int32Array(n + 1);
  for (let q = 0; q < n; q++)
    kidStart[q + 1] = (kidStart[q] as number) + 2 * (kidCount[order[q] as number] as number);
  const kids = new Int32Array(kidStart[n] as number);
  for (let q = 0, j = 0; q < n; q++) {
    for (let c = firstChild[order[q] as number] as number; c !== -1; c = nextSibling[c] as number) {
      kids[j++] = label[c] as number;
      kids[j++] = rankOf[c] as number;
    }
  }
  for (let q = 0; q < n; q++) {
    const f = fail[q] as number;
    if (q !== 0 && q < denseStates) dense.copyWithin(q * rowWidth, f * rowWidth, f * rowWidth + width);
    for (let j = kidStart[q] as number, e = kidStart[q + 1] as number; j < e; j += 2) {
      const k = kids[j] as number;
      const r = kids[j + 1] as number;
      // The failure state of r: the transition on k from f, through f's own failure links
      // (inline: a closure call per state cost more than the step on an isolate's first request).
      let fr = 0;
      if (q !== 0)
        for (let s = f; ; ) {
          if (s < denseStates) {
            fr = dense[s * rowWidth + k] as number;
            break;
          }
          let to = -1;
          for (let i = kidStart[s] as number, e2 = kidStart[s + 1] as number; i < e2; i += 2)
            if (kids[i] === k) {
              to = kids[i + 1] as number;
              break;
            }
          if (to >= 0) {
            fr = to;
            break;
          }
          s = fail[s] as number;
        }
      fail[r] = fr;
      hasOut[r] = endGroup[order[r] as number] !== -1 || hasOut[fr] === 1 ? 1 : 0;
      if (q < denseStates) dense[q * rowWidth + k] = r;
    }
  }
  const deep = new States(Math.max(0, n - denseStates) * 4);
  const moreStart: number[] = [0];
  const moreData: number[] = [];
  for (let r = denseStates; r < n; r++) {
    const o = (r - denseStates) * 4;
    const from = kidStart[r] as number;
    const end = kidStart[r + 1] as number;
    deep[o] = fail[r] as number;
    if (end > from) {
      deep[o + 1] = kids[from] as number;
      deep[o + 2] = kids[from + 1] as number;
    }
    if (end - from > 2) {
      deep[o + 3] = moreStart.length; // < n: at most one list per state
      for (let j = from + 2; j < end; j++) moreData.push(kids[j] as number);
      moreStart.push(moreData.length);
    }
  }
  const outBits = new Int32Array((n + 31) >>> 5);
  for (let r = 0; r < n; r++)
    if (hasOut[r] === 1) outBits[r >>> 5] = (outBits[r >>> 5] as number) | (1 << (r & 31));
  const out = outputLists(trie, order, fail);
  return {
    denseStates,
    rowWidth,
    dense,
    deep,
    moreStart: Int32Array.from(moreStart),
    moreData: States.from(moreData),
    outBits,
    outStart: out.outStart,
    outIds: out.outIds,
    maxLen,
  };
}

/** The transition from deep state `s` on class `k` (see Tables). */
function deepStep(t: Tables, s: number, k: number): number {
  const deep = t.deep;
  const denseStates = t.denseStates;
  for (;;) {
    const o = (s - denseStates) << 2;
    if (deep[o + 1] === k) return deep[o + 2] as number;
    const more = deep[o + 3] as number;
    if (more !== 0) {
      const data = t.moreData;
      for (let j = t.moreStart[more - 1] as number, e = t.moreStart[more] as number; j < e; j += 2) {
        if (data[j] === k) return data[j + 1] as number;
      }
    }
    s = deep[o] as number;
    if (s < denseStates) return t.dense[s * t.rowWidth + k] as number;
  }
}

/** Size of one automaton's tables, for diagnostics (KeywordIndex.stats). */
export interface AutomatonStats {
  states: number;
  denseStates: number;
  /** 2 while the states fit 16-bit numbers (≤ 65,536), else 4. */
  stateBytes: number;
  /** Class, transition and output tables, in bytes. */
  bytes: number;
}

function tableStats(t: Tables, classTables: readonly Uint16Array[]): AutomatonStats {
  let bytes = 0;
  for (const a of [t.dense, t.deep, t.moreStart, t.moreData, t.outBits, t.outStart, t.outIds, ...classTables])
    bytes += a.byteLength;
  return {
    states: t.outStart.length - 1,
    denseStates: t.denseStates,
    stateBytes: t.dense.BYTES_PER_ELEMENT,
    bytes,
  };
}

/** Marks in `hits` the keywords ending at `state`. */
function markState(t: Tables, state: number, hits: KeywordHits): void {
  markOutputs(t.outIds, t.outStart[state] as number, t.outStart[state + 1] as number, hits);
}

/**
 * The text length below which a scan takes one stream: the two-stream overlap would eat most of
 * the gain (and short texts are cheap anyway). With no keyword (maxLen 0) two streams would not
 * meet: a single stream reads every code unit.
 */
function singleStream(t: Tables, n: number): boolean {
  return n < 4 * t.maxLen + 64 || t.maxLen === 0;
}

/**
 * An Aho–Corasick automaton over the code units of its keywords. A code unit's class comes from a
 * 128-entry table for ASCII or, for the others, a two-level table (only the 256-unit blocks that
 * hold a keyword's code unit; none for an automaton of ASCII keywords, where every non-ASCII code
 * unit is class 0 and returns it to the root).
 *
 * KeywordIndex builds two: one of the ASCII keywords (an alphabet of ~60 code units, 61-entry dense
 * rows for ~2,150 states), and one of the keywords holding a non-ASCII code unit (~2,000 keywords,
 * ~1,100 distinct code units, ~10,500 states: a dense row is 2.1 KiB, so only the root and the ~120
 * shallow states with the most children have one), which runs only on text holding a non-ASCII
 * code unit.
 */
class Automaton {
  /**
   * Class of an ASCII code unit (0 = in no keyword). Classes are 16-bit in every instance, and
   * state numbers too unless an automaton has over 65,536 states (the engine's have ~33,000 and
   * ~10,500): one element type per field keeps the scan loop monomorphic (mixed typed-array types
   * made it 3× slower).
   */
  private readonly asciiClass: Uint16Array;
  /** Class of a non-ASCII code unit c (0 = in no keyword): blocks[blockOf[c >> 8] · 256 + (c & 255)]. */
  private readonly blockOf: Uint16Array;
  private readonly blocks: Uint16Array;
  private readonly t: Tables;

  /** @param keywords non-empty strings with their ids */
  constructor(keywords: readonly (readonly [string, number])[]) {
    const unitClass = new Uint16Array(0x10000); // while building only
    let width = 1;
    const blockIds = new Map<number, number>();
    for (let j = 0; j < keywords.length; j++) {
      const kw = (keywords[j] as readonly [string, number])[0];
      for (let i = 0; i < kw.length; i++) {
        const c = kw.charCodeAt(i);
        if (unitClass[c] !== 0) continue;
        unitClass[c] = width++;
        if (c >= 0x80 && !blockIds.has(c >> 8)) blockIds.set(c >> 8, blockIds.size + 1);
      }
    }
    this.asciiClass = unitClass.slice(0, 0x80);
    this.blockOf = new Uint16Array(256);
    this.blocks = new Uint16Array((blockIds.size + 1) * 256); // block 0: all class 0
    for (const [hi, b] of blockIds) {
      this.blockOf[hi] = b;
      this.blocks.set(unitClass.subarray(hi << 8, (hi + 1) << 8), b << 8);
    }
    this.t = compileTables(keywords, unitClass, width);
  }

  stats(): AutomatonStats {
    return tableStats(this.t, [this.asciiClass, this.blockOf, this.blocks]);
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
   * by both are marked twice, which is harmless. Together they read every code unit, so the
   * result is exact too.
   *
   * @returns true when the text holds a non-ASCII code unit
   */
  scan(text: string, hits: KeywordHits): boolean {
    const t = this.t;
    const asciiClass = this.asciiClass;
    const blockOf = this.blockOf;
    const blocks = this.blocks;
    const width = t.rowWidth;
    const dense = t.dense;
    const nDense = t.denseStates;
    const outBits = t.outBits;
    const n = text.length;
    let high = 0; // OR of every code unit read: ≥ 0x80 when one was not ASCII
    let from = 0; // where the single-stream loop below starts
    let s = 0;
    if (!singleStream(t, n)) {
      const mid = n >>> 1;
      const offB = mid - (t.maxLen - 1);
      let sa = 0;
      let sb = 0;
      for (let i = 0; i < mid; i++) {
        const ca = text.charCodeAt(i);
        const cb = text.charCodeAt(offB + i);
        high |= ca | cb;
        const ka = (
          ca < 0x80 ? asciiClass[ca] : blocks[((blockOf[ca >> 8] as number) << 8) | (ca & 255)]
        ) as number;
        const kb = (
          cb < 0x80 ? asciiClass[cb] : blocks[((blockOf[cb >> 8] as number) << 8) | (cb & 255)]
        ) as number;
        // Class 0 (a code unit in no keyword) always leads back to the root.
        sa = ka === 0 ? 0 : sa < nDense ? (dense[Math.imul(sa, width) + ka] as number) : deepStep(t, sa, ka);
        sb = kb === 0 ? 0 : sb < nDense ? (dense[Math.imul(sb, width) + kb] as number) : deepStep(t, sb, kb);
        if (((outBits[sa >>> 5] as number) & (1 << (sa & 31))) !== 0) markState(t, sa, hits);
        if (((outBits[sb >>> 5] as number) & (1 << (sb & 31))) !== 0) markState(t, sb, hits);
      }
      // The rest of stream B (it is maxLen − 1 code units longer than A, plus the odd one).
      from = offB + mid;
      s = sb;
    }
    for (let i = from; i < n; i++) {
      const c = text.charCodeAt(i);
      high |= c;
      const k = (c < 0x80 ? asciiClass[c] : blocks[((blockOf[c >> 8] as number) << 8) | (c & 255)]) as number;
      s = k === 0 ? 0 : s < nDense ? (dense[Math.imul(s, width) + k] as number) : deepStep(t, s, k);
      if (((outBits[s >>> 5] as number) & (1 << (s & 31))) !== 0) markState(t, s, hits);
    }
    return high >= 0x80;
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
  /** True when the scanned text holds a non-ASCII code unit. */
  nonAscii: boolean;
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
  private wide: Automaton | undefined;
  private wideKeywords: [string, number][] = [];

  /**
   * @param keywords non-empty, already folded keywords; ids are their indices (a keyword may
   *   repeat: a scan marks every id it has)
   */
  constructor(keywords: readonly string[]) {
    for (const kw of keywords) if (kw.length === 0) throw new Error("empty keyword");
    this.keywords = keywords;
    this.lastFound = {
      bytes: new Uint8Array(0),
      ids: new Int32Array(keywords.length),
      count: 0,
      nonAscii: false,
    };
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
   * Sizes of the two automata (building them if not built yet), for diagnostics: the bench prints
   * them, and a unit test keeps the engine's within 16-bit state numbers.
   */
  stats(): { ascii: AutomatonStats; wide: AutomatonStats } {
    const ascii = this.ascii ?? this.build();
    this.wide ??= new Automaton(this.wideKeywords);
    return { ascii: ascii.stats(), wide: this.wide.stats() };
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
    hits.nonAscii = nonAscii;
    if (nonAscii && this.wideKeywords.length > 0) {
      this.wide ??= new Automaton(this.wideKeywords);
      this.wide.scan(text, hits);
    }
    return found;
  }
}
