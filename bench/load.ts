/**
 * Load benchmark (`npm run bench:load`): the design's scenario scaled to this machine — many
 * concurrent clients, several tenants, a Zipf mix of repeated and new prompts with some
 * injections — against the Worker in Miniflare (esbuild bundle) with the real Redis path
 * (redis-server behind the Upstash REST proxy), plus a trivial route as the in-run baseline.
 *
 *   npm run bench:load -- [--clients 64] [--tenants 8] [--seconds 20] [--micro-seconds 10]
 *     [--warmup 3] [--zipf-s 1.0] [--universe 20000] [--injection-share 0.15] [--seed 42]
 *     [--data ../shared/data] [--scenarios health,cached,uncached,mix,mix-hf] [--out FILE.md]
 *
 * Scenarios (each: warm-up, then a measured window; the order is fixed, health runs first and
 * last so drift during the run shows):
 *   health     GET /health: every middleware, no body, no Redis call — the baseline.
 *   cached     POST /v1/detect, texts answered before: every answer from the Redis cache.
 *   uncached   POST /v1/detect, every text new: engine + cache write + stats.
 *   mix        the design's scenario: Zipf over `universe` prompt ranks per class, tenants
 *              uniform, `injection-share` of requests drawn from the injection pool.
 *   mix-memory `mix` without Redis (in-memory store): what the Redis path costs.
 *   mix-hf     `mix` with the fake Hugging Face classifier (test/fakes) in balanced mode: how
 *              many requests escalate, model calls avoided = 1 − calls / requests.
 * After `mix`, Redis MEMORY USAGE of the cached results is sampled (bytes per cached result).
 *
 * Loopback only. Bounded: every phase has a deadline, every request a timeout.
 */

import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startFakeHuggingFace } from "../test/fakes/huggingface";
import { type LoadRequest, type LoadResult, percentile, runLoad } from "./lib/loadgen";
import { loadPromptPool, textForRank } from "./lib/prompts";
import { prng, Zipf } from "./lib/random";
import { type BenchRedis, startBenchRedis } from "./lib/stack";
import { type BenchWorker, startBenchWorker } from "./lib/worker";

const { values } = parseArgs({
  options: {
    clients: { type: "string", default: "64" },
    tenants: { type: "string", default: "8" },
    seconds: { type: "string", default: "20" },
    "micro-seconds": { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    "zipf-s": { type: "string", default: "1.0" },
    universe: { type: "string", default: "20000" },
    "injection-share": { type: "string", default: "0.15" },
    seed: { type: "string", default: "42" },
    data: { type: "string", default: fileURLToPath(new URL("../../shared/data", import.meta.url)) },
    scenarios: { type: "string", default: "health,cached,uncached,mix,mix-memory,mix-hf" },
    out: { type: "string" },
  },
});

const CLIENTS = Number(values.clients);
const TENANTS = Number(values.tenants);
const SECONDS = Number(values.seconds);
const MICRO_SECONDS = Number(values["micro-seconds"]);
const WARMUP = Number(values.warmup);
const ZIPF_S = Number(values["zipf-s"]);
const UNIVERSE = Number(values.universe);
const INJECTION_SHARE = Number(values["injection-share"]);
const SEED = Number(values.seed);
const SCENARIOS = new Set(String(values.scenarios).split(","));
for (const [name, value, max] of [
  ["clients", CLIENTS, 1024],
  ["tenants", TENANTS, 1000],
  ["seconds", SECONDS, 600],
  ["micro-seconds", MICRO_SECONDS, 600],
  ["universe", UNIVERSE, 10_000_000],
] as const) {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`--${name}: 1..${max}`);
}
if (!(WARMUP >= 0 && WARMUP <= 60)) throw new Error("--warmup: 0..60");
if (!(ZIPF_S > 0 && ZIPF_S <= 3)) throw new Error("--zipf-s: (0, 3]");
if (!(INJECTION_SHARE >= 0 && INJECTION_SHARE <= 1)) throw new Error("--injection-share: [0, 1]");

const HF_KEY = "hf_bench_key";
const RUN = Date.now().toString(36);

interface Row {
  scenario: string;
  result: LoadResult;
  hitRate?: number;
  escalated?: number;
  modelCalls?: number;
  injectionShare?: number;
  note?: string;
}

