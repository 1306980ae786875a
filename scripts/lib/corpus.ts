/**
 * Loading of the labelled JSONL corpus (see /work/shared/data/SOURCES.md).
 *
 * One JSON object per line: `text`, `label` (injection|benign), `category`, `source`, `lang`.
 * Shared by the evaluation script, the benchmarks and the classifier training scripts, so the
 * exported API is kept stable: add fields, don't rename them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";

/** Binary label of a corpus record. */
export type Label = "injection" | "benign";

/** One labelled text of the corpus. */
export interface CorpusRecord {
  text: string;
  label: Label;
  /** Fine-grained category, e.g. direct_injection, jailbreak, prompt_leak, indirect, benign_hard. */
  category: string;
  /** Origin: `owner/repo:path[#row]`. */
  source: string;
  /** ISO 639-1 language code (heuristic for some sources). */
  lang: string;
  /** Base name of the file the record came from (e.g. `garak.jsonl`). */
  file: string;
  /** 1-based line number in that file. */
  line: number;
}

/** Thrown when a line of a corpus file is not a valid record. */
export class CorpusFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = "CorpusFormatError";
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Parses JSONL content into records. Blank lines are skipped; any malformed line throws a
 * CorpusFormatError (silently skipping would bias the metrics).
 *
 * @param content the file's text
 * @param file name stored in each record's `file` field and used in error messages
 */
export function parseCorpus(content: string, file = "<memory>"): CorpusRecord[] {
  const out: CorpusRecord[] = [];
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]?.trim();
    if (!raw) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch (e) {
      throw new CorpusFormatError(file, i + 1, `invalid JSON (${(e as Error).message})`);
    }
    if (!isObject(obj)) throw new CorpusFormatError(file, i + 1, "not a JSON object");
    const { text, label, category, source, lang } = obj;
    if (typeof text !== "string") throw new CorpusFormatError(file, i + 1, "`text` must be a string");
    if (label !== "injection" && label !== "benign") {
      throw new CorpusFormatError(file, i + 1, "`label` must be injection|benign");
    }
    out.push({
      text,
      label,
      category: typeof category === "string" ? category : "",
      source: typeof source === "string" ? source : "",
      lang: typeof lang === "string" ? lang : "",
      file,
      line: i + 1,
    });
  }
  return out;
}

/**
 * Reads one JSONL corpus file.
 *
 * @param path path of the `.jsonl` file
 * @returns its records, in file order
 */
export function loadCorpusFile(path: string): CorpusRecord[] {
  return parseCorpus(readFileSync(path, "utf8"), basename(path));
}

/**
 * The `*.jsonl` files of a corpus directory, sorted by name (so whatever reads them in this order
 * is deterministic).
 *
 * @param dir a directory of JSONL corpus files
 */
export function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Reads several JSONL corpus files and concatenates their records (in argument order).
 *
 * @param paths paths of `.jsonl` files
 */
export function loadCorpus(paths: readonly string[]): CorpusRecord[] {
  return paths.flatMap((p) => loadCorpusFile(p));
}

/**
 * Group key for leakage-free splits: XSafety and the ml_* sources suffix `source` with `#<row>`
 * shared by the translations of one prompt, so the key is the source without the language part
 * of its path plus that row. Everything else is grouped by its own text (BIPIA callers should
 * group by document themselves; see SOURCES.md).
 */
export function groupKey(r: CorpusRecord): string {
  const hash = r.source.lastIndexOf("#");
  if (hash >= 0 && r.file === "xsafety.jsonl") return `${r.file}#${r.source.slice(hash + 1)}`;
  return `${r.file}:${r.text}`;
}
