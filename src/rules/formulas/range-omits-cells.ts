/**
 * An aggregate whose range stops short of the numbers next to it: `=SUM(C3:C7)` while C8 holds
 * one more amount of the same list. We extend the range only over plain numbers of the same
 * kind of row (or, across a row, of a column with the same kind of header) and stop at anything
 * that ends a list: a blank, a text, a header year, a subtotal, a total row.
 */
import {
  boxContains,
  cellAddress,
  createRule,
  rangeAddress,
  type Cell,
  type FormulaReference,
  type RangeBox,
  type SheetView,
} from '../../core';
import {
  aggregateOf,
  isEmptyCell,
  isHeaderNumber,
  isPercentFormat,
  isYearHeader,
  normalizeLabel,
  rewriteRangeText,
  sheetFacts,
  targetSheet,
  type SheetFacts,
  type VisitBudget,
} from './support/sheet-facts';

/** Cells walked per cell of the workbook (plus a floor): many totals over one long list cannot stall a run. */
const WALK_STEPS_PER_CELL = 4;
const MIN_WALK_STEPS = 1_000_000;
/** How far up a column we look for its header. */
const HEADER_SEARCH_ROWS = 30;

interface Extension {
  ref: FormulaReference;
  box: RangeBox;
  omitted: RangeBox[];
}

export default createRule({
  meta: {
    id: 'formulas/range-omits-cells',
    kind: 'range-omits-cells',
    severity: 'warning',
    description: 'Señala una suma cuyo rango se detiene antes de números contiguos del mismo bloque.',
    descriptionEn: 'Flags an aggregate whose range stops short of adjacent numbers of the same block.',
    fixable: true,
    messages: {
      omits:
        'La fórmula ={{formula}} deja fuera {{omitted}}, un número contiguo del mismo bloque; debería ser {{expected}}.',
      omitsMany:
        'La fórmula ={{formula}} deja fuera {{omitted}}: {{count}} números contiguos del mismo bloque; debería ser {{expected}}.',
    },
  },
  create(context) {
    const { workbook } = context;
    const budget: VisitBudget = { left: WALK_STEPS_PER_CELL * workbook.cellCount + MIN_WALK_STEPS };
    for (const host of workbook.sheets) {
      for (const cell of host.cells) {
        if (cell.formula === undefined) continue;
        const info = host.formula(cell);
        const aggregate = info && aggregateOf(info);
        if (!info || !aggregate) continue;
        const extensions: Extension[] = [];
        for (const ref of aggregate.args) {
          if (!ref.isRange || ref.unbounded) continue;
          const target = targetSheet(workbook, host, ref);
          if (!target) continue;
          const extension = extend(
            target,
            sheetFacts(workbook, target),
            target === host ? cell : undefined,
            ref,
            aggregate.args,
            budget,
          );
          if (extension) extensions.push(extension);
        }
        if (extensions.length === 0) continue;
        const replacements = new Map<number, string>();
        for (const e of extensions) {
          const text = rewriteRangeText(info.tokens[e.ref.token].value, e.box);
          if (text) replacements.set(e.ref.token, text);
        }
        if (replacements.size !== extensions.length) continue;
        const expected = '=' + info.tokens.map((t, i) => replacements.get(i) ?? t.value).join('');
        const omittedBoxes = extensions.flatMap((e) => e.omitted);
        const count = omittedBoxes.reduce((n, b) => n + (b.bottom - b.top + 1) * (b.right - b.left + 1), 0);
        const sameSheet = extensions.every((e) => e.ref.sheet === undefined);
        const omitted = omittedBoxes.map(rangeAddress).join(', ');
        const address = cellAddress(cell.row, cell.col);
        const base = {
          sheet: host.name,
          range: address,
          expected,
          actual: '=' + cell.formula,
          related: extensions.flatMap((e) =>
            e.omitted.map((b) => ({
              sheet: targetSheet(workbook, host, e.ref)?.name ?? host.name,
              range: rangeAddress(b),
            })),
          ),
          // Only a same-sheet range is rewritten automatically: it is what the user sees next to it.
          fix: sameSheet ? { range: address, formula: expected } : undefined,
        };
        if (count === 1)
          context.report({ ...base, messageId: 'omits', data: { formula: cell.formula, omitted, expected } });
        else
          context.report({
            ...base,
            messageId: 'omitsMany',
            data: { formula: cell.formula, omitted, count, expected },
          });
      }
    }
  },
});

/** Plain numbers that continue a list: no header year, subtotal, total row or other format. */
function isListNumber(sheet: SheetView, facts: SheetFacts, cell: Cell | undefined, edge: Cell | undefined): boolean {
  if (!cell || typeof cell.value !== 'number') return false;
  if (facts.totalRows.has(cell.row) || isHeaderNumber(sheet, cell)) return false;
  if (isPercentFormat(cell.numFmt) !== isPercentFormat(edge?.numFmt)) return false;
  if (cell.formula !== undefined) {
    const info = sheet.formula(cell);
    if (!info || aggregateOf(info)) return false;
  }
  return true;
}

/** What kind of row this is, judged by its first cell: where it starts, bold, indent, total. */
function rowKind(sheet: SheetView, facts: SheetFacts, row: number): string {
  const cells = sheet.row(row);
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (!cell || isEmptyCell(cell)) continue;
    return `${c}|${cell.style?.bold ? 'b' : ''}|${cell.style?.indent ?? 0}|${facts.totalRows.has(row) ? 't' : ''}`;
  }
  return '';
}

