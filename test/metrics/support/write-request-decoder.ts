/**
 * Test-only decoder for remote-write bodies: snappy block decompression plus a minimal protobuf
 * reader for WriteRequest/TimeSeries/Label/Sample. Deliberately independent of the encoder
 * (a generic wire-format walker) so that a shared misunderstanding cannot pass both.
 */
import { uncompress } from "snappyjs";

/** A decoded TimeSeries: labels in wire order, samples in wire order. */
export interface DecodedSeries {
  labels: Array<[string, string]>;
  samples: Array<{ value: number; timestampMs: number }>;
}

interface Field {
  field: number;
  wireType: number;
  /** For varints. */
  int?: number;
  /** For length-delimited and fixed64 fields. */
  bytes?: Uint8Array;
}

function readVarint(buf: Uint8Array, pos: { at: number }): number {
  let result = 0;
  let scale = 1;
  for (;;) {
    const byte = buf[pos.at++];
    if (byte === undefined) throw new Error("truncated varint");
    result += (byte & 0x7f) * scale;
    if ((byte & 0x80) === 0) return result;
    scale *= 128;
  }
}

function fields(buf: Uint8Array): Field[] {
  const out: Field[] = [];
  const pos = { at: 0 };
  while (pos.at < buf.length) {
    const key = readVarint(buf, pos);
    const field = Math.floor(key / 8);
    const wireType = key % 8;
    if (wireType === 0) out.push({ field, wireType, int: readVarint(buf, pos) });
    else if (wireType === 1) {
      out.push({ field, wireType, bytes: buf.subarray(pos.at, pos.at + 8) });
      pos.at += 8;
    } else if (wireType === 2) {
      const length = readVarint(buf, pos);
      if (pos.at + length > buf.length) throw new Error("truncated field");
      out.push({ field, wireType, bytes: buf.subarray(pos.at, pos.at + length) });
      pos.at += length;
    } else throw new Error(`unexpected wire type ${wireType}`);
  }
  return out;
}

const utf8 = new TextDecoder();

/** Decodes an uncompressed WriteRequest. */
export function decodeWriteRequest(buf: Uint8Array): DecodedSeries[] {
  return fields(buf)
    .filter((f) => f.field === 1 && f.wireType === 2)
    .map((ts) => {
      const series: DecodedSeries = { labels: [], samples: [] };
      for (const f of fields(ts.bytes ?? new Uint8Array())) {
        if (f.field === 1) {
          let name = "";
          let value = "";
          for (const lf of fields(f.bytes ?? new Uint8Array())) {
            if (lf.field === 1) name = utf8.decode(lf.bytes);
            if (lf.field === 2) value = utf8.decode(lf.bytes);
          }
          series.labels.push([name, value]);
        } else if (f.field === 2) {
          let value = 0;
          let timestampMs = 0;
          for (const sf of fields(f.bytes ?? new Uint8Array())) {
            if (sf.field === 1 && sf.bytes)
              value = new DataView(sf.bytes.buffer, sf.bytes.byteOffset, 8).getFloat64(0, true);
            if (sf.field === 2) timestampMs = sf.int ?? 0;
          }
          series.samples.push({ value, timestampMs });
        }
      }
      return series;
    });
}

/** Decompresses (snappy block) and decodes a remote-write request body. */
export function decodeRemoteWriteBody(body: Uint8Array): DecodedSeries[] {
  return decodeWriteRequest(uncompress(body));
}

/** `name{a="b",...}` for readable assertions; `__name__` becomes the prefix. */
export function seriesId(series: DecodedSeries): string {
  const name = series.labels.find(([label]) => label === "__name__")?.[1] ?? "";
  const rest = series.labels
    .filter(([label]) => label !== "__name__")
    .map(([label, value]) => `${label}="${value}"`)
    .join(",");
  return rest === "" ? name : `${name}{${rest}}`;
}
