/**
 * The command loads ExcelJS from its prebuilt bundle (`exceljs/dist/exceljs.bare.min.js`: the
 * same library in one file, without the browser polyfills) instead of the package's hundreds of
 * CommonJS files: ≈ 0.25 s less CPU at every start. It is registered under the name `exceljs`,
 * so the writer and the annotator share this one copy, and it loads only when one of them first
 * uses it: `validate` reads with src/xlsx/read.ts and never pays for ExcelJS.
 * test/xlsx/read-bundle.test.ts checks that the bundle reads workbooks exactly as the package does.
 */
import Module from 'node:module';

export function preferExcelJsBundle(): void {
  try {
    const id = require.resolve('exceljs');
    if (require.cache[id]) return; // already loaded: keep the one copy
    const bundle = require.resolve('exceljs/dist/exceljs.bare.min.js');
    let loaded: Record<string | symbol, unknown> | undefined;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file path, not a module
    const load = (): Record<string | symbol, unknown> => (loaded ??= require(bundle));
    const entry = new Module(id);
    entry.filename = id;
    // `require('exceljs')` runs when a module that uses it is imported; the bundle loads when a
    // member is first read. `__esModule` is answered without loading (the bundle has none).
    entry.exports = new Proxy(
      {},
      {
        get: (_, key) => (key === '__esModule' ? undefined : load()[key]),
        has: (_, key) => key in load(),
        ownKeys: () => Reflect.ownKeys(load()),
        getOwnPropertyDescriptor: (_, key) => {
          const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
          return descriptor && { ...descriptor, configurable: true };
        },
      },
    );
    entry.loaded = true;
    require.cache[id] = entry;
  } catch {
    // Without the bundle, `exceljs` loads from the package as usual.
  }
}
