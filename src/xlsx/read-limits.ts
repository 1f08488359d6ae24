/**
 * What the reader accepts. A POM workbook is a few hundred kilobytes; these limits leave a wide
 * margin for real workbooks while keeping a hostile file (zip bomb, giant sheet) from exhausting
 * memory or time. Documented in docs/cli.md ("Límites").
 */

export interface ReadLimits {
  /** Size of the .xlsx file itself. */
  maxFileBytes: number;
  /** Sum of the uncompressed sizes of every part of the package. */
  maxUncompressedBytes: number;
  /** Largest compression ratio accepted for a part bigger than `ratioCheckBytes`. */
  maxCompressionRatio: number;
  /** Parts smaller than this are not ratio-checked (tiny XML parts compress very well). */
  ratioCheckBytes: number;
  /** Number of parts (files) inside the package. */
  maxEntries: number;
  maxSheets: number;
  /** Cells that hold something (a value, a formula or a style), over all sheets. */
  maxCells: number;
  /** XML elements scanned in all the parts read (empty rows and cells count too). */
  maxElements: number;
}

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024;
export const MAX_COMPRESSION_RATIO = 200;
export const RATIO_CHECK_BYTES = 10 * 1024 * 1024;
export const MAX_ENTRIES = 10_000;
export const MAX_SHEETS = 1_000;
/** Measured: validating 1 M cells peaks at about 0.6 GB of memory (docs/rendimiento.md). */
export const MAX_CELLS = 1_500_000;
/** A cell is two to four elements (`<c>`, `<v>`, `<f>`, `<is><t>`): room for MAX_CELLS of them. */
export const MAX_ELEMENTS = 4 * MAX_CELLS;

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: MAX_FILE_BYTES,
  maxUncompressedBytes: MAX_UNCOMPRESSED_BYTES,
  maxCompressionRatio: MAX_COMPRESSION_RATIO,
  ratioCheckBytes: RATIO_CHECK_BYTES,
  maxEntries: MAX_ENTRIES,
  maxSheets: MAX_SHEETS,
  maxCells: MAX_CELLS,
  maxElements: MAX_ELEMENTS,
});

export function resolveLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  const limits = { ...DEFAULT_READ_LIMITS };
  for (const key of Object.keys(limits) as (keyof ReadLimits)[]) {
    const value = overrides[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) limits[key] = value;
  }
  return limits;
}
