/**
 * Corpus loading for training, with the two keys an honest split needs:
 * - `group`: records that must land on the same side of any split (BIPIA clean/injected twins,
 *   translations of one XSafety prompt, exact duplicates);
 * - `repo`: the originating repository, the unit of cross-source evaluation.
 */
import { type CorpusRecord, corpusFiles, groupKey, loadCorpus } from "../lib/corpus";

/** A corpus record with its split keys. */
export interface TrainRecord extends CorpusRecord {
  group: string;
  repo: string;
  y: 0 | 1;
}

/** Chars compared at each end of a BIPIA document to find its clean twin. */
const TWIN_EDGE = 60;

/**
 * BIPIA injected documents are clean documents with one attack inserted at the start, middle or
 * end, so each shares its first or last TWIN_EDGE characters with its clean twin. Group them under
 * the clean document; an injected document whose twin was not found keeps its own group.
 */
function bipiaGroups(recs: readonly CorpusRecord[]): Map<CorpusRecord, string> {
  const out = new Map<CorpusRecord, string>();
  const byPrefix = new Map<string, string>();
  const bySuffix = new Map<string, string>();
  const clean = recs.filter((r) => r.file === "bipia.jsonl" && r.label === "benign");
  for (const r of clean) {
    const key = `bipia:${r.text.slice(0, TWIN_EDGE)}|${r.text.slice(-TWIN_EDGE)}`;
    out.set(r, key);
    byPrefix.set(r.text.slice(0, TWIN_EDGE), key);
    bySuffix.set(r.text.slice(-TWIN_EDGE), key);
  }
  for (const r of recs) {
    if (r.file !== "bipia.jsonl" || r.label !== "injection") continue;
    const key = byPrefix.get(r.text.slice(0, TWIN_EDGE)) ?? bySuffix.get(r.text.slice(-TWIN_EDGE));
    out.set(r, key ?? `bipia-orphan:${r.text}`);
  }
  return out;
}

/**
 * XSafety and XCOPA rows with the same `#<idx>` are translations of one English item in different languages,
 * so they share a group (Tatoeba line numbers are per language file and are not aligned).
 */
function mlGroup(r: CorpusRecord): string | undefined {
  if (r.file === "xsafety.jsonl") {
    // Same file (language directory and _n suffix removed) and same row = one prompt's translations.
    const m = /:[a-z]+\/([A-Za-z_]+?)(?:_n)?\.(?:csv|xlsx)#(\d+)$/.exec(r.source);
    return m ? `xsafety:${m[1]}#${m[2]}` : undefined;
  }
  if (r.file !== "ml_xcopa.jsonl") return undefined;
  const hash = r.source.lastIndexOf("#");
  const split = /\/(val|test)\./.exec(r.source)?.[1] ?? "";
  return hash >= 0 ? `xcopa:${split}#${r.source.slice(hash + 1)}` : undefined;
}

/**
 * The unit of cross-source evaluation: the repository (`owner/repo:path` → `owner/repo`); for the
 * project's own synthetic data (`synthetic:<file>#n`) and the rules' development probes
 * (`dev:<file>#<pair>`) the file, since each was written to its own brief (data/synthetic/README.md,
 * data/rules-dev/README.md).
 */
export function repoOf(source: string): string {
  if (source.startsWith("synthetic:") || source.startsWith("dev:")) return source.split("#")[0] as string;
  return source.split(":")[0] ?? source;
}

/**
 * True for a text of data/rules-dev (`dev:<name>#<n>`, one name per file): the rules were written
 * while reading them.
 */
export function isRulesDevProbe(r: CorpusRecord): boolean {
  return r.source.startsWith("dev:");
}

/**
 * Loads every `*.jsonl` of each of `dirs` (sorted by name within a directory, directories in the
 * order given, so the order — and the training — is deterministic) and attaches split keys.
 */
export function loadTrainingCorpus(...dirs: string[]): TrainRecord[] {
  const recs = loadCorpus(dirs.flatMap(corpusFiles));
  const bipia = bipiaGroups(recs);
  return recs.map((r) => ({
    ...r,
    group: bipia.get(r) ?? mlGroup(r) ?? groupKey(r),
    repo: repoOf(r.source),
    y: r.label === "injection" ? 1 : 0,
  }));
}

/** How many BIPIA injected documents were matched to a clean twin (reported by the script). */
export function bipiaTwinStats(recs: readonly TrainRecord[]): { matched: number; orphans: number } {
  let matched = 0;
  let orphans = 0;
  for (const r of recs) {
    if (r.file !== "bipia.jsonl" || r.y !== 1) continue;
    if (r.group.startsWith("bipia-orphan:")) orphans++;
    else matched++;
  }
  return { matched, orphans };
}
