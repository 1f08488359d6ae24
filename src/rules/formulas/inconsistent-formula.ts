/**
 * A formula copied down a column (or across a row) that differs from its neighbours in one
 * reference: the totals column sums C:G on every row but C:F on one, the totals row stops at
 * row 19 in one column. Only near misses of a clear majority are flagged: a formula that does
 * something else altogether (a subtotal row summing the rows below it, a link to another sheet)
 * is a different pattern, not a mistake we can name.
 */
import {
  analyzeFormula,
  cellAddress,
  createRule,
  rangeAddress,
  type Cell,
  type FormulaInfo,
  type FormulaReference,
  type SheetView,
} from '../../core';
import { copyFormula, isEmptyCell, stretchesOf } from './support/sheet-facts';

/** The majority must hold at least this many cells, and at least twice the outlier's count. */
const MIN_MAJORITY = 3;
const MAJORITY_RATIO = 2;
/** At most this many corners' coordinates of one range may differ for a near miss. */
const MAX_DIFFERENT_COORDINATES = 2;

interface Shape {
  /** The formula with references blanked out: equal skeletons do the same computation. */
  skeleton: string;
  refs: { sheet: string; coords: string[]; target: string; twoD: boolean }[];
}

const CORNER = /^(\$?)[A-Za-z]{0,3}(\$?)\d*$/;

function shapeOf(info: FormulaInfo, row: number, col: number): Shape {
  const refByToken = new Map(info.references.map((r) => [r.token, r]));
  const parts: string[] = [];
  const refs: Shape['refs'] = [];
  info.tokens.forEach((token, i) => {
    const ref = refByToken.get(i);
    if (!ref) {
      if (token.type !== 'whitespace' && token.type !== 'newline') parts.push(token.value.toUpperCase());
      return;
    }
    parts.push('¤');
    const local = token.value.slice(token.value.lastIndexOf('!') + 1).split(':');
    const start = CORNER.exec(local[0]);
    const end = CORNER.exec(local[1] ?? local[0]);
    const coord = (value: number, origin: number, absolute: boolean | undefined): string =>
      absolute ? `$${value}` : String(value - origin);
    const coords = ref.isRange
      ? [
          coord(ref.box.top, row, start?.[2] === '$'),
          coord(ref.box.left, col, start?.[1] === '$'),
          coord(ref.box.bottom, row, end?.[2] === '$'),
          coord(ref.box.right, col, end?.[1] === '$'),
        ]
      : [coord(ref.box.top, row, start?.[2] === '$'), coord(ref.box.left, col, start?.[1] === '$')];
    refs.push({
      sheet: ref.sheet?.toLowerCase() ?? '',
      coords,
      target: `${ref.box.top},${ref.box.left},${ref.box.bottom},${ref.box.right}`,
      twoD: ref.box.bottom > ref.box.top && ref.box.right > ref.box.left,
    });
  });
  return { skeleton: parts.join(''), refs };
}

/**
 * Same computation, with one same-sheet reference shifted by one or two coordinates, or every
 * reference shifted together by the same offset (the whole formula slipped a row: one fault).
 */
function isNearMiss(a: Shape, b: Shape): boolean {
  if (a.skeleton !== b.skeleton || a.refs.length !== b.refs.length) return false;
  let differingRefs = 0;
  let shift: string | undefined;
  let sameShift = true;
  for (let i = 0; i < a.refs.length; i++) {
    const x = a.refs[i];
    const y = b.refs[i];
    if (x.sheet !== y.sheet) return false;
    if (x.coords.length !== y.coords.length) return false;
    // A 2-D block against a column or a row is another computation (an overall average).
    if (x.twoD !== y.twoD) return false;
    let differing = 0;
    for (let k = 0; k < x.coords.length; k++) if (x.coords[k] !== y.coords[k]) differing++;
    if (differing === 0) {
      sameShift = false;
      continue;
    }
    // Links to other sheets follow that sheet's layout, whose rows need not line up with ours.
    if (x.sheet !== '') return false;
    const offset = offsetBetween(x.coords, y.coords);
    if (offset === undefined || (shift !== undefined && offset !== shift)) sameShift = false;
    shift ??= offset;
    // A range with one or two ends moved; a cell shifted along one axis, or the same cell
    // reached without its $ anchors.
    const limit = x.coords.length === 4 ? MAX_DIFFERENT_COORDINATES : 1;
    if (differing > limit && x.target !== y.target && offset === undefined) return false;
    differingRefs++;
  }
  if (differingRefs === 1) return true;
  return differingRefs > 1 && sameShift && shift !== undefined;
}

/** The one (row, column) offset that moves every relative coordinate of x onto y, if any. */
function offsetBetween(x: string[], y: string[]): string | undefined {
  let dr: number | undefined;
  let dc: number | undefined;
  for (let k = 0; k < x.length; k++) {
    if (x[k].startsWith('$') || y[k].startsWith('$')) {
      if (x[k] !== y[k]) return undefined;
      continue;
    }
    const d = Number(y[k]) - Number(x[k]);
    if (k % 2 === 0) {
      if (dr !== undefined && dr !== d) return undefined;
      dr = d;
    } else {
      if (dc !== undefined && dc !== d) return undefined;
      dc = d;
    }
  }
  return `${dr ?? 0},${dc ?? 0}`;
}

