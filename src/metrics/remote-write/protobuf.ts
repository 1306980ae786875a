/**
 * Hand-written static protobuf encoder for the remote-write 1.0 `WriteRequest`
 * (prompb/remote.proto, prompb/types.proto). protobufjs reflection cannot run in workerd (it
 * generates code from strings), and four fixed messages need no library:
 *
 *   WriteRequest { repeated TimeSeries timeseries = 1; }
 *   TimeSeries   { repeated Label labels = 1; repeated Sample samples = 2; }
 *   Label        { string name = 1; string value = 2; }
 *   Sample       { double value = 1; int64 timestamp = 2; }
 *
 * Like the Go marshaller, proto3 default values (0, "") are omitted.
 */

/** One sample: a float64 value at a timestamp in ms since the epoch. */
export interface Sample {
  readonly value: number;
  readonly timestampMs: number;
}

/** One series: labels sorted by name (`__name__` included) and samples in timestamp order. */
export interface TimeSeries {
  readonly labels: ReadonlyArray<readonly [string, string]>;
  readonly samples: readonly Sample[];
}

const TAG_FIELD1_LEN = 0x0a; // field 1, wire type 2 (length-delimited)
const TAG_FIELD2_LEN = 0x12; // field 2, wire type 2
const TAG_SAMPLE_VALUE = 0x09; // field 1, wire type 1 (fixed64)
const TAG_SAMPLE_TIMESTAMP = 0x10; // field 2, wire type 0 (varint)

const utf8 = new TextEncoder();

function varintSize(value: number): number {
  let size = 1;
  // Division, not shifts: ms timestamps exceed 32 bits.
  for (let v = value; v >= 128; v = Math.floor(v / 128)) size++;
  return size;
}

/** Encoded-size bookkeeping computed once, so the output buffer is allocated exactly once. */
interface PreparedSeries {
  labels: Array<[Uint8Array, Uint8Array, number]>;
  samples: Array<[number, number, number]>;
  size: number;
}

function prepare(series: TimeSeries): PreparedSeries {
  const labels: Array<[Uint8Array, Uint8Array, number]> = [];
  let size = 0;
  for (const [name, value] of series.labels) {
    const n = utf8.encode(name);
    const v = utf8.encode(value);
    const labelSize =
      (n.length ? 1 + varintSize(n.length) + n.length : 0) +
      (v.length ? 1 + varintSize(v.length) + v.length : 0);
    labels.push([n, v, labelSize]);
    size += 1 + varintSize(labelSize) + labelSize;
  }
  const samples: Array<[number, number, number]> = [];
  for (const { value, timestampMs } of series.samples) {
    if (!Number.isSafeInteger(timestampMs) || timestampMs < 0) {
      throw new RangeError(`sample timestamp must be a non-negative integer (ms), got ${timestampMs}`);
    }
    const sampleSize = (value !== 0 ? 9 : 0) + (timestampMs !== 0 ? 1 + varintSize(timestampMs) : 0);
    samples.push([value, timestampMs, sampleSize]);
    size += 1 + varintSize(sampleSize) + sampleSize;
  }
  return { labels, samples, size };
}

class Writer {
  readonly bytes: Uint8Array<ArrayBuffer>;
  private readonly view: DataView;
  private offset = 0;

  constructor(size: number) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }

  byte(value: number): void {
    this.bytes[this.offset++] = value;
  }

  varint(value: number): void {
    let v = value;
    while (v >= 128) {
      this.bytes[this.offset++] = (v % 128) | 0x80;
      v = Math.floor(v / 128);
    }
    this.bytes[this.offset++] = v;
  }

  raw(data: Uint8Array): void {
    this.bytes.set(data, this.offset);
    this.offset += data.length;
  }

  double(value: number): void {
    this.view.setFloat64(this.offset, value, true);
    this.offset += 8;
  }

  get position(): number {
    return this.offset;
  }
}

/** Encodes a `WriteRequest` (uncompressed protobuf bytes). */
export function encodeWriteRequest(series: readonly TimeSeries[]): Uint8Array<ArrayBuffer> {
  const prepared = series.map(prepare);
  const total = prepared.reduce((sum, p) => sum + 1 + varintSize(p.size) + p.size, 0);
  const w = new Writer(total);
  for (const p of prepared) {
    w.byte(TAG_FIELD1_LEN);
    w.varint(p.size);
    for (const [name, value, size] of p.labels) {
      w.byte(TAG_FIELD1_LEN);
      w.varint(size);
      if (name.length) {
        w.byte(TAG_FIELD1_LEN);
        w.varint(name.length);
        w.raw(name);
      }
      if (value.length) {
        w.byte(TAG_FIELD2_LEN);
        w.varint(value.length);
        w.raw(value);
      }
    }
    for (const [value, timestampMs, size] of p.samples) {
      w.byte(TAG_FIELD2_LEN);
      w.varint(size);
      if (value !== 0) {
        w.byte(TAG_SAMPLE_VALUE);
        w.double(value);
      }
      if (timestampMs !== 0) {
        w.byte(TAG_SAMPLE_TIMESTAMP);
        w.varint(timestampMs);
      }
    }
  }
  if (w.position !== total) throw new Error(`protobuf size mismatch: wrote ${w.position}, planned ${total}`);
  return w.bytes;
}