const rows: Row[] = [];
const random = prng(SEED);
const pool = loadPromptPool(String(values.data), random);

function detectRequest(token: string, text: string, tag?: string): LoadRequest {
  return {
    method: "POST",
    path: "/v1/detect",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ text }),
    ...(tag ? { tag } : {}),
  };
}

async function tokens(worker: BenchWorker, prefix: string): Promise<string[]> {
  return Promise.all(Array.from({ length: TENANTS }, (_, i) => worker.token(`${prefix}-${RUN}-${i}`)));
}

/** Counts `"cached":true` answers among measured 200s without parsing every body. */
function cacheCounter() {
  const counts = { ok: 0, cached: 0, escalated: 0, injections: 0 };
  return {
    counts,
    onResponse: (r: { status: number; body: string; measured: boolean }) => {
      if (!r.measured || r.status !== 200) return;
      counts.ok++;
      if (r.body.includes('"cached":true')) counts.cached++;
      if (r.body.includes('"models":[')) counts.escalated++;
      if (r.body.includes('"verdict":"injection"')) counts.injections++;
    },
  };
}

async function health(worker: BenchWorker, label: string): Promise<void> {
  const result = await runLoad({
    origin: worker.origin,
    concurrency: CLIENTS,
    warmupMs: WARMUP * 1000,
    durationMs: MICRO_SECONDS * 1000,
    next: () => ({ method: "GET", path: "/health" }),
  });
  rows.push({ scenario: label, result });
}

async function cached(worker: BenchWorker): Promise<void> {
  const toks = await tokens(worker, "bench-cached");
  const texts = pool.benign.slice(0, 32).concat(pool.injections.slice(0, 32));
  // Answer each (tenant, text) once, then make sure the cache writes (waitUntil) have landed.
  for (const token of toks) {
    await Promise.all(
      texts.map(async (text) => {
        await fetch(`${worker.origin}/v1/detect`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ text }),
          signal: AbortSignal.timeout(10_000),
        }).then((r) => r.arrayBuffer());
      }),
    );
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const counter = cacheCounter();
  let i = 0;
  const result = await runLoad({
    origin: worker.origin,
    concurrency: CLIENTS,
    warmupMs: WARMUP * 1000,
    durationMs: MICRO_SECONDS * 1000,
    next: () => {
      i++;
      return detectRequest(toks[i % TENANTS] as string, texts[(i * 7) % texts.length] as string);
    },
    onResponse: counter.onResponse,
  });
  rows.push({
    scenario: "detect, cached (all hits)",
    result,
    hitRate: counter.counts.cached / counter.counts.ok,
  });
}

async function uncached(worker: BenchWorker): Promise<void> {
  const toks = await tokens(worker, "bench-uncached");
  const counter = cacheCounter();
  let i = 0;
  const result = await runLoad({
    origin: worker.origin,
    concurrency: CLIENTS,
    warmupMs: WARMUP * 1000,
    durationMs: MICRO_SECONDS * 1000,
    next: () => {
      i++;
      const base = i % 5 === 0 ? pool.injections : pool.benign;
      return detectRequest(toks[i % TENANTS] as string, `${base[i % base.length]}\n(uncached ${RUN} ${i})`);
    },
    onResponse: counter.onResponse,
  });
  rows.push({
    scenario: "detect, uncached (all misses)",
    result,
    hitRate: counter.counts.cached / counter.counts.ok,
  });
}

