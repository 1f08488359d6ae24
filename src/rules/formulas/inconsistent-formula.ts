/**
 * A formula copied down a column (or across a row) that differs from its neighbours in one
 * reference: the totals column sums C:G on every row but C:F on one, the totals row stops at
 * row 19 in one column. Only near misses of a clear majority are flagged: a formula that does
 * something else altogether (a subtotal row summing the rows below it, a link to another sheet)
 * is a different pattern, not a mistake we can name.
 */
import { cellAddress, createRule, rangeAddress, type Cell, type FormulaInfo } from '../../core';
import { copyFormula, stretchesOf } from './support/sheet-facts';

/** The majority must hold at least this many cells, and this many times the outlier's count. */
const MIN_MAJORITY = 3;
const MAJORITY_RATIO = 3;
/** At most this many corners' coordinates of one range may differ for a near miss. */
const MAX_DIFFERENT_COORDINATES = 2;

interface Shape {
  /** The formula with references blanked out: equal skeletons do the same computation. */
  skeleton: string;
  refs: { sheet: string; coords: string[]; target: string }[];
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
    });
  });
  return { skeleton: parts.join(''), refs };
}

/** Same computation, one same-sheet reference shifted by one or two coordinates. */
function isNearMiss(a: Shape, b: Shape): boolean {
  if (a.skeleton !== b.skeleton || a.refs.length !== b.refs.length) return false;
  let differingRefs = 0;
  for (let i = 0; i < a.refs.length; i++) {
    const x = a.refs[i];
    const y = b.refs[i];
    if (x.sheet !== y.sheet) return false;
    if (x.coords.length !== y.coords.length) return false;
    let differing = 0;
    for (let k = 0; k < x.coords.length; k++) if (x.coords[k] !== y.coords[k]) differing++;
    if (differing === 0) continue;
    // Links to other sheets follow that sheet's layout, whose rows need not line up with ours.
    if (x.sheet !== '') return false;
    // A range with one or two ends moved; a cell shifted along one axis, or the same cell
    // reached without its $ anchors.
    const limit = x.coords.length === 4 ? MAX_DIFFERENT_COORDINATES : 1;
    if (differing > limit && x.target !== y.target) return false;
    if (++differingRefs > 1) return false;
  }
  return differingRefs === 1;
}

export default createRule({
  meta: {
    id: 'formulas/inconsistent-formula',
    kind: 'inconsistent-formula',
    severity: 'warning',
    description: 'Señala una fórmula que rompe el patrón de las fórmulas vecinas de su fila o columna.',
    descriptionEn: 'Flags a formula that breaks the pattern of the neighbouring formulas in its row or column.',
    fixable: true,
    messages: {
      inconsistent:
        'La fórmula ={{formula}} no sigue el patrón de sus vecinas: {{count}} celdas de {{region}} hacen el mismo cálculo, que aquí sería {{expected}}.',
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
      for (const cells of rows) if (cells.length > MIN_MAJORITY) lines.push({ cells, axis: 'col' });
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
          const expected = copyFormula(neighbour, cell);
          if (!expected) continue;
          flagged.add(cell);
          context.report({
            messageId: 'inconsistent',
            sheet: sheet.name,
            range: cellAddress(cell.row, cell.col),
            data: { formula: cell.formula ?? '', count: majorityCount, region, expected },
            expected,
            actual: '=' + (cell.formula ?? ''),
            fix: { range: cellAddress(cell.row, cell.col), formula: expected },
          });
        }
      }
    }
  },
});

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
