/**
 * Cache keys for detection answers: SHA-256 over everything that changes the answer.
 *
 * The text is hashed EXACTLY as received (not normalised): cached matches carry UTF-16 offsets
 * into the caller's text, and the caller rebuilds excerpts from the request text on a hit, so two
 * texts that merely normalise alike must not share an entry.
 */

/** Inputs of a detection that determine its answer. */
export interface DetectionCacheInput {
  text: string;
  /** Retrieved documents analysed with the text; `undefined` and `[]` are different requests. */
  documents?: readonly string[];
  /** The effective threshold (after defaults), so a tenant's custom threshold gets its own entry. */
  threshold: number;
  /** Engine name+version (ENGINE_INFO): a new engine must not serve the old engine's answers. */
  engineVersion: string;
  /** Anything else that changes the answer (e.g. a cascade policy id); omitted when unused. */
  policy?: string;
}

const utf8 = new TextEncoder();

/** Domain tag: bump when the hashed layout changes, so old entries simply stop matching. */
const LAYOUT = "promptshield:detection-cache:v1";

/**
 * Length-prefixes every part (`<utf8 bytes>:<part>`), so no two different inputs produce the same
 * byte string (e.g. text "a|b" vs text "a" + document "b").
 */
function frame(parts: readonly string[]): string {
  return parts.map((part) => `${utf8.encode(part).byteLength}:${part}`).join("");
}

/** base64url without padding: 43 characters for 32 bytes (hex would be 64: longer Redis keys). */
function base64url(bytes: ArrayBuffer): string {
  let binary = "";
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * The cache hash of a detection request (SHA-256, base64url, 43 characters).
 * `threshold` is written with JavaScript's shortest round-trip form, so equal numbers hash alike.
 */
export async function detectionCacheHash(input: DetectionCacheInput): Promise<string> {
  const documents = input.documents;
  const parts = [
    LAYOUT,
    input.engineVersion,
    String(input.threshold),
    input.policy ?? "",
    input.text,
    documents === undefined ? "-" : String(documents.length),
    ...(documents ?? []),
  ];
  const digest = await crypto.subtle.digest("SHA-256", utf8.encode(frame(parts)));
  return base64url(digest);
}