/** The design's scenario; returns the tenant prefix used (for the Redis memory sample). */
async function mix(worker: BenchWorker, label: string, prefix: string, hf?: { requests: () => number }) {
  const toks = await tokens(worker, prefix);
  const zipf = new Zipf(UNIVERSE, ZIPF_S);
  const rng = prng(SEED + 1);
  const counter = cacheCounter();
  let callsAtStart = 0;
  const timer = setTimeout(() => {
    callsAtStart = hf?.requests() ?? 0;
  }, WARMUP * 1000);
  const result = await runLoad({
    origin: worker.origin,
    concurrency: CLIENTS,
    warmupMs: WARMUP * 1000,
    durationMs: SECONDS * 1000,
    next: () => {
      const injection = rng() < INJECTION_SHARE;
      const text = textForRank(injection ? pool.injections : pool.benign, zipf.sample(rng));
      return detectRequest(toks[Math.floor(rng() * TENANTS)] as string, text, injection ? "i" : "b");
    },
    onResponse: counter.onResponse,
  });
  clearTimeout(timer);
  const calls = hf ? hf.requests() - callsAtStart : undefined;
  rows.push({
    scenario: label,
    result,
    hitRate: counter.counts.cached / counter.counts.ok,
    escalated: counter.counts.escalated / counter.counts.ok,
    ...(calls !== undefined ? { modelCalls: calls } : {}),
    injectionShare: counter.counts.injections / counter.counts.ok,
  });
}

interface MemorySample {
  keys: number;
  sampled: number;
  meanMemoryUsage: number;
  medianMemoryUsage: number;
  meanValueBytes: number;
  meanKeyBytes: number;
}

/** MEMORY USAGE of up to 500 cached results of the tenants with `prefix`. */
async function memorySample(redis: BenchRedis, prefix: string): Promise<MemorySample> {
  const keys: string[] = [];
  let cursor = "0";
  for (let round = 0; round < 10_000; round++) {
    const [next, batch] = (await redis.command([
      "SCAN",
      cursor,
      "MATCH",
      `tenant:${prefix}-${RUN}-*:detection:*`,
      "COUNT",
      "1000",
    ])) as [string, string[]];
    keys.push(...batch);
    cursor = next;
    if (cursor === "0") break;
  }
  const sample = keys.slice(0, 500);
  const usage: number[] = [];
  let valueBytes = 0;
  let keyBytes = 0;
  for (const key of sample) {
    usage.push(Number(await redis.command(["MEMORY", "USAGE", key, "SAMPLES", "0"])));
    valueBytes += Number(await redis.command(["STRLEN", key]));
    keyBytes += Buffer.byteLength(key);
  }
  usage.sort((a, b) => a - b);
  const n = Math.max(1, sample.length);
  return {
    keys: keys.length,
    sampled: sample.length,
    meanMemoryUsage: usage.reduce((a, b) => a + b, 0) / n,
    medianMemoryUsage: percentile(usage, 50),
    meanValueBytes: valueBytes / n,
    meanKeyBytes: keyBytes / n,
  };
}

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "–");
const pct = (value: number | undefined) => (value === undefined ? "–" : `${(value * 100).toFixed(1)} %`);

