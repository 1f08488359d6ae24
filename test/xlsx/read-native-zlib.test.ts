/**
 * The command line reads with Node's own zlib (src/cli/node-zlib.ts); the browser with fflate.
 * The same damaged and hostile packages must fail the same way through both, and every sound
 * workbook we have must read the same. The suites of bad input run here a second time, with
 * readXlsx given Node's zlib.
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { nodeZlib } from '../../src/cli/node-zlib';

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
});
