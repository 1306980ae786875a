/**
 * Open-source npm prompt-injection detectors that run offline, wrapped as yes/no detectors so
 * `npm run eval -- --compare` can score them on the same texts, in the same process, as ours.
 * They live in bench/peers/ (their own package.json), so the Worker never depends on them.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** A detector under comparison: `flags(text)` says whether it would block the text. */
export interface PeerDetector {
  name: string;
  version: string;
  flags(text: string): Promise<boolean>;
}

const PEERS_DIR = resolve(import.meta.dirname, "../../bench/peers");

/** The command that installs the peers, for error messages. */
export const INSTALL_PEERS = "npm --prefix bench/peers install";

interface Manifest {
  version: string;
  main?: string;
  module?: string;
  exports?: { ".": { import?: string } | string };
}

/** The ES module entry of an installed peer (packages differ in how they declare it). */
function entryOf(directory: string, manifest: Manifest): string {
  const root = manifest.exports?.["."];
  const relative =
    (typeof root === "string" ? root : root?.import) ?? manifest.module ?? manifest.main ?? "index.js";
  return resolve(directory, relative);
}

async function importPeer<T>(name: string): Promise<{ module: T; version: string }> {
  const directory = resolve(PEERS_DIR, "node_modules", name);
  const manifest = JSON.parse(readFileSync(resolve(directory, "package.json"), "utf8")) as Manifest;
  const module = (await import(pathToFileURL(entryOf(directory, manifest)).href)) as T;
  return { module, version: manifest.version };
}

interface VardModule {
  default: (text: string) => string;
}

interface GuardResult {
  results: { valid: boolean; details: { rule?: string }[] }[];
}

interface LlmGuardModule {
  LLMGuard: new (options: Record<string, boolean>) => { validate(text: string): Promise<GuardResult> };
}

/** @andersmyrmel/vard: throws PromptInjectionError on what it blocks (default preset). */
async function vard(): Promise<PeerDetector> {
  const { module, version } = await importPeer<VardModule>("@andersmyrmel/vard");
  return {
    name: "@andersmyrmel/vard",
    version,
    async flags(text) {
      try {
        module.default(text);
        return false;
      } catch (error) {
        if (error instanceof Error && /injection/i.test(error.name + error.constructor.name)) return true;
        throw error;
      }
    },
  };
}

/**
 * llm-guard: only its jailbreak and prompt-injection guards count (it also runs PII, profanity,
 * relevance and toxicity guards, which are not injection verdicts).
 */
async function llmGuard(): Promise<PeerDetector> {
  const { module, version } = await importPeer<LlmGuardModule>("llm-guard");
  const guard = new module.LLMGuard({
    pii: false,
    profanity: false,
    relevance: false,
    toxicity: false,
    jailbreak: true,
    promptInjection: true,
  });
  return {
    name: "llm-guard",
    version,
    async flags(text) {
      const result = await guard.validate(text);
      return result.results.some(
        (part) =>
          !part.valid && part.details.some((detail) => /injection|jailbreak/i.test(detail.rule ?? "")),
      );
    },
  };
}

/**
 * Loads every peer detector.
 * @throws Error with the install command when bench/peers has not been installed.
 */
export async function loadPeers(): Promise<PeerDetector[]> {
  if (!existsSync(resolve(PEERS_DIR, "node_modules"))) {
    throw new Error(`the peer detectors are not installed: run \`${INSTALL_PEERS}\` first`);
  }
  return Promise.all([vard(), llmGuard()]);
}
