/**
 * A formula that reads an empty cell. Most of the time that is data not entered yet — a plan in
 * mid-year, quarterly cells nobody has filled — and a planner shown one warning per formula stops
 * reading. So blanks read by formulas that are copies of one another are reported once per block
 * as missing data (`info`); a warning is kept for the blank that is the odd one out: the
 * formula's own copies read numbers at the same place, the divisor of a division, a member of a
 * sum that falls on a blank separator row, or a lone parameter never typed.
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
/** A blank is the odd one out when at least this share of the formula's copies read a figure there… */
const ODD_SHARE = 0.8;
/** …and there are at least this many copies to compare with. */
const MIN_COPIES = 3;

function isEmptyBox(sheet: SheetView, box: RangeBox): boolean {
  for (let r = box.top; r <= box.bottom; r++) {
    const cells = sheet.row(r);
    for (let c = box.left; c <= box.right; c++) if (!isEmptyCell(cells[c])) return false;
  }
  return true;
}

/**
 * `D5+D9+D15`, `(D5+D9)/2`, `SUM(D5+D9+D15)`, `SUM(D5,D9)`: members added together (and at most
 * scaled by a number), a sum written by hand, whose members may be blank on purpose.
 */
function isSumOfMembers(info: FormulaInfo): boolean {
  if (aggregateOf(info) !== undefined) return true;
  let refs = 0;
  const isRef = new Set(info.references.map((r) => r.token));
  const { tokens } = info;
  for (let i = 0; i < tokens.length; i++) {
    const { type, value } = tokens[i];
    if (isRef.has(i)) refs++;
    else if (type === 'whitespace' || type === 'newline') continue;
    else if (value === '+' || value === '(' || value === ')' || value === ',') continue;
    else if (type === 'func' && /^(SUM|SUMA)$/i.test(value)) continue;
    else if ((value === '/' || value === '*') && tokens[i + 1]?.type === 'number') i++;
    else return false;
  }
  return refs > 1;
}

