/**
 * The command loads ExcelJS from its prebuilt bundle (`exceljs/dist/exceljs.bare.min.js`: the
 * same library in one file, without the browser polyfills) instead of the package's hundreds of
 * CommonJS files: ≈ 0.25 s less CPU at every start. It is registered under the name `exceljs`,
 * so the reader, the writer and the annotator share this one copy.
 * test/xlsx/read-bundle.test.ts checks that the bundle reads workbooks exactly as the package does.
 */
import Module from 'node:module';

export function preferExcelJsBundle(): void {
  try {
    const id = require.resolve('exceljs');
    if (require.cache[id]) return; // already loaded: keep the one copy
    const entry = new Module(id);
    entry.filename = id;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file path, not a module
    entry.exports = require('exceljs/dist/exceljs.bare.min.js');
    entry.loaded = true;
    require.cache[id] = entry;
  } catch {
    // Without the bundle, `exceljs` loads from the package as usual.
  }
}
