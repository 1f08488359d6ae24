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

/** Heap still used after keeping one piece of each of 128 chunks of 64 KiB, decoded as the reader decodes. */
function retainedBytes(keep: (piece: string) => string): number {
  const decoder = new TextDecoder();
  const bytes = Buffer.alloc(64 * 1024, '<c r="N4"><f>SUM(D4,F4,H4,J4,L4)</f><v>1</v></c>');
  gc();
  const before = process.memoryUsage().heapUsed;
  const pieces: string[] = [];
  for (let i = 0; i < 128; i++) pieces.push(keep(decoder.decode(bytes).slice(i * 97, i * 97 + 40)));
  gc();
  const retained = process.memoryUsage().heapUsed - before;
  expect(pieces[127]).toHaveLength(40);
  return retained;
}

describe('ownCopy', () => {
  it('gives the same text', () => {
    for (const text of ['', 'A1', 'SUM(D4,F4,H4,J4,L4)', 'Producto 1: atención a la población', '𝐀'.repeat(20)])
      expect(ownCopy(text)).toBe(text);
  });

  it('keeps only the piece, not the chunk it was cut from', () => {
    // The control: plain substrings keep their 8 MB of chunks.
    expect(retainedBytes((piece) => piece)).toBeGreaterThan(7 << 20);
    expect(retainedBytes(ownCopy)).toBeLessThan(1 << 20);
  });
});
