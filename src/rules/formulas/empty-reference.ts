/**
 * A formula that reads an empty cell: usually a reference that slipped one row or column, or a
 * value that was never typed, and Excel quietly reads it as 0. Ranges are only a problem when
 * they are wholly empty (gaps inside a list are normal), an aggregate may skip empty members of
 * a list that has data, and formulas that test for blanks on purpose (IF, ISBLANK, COUNT…) or
 * rows prepared for data still to come are left alone.
 */
import {
  createRule,
  rangeAddress,
  sheetReference,
  type CellRef,
  type FormulaInfo,
  type FormulaReference,
  type RangeBox,
  type SheetView,
} from '../../core';
import {
  aggregateOf,
  clipToSheet,
  groupVerticalRuns,
  isEmptyCell,
  sheetFacts,
  targetSheet,
} from './support/sheet-facts';

/** Functions that show the author expects blanks and handles them. */
const BLANK_AWARE =
  /^(IF|IFS|IFERROR|IFNA|SI|SI\.ERROR|IS[A-Z.]*|ES[A-Z.]*|COUNT[A-Z]*|CONTAR[A-Z.]*|LEN|LARGO|N|T|ISOMITTED)$/;

const blankAwareCache = new Map<string, boolean>();
function isBlankAware(name: string): boolean {
  let aware = blankAwareCache.get(name);
  if (aware === undefined) blankAwareCache.set(name, (aware = BLANK_AWARE.test(name)));
  return aware;
}

/** Boxes up to this size are checked cell by cell; larger ones through the occupancy index. */
const DIRECT_LOOKUP_CELLS = 64;

function isEmptyBox(sheet: SheetView, box: RangeBox): boolean {
  for (let r = box.top; r <= box.bottom; r++) {
    const cells = sheet.row(r);
    for (let c = box.left; c <= box.right; c++) if (!isEmptyCell(cells[c])) return false;
  }
  return true;
}

/** `D5+D9+D15`: references added together and nothing else, a SUM written by hand. */
function isPlainAddition(info: FormulaInfo): boolean {
  let refs = 0;
  const isRef = new Set(info.references.map((r) => r.token));
  for (let i = 0; i < info.tokens.length; i++) {
    const { type, value } = info.tokens[i];
    if (isRef.has(i)) refs++;
    else if (type !== 'whitespace' && type !== 'newline' && value !== '+') return false;
  }
  return refs > 1;
}

interface EmptyUse {
  row: number;
  col: number;
  formula: string;
  relative: string;
  reference: string;
  empty: CellRef;
}

/** Occupied rows per column, sorted, to answer "is this box empty?" by binary search. */
class Occupancy {
  /** Indexed by column. */
  private readonly rowsByColumn: (number[] | undefined)[] = [];
  private readonly usedColumns: number[] = [];

  constructor(sheet: SheetView) {
    for (const cell of sheet.cells) {
      if (isEmptyCell(cell)) continue;
      const rows = this.rowsByColumn[cell.col];
      if (rows) rows.push(cell.row);
      else {
        this.rowsByColumn[cell.col] = [cell.row];
        this.usedColumns.push(cell.col);
      }
    }
  }

  isEmpty(top: number, left: number, bottom: number, right: number): boolean {
    if (right - left + 1 <= this.usedColumns.length) {
      for (let col = left; col <= right; col++) if (!this.columnEmpty(col, top, bottom)) return false;
      return true;
    }
    for (const col of this.usedColumns)
      if (col >= left && col <= right && !this.columnEmpty(col, top, bottom)) return false;
    return true;
  }

  private columnEmpty(col: number, top: number, bottom: number): boolean {
    const rows = this.rowsByColumn[col];
    if (!rows) return true;
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid] < top) lo = mid + 1;
      else hi = mid;
    }
    return !(lo < rows.length && rows[lo] <= bottom);
  }
}

