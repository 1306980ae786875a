/**
 * The part every provider shares: chunk the text, score the chunks (a few at a time), keep the
 * strongest. Any chunk failing fails the whole call: a "benign" we could not verify for part
 * of the text must not be reported as a benign verdict for all of it.
 */
import { type ChunkOptions, chunkText } from "./chunking";
import { toProviderError } from "./errors";
import type { RequestMeter } from "./transport/retry";
import type { CallContext, ProviderScore } from "./types";

/** Score of one chunk. */
export interface ChunkScore {
  score: number;
  reason?: string;
}

/** Scores one chunk; `ctx.signal` is aborted when a sibling chunk failed or the cascade gave up. */
export type ChunkScorer = (chunk: string, ctx: CallContext, meter: RequestMeter) => Promise<ChunkScore>;

/** Chunks scored at the same time (the router counts concurrent calls against rate limits). */
const CHUNK_CONCURRENCY = 4;

/** Runs `scoreChunk` over the chunks of `text`; the highest score wins. */
export async function scoreChunked(
  text: string,
  chunking: ChunkOptions,
  ctx: CallContext,
  scoreChunk: ChunkScorer,
): Promise<ProviderScore> {
  const { chunks, truncated } = chunkText(text, chunking);
  const meter: RequestMeter = ctx.meter ?? { requests: 0 };
  const siblings = new AbortController();
  const onParentAbort = (): void => siblings.abort(ctx.signal?.reason);
  if (ctx.signal?.aborted) siblings.abort(ctx.signal.reason);
  ctx.signal?.addEventListener("abort", onParentAbort, { once: true });
  const chunkCtx: CallContext = { deadline: ctx.deadline, signal: siblings.signal, meter };
  const results: ChunkScore[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < chunks.length) {
      const chunk = chunks[next++] ?? "";
      results.push(await scoreChunk(chunk, chunkCtx, meter));
    }
  };
  try {
    const workers = Array.from({ length: Math.min(CHUNK_CONCURRENCY, chunks.length) }, worker);
    await Promise.all(
      workers.map((w) =>
        w.catch((error: unknown) => {
          siblings.abort();
          throw toProviderError(error);
        }),
      ),
    );
  } finally {
    ctx.signal?.removeEventListener("abort", onParentAbort);
  }
  let best: ChunkScore = { score: 0 };
  for (const r of results) if (r.score >= best.score) best = r;
  const answer: ProviderScore = {
    score: best.score,
    chunks: chunks.length,
    truncated,
    requests: meter.requests,
  };
  if (best.reason !== undefined) answer.reason = best.reason;
  return answer;
}
