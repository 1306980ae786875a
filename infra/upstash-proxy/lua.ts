/**
 * Makes Upstash-flavoured Lua scripts run on open-source Redis 7.
 *
 * @upstash/ratelimit >= 2.1 starts its scripts with `#!lua flags=allow-key-locking`; Redis 7
 * rejects unknown shebang flags ("Unexpected flag in script shebang"). We drop the flags Redis
 * does not know. The client addresses scripts by the SHA-1 of the ORIGINAL text (EVALSHA first,
 * EVAL on NOSCRIPT), while Redis caches the REWRITTEN text under another SHA-1: we remember
 * original → rewritten so that EVALSHA, SCRIPT LOAD and SCRIPT EXISTS all use the client's hash.
 */
import { createHash } from "node:crypto";
import type { RespValue } from "./resp";

/** Shebang flags that Redis 7 understands (https://redis.io/docs/latest/develop/interact/programmability/lua-api/). */
const REDIS_FLAGS = new Set(["no-writes", "allow-oom", "allow-stale", "no-cluster", "allow-cross-slot-keys"]);

const SHEBANG = /^#!lua([^\n]*)/;

function sha1(text: Buffer | string): string {
  return createHash("sha1").update(text).digest("hex");
}

/**
 * Removes shebang flags Redis does not know. When no known flag remains, the whole shebang line
 * goes (its newline stays, so line numbers in Lua errors still match the original): a bare
 * `#!lua` would switch Redis to the stricter flagged-script mode that the original never asked for.
 * Returns `null` when nothing needs changing.
 */
export function stripUnknownShebangFlags(script: string): string | null {
  const shebang = SHEBANG.exec(script);
  if (!shebang) return null;
  const options = (shebang[1] ?? "").trim().split(/\s+/).filter(Boolean);
  let changed = false;
  const kept: string[] = [];
  for (const option of options) {
    if (!option.startsWith("flags=")) {
      kept.push(option);
      continue;
    }
    const flags = option.slice("flags=".length).split(",").filter(Boolean);
    const known = flags.filter((flag) => REDIS_FLAGS.has(flag));
    if (known.length !== flags.length) changed = true;
    if (known.length > 0) kept.push(`flags=${known.join(",")}`);
  }
  if (!changed) return null;
  const rest = script.slice(shebang[0].length);
  return kept.length === 0 ? rest : `#!lua ${kept.join(" ")}${rest}`;
}

/** A command after rewriting, plus how to adjust its reply back to what the client expects. */
export interface PreparedCommand {
  args: Buffer[];
  mapReply?: (reply: RespValue) => RespValue;
}

/** Rewrites script commands; keeps the original→rewritten SHA map for the proxy's lifetime. */
export class ScriptRewriter {
  private readonly rewrittenSha = new Map<string, string>();

  /** Rewrites EVAL/EVALSHA(_RO) and SCRIPT LOAD/EXISTS; any other command passes unchanged. */
  prepare(args: Buffer[]): PreparedCommand {
    const name = args[0]?.toString("latin1").toLowerCase();
    const second = args[1];
    if (!name || !second) return { args };
    if (name === "eval" || name === "eval_ro") {
      return { args: [args[0] as Buffer, this.rewriteScript(second).script, ...args.slice(2)] };
    }
    if (name === "evalsha" || name === "evalsha_ro") {
      const mapped = this.rewrittenSha.get(second.toString("latin1").toLowerCase());
      return mapped ? { args: [args[0] as Buffer, Buffer.from(mapped), ...args.slice(2)] } : { args };
    }
    if (name === "script") return this.prepareScript(args);
    return { args };
  }

  private prepareScript(args: Buffer[]): PreparedCommand {
    const sub = args[1]?.toString("latin1").toLowerCase();
    const body = args[2];
    if (sub === "load" && body && args.length === 3) {
      const { script, originalSha } = this.rewriteScript(body);
      // Redis answers with the rewritten text's hash; the client must get the hash it computed.
      return {
        args: [args[0] as Buffer, args[1] as Buffer, script],
        mapReply: () => Buffer.from(originalSha),
      };
    }
    if (sub === "exists") {
      const hashes = args.slice(2).map((hash) => {
        const mapped = this.rewrittenSha.get(hash.toString("latin1").toLowerCase());
        return mapped ? Buffer.from(mapped) : hash;
      });
      return { args: [args[0] as Buffer, args[1] as Buffer, ...hashes] };
    }
    return { args };
  }

  private rewriteScript(original: Buffer): { script: Buffer; originalSha: string } {
    const originalSha = sha1(original);
    const stripped = stripUnknownShebangFlags(original.toString("utf8"));
    if (stripped === null) return { script: original, originalSha };
    this.rewrittenSha.set(originalSha, sha1(stripped));
    return { script: Buffer.from(stripped, "utf8"), originalSha };
  }
}
