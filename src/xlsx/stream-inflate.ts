/**
 * fflate's inflate, chunk by chunk: how the reader inflates where the platform lends it no zlib
 * (the browser, and the tests that read without one). Its own module so that the command line,
 * which inflates with Node's zlib, never loads fflate (≈ 10 ms at start-up, worker_threads with it).
 */
import { Inflate } from 'fflate';

/** Input slice handed to the inflater at a time: bounds each output chunk. */
const INFLATE_SLICE = 64 * 1024;

/** Inflates raw deflate data, handing each non-empty output chunk over; throws on bad data. */
export function inflateStream(data: Uint8Array, onChunk: (chunk: Uint8Array) => void): void {
  const inflater = new Inflate((chunk) => {
    if (chunk.length) onChunk(chunk);
  });
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  for (let at = 0; at < data.length; at += INFLATE_SLICE) {
    inflater.push(data.subarray(at, at + INFLATE_SLICE), at + INFLATE_SLICE >= data.length);
  }
}
