/**
 * Per-call delimiter nonce. The judged text is wrapped in markers that carry 128 random bits
 * chosen after the text arrived, so the text cannot contain a matching end marker: it cannot
 * "close" the data block and continue as instructions.
 */

/** 32 hex characters from the Web Crypto RNG (available in workerd and Node ≥ 19). */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A nonce that does not occur in `text` (a collision is astronomically unlikely; we check anyway). */
export function nonceFor(text: string, make: () => string = makeNonce): string {
  for (;;) {
    const nonce = make();
    if (!text.includes(nonce)) return nonce;
  }
}
