/**
 * Precomputes each record's windows and features once, with the exact inference code
 * (normalize → findCues → forEachChunk → extractFeatures/cueVector), so training sees what
 * production sees.
 */

import { forEachChunk } from "../../src/detection/classifier/chunks";
import { createCueHits, cueVector, findCues, NUM_CUES } from "../../src/detection/classifier/cues";
import { createScratch, extractFeatures } from "../../src/detection/classifier/features";
import { normalize } from "../../src/detection/normalize";

/** One record's windows: features of window k are ids[off[k] .. off[k+1]), cues[k·NUM_CUES ..]. */
export interface DocFeatures {
  ids: Int32Array;
  off: Int32Array;
  cues: Float32Array;
  chunks: number;
}

/** Featurises a batch of texts. */
export function featurize(texts: readonly string[]): DocFeatures[] {
  const scratch = createScratch();
  const hits = createCueHits();
  const cueX = new Float32Array(NUM_CUES);
  return texts.map((t) => {
    const { folded } = normalize(t);
    findCues(folded, hits);
    const idParts: Int32Array[] = [];
    const cueParts: Float32Array[] = [];
    forEachChunk(folded.length, (s, e) => {
      extractFeatures(folded, s, e, scratch);
      idParts.push(scratch.ids.slice(0, scratch.count));
      cueParts.push(cueVector(hits, s, e, cueX).slice());
    });
    const total = idParts.reduce((a, p) => a + p.length, 0);
    const ids = new Int32Array(total);
    const off = new Int32Array(idParts.length + 1);
    let o = 0;
    for (let k = 0; k < idParts.length; k++) {
      const p = idParts[k] as Int32Array;
      ids.set(p, o);
      off[k] = o;
      o += p.length;
    }
    off[idParts.length] = o;
    const cues = new Float32Array(cueParts.length * NUM_CUES);
    for (let k = 0; k < cueParts.length; k++) cues.set(cueParts[k] as Float32Array, k * NUM_CUES);
    return { ids, off, cues, chunks: idParts.length };
  });
}
