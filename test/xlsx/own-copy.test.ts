/**
 * Text the reader keeps (formulas, shared strings, inline and formula-result strings) is copied
 * out of the decoded chunk it was found in: V8 keeps a long substring as a view of its parent, and
 * one kept formula per chunk would keep the whole sheet's XML alive through the validation.
 */
import { spawnSync } from 'node:child_process';
import { ownCopy } from '../../src/xlsx/xml';

/**
 * Heap still used after keeping one piece of each of 128 chunks of 64 KiB (the reader's slices),
 * decoded as the reader decodes, through `keep` (a function's source). Measured in a fresh
 * process with the optimising compilers off: in a test worker, other tests' garbage and
 * optimised code (which may copy a piece itself) moved the figure by megabytes either way.
 */
function retainedBytes(keep: string): number {
  const script = `
    const keep = ${keep};
    const settle = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
    const decoder = new TextDecoder();
    const bytes = Buffer.alloc(64 * 1024, '<c r="N4"><f>SUM(D4,F4,H4,J4,L4)</f><v>1</v></c>');
    const before = settle();
    const pieces = [];
    for (let i = 0; i < 128; i++) pieces.push(keep(decoder.decode(bytes).slice(i * 97, i * 97 + 40)));
    const retained = settle() - before;
    if (pieces.some((piece) => piece.length !== 40)) throw new Error('a piece changed');
    process.stdout.write(String(retained));
  `;
  const run = spawnSync(process.execPath, ['--expose-gc', '--max-opt=0', '-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return Number(run.stdout);
}

describe('ownCopy', () => {
  it('gives the same text', () => {
    for (const text of ['', 'A1', 'SUM(D4,F4,H4,J4,L4)', 'Producto 1: atención a la población', '𝐀'.repeat(20)])
      expect(ownCopy(text)).toBe(text);
  });

  it('keeps only the piece, not the chunk it was cut from', () => {
    // The control: plain substrings keep their 8 MB of chunks.
    const plain = retainedBytes('(piece) => piece');
    expect(plain).toBeGreaterThan(6 << 20);
    const copied = retainedBytes(ownCopy.toString());
    expect(copied).toBeLessThan(256 << 10);
  });
});
