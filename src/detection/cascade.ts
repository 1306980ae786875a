/**
 * The model cascade: decide whether to ask the model providers about a text the local engine
 * has scored, ask the enabled ones in parallel behind their circuit breakers and within one
 * deadline, and combine their scores with the local one (providers/combine.ts).
 *
 * - fast: local only. balanced: providers only when the local score lies in the uncertain band.
 *   thorough: always ask.
 * - Never throws and never waits past `deadlineMs`: a provider that fails, times out or is
 *   circuit-open is reported in `models` and left out; when none answers the local result is
 *   returned with `degraded: true`.
 */

import type { BreakerPermit, CircuitBreaker } from "./breaker/breaker";
import {
  type CascadeWeights,
  combineScores,
  DEFAULT_WEIGHTS,
  localWeight,
  providerWeight,
  type WeightedScore,
} from "./providers/combine";
import { toProviderError } from "./providers/errors";
import { findJudgeAddressing } from "./providers/judge/addressing";
import type { ModelProvider, ProviderErrorKind } from "./providers/types";
import { confidenceOf, DEFAULT_THRESHOLD } from "./score";

/** How hard the cascade tries. */
export type CascadeMode = "fast" | "balanced" | "thorough";

/** The local engine's (or local classifier's) result, as far as the cascade needs it. */
export interface LocalVerdict {
  score: number;
  confidence: number;
  verdict: "injection" | "benign";
}

/** What happened to one provider in this request. */
export type ModelOutcome = "ok" | ProviderErrorKind | "circuit_open" | "budget_exhausted";

/** One provider's line in the result (also the source of model_calls_total / duration metrics). */
export interface ModelReport {
  name: string;
  model: string;
  kind: "classifier" | "judge";
  /** The provider's score as received; absent unless outcome is "ok". */
  score?: number;
  /** The score used in the combination when the judge-addressing rule raised it. */
  effectiveScore?: number;
  outcome: ModelOutcome;
  latencyMs: number;
  /** HTTP requests made (retries and chunks included). */
  requests: number;
  chunks?: number;
  truncated?: boolean;
  /** Failure detail (no secrets, no text), for logs. */
  error?: string;
}

/** The cascade's answer. */
export interface CascadeResult {
  score: number;
  verdict: "injection" | "benign";
  /** Margin from the threshold in [0, 1] (same definition as the engine's confidence). */
  confidence: number;
  /** True when providers were asked but none answered: this is the local result alone. */
  degraded: boolean;
  /** True when the mode and band called for the providers. */
  escalated: boolean;
  /** True when the text addresses the judge (judges could not lower the score). */
  judgeAddressed: boolean;
  models: ModelReport[];
  /** Providers actually called (circuit-open and budget-skipped ones are not calls). */
  modelCallsMade: number;
  /** Providers not called because the local verdict was enough (fast mode, or outside the band). */
  modelCallsAvoided: number;
}

/** Cascade settings; see docs/providers.md for defaults and configuration variables. */
export interface CascadeOptions {
  mode: CascadeMode;
  /** Local scores in [low, high] (inclusive) escalate in balanced mode. Default [0.25, 0.75]. */
  uncertainBand?: readonly [number, number];
  /** Score at or above which the verdict is "injection". Default DEFAULT_THRESHOLD. */
  threshold?: number;
  /** Absolute deadline (epoch ms, Date.now() clock) — e.g. `deadlineFromBudget(MODEL_REQUEST_BUDGET_MS)`. */
  deadlineMs: number;
  providers: readonly ModelProvider[];
  /** Breakers by provider name; a provider without one is called unguarded. */
  breakers?: ReadonlyMap<string, CircuitBreaker>;
  weights?: Partial<CascadeWeights>;
  /** A provider is not called with less budget left than this, ms. Default 100. */
  minCallMs?: number;
  /**
   * Receives the breaker-state writes so they finish after the response (pass ctx.waitUntil).
   * Without it they are awaited, but never past the deadline.
   */
  waitUntil?: (promise: Promise<unknown>) => void;
  /** Aborts every call at once (e.g. the client went away). */
  signal?: AbortSignal;
}

/** Default uncertain band. */
export const DEFAULT_UNCERTAIN_BAND: readonly [number, number] = [0.25, 0.75];
/** Default smallest budget worth starting a provider call with, ms. */
export const DEFAULT_MIN_CALL_MS = 100;

/** `now + budgetMs`: the absolute deadline runCascade expects. */
export function deadlineFromBudget(budgetMs: number, now: number = Date.now()): number {
  return now + Math.max(0, budgetMs);
}

/** Whether the mode and band call for the providers. */
export function shouldEscalate(
  mode: CascadeMode,
  localScore: number,
  band: readonly [number, number],
): boolean {
  if (mode === "fast") return false;
  if (mode === "thorough") return true;
  return localScore >= band[0] && localScore <= band[1];
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/** Runs the cascade. Never rejects. */
export async function runCascade(
  local: LocalVerdict,
  text: string,
  options: CascadeOptions,
): Promise<CascadeResult> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const band = options.uncertainBand ?? DEFAULT_UNCERTAIN_BAND;
  const base = { score: local.score, verdict: local.verdict, confidence: local.confidence };
  const providers = options.providers;
  if (providers.length === 0 || !shouldEscalate(options.mode, local.score, band)) {
    return {
      ...base,
      degraded: false,
      escalated: false,
      judgeAddressed: false,
      models: [],
      modelCallsMade: 0,
      modelCallsAvoided: providers.length,
    };
  }
  const judgeAddressed = findJudgeAddressing(text).length > 0;
  const writes: Promise<unknown>[] = [];
  const { models, made, settled } = await askAll(text, options, writes);
  await settleWrites(writes, settled, options);

  const weights: CascadeWeights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const inputs: WeightedScore[] = [{ score: local.score, weight: localWeight(local.confidence, weights) }];
  let answered = 0;
  for (const report of models) {
    if (report.outcome !== "ok" || report.score === undefined) continue;
    answered++;
    let used = report.score;
    if (judgeAddressed && report.kind === "judge" && used < local.score) {
      used = local.score;
      report.effectiveScore = used;
    }
    inputs.push({ score: used, weight: providerWeight(report.name, report.kind, weights) });
  }

  const combined = answered > 0 ? combineScores(inputs) : undefined;
  if (combined === undefined) {
    return {
      ...base,
      degraded: true,
      escalated: true,
      judgeAddressed,
      models,
      modelCallsMade: made,
      modelCallsAvoided: 0,
    };
  }
  const score = round4(combined);
  return {
    score,
    verdict: score >= threshold ? "injection" : "benign",
    confidence: confidenceOf(score, threshold),
    degraded: false,
    escalated: true,
    judgeAddressed,
    models,
    modelCallsMade: made,
    modelCallsAvoided: 0,
  };
}

