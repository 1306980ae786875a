import type { Config } from "../config";
import {
  type BreakerState,
  type CircuitBreaker,
  createBreakers,
  snapshotBreakers,
} from "../detection/breaker";
import { type CascadeResult, deadlineFromBudget, type LocalVerdict, runCascade } from "../detection/cascade";
import { buildProviders, type ModelProvider } from "../detection/providers";
import { metrics } from "../metrics";
import type { Store } from "../store";

/** The isolate's model providers and their circuit breakers (state shared through the store). */
export interface ModelCascade {
  providers: readonly ModelProvider[];
  breakers: ReadonlyMap<string, CircuitBreaker>;
}

const cascades = new WeakMap<Config, ModelCascade>();

/**
 * Providers with a key (or URL) configured, built once per isolate; a provider without one is
 * simply off. Breakers share their records through the store, so one isolate's failures open
 * the circuit for all of them.
 */
export function modelCascadeFor(config: Config, store: Store): ModelCascade {
  const existing = cascades.get(config);
  if (existing) return existing;
  const { models, circuitBreaker } = config;
  const providers = buildProviders({
    timeoutMs: models.timeoutMs,
    retry: { maxAttempts: models.maxAttempts },
    huggingFace: {
      apiKey: models.huggingFaceApiKey,
      ...(models.huggingFace.model ? { model: models.huggingFace.model } : {}),
      ...(models.huggingFace.baseUrl ? { baseUrl: models.huggingFace.baseUrl } : {}),
      ...(models.huggingFace.endpointUrl ? { endpointUrl: models.huggingFace.endpointUrl } : {}),
    },
    gemini: {
      apiKey: models.geminiApiKey,
      ...(models.gemini.model ? { model: models.gemini.model } : {}),
      ...(models.gemini.baseUrl ? { baseUrl: models.gemini.baseUrl } : {}),
    },
    openaiCompatible: models.openaiCompatible,
  });
  const breakers = createBreakers(
    providers.map((provider) => provider.name),
    store.breakers,
    {
      failureThreshold: circuitBreaker.failureThreshold,
      windowMs: circuitBreaker.windowSeconds * 1000,
      coolDownMs: circuitBreaker.cooldownSeconds * 1000,
      // A probe cannot outlive its request's model budget; one that never reports (its request
      // was cancelled) must not keep the circuit shut for longer than that.
      probeLeaseMs: models.requestBudgetMs + 1_000,
    },
  );
  const cascade = { providers, breakers };
  cascades.set(config, cascade);
  return cascade;
}

/** Cascade modes: `fast` = local only, `balanced` = models when uncertain, `thorough` = always. */
export type CascadeMode = Config["cascade"]["mode"];

/**
 * A stable description of what the cascade would do, for the cache key. `mode` overrides
 * CASCADE_MODE (a tenant's policy).
 */
export function cascadePolicy(
  config: Config,
  cascade: ModelCascade,
  mode: CascadeMode = config.cascade.mode,
): string {
  if (cascade.providers.length === 0 || mode === "fast") return "local";
  const [low, high] = config.cascade.uncertainBand;
  const models = cascade.providers.map((provider) => `${provider.name}:${provider.model}`).join(",");
  return `${mode}:${low}-${high}:${models}`;
}

/**
 * Asks the model providers for a second opinion when the configuration says so (never throws;
 * bounded by MODEL_REQUEST_BUDGET_MS), and records model-call and breaker metrics.
 */
export interface ConsultHooks {
  waitUntil(promise: Promise<unknown>): void;
  /** Called for each breaker whose state this call changed (as seen by this isolate). */
  onBreakerChange?(provider: string, from: BreakerState, to: BreakerState): void;
}

export async function consultModels(
  local: LocalVerdict,
  text: string,
  threshold: number,
  config: Config,
  cascade: ModelCascade,
  hooks: ConsultHooks,
  /** Overrides CASCADE_MODE for this call (the tenant's policy). */
  mode: CascadeMode = config.cascade.mode,
): Promise<CascadeResult> {
  const before = new Map(
    [...cascade.breakers.values()].map((breaker) => [breaker.name, breaker.snapshot().state]),
  );
  const result = await runCascade(local, text, {
    mode,
    uncertainBand: config.cascade.uncertainBand,
    threshold,
    deadlineMs: deadlineFromBudget(config.models.requestBudgetMs),
    providers: cascade.providers,
    breakers: cascade.breakers,
    waitUntil: (promise) => hooks.waitUntil(promise),
  });
  if (result.escalated) {
    for (const model of result.models) {
      const outcome = model.outcome === "ok" ? "success" : model.outcome;
      metrics.record.modelCall({ model: model.name, outcome, durationSeconds: model.latencyMs / 1000 });
    }
    for (const snapshot of await snapshotBreakers(cascade.breakers.values())) {
      metrics.record.circuitBreaker({ model: snapshot.name, state: snapshot.state });
      const previous = before.get(snapshot.name);
      if (previous && previous !== snapshot.state)
        hooks.onBreakerChange?.(snapshot.name, previous, snapshot.state);
    }
  }
  return result;
}
