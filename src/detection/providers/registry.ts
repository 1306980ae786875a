/**
 * The provider registry: one entry per provider id (Portkey-gateway style — a table of
 * factories, not a switch), turning a plain options object into the enabled providers.
 * A provider whose required settings are missing (no API key; for the OpenAI-compatible judge
 * no base URL or model) is simply off. The order of the table is the order of the results.
 */
import { createGeminiProvider, type GeminiOptions } from "./gemini/index";
import { createHuggingFaceProvider, type HuggingFaceOptions } from "./huggingface/index";
import { createOpenAICompatibleProvider, type OpenAICompatibleOptions } from "./openai-compatible/index";
import type { RuntimeOverrides } from "./runtime";
import type { ModelProvider } from "./types";

/** Settings of the Hugging Face classifier; off without `apiKey`. */
export type HuggingFaceSettings = Omit<HuggingFaceOptions, "apiKey"> & {
  apiKey?: string | null;
};

/** Settings of the Gemini judge; off without `apiKey`. */
export type GeminiSettings = Omit<GeminiOptions, "apiKey"> & { apiKey?: string | null };

/** Settings of the OpenAI-compatible judge; off without `baseUrl` and `model`. */
export type OpenAICompatibleSettings = Omit<OpenAICompatibleOptions, "apiKey" | "baseUrl" | "model"> & {
  apiKey?: string | null;
  baseUrl?: string | null;
  model?: string | null;
};

/** Call settings shared by every provider (a provider block's own settings win). */
export type SharedCallSettings = Pick<RuntimeOverrides, "fetch" | "timeoutMs" | "retry">;

/**
 * Everything the registry reads: one block per provider plus the shared call settings
 * (`timeoutMs` = MODEL_TIMEOUT_SECONDS × 1000). Chunking is per provider (limits differ).
 */
export interface ProviderRegistryOptions extends SharedCallSettings {
  huggingFace?: HuggingFaceSettings;
  gemini?: GeminiSettings;
  openaiCompatible?: OpenAICompatibleSettings;
}

/** One registry entry: how to build a provider from the options, or null when it is off. */
export interface ProviderFactory {
  id: string;
  create(options: ProviderRegistryOptions, shared: SharedCallSettings): ModelProvider | null;
}

/** Provider settings over shared ones; an explicit `undefined` does not erase a shared value. */
function withShared<T extends RuntimeOverrides>(own: T, shared: SharedCallSettings): T {
  const merged: T = { ...own };
  const fetchFn = own.fetch ?? shared.fetch;
  const timeoutMs = own.timeoutMs ?? shared.timeoutMs;
  if (fetchFn) merged.fetch = fetchFn;
  if (timeoutMs !== undefined) merged.timeoutMs = timeoutMs;
  if (own.retry || shared.retry) merged.retry = { ...shared.retry, ...own.retry };
  return merged;
}

function present(value: string | null | undefined): value is string {
  return typeof value === "string" && value.trim() !== "";
}

/** The registry table, in result order: classifier first, then the judges. */
export const PROVIDER_FACTORIES: readonly ProviderFactory[] = [
  {
    id: "huggingface",
    create: ({ huggingFace }, shared) => {
      if (!huggingFace || !present(huggingFace.apiKey)) return null;
      return createHuggingFaceProvider(withShared({ ...huggingFace, apiKey: huggingFace.apiKey }, shared));
    },
  },
  {
    id: "gemini",
    create: ({ gemini }, shared) => {
      if (!gemini || !present(gemini.apiKey)) return null;
      return createGeminiProvider(withShared({ ...gemini, apiKey: gemini.apiKey }, shared));
    },
  },
  {
    id: "openai-compatible",
    create: ({ openaiCompatible: oc }, shared) => {
      if (!oc || !present(oc.baseUrl) || !present(oc.model)) return null;
      const { apiKey, baseUrl, model, ...rest } = oc;
      const own: OpenAICompatibleOptions = {
        ...rest,
        baseUrl,
        model,
        ...(present(apiKey) ? { apiKey } : {}),
      };
      return createOpenAICompatibleProvider(withShared(own, shared));
    },
  },
];

/** Builds the enabled providers. Cheap and pure: safe to call once per isolate and cache. */
export function buildProviders(options: ProviderRegistryOptions): ModelProvider[] {
  const shared: SharedCallSettings = {};
  if (options.fetch) shared.fetch = options.fetch;
  if (options.timeoutMs !== undefined) shared.timeoutMs = options.timeoutMs;
  if (options.retry) shared.retry = options.retry;
  const providers: ModelProvider[] = [];
  for (const factory of PROVIDER_FACTORIES) {
    const provider = factory.create(options, shared);
    if (provider) providers.push(provider);
  }
  return providers;
}
