/**
 * The WorkbookHost of a plain browser: the user opens an .xlsx, the engine runs in the page, and
 * "marking" produces an annotated copy to download. The opened bytes are never modified.
 * The reader and the surgical writer arrive with the first file (file-read.ts), ExcelJS with the
 * first template generated (file-xlsx.ts); both are loaded with import().
 */
import { isXlsxReadError } from '../../xlsx/errors';
import type { CellRef, SheetSnapshot, WorkbookSnapshot } from '../../core';
import { boxContains, cellAddress, columnName, parseRange } from '../../core';
import { validateWorkbook } from '../../rules/run';
import type { CellEdit } from '../../core/fixes';
import { planFixes } from '../fix-plan';
import { HostError, type CellPreview, type CorrectedCopy, type PreviewCell, type WorkbookHost } from '../host';

export interface FileHost extends WorkbookHost {
  readonly kind: 'file';
  /** Read a workbook the user picked or dropped; throws HostError with a plain message. */
  open(fileName: string, bytes: Uint8Array): Promise<void>;
  readonly fileName: string | undefined;
  correctedCopy(edits: readonly CellEdit[]): Promise<CorrectedCopy>;
}

export type XlsxModule = typeof import('./file-xlsx.js');
export type ReaderModule = typeof import('./file-read.js');

const importXlsx = (): Promise<XlsxModule> => import(/* webpackChunkName: "xlsx" */ './file-xlsx.js');
const importReader = (): Promise<ReaderModule> => import(/* webpackChunkName: "xlsx-read" */ './file-read.js');

function noFile(): HostError {
  return new HostError('no-workbook', 'Primero abra un libro .xlsx.', 'Open an .xlsx workbook first.');
}

/** Rows above and below, columns left and right of the cell in a preview (narrow: a 320 px pane). */
const PREVIEW_ROWS = 2;
const PREVIEW_COLS = 1;

/** The neighbourhood of `ref` in `sheet`: the target highlighted, related cells on it outlined. */
export function previewGrid(
  sheet: SheetSnapshot | undefined,
  ref: CellRef,
  related: readonly CellRef[] = [],
): CellPreview['grid'] | undefined {
  const target = parseRange(ref.range);
  if (!sheet || !target) return undefined;
  const near = related
    .filter((r) => r.sheet === ref.sheet)
    .map((r) => parseRange(r.range))
    .filter((box) => box !== undefined);
  const top = Math.max(0, target.top - PREVIEW_ROWS);
  const left = Math.max(0, target.left - PREVIEW_COLS);
  const bottom = Math.max(target.top, Math.min(target.bottom, target.top + PREVIEW_ROWS)) + PREVIEW_ROWS;
  const right = Math.min(target.right, target.left + PREVIEW_COLS) + PREVIEW_COLS;
  const byAddress = new Map(sheet.cells.map((c) => [cellAddress(c.row, c.col), c]));
  const columns: string[] = [];
  for (let col = left; col <= right; col++) columns.push(columnName(col));
  const rows: { row: number; cells: PreviewCell[] }[] = []; // row: as Excel numbers it (1-based)
  for (let row = top; row <= bottom; row++) {
    const cells: PreviewCell[] = [];
    for (let col = left; col <= right; col++) {
      const address = cellAddress(row, col);
      const cell = byAddress.get(address);
      const role = boxContains(target, row, col)
        ? 'target'
        : near.some((box) => boxContains(box, row, col))
          ? 'related'
          : undefined;
      cells.push({ address, value: cell?.value, formula: cell?.formula, ...(role ? { role } : {}) });
    }
    rows.push({ row: row + 1, cells });
  }
  return { columns, rows };
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
      const fixes = planFixes(findings, opened.snapshot);
      return { findings, summary, matrices, sheets: opened.snapshot.sheets.map((s) => s.name), fixes };
    },
    async select(ref: CellRef, related?: readonly CellRef[]) {
      if (!opened) throw noFile();
      const sheet = opened.snapshot.sheets.find((s) => s.name === ref.sheet);
      const box = parseRange(ref.range);
      const cell = sheet && box ? sheet.cells.find((c) => c.row === box.top && c.col === box.left) : undefined;
      const grid = previewGrid(sheet, ref, related);
      return {
        sheet: ref.sheet,
        range: ref.range,
        value: cell?.value,
        formula: cell?.formula,
        ...(grid ? { grid } : {}),
      };
    },
    async mark(findings) {
      if (!opened) throw noFile();
      const { annotateXlsx, annotatedFileName } = await loadReader();
      const result = await annotateXlsx(opened.bytes, findings);
      return { kind: 'download', fileName: annotatedFileName(opened.name), bytes: result.bytes };
    },
    async correctedCopy(edits) {
      if (!opened) throw noFile();
      const { patchXlsx, correctedFileName, readXlsx } = await loadReader();
      const result = patchXlsx(opened.bytes, edits);
      // The copy is read back from its own bytes: what the pane shows next is what was written.
      const snapshot = await readXlsx(result.bytes.slice());
      const fileName = correctedFileName(opened.name);
      opened = { name: fileName, bytes: result.bytes, snapshot };
      return { fileName, bytes: result.bytes, cells: result.applied.length };
    },
    async insert(spec) {
      const { writeWorkbook } = await loadXlsx();
      const bytes = await writeWorkbook(spec);
      const years = spec.properties.title?.match(/\d{4}(-\d{4})?/)?.[0] ?? 'plantilla';
      return { kind: 'download', fileName: `Planifica ${years}.xlsx`, bytes };
    },
  };
}
