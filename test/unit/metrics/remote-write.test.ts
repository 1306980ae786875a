import { uncompress } from "snappyjs";
import { describe, expect, it } from "vitest";
import { allSeries } from "../../../src/metrics/derived";
import { MetricsRecorder } from "../../../src/metrics/recorder";
import { basicAuth, pushRemoteWrite } from "../../../src/metrics/remote-write/client";
import { encodeWriteRequest } from "../../../src/metrics/remote-write/protobuf";
import { encodeRemoteWriteBody, REMOTE_WRITE_HEADERS } from "../../../src/metrics/remote-write/request";
import { toTimeSeries } from "../../../src/metrics/remote-write/series";
import { SeriesStore } from "../../../src/metrics/series-store";
import {
  decodeRemoteWriteBody,
  decodeWriteRequest,
  seriesId,
} from "../../metrics/support/write-request-decoder";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("WriteRequest encoder", () => {
  it("matches hand-assembled protobuf bytes", () => {
    const bytes = encodeWriteRequest([
      {
        labels: [
          ["__name__", "up"],
          ["job", "x"],
        ],
        samples: [{ value: 1, timestampMs: 1000 }],
      },
    ]);
    const expected = [
      "0a28", // WriteRequest.timeseries, 40 bytes
      "0a0e",
      "0a08",
      Buffer.from("__name__").toString("hex"),
      "1202",
      Buffer.from("up").toString("hex"),
      "0a08",
      "0a03",
      Buffer.from("job").toString("hex"),
      "1201",
      Buffer.from("x").toString("hex"),
      "120c",
      "09000000000000f03f",
      "10e807", // Sample{value=1.0, timestamp=1000}
    ].join("");
    expect(hex(bytes)).toBe(expected);
  });

  it("omits proto3 defaults and encodes large timestamps, NaN and unicode", () => {
    const ts = 1_767_225_600_123; // > 2^32 ms
    const decoded = decodeWriteRequest(
      encodeWriteRequest([
        {
          labels: [
            ["__name__", "a"],
            ["tenant_id", "über-ü"],
          ],
          samples: [{ value: 0, timestampMs: ts }],
        },
        {
          labels: [["__name__", "b"]],
          samples: [
            { value: Number.NaN, timestampMs: ts },
            { value: -2.5, timestampMs: ts + 1 },
          ],
        },
      ]),
    );
    expect(decoded[0]).toEqual({
      labels: [
        ["__name__", "a"],
        ["tenant_id", "über-ü"],
      ],
      samples: [{ value: 0, timestampMs: ts }],
    });
    expect(decoded[1]?.samples[0]?.value).toBeNaN();
    expect(decoded[1]?.samples[1]).toEqual({ value: -2.5, timestampMs: ts + 1 });
    expect(() => encodeWriteRequest([{ labels: [], samples: [{ value: 1, timestampMs: -1 }] }])).toThrow(
      RangeError,
    );
  });

  it("round-trips a registry snapshot through snappy: sorted labels, __name__ first, classic histograms", () => {
    const store = new SeriesStore(null);
    const record = new MetricsRecorder(store, () => 0);
    record.detection({
      tenantId: "acme",
      result: "injection",
      model: "edge",
      durationSeconds: 0.003,
      confidence: 0.97,
    });
    record.detection({
      tenantId: "acme",
      result: "benign",
      model: "edge",
      durationSeconds: 0.02,
      confidence: 0.2,
    });
    record.cacheLookup({ tenantId: "acme", hit: true });
    record.cacheLookup({ tenantId: "acme", hit: false });
    const ts = 1_700_000_000_000;
    const body = encodeRemoteWriteBody(toTimeSeries(allSeries(store, ts), ts));
    expect(uncompress(body).length).toBeGreaterThan(body.length); // really compressed
    const series = decodeRemoteWriteBody(body);
    for (const s of series) {
      expect(s.labels[0]?.[0]).toBe("__name__");
      const names = s.labels.map(([name]) => name);
      expect(names).toEqual([...names].sort());
      expect(s.samples).toHaveLength(1);
      expect(s.samples[0]?.timestampMs).toBe(ts);
    }
    const byId = new Map(series.map((s) => [seriesId(s), s.samples[0]?.value]));
    expect(byId.get('detection_requests_total{model="edge",result="injection",tenant_id="acme"}')).toBe(1);
    expect(byId.get('detection_duration_seconds_bucket{le="0.005",model="edge",tenant_id="acme"}')).toBe(1);
    expect(byId.get('detection_duration_seconds_bucket{le="0.025",model="edge",tenant_id="acme"}')).toBe(2);
    expect(byId.get('detection_duration_seconds_bucket{le="+Inf",model="edge",tenant_id="acme"}')).toBe(2);
    expect(byId.get('detection_duration_seconds_count{model="edge",tenant_id="acme"}')).toBe(2);
    expect(byId.get('detection_duration_seconds_sum{model="edge",tenant_id="acme"}')).toBeCloseTo(0.023);
    expect(byId.get('cache_hit_rate_percent{tenant_id="acme"}')).toBe(50);
  });
});

describe("remote-write client", () => {
  const target = { url: "http://127.0.0.1:1/api/v1/write", username: "123456", password: "glc_token" };

  it("sends the spec headers, basic auth and the body", async () => {
    let seen: Request | null = null;
    const fetcher = async (input: RequestInfo | URL, init?: RequestInit) => {
      seen = new Request(input, init);
      return new Response(null, { status: 204 });
    };
    const outcome = await pushRemoteWrite(target, new Uint8Array([1, 2, 3]), fetcher);
    expect(outcome).toEqual({ kind: "ok", status: 204 });
    const request = seen as unknown as Request;
    expect(request.method).toBe("POST");
    for (const [name, value] of Object.entries(REMOTE_WRITE_HEADERS))
      expect(request.headers.get(name)).toBe(value);
    expect(request.headers.get("Authorization")).toBe(`Basic ${btoa("123456:glc_token")}`);
    expect(new Uint8Array(await request.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("classifies answers: 5xx/429/401/network retry, 400 rejects", async () => {
    const answer = (status: number) => async () => new Response("err-mimir-sample-out-of-order", { status });
    expect((await pushRemoteWrite(target, new Uint8Array(), answer(500))).kind).toBe("retry");
    expect((await pushRemoteWrite(target, new Uint8Array(), answer(429))).kind).toBe("retry");
    expect((await pushRemoteWrite(target, new Uint8Array(), answer(401))).kind).toBe("retry");
    expect(await pushRemoteWrite(target, new Uint8Array(), answer(400))).toEqual({
      kind: "reject",
      status: 400,
      detail: "err-mimir-sample-out-of-order",
    });
    const down = async (): Promise<Response> => {
      throw new TypeError("fetch failed");
    };
    expect(await pushRemoteWrite(target, new Uint8Array(), down)).toMatchObject({
      kind: "retry",
      status: null,
    });
  });

  it("encodes UTF-8 credentials", () => {
    expect(basicAuth("ü", "p")).toBe(`Basic ${Buffer.from("ü:p").toString("base64")}`);
  });
});
