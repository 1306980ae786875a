/**
 * Builds the remote-write HTTP request body and headers: protobuf `WriteRequest`, snappy *block*
 * compressed (never the framed format), with the four headers the 1.0 spec requires.
 */
import { compress } from "snappyjs";
import { SERVICE_VERSION } from "../../config";
import { encodeWriteRequest, type TimeSeries } from "./protobuf";

/** User-Agent sent with every push. */
export const REMOTE_WRITE_USER_AGENT = `promptshield-edge/${SERVICE_VERSION}`;

/** Headers every remote-write request carries (auth added separately). */
export const REMOTE_WRITE_HEADERS: Readonly<Record<string, string>> = {
  "Content-Type": "application/x-protobuf",
  "Content-Encoding": "snappy",
  "X-Prometheus-Remote-Write-Version": "0.1.0",
  "User-Agent": REMOTE_WRITE_USER_AGENT,
};

/** Encodes and snappy-compresses series into a remote-write body. */
export function encodeRemoteWriteBody(series: readonly TimeSeries[]): Uint8Array<ArrayBuffer> {
  return compress(encodeWriteRequest(series));
}
