/** A1 addressing helpers. Rows and columns are 0-based everywhere inside Planifica. */

export interface CellPos {
  row: number;
  col: number;
}

export interface RangeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(col: number): string {
  let name = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** "A" → 0, "AA" → 26; -1 when the text is not a column name. */
export function columnIndex(name: string): number {
  let n = 0;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i) & ~32; // upper-case
    if (code < 65 || code > 90) return -1;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function rangeAddress(box: RangeBox): string {
  const start = cellAddress(box.top, box.left);
  if (box.top === box.bottom && box.left === box.right) return start;
  return `${start}:${cellAddress(box.bottom, box.right)}`;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parses "B7" or "$B$7"; undefined when it is not a single cell. */
export function parseCell(address: string): CellPos | undefined {
  const m = CELL_RE.exec(address.trim());
  if (!m) return undefined;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (col < 0 || row < 0) return undefined;
  return { row, col };
}

/** Parses "B7", "B7:D9" (either corner order); undefined when malformed. */
export function parseRange(address: string): RangeBox | undefined {
  const [a, b] = address.split(':');
  const start = parseCell(a);
  const end = b === undefined ? start : parseCell(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

export function boxContains(box: RangeBox, row: number, col: number): boolean {
  return row >= box.top && row <= box.bottom && col >= box.left && col <= box.right;
}

export function boxSize(box: RangeBox): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

/**
 * A sheet name as Excel writes it in a reference: bare when it is a plain name ("Metas"),
 * otherwise in single quotes with each quote doubled ("'9.1 Indicadores multianual'",
 * "'Indicador''s'"). Names that look like a cell (A1, R1C1) or start with a digit are quoted too.
 */
export function quoteSheetName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RC]$/i.test(name) &&
    !/^R\d*C\d*$/i.test(name) &&
    !/^(TRUE|FALSE|VERDADERO|FALSO)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'9.1 Indicadores multianual'!I11": a cell or range with its sheet, as Excel writes it. */
export function sheetReference(sheet: string, range: string): string {
  return `${quoteSheetName(sheet)}!${range}`;
}