/** What a reference reads: numbers (or formulas), labels, or nothing. */
function readsKind(sheet: SheetView, ref: FormulaReference): 'number' | 'text' | 'blank' {
  let text = false;
  const { top, left, bottom, right } = ref.box;
  if ((bottom - top + 1) * (right - left + 1) > 10_000) return 'number';
  for (let r = top; r <= bottom; r++)
    for (let c = left; c <= right; c++) {
      const cell = sheet.get(r, c);
      if (!cell || isEmptyCell(cell)) continue;
      if (cell.formula !== undefined || typeof cell.value === 'number') return 'number';
      text = true;
    }
  return text ? 'text' : 'blank';
}

/**
 * The proposed formula must read the same kinds of cells as the one it replaces: a fix that
 * reads a label or a blank where the formula reads a number (a label column skipped on purpose,
 * a subtotal keeping its figure in another column) is not a fix.
 */
function readsSameKinds(sheet: SheetView, own: FormulaInfo, proposed: FormulaInfo): boolean {
  if (own.references.length !== proposed.references.length) return false;
  for (let i = 0; i < own.references.length; i++) {
    const a = own.references[i];
    const b = proposed.references[i];
    if (a.sheet !== undefined || b.sheet !== undefined) continue;
    if (readsKind(sheet, a) === 'number' && readsKind(sheet, b) !== 'number') return false;
  }
  return true;
}

export default createRule({
  meta: {
    id: 'formulas/inconsistent-formula',
    kind: 'inconsistent-formula',
    severity: 'warning',
    description: 'Señala una fórmula que rompe el patrón de las fórmulas vecinas de su fila o columna.',
    descriptionEn: 'Flags a formula that breaks the pattern of the neighbouring formulas in its row or column.',
    fixable: true,
    title: 'Fórmula distinta de sus vecinas',
    titleEn: 'Formula differs from its neighbours',
    messages: {
      inconsistent:
        'La fórmula ={{formula}} no sigue el patrón de sus vecinas: {{count}} celdas de {{region}} hacen el mismo cálculo, que aquí sería {{expected}}.',
    },
    messagesEn: {
      inconsistent:
        'The formula ={{formula}} does not follow the pattern of its neighbours: {{count}} cells in {{region}} do the same calculation, which here would be {{expected}}.',
    },
  },
  create(context) {
    const { workbook } = context;
    for (const sheet of workbook.sheets) {
      const flagged = new Set<Cell>();
      const { columns, rows } = stretchesOf(workbook, sheet);
      const lines: { cells: Cell[]; axis: 'row' | 'col' }[] = [];
      // Most stretches are short (a row total beside its own figures): they cannot hold a
      // majority and an outlier, so they are dropped before any per-cell work.
      for (const cells of columns) if (cells.length > MIN_MAJORITY) lines.push({ cells, axis: 'row' });
      for (const cells of acrossSpacers(sheet, rows))
        if (cells.length > MIN_MAJORITY) lines.push({ cells, axis: 'col' });
      for (const { cells, axis } of lines) {
        // Array formulas repeat one text over many cells: their shape is not a copied pattern.
        const run = cells.filter((cell) => !cell.array);
        if (run.length < MIN_MAJORITY + 1) continue;
        const forms = run.map((cell) => sheet.formula(cell)?.relative ?? '');
        // A line copied without a slip (the usual case) has nothing to count.
        if (forms.every((form) => form === forms[0])) continue;
        const counts = new Map<string, number>();
        for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1);
        let majority = '';
        let majorityCount = 0;
        for (const [form, count] of counts)
          if (count > majorityCount) {
            majority = form;
            majorityCount = count;
          }
        if (majorityCount < MIN_MAJORITY || majorityCount === run.length) continue;
        const region = rangeAddress({
          top: run[0].row,
          left: run[0].col,
          bottom: run[run.length - 1].row,
          right: run[run.length - 1].col,
        });
        for (let i = 0; i < run.length; i++) {
          const cell = run[i];
          if (forms[i] === majority || flagged.has(cell)) continue;
          if (majorityCount < MAJORITY_RATIO * (counts.get(forms[i]) ?? 0)) continue;
          const neighbour = pickNeighbour(run, forms, i, majority);
          if (!neighbour) continue;
          const own = sheet.formula(cell);
          const model = sheet.formula(neighbour);
          if (!own || !model || own.malformed || model.malformed) continue;
          // A hand-written addition that lost one member (=C9+E9 among =C+E+G) is a near miss too.
          const lostMember =
            model.references.length === own.references.length + 1 && isAddition(own) && isAddition(model);
          if (!lostMember) {
            // A near miss keeps the number of references: a subtotal of the rows above among row
            // totals (SUM(C5:C9) among SUM(D5,F5,H5)) is another computation, told apart cheaply.
            if (own.references.length !== model.references.length) continue;
            const modelShape = shapeOf(model, neighbour.row, neighbour.col);
            // Across typed cells (a hard-coded total, a subproduct) only a pattern that stays on its
            // own row (or column) is still the same computation: sums of the rows below a product
            // row legitimately differ from one product to the next.
            const adjacent = Math.abs(neighbour.row - cell.row) + Math.abs(neighbour.col - cell.col) === 1;
            if (!adjacent && !isLineLocal(modelShape, axis)) continue;
            if (!isNearMiss(shapeOf(own, cell.row, cell.col), modelShape)) continue;
          }
          const expected = copyFormula(neighbour, cell);
          if (!expected) continue;
          const proposed = analyzeFormula(expected.slice(1), cell.row, cell.col);
          if (proposed.malformed) continue;
          if (lostMember ? !dropsOneMember(sheet, own, proposed) : !readsSameKinds(sheet, own, proposed)) continue;
          flagged.add(cell);
          context.report({
            messageId: 'inconsistent',
            sheet: sheet.name,
            range: cellAddress(cell.row, cell.col),
            data: { formula: cell.formula ?? '', count: majorityCount, region, expected },
            expected,
            actual: '=' + (cell.formula ?? ''),
            valueType: 'formula',
            confidence: regularity(majorityCount, run.length, counts.get(forms[i]) ?? 1),
            fix: { range: cellAddress(cell.row, cell.col), formula: expected },
          });
        }
      }
    }
  },
});