/** Per-provider bookkeeping of one cascade run. */
interface Slot {
  provider: ModelProvider;
  report: ModelReport;
  /** Shared with the provider: counts HTTP requests even when the call fails or outlives us. */
  meter: { requests: number };
  called: boolean;
}

/** What every call of one run shares. */
interface RunContext {
  options: CascadeOptions;
  text: string;
  signal: AbortSignal;
  /** Collects breaker writes (see settleWrites). */
  writes: Promise<unknown>[];
}

/**
 * Calls every provider in parallel. A deadline timer aborts all calls, and the race guarantees
 * we return by the deadline even if a provider ignored its abort signal.
 */
async function askAll(
  text: string,
  options: CascadeOptions,
  writes: Promise<unknown>[],
): Promise<{ models: ModelReport[]; made: number; settled: Promise<unknown> }> {
  const controller = new AbortController();
  const onOuterAbort = (): void => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener("abort", onOuterAbort, { once: true });
  const slots: Slot[] = options.providers.map((provider) => ({
    provider,
    report: {
      name: provider.name,
      model: provider.model,
      kind: provider.kind,
      outcome: "timeout",
      latencyMs: 0,
      requests: 0,
    },
    meter: { requests: 0 },
    called: false,
  }));
  const run: RunContext = { options, text, signal: controller.signal, writes };
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, options.deadlineMs - started));
  });
  const settled = Promise.allSettled(slots.map((slot) => askOne(slot, run)));
  try {
    await Promise.race([settled, deadline]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    controller.abort();
    options.signal?.removeEventListener("abort", onOuterAbort);
  }
  const elapsed = Date.now() - started;
  // Copies: calls that outlived the deadline keep writing into their slot while they unwind.
  const models = slots.map(({ report, meter }) => ({
    ...report,
    requests: meter.requests,
    // A call still running at the deadline is a timeout that lasted the whole wait.
    latencyMs: report.outcome === "timeout" && report.latencyMs === 0 ? elapsed : report.latencyMs,
  }));
  return { models, made: slots.filter((s) => s.called).length, settled };
}

/** One provider: budget check, breaker admission, the call, the breaker verdict. Never rejects. */
async function askOne(slot: Slot, run: RunContext): Promise<void> {
  const { provider, report } = slot;
  const { options, signal } = run;
  const minCallMs = options.minCallMs ?? DEFAULT_MIN_CALL_MS;
  const budgetLeft = (): boolean => !signal.aborted && options.deadlineMs - Date.now() >= minCallMs;
  if (!budgetLeft()) {
    report.outcome = "budget_exhausted";
    return;
  }
  const breaker = options.breakers?.get(provider.name);
  // The breaker never throws (store failures fall back to its local view); belt and braces.
  const permit: BreakerPermit | null = breaker
    ? await breaker.acquire().catch(() => ({ probe: false }))
    : { probe: false };
  if (!permit) {
    report.outcome = "circuit_open";
    return;
  }
  if (!budgetLeft()) {
    report.outcome = "budget_exhausted";
    if (breaker) run.writes.push(breaker.release(permit));
    return;
  }
  const start = Date.now();
  slot.called = true;
  try {
    const answer = await provider.score(run.text, {
      deadline: options.deadlineMs,
      signal,
      meter: slot.meter,
    });
    Object.assign(report, {
      outcome: "ok",
      score: answer.score,
      chunks: answer.chunks,
      truncated: answer.truncated,
    });
    if (breaker) run.writes.push(breaker.recordSuccess(permit));
  } catch (thrown) {
    const error = toProviderError(thrown);
    report.outcome = error.kind;
    report.error = error.message;
    // Input-caused failures (forged verdict, safety block) say nothing about provider health.
    if (breaker)
      run.writes.push(error.breakerNeutral ? breaker.recordSuccess(permit) : breaker.recordFailure(permit));
  } finally {
    report.latencyMs = Date.now() - start;
  }
}

/**
 * Breaker writes. Calls cut off at the deadline unwind (and report their failure) just after
 * it, so the writes are collected once every call has settled. With waitUntil they finish after
 * the response; without it they are awaited, but never past the deadline. The breakers' local
 * views are updated synchronously either way.
 */
async function settleWrites(
  writes: Promise<unknown>[],
  settled: Promise<unknown>,
  options: CascadeOptions,
): Promise<void> {
  const all = settled.then(() => Promise.allSettled(writes));
  if (options.waitUntil) {
    options.waitUntil(all);
    return;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, options.deadlineMs - Date.now()));
  });
  await Promise.race([all, deadline]);
  if (timer !== undefined) clearTimeout(timer);
}