/**
 * The header of a column, with digits blurred so that "Meta física 2026" and "Meta física 2027"
 * are one family while "Meta financiera 2026" is another; years typed as numbers are "year".
 */
function headerFamily(sheet: SheetView, facts: SheetFacts, row: number, col: number): string {
  const block = facts.blockOfRow[row];
  for (let r = row - 1; r >= 0 && r >= row - HEADER_SEARCH_ROWS && facts.blockOfRow[r] === block; r--) {
    const cell = sheet.get(r, col);
    if (!cell || isEmptyCell(cell)) continue;
    if (typeof cell.value === 'string') return normalizeLabel(cell.value).replace(/\d+/g, '#');
    if (typeof cell.value === 'number' && isYearHeader(sheet, cell)) return 'year';
  }
  return `none|${sheet.get(row, col)?.numFmt ?? ''}`;
}

function extend(
  sheet: SheetView,
  facts: SheetFacts,
  host: Cell | undefined,
  ref: FormulaReference,
  args: readonly FormulaReference[],
  budget: VisitBudget,
): Extension | undefined {
  const box = ref.box;
  if (host) {
    // A running total (=SUM($C$5:C9) beside row 9) reads "up to this row" on purpose, and a
    // total inside its own range is circular: neither is a list stopped short.
    const level =
      box.left === box.right
        ? host.col !== box.left && host.row >= box.top && host.row <= box.bottom
        : host.row !== box.top && host.col >= box.left && host.col <= box.right;
    if (level || boxContains(box, host.row, host.col)) return undefined;
  }
  const covered = (row: number, col: number): boolean =>
    args.some(
      (a) =>
        a.sheet === ref.sheet && row >= a.box.top && row <= a.box.bottom && col >= a.box.left && col <= a.box.right,
    );
  const omitted: RangeBox[] = [];
  const grown = { ...box };
  if (box.left === box.right) {
    const col = box.left;
    const hostInColumn = host && host.col === col ? host : undefined;
    // The edge's row kind is only worked out once a number actually sits next to the range.
    const continues = (r: number, edgeRow: number): boolean =>
      --budget.left >= 0 &&
      isListNumber(sheet, facts, sheet.get(r, col), sheet.get(edgeRow, col)) &&
      !covered(r, col) &&
      rowKind(sheet, facts, r) === rowKind(sheet, facts, edgeRow);
    // Upwards: from the first row of the range towards the header (or the host, when it sits above).
    const upperLimit = hostInColumn && hostInColumn.row < box.top ? hostInColumn.row + 1 : 0;
    let r = box.top - 1;
    while (r >= upperLimit && continues(r, box.top)) r--;
    if (r < box.top - 1) {
      omitted.push({ top: r + 1, left: col, bottom: box.top - 1, right: col });
      grown.top = r + 1;
    }
    // Downwards only when the aggregate closes the list from below (or reads it from elsewhere):
    // a row that sums the rows under it ends where the next group starts.
    if (!hostInColumn || hostInColumn.row > box.bottom) {
      const lowerLimit = hostInColumn ? hostInColumn.row - 1 : sheet.rowCount - 1;
      r = box.bottom + 1;
      while (r <= lowerLimit && continues(r, box.bottom)) r++;
      if (r > box.bottom + 1) {
        omitted.push({ top: box.bottom + 1, left: col, bottom: r - 1, right: col });
        grown.bottom = r - 1;
      }
    }
  } else if (box.top === box.bottom) {
    const row = box.top;
    const hostInRow = host && host.row === row ? host : undefined;
    let edgeFamily: string | undefined;
    let familyOf = -1;
    // Headers are looked up only once a number actually sits next to the range.
    const continues = (c: number, edgeCol: number): boolean => {
      if (--budget.left < 0) return false;
      if (!isListNumber(sheet, facts, sheet.get(row, c), sheet.get(row, edgeCol)) || covered(row, c)) return false;
      if (familyOf !== edgeCol) {
        edgeFamily = headerFamily(sheet, facts, row, edgeCol);
        familyOf = edgeCol;
      }
      return headerFamily(sheet, facts, row, c) === edgeFamily;
    };
    const leftLimit = hostInRow && hostInRow.col < box.left ? hostInRow.col + 1 : 0;
    let c = box.left - 1;
    while (c >= leftLimit && continues(c, box.left)) c--;
    if (c < box.left - 1) {
      omitted.push({ top: row, left: c + 1, bottom: row, right: box.left - 1 });
      grown.left = c + 1;
    }
    // Across a row the list may run on to the right of a total that sits on its left (an annual
    // goal summing its quarters): the next column of another kind has another header.
    {
      const rightLimit =
        hostInRow && hostInRow.col > box.right ? hostInRow.col - 1 : (sheet.usedRange?.right ?? box.right);
      c = box.right + 1;
      while (c <= rightLimit && continues(c, box.right)) c++;
      if (c > box.right + 1) {
        omitted.push({ top: row, left: box.right + 1, bottom: row, right: c - 1 });
        grown.right = c - 1;
      }
    }
  }
  return omitted.length ? { ref, box: grown, omitted } : undefined;
}