/**
 * How much more regular the line becomes once the cell is fixed (ExceLint's idea, simplified):
 * a large, nearly unanimous majority against a lone outlier is likely a slip; a bare majority
 * of three, or several cells sharing the odd form, may be a second pattern on purpose.
 */
function regularity(majority: number, length: number, outliers: number): number {
  const share = majority / length;
  const size = Math.min(1, majority / 8);
  const lone = outliers === 1 ? 0.1 : 0;
  return Math.max(0.3, Math.min(0.95, 0.25 + 0.35 * share + 0.15 * size + lone));
}

/** `C9+E9+G9`: single cells of this sheet added together, nothing else. */
function isAddition(info: FormulaInfo): boolean {
  const refTokens = new Set(info.references.map((r) => r.token));
  if (info.references.some((r) => r.isRange || r.sheet !== undefined)) return false;
  return info.tokens.every(
    (t, i) => refTokens.has(i) || t.value === '+' || t.type === 'whitespace' || t.type === 'newline',
  );
}

/**
 * The proposed addition reads every cell the formula reads plus one more, and that one holds a
 * figure (not a label skipped on purpose).
 */
function dropsOneMember(sheet: SheetView, own: FormulaInfo, proposed: FormulaInfo): boolean {
  const key = (r: FormulaReference): string => `${r.box.top},${r.box.left}`;
  const ownCells = new Set(own.references.map(key));
  const extra = proposed.references.filter((r) => !ownCells.has(key(r)));
  if (extra.length !== 1 || proposed.references.length - 1 !== ownCells.size) return false;
  return readsKind(sheet, extra[0]) === 'number';
}

/** Blank spacer columns a totals row may jump (between groups of a wide matrix). */
const MAX_SPACER = 2;

/**
 * A totals row often has an empty spacer column between groups: its formulas on both sides are
 * still siblings. Stretches of one row separated only by a blank or two are joined.
 */
function acrossSpacers(sheet: SheetView, rows: readonly Cell[][]): Cell[][] {
  const joined: Cell[][] = [];
  for (const cells of rows) {
    const last = joined[joined.length - 1];
    const end = last?.[last.length - 1];
    const start = cells[0];
    if (end && end.row === start.row && start.col - end.col - 1 <= MAX_SPACER) {
      let blank = true;
      for (let c = end.col + 1; c < start.col && blank; c++) blank = isEmptyCell(sheet.get(start.row, c));
      // Typed cells at the ends of a stretch leave a gap of more than the spacer: not joined.
      if (blank && start.col - end.col > 1) {
        last.push(...cells);
        continue;
      }
    }
    joined.push([...cells]);
  }
  return joined;
}

/** The nearest formula following the majority, preferring the one right next to the cell. */
function pickNeighbour(run: Cell[], forms: string[], i: number, majority: string): Cell | undefined {
  const before = forms[i - 1] === majority ? run[i - 1] : undefined;
  const after = forms[i + 1] === majority ? run[i + 1] : undefined;
  const distance = (other: Cell | undefined): number =>
    other ? Math.abs(other.row - run[i].row) + Math.abs(other.col - run[i].col) : Infinity;
  return distance(before) <= distance(after) ? before : after;
}

/** Every reference on the host's own row (axis "row") or column (axis "col"), or anchored with $. */
function isLineLocal(shape: Shape, axis: 'row' | 'col'): boolean {
  const first = axis === 'row' ? 0 : 1;
  return shape.refs.every(
    (ref) =>
      ref.sheet === '' &&
      [ref.coords[first], ref.coords[first + 2]].every((c) => c === undefined || c === '0' || c.startsWith('$')),
  );
}