export default createRule({
  meta: {
    id: 'formulas/empty-reference',
    kind: 'empty-reference',
    severity: 'warning',
    description: 'Señala las fórmulas que leen celdas vacías.',
    descriptionEn: 'Flags formulas that read empty cells.',
    messages: {
      emptyCell: 'La fórmula ={{formula}} lee {{reference}}, que está vacía (Excel la toma como 0).',
      emptyRange: 'La fórmula ={{formula}} lee el rango {{reference}}, que está vacío por completo.',
      emptyBlock:
        'Las {{count}} fórmulas de {{range}} leen celdas vacías (la primera, ={{formula}}, lee {{reference}}).',
    },
  },
  create(context) {
    const { workbook } = context;
    const occupancy = new Map<SheetView, Occupancy>();
    const occupancyOf = (sheet: SheetView): Occupancy => {
      let o = occupancy.get(sheet);
      if (!o) occupancy.set(sheet, (o = new Occupancy(sheet)));
      return o;
    };
    for (const sheet of workbook.sheets) {
      // Rows with at least one typed value: a row of formulas alone is prepared for future data.
      const rowsWithConstants = new Uint8Array(sheet.rowCount);
      for (const cell of sheet.cells)
        if (cell.formula === undefined && !isEmptyCell(cell)) rowsWithConstants[cell.row] = 1;
      const uses: (EmptyUse & { isRange: boolean })[] = [];
      for (const cell of sheet.cells) {
        if (cell.formula === undefined || !rowsWithConstants[cell.row]) continue;
        const info = sheet.formula(cell);
        if (!info || info.malformed || info.references.length === 0) continue;
        if (info.functions.some(isBlankAware)) continue;
        const empties: { ref: FormulaReference; target: SheetView }[] = [];
        let filled = 0;
        for (const ref of info.references) {
          const target = targetSheet(workbook, sheet, ref);
          // A sheet that does not exist is a #REF! matter, not an empty cell.
          if (!target) continue;
          const box = clipToSheet(ref.box, target);
          const empty =
            !box ||
            ((box.bottom - box.top + 1) * (box.right - box.left + 1) <= DIRECT_LOOKUP_CELLS
              ? isEmptyBox(target, box)
              : occupancyOf(target).isEmpty(box.top, box.left, box.bottom, box.right));
          if (empty) empties.push({ ref, target });
          else filled++;
        }
        // Most formulas read filled cells only: the shape of the sum matters only when one is empty.
        if (empties.length === 0) continue;
        // A sum over a list that has data (SUM, or D5+D9+D15) may skip members left empty on their
        // own rows; a member on a wholly blank row (a separator) is a reference gone astray.
        const sumOfMembers = filled > 0 && (aggregateOf(info) !== undefined || isPlainAddition(info));
        const astray = sumOfMembers
          ? empties.filter((e) => !e.ref.isRange && sheetFacts(workbook, e.target).rowHasContent[e.ref.box.top] !== 1)
          : empties;
        if (astray.length === 0) continue;
        const { ref, target } = astray[0];
        const local = rangeAddress(ref.box);
        const reference = target === sheet ? local : sheetReference(target.name, local);
        uses.push({
          row: cell.row,
          col: cell.col,
          formula: cell.formula,
          relative: info.relative,
          reference,
          empty: { sheet: target.name, range: local },
          isRange: ref.isRange,
        });
      }
      const runs = groupVerticalRuns(uses, (u) => ({ row: u.row, col: u.col, key: u.relative }));
      for (const run of runs) {
        const first = run.items[0];
        const range = rangeAddress({ top: run.top, left: run.col, bottom: run.bottom, right: run.col });
        const base = { sheet: sheet.name, range, related: [first.empty] };
        const data = { formula: first.formula, reference: first.reference };
        if (run.items.length > 1)
          context.report({ ...base, messageId: 'emptyBlock', data: { ...data, count: run.items.length, range } });
        else context.report({ ...base, messageId: first.isRange ? 'emptyRange' : 'emptyCell', data });
      }
    }
  },
});
