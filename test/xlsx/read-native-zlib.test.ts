/**
 * The command line reads with Node's own zlib (src/cli/node-zlib.ts); the browser with fflate.
 * The same damaged and hostile packages must fail the same way through both, and every sound
 * workbook we have must read the same. The suites of bad input run here a second time, with
 * readXlsx given Node's zlib.
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { columnName } from '../../src/core/address';
import { nodeZlib } from '../../src/cli/node-zlib';
import { buildZip, minimalWorkbookParts } from '../support/xlsx';

jest.mock('../../src/xlsx/read', () => {
  const actual = jest.requireActual<typeof import('../../src/xlsx/read')>('../../src/xlsx/read');
  const { nodeZlib: zlib } = jest.requireActual<typeof import('../../src/cli/node-zlib')>('../../src/cli/node-zlib');
  return {
    ...actual,
    readXlsx: (data: Uint8Array | ArrayBuffer, options: Parameters<typeof actual.readXlsx>[1] = {}) =>
      actual.readXlsx(data, { zlib, ...options }),
  };
});

const { readXlsx: readWithFflate } = jest.requireActual<typeof import('../../src/xlsx/read')>('../../src/xlsx/read');

describe("with Node's zlib", () => {
  /* eslint-disable @typescript-eslint/no-require-imports -- the same suites, registered again here */
  describe('bad input', () => {
    require('./read-errors.test');
  });
  describe('hostile packages', () => {
    require('./read-hostile.test');
  });
  /* eslint-enable @typescript-eslint/no-require-imports */

  it('reads every example and fixture workbook exactly as fflate does', async () => {
    const root = join(__dirname, '..', '..');
    const files = [
      ...readdirSync(join(root, 'examples')).map((f) => join(root, 'examples', f)),
      ...readdirSync(join(root, 'test', 'fixtures', 'real-world-like')).map((f) =>
        join(root, 'test', 'fixtures', 'real-world-like', f),
      ),
    ].filter((f) => /\.xls[xm]$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file));
      expect(await readWithFflate(bytes, { zlib: nodeZlib })).toEqual(await readWithFflate(bytes));
    }
  });

  it('inflates a part over 8 MB into one buffer of its declared size, and refuses one that outgrows it', async () => {
    // 9 MB of sheet XML in 9,000 text cells of 1,000 characters that compress little (a part
    // this big takes the single-buffer path).
    let seed = 7;
    const pool = Array.from({ length: 50_000 }, () =>
      String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26)),
    ).join('');
    const text = (k: number) => pool.slice((k * 4099) % 49_000, ((k * 4099) % 49_000) + 1000);
    const rows: string[] = [];
    for (let r = 1; r <= 900; r++) {
      const cells: string[] = [];
      for (let c = 0; c < 10; c++)
        cells.push(`<c r="${columnName(c)}${r}" t="inlineStr"><is><t>${text(r * 10 + c)}</t></is></c>`);
      rows.push(`<row r="${r}">${cells.join('')}</row>`);
    }
    const parts = minimalWorkbookParts(`<sheetData>${rows.join('')}</sheetData>`);
    const sheet = parts.find((part) => part.name === 'xl/worksheets/sheet1.xml')!;
    const size = Buffer.byteLength(sheet.data as string);
    expect(size).toBeGreaterThan(8 << 20);
    const sound = buildZip(parts);
    const read = await readWithFflate(sound, { zlib: nodeZlib });
    expect(read.sheets[0].cells).toHaveLength(9000);
    expect(read).toEqual(await readWithFflate(sound));
    // The same part declared a byte short: Node's zlib stops at the declared size.
    const bomb = buildZip(parts.map((part) => (part === sheet ? { ...part, declaredSize: size - 1 } : part)));
    await expect(readWithFflate(bomb, { zlib: nodeZlib })).rejects.toThrow('se expande más de lo que declara el zip');
  });
});
