/**
 * Text the reader keeps (formulas, shared strings, inline and formula-result strings) is copied
 * out of the decoded chunk it was found in: V8 keeps a long substring as a view of its parent, and
 * one kept formula per chunk would keep the whole sheet's XML alive through the validation.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ownCopy } from '../../src/xlsx/xml';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/**
 * Memory in use after two full collections (the second waits for the first's sweeping, which
 * heapUsed counts until done). External memory too: a long decoded text may live outside the heap.
 */
const settle = (): number => {
  gc();
  gc();
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
};

/** Heap still used after keeping one piece of each of 128 chunks of 64 KiB, decoded as the reader decodes. */
function retainedBytes(keep: (piece: string) => string): number {
  const decoder = new TextDecoder();
  const bytes = Buffer.alloc(64 * 1024, '<c r="N4"><f>SUM(D4,F4,H4,J4,L4)</f><v>1</v></c>');
  const before = settle();
  const pieces: string[] = [];
  for (let i = 0; i < 128; i++) pieces.push(keep(decoder.decode(bytes).slice(i * 97, i * 97 + 40)));
  const retained = settle() - before;
  expect(pieces[127]).toHaveLength(40);
  return retained;
}

describe('ownCopy', () => {
  it('gives the same text', () => {
    for (const text of ['', 'A1', 'SUM(D4,F4,H4,J4,L4)', 'Producto 1: atención a la población', '𝐀'.repeat(20)])
      expect(ownCopy(text)).toBe(text);
  });

  it('keeps only the piece, not the chunk it was cut from', () => {
    // The control: plain substrings keep their chunks (all 8 MB of them while the loop runs
    // unoptimised; V8's optimised code may copy some pieces, so at least a quarter).
    const plain = retainedBytes((piece) => piece);
    expect(plain).toBeGreaterThan(2 << 20);
    const copied = retainedBytes(ownCopy);
    expect(copied).toBeLessThan(256 << 10);
    expect(copied).toBeLessThan(plain / 8);
  });
});
