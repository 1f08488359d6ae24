/**
 * The WorkbookHost of a plain browser: the user opens an .xlsx, the engine runs in the page, and
 * "marking" produces an annotated copy to download. The opened bytes are never modified.
 * The reader arrives with the first file (file-read.ts), ExcelJS with the first copy written
 * (file-xlsx.ts); both are loaded with import().
 */
import { isXlsxReadError } from '../../xlsx/errors';
import type { CellRef, WorkbookSnapshot } from '../../core';
import { parseCell } from '../../core';
import { validateWorkbook } from '../../rules/run';
import { HostError, type WorkbookHost } from '../host';

export interface FileHost extends WorkbookHost {
  readonly kind: 'file';
  /** Read a workbook the user picked or dropped; throws HostError with a plain message. */
  open(fileName: string, bytes: Uint8Array): Promise<void>;
  readonly fileName: string | undefined;
}

export type XlsxModule = typeof import('./file-xlsx.js');
export type ReaderModule = typeof import('./file-read.js');

const importXlsx = (): Promise<XlsxModule> => import(/* webpackChunkName: "xlsx" */ './file-xlsx.js');
const importReader = (): Promise<ReaderModule> => import(/* webpackChunkName: "xlsx-read" */ './file-read.js');

function noFile(): HostError {
  return new HostError('no-workbook', 'Primero abra un libro .xlsx.', 'Open an .xlsx workbook first.');
}

/** `loadXlsx` and `loadReader` are the lazy imports; tests hand in the modules directly (Jest runs no import()). */
export function createFileHost(
  loadXlsx: () => Promise<XlsxModule> = importXlsx,
  loadReader: () => Promise<ReaderModule> = importReader,
): FileHost {
  let opened: { name: string; bytes: Uint8Array; snapshot: WorkbookSnapshot } | undefined;
  return {
    kind: 'file',
    get fileName() {
      return opened?.name;
    },
    async open(fileName, bytes) {
      const { readXlsx } = await loadReader();
      try {
        // Keep our own copy: later reads and the annotated copy start from these exact bytes.
        const original = bytes.slice();
        const snapshot = await readXlsx(original.slice());
        opened = { name: fileName, bytes: original, snapshot };
      } catch (error) {
        if (isXlsxReadError(error)) {
          throw new HostError(
            'unreadable-file',
            `No se pudo leer «${fileName}»: ${error.message}.`,
            `Could not read "${fileName}": ${error.messageEn}.`,
          );
        }
        throw error;
      }
    },
    async validate() {
      if (!opened) throw noFile();
      const { findings, summary, matrices } = validateWorkbook(opened.snapshot);
      return { findings, summary, matrices };
    },
    async select(ref: CellRef) {
      if (!opened) throw noFile();
      const sheet = opened.snapshot.sheets.find((s) => s.name === ref.sheet);
      const pos = parseCell(ref.range.split(':')[0]);
      const cell = sheet && pos ? sheet.cells.find((c) => c.row === pos.row && c.col === pos.col) : undefined;
      return { sheet: ref.sheet, range: ref.range, value: cell?.value, formula: cell?.formula };
    },
    async mark(findings) {
      if (!opened) throw noFile();
      const { annotateXlsx, annotatedFileName } = await loadXlsx();
      const result = await annotateXlsx(opened.bytes, findings);
      return { kind: 'download', fileName: annotatedFileName(opened.name), bytes: result.bytes };
    },
    async insert(spec) {
      const { writeWorkbook } = await loadXlsx();
      const bytes = await writeWorkbook(spec);
      const years = spec.properties.title?.match(/\d{4}(-\d{4})?/)?.[0] ?? 'plantilla';
      return { kind: 'download', fileName: `Planifica ${years}.xlsx`, bytes };
    },
  };
}