function table(baselineRps: number, baselineP50: number): string {
  const lines = [
    "| scenario | requests | req/s | req/s ÷ baseline | p50 ms | p95 ms | p99 ms | p50 ÷ baseline p50 | errors (5xx) | cache hit rate | escalated | model calls avoided |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const row of rows) {
    const r = row.result;
    const p50 = percentile(r.latencies, 50);
    const avoided = row.modelCalls !== undefined ? 1 - row.modelCalls / r.requests : undefined;
    lines.push(
      `| ${row.scenario} | ${r.requests} | ${fmt(r.rps, 0)} | ${fmt(r.rps / baselineRps, 3)} | ${fmt(p50)} | ${fmt(percentile(r.latencies, 95))} | ${fmt(percentile(r.latencies, 99))} | ${fmt(p50 / baselineP50, 2)} | ${pct(r.errors / Math.max(1, r.requests))} (${r.serverErrors}) | ${pct(row.hitRate)} | ${pct(row.escalated)} | ${row.modelCalls !== undefined ? `${pct(avoided)} (${row.modelCalls} calls)` : "–"} |`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(
    `bench:load — ${CLIENTS} clients, ${TENANTS} tenants, mix ${SECONDS} s, others ${MICRO_SECONDS} s, warm-up ${WARMUP} s, Zipf s=${ZIPF_S} over ${UNIVERSE} ranks per class, injections ${INJECTION_SHARE * 100} %, seed ${SEED}`,
  );
  console.log(`prompts: ${pool.source}`);
  const redis = await startBenchRedis();
  const redisVars = {
    UPSTASH_REDIS_REST_URL: redis.restUrl,
    UPSTASH_REDIS_REST_TOKEN: redis.restToken,
    RATE_LIMIT_PER_MINUTE: "1000000",
  };
  let memory: MemorySample | undefined;
  try {
    const worker = await startBenchWorker({ vars: { ...redisVars, CASCADE_MODE: "balanced" } });
    try {
      if (SCENARIOS.has("health")) await health(worker, "GET /health (baseline, first)");
      if (SCENARIOS.has("cached")) await cached(worker);
      if (SCENARIOS.has("uncached")) await uncached(worker);
      if (SCENARIOS.has("mix")) {
        await mix(worker, "detect, Zipf mix (design scenario)", "bench-mix");
        memory = await memorySample(redis, "bench-mix");
      }
    } finally {
      await worker.stop();
    }
    if (SCENARIOS.has("mix-memory")) {
      const memoryWorker = await startBenchWorker({
        vars: { RATE_LIMIT_PER_MINUTE: "1000000", CASCADE_MODE: "balanced" },
      });
      try {
        await mix(memoryWorker, "detect, Zipf mix, in-memory store (no Redis)", "bench-mixmem");
      } finally {
        await memoryWorker.stop();
      }
    }
    if (SCENARIOS.has("mix-hf")) {
      const hf = await startFakeHuggingFace({ apiKey: HF_KEY });
      const hfWorker = await startBenchWorker({
        vars: {
          ...redisVars,
          CASCADE_MODE: "balanced",
          HUGGINGFACE_API_KEY: HF_KEY,
          HUGGINGFACE_BASE_URL: hf.baseUrl,
        },
      });
      try {
        await mix(hfWorker, "detect, Zipf mix + fake HF (balanced)", "bench-mixhf", {
          requests: () => hf.server.requests.length,
        });
      } finally {
        await hfWorker.stop();
        await hf.server.close();
      }
    }
    if (SCENARIOS.has("health")) {
      const worker2 = await startBenchWorker({ vars: redisVars });
      try {
        await health(worker2, "GET /health (baseline, last)");
      } finally {
        await worker2.stop();
      }
    }
  } finally {
    await redis.stop();
  }

  const baselines = rows.filter((row) => row.scenario.startsWith("GET /health"));
  const baselineRps =
    baselines.length > 0
      ? baselines.reduce((a, row) => a + row.result.rps, 0) / baselines.length
      : Number.NaN;
  const baselineP50 =
    baselines.length > 0
      ? baselines.reduce((a, row) => a + percentile(row.result.latencies, 50), 0) / baselines.length
      : Number.NaN;
  const output = [
    "",
    table(baselineRps, baselineP50),
    "",
    `baseline = mean of the GET /health rows: ${fmt(baselineRps, 0)} req/s, p50 ${fmt(baselineP50, 2)} ms`,
  ];
  for (const row of rows) {
    if (row.injectionShare !== undefined)
      output.push(`${row.scenario}: verdict "injection" on ${pct(row.injectionShare)} of answers`);
    const statuses = [...row.result.byStatus].map(([s, n]) => `${s === 0 ? "network" : s}×${n}`).join(", ");
    output.push(`${row.scenario}: statuses ${statuses}`);
    if (row.result.errorSamples.length > 0)
      output.push(`  transport errors, e.g.: ${row.result.errorSamples.join(" | ")}`);
  }
  if (memory) {
    output.push(
      `Redis, cached results of the mix: ${memory.keys} keys; MEMORY USAGE over ${memory.sampled}: mean ${fmt(memory.meanMemoryUsage, 0)} B, median ${fmt(memory.medianMemoryUsage, 0)} B (value ${fmt(memory.meanValueBytes, 0)} B, key ${fmt(memory.meanKeyBytes, 0)} B) → ${fmt((memory.meanMemoryUsage * 10_000) / 1e6, 2)} MB per 10,000 results (design: ~50 MB)`,
    );
  }
  output.push(`total ${fmt((performance.now() - started) / 1000, 0)} s`);
  const text = output.join("\n");
  console.log(text);
  if (values.out) writeFileSync(String(values.out), `${text}\n`);
  const failed = rows.some((row) => row.result.serverErrors > 0);
  if (failed) {
    console.error("bench:load: some requests failed with 5xx or a transport error");
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