/** True when the reference at `tokenIndex` is what the formula divides by. */
function isDivisor(info: FormulaInfo, tokenIndex: number): boolean {
  for (let i = tokenIndex - 1; i >= 0; i--) {
    const { type, value } = info.tokens[i];
    if (type === 'whitespace' || type === 'newline' || value === '(') continue;
    return value === '/';
  }
  return false;
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

/** Why a blank deserves a warning rather than a line in the missing-data summary. */
type Oddity = 'astray' | 'divisor' | 'oddOneOut' | 'parameter';

interface EmptyUse {
  row: number;
  col: number;
  formula: string;
  relative: string;
  reference: string;
  empty: CellRef;
  isRange: boolean;
  oddity: Oddity;
  confidence: number;
  copies: number;
}

/** Blanks that are data still to come, gathered per sheet of the blanks and column of the formulas. */
interface MissingData {
  dataSheet: string;
  formulaSheet: string;
  blanks: RangeBox;
  formulas: RangeBox;
  blankCells: Set<number>;
  formulaCells: Set<number>;
}

const union = (a: RangeBox, b: RangeBox): RangeBox => ({
  top: Math.min(a.top, b.top),
  left: Math.min(a.left, b.left),
  bottom: Math.max(a.bottom, b.bottom),
  right: Math.max(a.right, b.right),
});
const overlaps = (a: RangeBox, b: RangeBox): boolean =>
  a.top <= b.bottom + 1 && b.top <= a.bottom + 1 && a.left <= b.right + 1 && b.left <= a.right + 1;

export default createRule({
  meta: {
    id: 'formulas/empty-reference',
    kind: 'empty-reference',
    severity: 'warning',
    description: 'Señala las fórmulas que leen celdas vacías donde debería haber un dato.',
    descriptionEn: 'Flags formulas that read empty cells where a figure is expected.',
    title: 'Fórmula que lee celdas vacías',
    titleEn: 'Formula reads empty cells',
    messages: {
      emptyCell: 'La fórmula ={{formula}} lee {{reference}}, que está vacía (Excel la toma como 0).',
      emptyRange: 'La fórmula ={{formula}} lee el rango {{reference}}, que está vacío por completo.',
      emptyBlock:
        'Las {{count}} fórmulas de {{range}} leen celdas vacías (la primera, ={{formula}}, lee {{reference}}).',
      oddOneOut:
        'La fórmula ={{formula}} lee {{reference}}, que está vacía, mientras que sus {{copies}} copias leen un dato en el mismo lugar.',
      emptyDivisor: 'La fórmula ={{formula}} divide entre {{reference}}, que está vacía.',
      missingData:
        'Faltan datos: {{blanks}} celda(s) vacía(s) en {{range}} que leen {{count}} fórmula(s) de {{formulas}}; Excel las toma como 0 mientras tanto.',
    },
    messagesEn: {
      emptyCell: 'The formula ={{formula}} reads {{reference}}, which is empty (Excel takes it as 0).',
      emptyRange: 'The formula ={{formula}} reads the range {{reference}}, which is entirely empty.',
      emptyBlock:
        'The {{count}} formulas in {{range}} read empty cells (the first, ={{formula}}, reads {{reference}}).',
      oddOneOut:
        'The formula ={{formula}} reads {{reference}}, which is empty, while its {{copies}} copies read a figure in the same place.',
      emptyDivisor: 'The formula ={{formula}} divides by {{reference}}, which is empty.',
      missingData:
        'Missing data: {{blanks}} empty cell(s) in {{range}} read by {{count}} formula(s) in {{formulas}}; Excel takes them as 0 meanwhile.',
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
    const isEmptyRef = (ref: FormulaReference, target: SheetView): boolean => {
      const box = clipToSheet(ref.box, target);
      return (
        !box ||
        ((box.bottom - box.top + 1) * (box.right - box.left + 1) <= DIRECT_LOOKUP_CELLS
          ? isEmptyBox(target, box)
          : occupancyOf(target).isEmpty(box.top, box.left, box.bottom, box.right))
      );
    };
    const missing: MissingData[] = [];
    const missingByColumn = new Map<string, MissingData>();
    for (const sheet of workbook.sheets) {
      // Rows with at least one typed value: a row of formulas alone is prepared for future data.
      const rowsWithConstants = new Uint8Array(sheet.rowCount);
      for (const cell of sheet.cells)
        if (cell.formula === undefined && !isEmptyCell(cell)) rowsWithConstants[cell.row] = 1;

      // Copies of a formula: the same relative form in one column (copied down) or one row
      // (copied across). Gathered only for formulas that read a blank (most read none), and
      // kept per column/row and form: for each reference, how many copies read a figure there.
      let copyGroups: Map<string, { cells: { row: number; col: number }[]; filled?: number[] }> | undefined;
      const groupOf = (axis: 'c' | 'r', row: number, col: number, relative: string) => {
        if (!copyGroups) {
          // Built once per sheet, on the first blank that needs it: one pass over the formulas.
          copyGroups = new Map();
          for (const other of sheet.formulaCells) {
            const form = sheet.formula(other)?.relative;
            if (!form) continue;
            for (const key of [`c${other.col}|${form}`, `r${other.row}|${form}`]) {
              const group = copyGroups.get(key);
              if (group) group.cells.push(other);
              else copyGroups.set(key, { cells: [other] });
            }
          }
        }
        return copyGroups.get(`${axis}${axis === 'c' ? col : row}|${relative}`)!;
      };
      /** [copies, copies reading a figure through reference `index`] in the best of both groups. */
      const copiesEvidence = (row: number, col: number, relative: string, index: number): [number, number] => {
        let best: [number, number] = [0, 0];
        for (const axis of ['c', 'r'] as const) {
          const group = groupOf(axis, row, col, relative);
          if (group.cells.length - 1 < MIN_COPIES) continue;
          if (!group.filled) {
            const filled = new Array<number>(sheet.formula(sheet.get(row, col)!)!.references.length).fill(0);
            for (const copy of group.cells) {
              const info = sheet.formula(sheet.get(copy.row, copy.col)!);
              if (!info) continue;
              info.references.forEach((ref, k) => {
                const target = targetSheet(workbook, sheet, ref);
                if (target && !isEmptyRef(ref, target)) filled[k]++;
              });
            }
            group.filled = filled;
          }
          const evidence: [number, number] = [group.cells.length - 1, group.filled[index] ?? 0];
          if (evidence[1] / evidence[0] > best[1] / Math.max(1, best[0])) best = evidence;
        }
        return best;
      };

      const uses: EmptyUse[] = [];
      for (const cell of sheet.formulaCells) {
        if (!rowsWithConstants[cell.row]) continue;
        const info = sheet.formula(cell);
        if (!info || info.malformed || info.references.length === 0) continue;
        if (info.functions.some(isBlankAware)) continue;
        const empties: { ref: FormulaReference; target: SheetView; index: number }[] = [];
        let filled = 0;
        info.references.forEach((ref, index) => {
          const target = targetSheet(workbook, sheet, ref);
          // A sheet that does not exist is a #REF! matter, not an empty cell.
          if (!target) return;
          if (isEmptyRef(ref, target)) empties.push({ ref, target, index });
          else filled++;
        });
        // Most formulas read filled cells only: the shape of the formula matters only when one is empty.
        if (empties.length === 0) continue;
        const sumOfMembers = isSumOfMembers(info);
        for (const { ref, target, index } of empties) {
          const local = rangeAddress(ref.box);
          const use = {
            row: cell.row,
            col: cell.col,
            formula: cell.formula,
            relative: info.relative,
            reference: target === sheet ? local : sheetReference(target.name, local),
            empty: { sheet: target.name, range: local },
            isRange: ref.isRange,
          };
          let oddity: Oddity | undefined;
          let confidence = 0;
          let copiesSeen = 0;
          if (sumOfMembers && filled > 0) {
            // A sum over a list that has data may skip members left empty on their own rows; a
            // member on a wholly blank row (a separator) is a reference gone astray.
            if (ref.isRange || sheetFacts(workbook, target).rowHasContent[ref.box.top] === 1) continue;
            oddity = 'astray';
            confidence = 0.75;
          } else if (!ref.isRange && sheetFacts(workbook, target).rowHasContent[ref.box.top] !== 1) {
            // A cell on a wholly blank row (under a total, between blocks) holds no data and never
            // will: the reference slipped off its row.
            oddity = 'astray';
            confidence = 0.7;
          } else if (!ref.isRange && isDivisor(info, ref.token)) {
            oddity = 'divisor';
            confidence = 0.8;
          } else {
            const [copies, reading] = copiesEvidence(cell.row, cell.col, info.relative, index);
            copiesSeen = copies;
            if (copies >= MIN_COPIES) {
              const share = reading / copies;
              // The copies read a figure here: this blank is a gap, not a block still to fill.
              if (share >= ODD_SHARE && filled > 0) {
                oddity = 'oddOneOut';
                confidence = 0.6 + 0.25 * share * Math.min(1, copies / 10);
              }
            } else if (!ref.isRange && filled > 0 && !sumOfMembers) {
              // A lone formula that combines a figure with a blank: a parameter never typed.
              oddity = 'parameter';
              confidence = 0.65;
            }
          }
          if (oddity) {
            uses.push({ ...use, oddity, confidence, copies: copiesSeen });
            continue;
          }
          const box = clipToSheet(ref.box, target) ?? ref.box;
          const formulaBox = { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
          const key = `${target.name}\u0000${sheet.name}\u0000${cell.col}`;
          let entry = missingByColumn.get(key);
          if (!entry) {
            entry = {
              dataSheet: target.name,
              formulaSheet: sheet.name,
              blanks: box,
              formulas: formulaBox,
              blankCells: new Set(),
              formulaCells: new Set(),
            };
            missing.push(entry);
            missingByColumn.set(key, entry);
          }
          entry.blanks = union(entry.blanks, box);
          entry.formulas = union(entry.formulas, formulaBox);
          entry.formulaCells.add(cell.row * 16384 + cell.col);
          for (let r = box.top; r <= box.bottom; r++)
            for (let c = box.left; c <= box.right; c++) entry.blankCells.add(r * 16384 + c);
        }
      }

      // Warnings: consecutive copies with the same oddity are one finding.
      const runs = groupVerticalRuns(uses, (u) => ({ row: u.row, col: u.col, key: `${u.relative}|${u.oddity}` }));
      for (const run of runs) {
        const first = run.items[0];
        const range = rangeAddress({ top: run.top, left: run.col, bottom: run.bottom, right: run.col });
        const confidence = Math.max(...run.items.map((u) => u.confidence));
        const base = { sheet: sheet.name, range, related: [first.empty], confidence };
        const data = { formula: first.formula, reference: first.reference };
        if (run.items.length > 1)
          context.report({ ...base, messageId: 'emptyBlock', data: { ...data, count: run.items.length, range } });
        else if (first.oddity === 'divisor') context.report({ ...base, messageId: 'emptyDivisor', data });
        else if (first.oddity === 'oddOneOut')
          context.report({ ...base, messageId: 'oddOneOut', data: { ...data, copies: first.copies } });
        else context.report({ ...base, messageId: first.isRange ? 'emptyRange' : 'emptyCell', data });
      }
    }

    // Missing data: blocks that overlap or touch are one block, read by all their formulas.
    const blocks: MissingData[] = [];
    for (const m of missing) {
      const same = blocks.find(
        (b) => b.dataSheet === m.dataSheet && b.formulaSheet === m.formulaSheet && overlaps(b.blanks, m.blanks),
      );
      if (!same) {
        blocks.push({ ...m, blankCells: new Set(m.blankCells), formulaCells: new Set(m.formulaCells) });
        continue;
      }
      same.blanks = union(same.blanks, m.blanks);
      same.formulas = union(same.formulas, m.formulas);
      for (const c of m.blankCells) same.blankCells.add(c);
      for (const c of m.formulaCells) same.formulaCells.add(c);
    }
    for (const b of blocks) {
      const range = rangeAddress(b.blanks);
      const formulas = rangeAddress(b.formulas);
      context.report({
        messageId: 'missingData',
        sheet: b.dataSheet,
        range,
        severity: 'info',
        confidence: 0.5,
        related: [{ sheet: b.formulaSheet, range: formulas }],
        data: {
          blanks: b.blankCells.size,
          range,
          count: b.formulaCells.size,
          formulas: b.formulaSheet === b.dataSheet ? formulas : sheetReference(b.formulaSheet, formulas),
        },
      });
    }
  },
});
