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
  sameQuantity,
  type Cell,
  type FormulaReference,
  type RangeBox,
  type SheetView,
  type WorkbookView,
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
    title: 'Suma que deja fuera celdas contiguas',
    titleEn: 'Sum leaves out adjacent cells',
    messages: {
      omits:
        'La fórmula ={{formula}} deja fuera {{omitted}}, un número contiguo del mismo bloque; debería ser {{expected}}.',
      omitsMany:
        'La fórmula ={{formula}} deja fuera {{omitted}}: {{count}} números contiguos del mismo bloque; debería ser {{expected}}.',
    },
    messagesEn: {
      omits:
        'The formula ={{formula}} leaves out {{omitted}}, an adjacent number of the same block; it should be {{expected}}.',
      omitsMany:
        'The formula ={{formula}} leaves out {{omitted}}: {{count}} adjacent numbers of the same block; it should be {{expected}}.',
    },
  },
  create(context) {
    const { workbook } = context;
    const budget: VisitBudget = { left: WALK_STEPS_PER_CELL * workbook.cellCount + MIN_WALK_STEPS };
    for (const host of workbook.sheets) {
      for (const cell of host.formulaCells) {
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
        // A total labelled as a part ("Subtotal", "Total de los cinco principales", "Otros")
        // covers a subset on purpose.
        if (isPartTotal(host, cell)) continue;
        // A number on the far side of the range (not between it and the total) that equals the
        // total itself is the same figure stated twice: an annual goal typed before the quarters
        // that "Total" adds up, not a forgotten addend.
        if (
          typeof cell.value === 'number' &&
          cell.value !== 0 &&
          extensions.some((e) => e.ref.sheet === undefined && restatesTotal(host, cell, e, cell.value as number))
        )
          continue;
        const confidence = confidenceOf(host, cell, extensions);
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
          confidence,
          valueType: 'formula' as const,
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
        // The value the mended sum would show: a total over this cell that disagrees by just the
        // omitted amount is this mistake's consequence, and the engine folds it into this finding.
        const values = sumValues(workbook, host, cell, extensions);
        if (count === 1)
          context.report({
            ...base,
            messageId: 'omits',
            data: { formula: cell.formula, omitted, expected, ...values },
          });
        else
          context.report({
            ...base,
            messageId: 'omitsMany',
            data: { formula: cell.formula, omitted, count, expected, ...values },
          });
      }
    }
  },
});

/** The sum's shown value and what it would be with the omitted numbers (when all are known). */
function sumValues(
  workbook: WorkbookView,
  host: SheetView,
  cell: Cell,
  extensions: readonly Extension[],
): { valueActual: number; valueExpected: number } | Record<string, never> {
  if (typeof cell.value !== 'number') return {};
  let omittedSum = 0;
  for (const extension of extensions) {
    const sheet = targetSheet(workbook, host, extension.ref);
    if (!sheet) return {};
    for (const value of valuesIn(sheet, extension.omitted)) {
      if (typeof value !== 'number') return {};
      omittedSum += value;
    }
  }
  return { valueActual: cell.value, valueExpected: cell.value + omittedSum };
}

/** The values of the cells of some boxes, row by row (undefined for an empty cell). */
function* valuesIn(sheet: SheetView, boxes: readonly RangeBox[]): Generator<Cell['value'] | undefined> {
  for (const box of boxes) {
    for (let row = box.top; row <= box.bottom; row++) {
      for (let col = box.left; col <= box.right; col++) yield sheet.get(row, col)?.value;
    }
  }
}

/** Whether an omitted cell beyond the range, on the side away from the total, holds the total's value. */
function restatesTotal(sheet: SheetView, host: Cell, extension: Extension, total: number): boolean {
  const { box } = extension.ref;
  const beyond = (omitted: RangeBox): boolean =>
    box.top === box.bottom
      ? host.col > box.right
        ? omitted.right < box.left
        : omitted.left > box.right
      : host.row > box.bottom
        ? omitted.bottom < box.top
        : omitted.top > box.bottom;
  for (const value of valuesIn(sheet, extension.omitted.filter(beyond))) {
    if (typeof value === 'number' && sameQuantity(value, total)) return true;
  }
  return false;
}

/** Plain numbers that continue a list: no header year, subtotal, total row or other format. */
function isListNumber(sheet: SheetView, facts: SheetFacts, cell: Cell | undefined, edge: Cell | undefined): boolean {
  if (!cell || typeof cell.value !== 'number') return false;
  if (facts.totalRows.has(cell.row) || isHeaderNumber(sheet, cell)) return false;
  if (formatClass(cell.numFmt) !== formatClass(edge?.numFmt)) return false;
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
      rowKind(sheet, facts, r) === rowKind(sheet, facts, edgeRow) &&
      sameRowPattern(sheet, r, edgeRow) &&
      !crossesKey(sheet, box, col, r);
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
      return headerFamily(sheet, facts, row, c) === edgeFamily && sameHeaderGroup(sheet, facts, row, edgeCol, c);
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
  if (!omitted.length) return undefined;
  // Never propose more than the range already holds: a range that short is another list.
  const size = (b: RangeBox): number => (b.bottom - b.top + 1) * (b.right - b.left + 1);
  if (omitted.reduce((n, b) => n + size(b), 0) > size(box)) return undefined;
  // A formula inside the range that already reads the omitted cells (a subtotal): extending
  // the range would count them twice.
  if (readFromInside(sheet, box, omitted, budget)) return undefined;
  return { ref, box: grown, omitted };
}

/** What kind of number a format shows: a percentage, money, a date, or a plain figure. */
function formatClass(numFmt: string | undefined): string {
  if (numFmt === undefined || numFmt === 'General' || numFmt === '@') return 'plain';
  if (isPercentFormat(numFmt)) return 'percent';
  if (/[QL$€]|\[\$/.test(numFmt)) return 'money';
  if (/(^|[^"\\])[dmy]{1,4}([^a-z]|$)/i.test(numFmt.replace(/"[^"]*"/g, '')) && !/[#0]/.test(numFmt)) return 'date';
  return 'plain';
}

/**
 * Rows of one list fill the same columns: a row of rates, parameters or identifiers above a
 * block has another pattern. Compared over the columns either row fills (Jaccard ≥ 0.5).
 */
function sameRowPattern(sheet: SheetView, row: number, edgeRow: number): boolean {
  const filled = (r: number): Set<number> => {
    const cols = new Set<number>();
    const cells = sheet.row(r);
    for (let c = 0; c < cells.length; c++) if (cells[c] && !isEmptyCell(cells[c])) cols.add(c);
    return cols;
  };
  const a = filled(row);
  const b = filled(edgeRow);
  let both = 0;
  for (const c of a) if (b.has(c)) both++;
  const either = a.size + b.size - both;
  return either === 0 || both / either >= 0.5;
}

/** Label columns looked at left of a summed column for a group key. */
const KEY_COLUMNS = 3;

/**
 * Rows of a group share a key (a programme code repeated on each row): a row with another key
 * belongs to the next group, even when its numbers touch the range.
 */
function crossesKey(sheet: SheetView, box: RangeBox, col: number, row: number): boolean {
  if (box.bottom === box.top) return false;
  for (let k = Math.max(0, col - KEY_COLUMNS); k < col; k++) {
    const first = sheet.get(box.top, k)?.value;
    if (first === null || first === undefined || (typeof first === 'string' && first.trim() === '')) continue;
    let shared = true;
    for (let r = box.top + 1; r <= box.bottom && shared; r++) shared = sheet.get(r, k)?.value === first;
    if (!shared) continue;
    const other = sheet.get(row, k)?.value;
    if (other !== null && other !== undefined && other !== first) return true;
  }
  return false;
}

/**
 * Columns under one merged group header ("2026" over Física | Financiera) form a group: a sum
 * across the group stops where the next group header starts.
 */
function sameHeaderGroup(sheet: SheetView, facts: SheetFacts, row: number, edgeCol: number, col: number): boolean {
  const block = facts.blockOfRow[row];
  for (let r = row - 1; r >= 0 && r >= row - HEADER_SEARCH_ROWS && facts.blockOfRow[r] === block; r--) {
    const group = sheet.mergeAt(r, edgeCol);
    if (group && group.left !== group.right) return col >= group.left && col <= group.right;
  }
  return true;
}

/** True when a formula inside `box` reads one of the omitted cells. */
function readFromInside(sheet: SheetView, box: RangeBox, omitted: RangeBox[], budget: VisitBudget): boolean {
  for (let r = box.top; r <= box.bottom; r++) {
    const cells = sheet.row(r);
    for (let c = box.left; c <= box.right; c++) {
      if (--budget.left < 0) return true;
      const cell = cells[c];
      if (cell?.formula === undefined) continue;
      const info = sheet.formula(cell);
      if (!info) continue;
      for (const ref of info.references) {
        if (ref.sheet !== undefined) continue;
        if (
          omitted.some(
            (o) =>
              ref.box.top <= o.bottom && o.top <= ref.box.bottom && ref.box.left <= o.right && o.left <= ref.box.right,
          )
        )
          return true;
      }
    }
  }
  return false;
}

const PART_LABEL =
  /\b(sub ?-?totale?s?|parcial(es)?|principales|primer[oa]s|otros|otras|resto|excepto|solo|sin incluir)\b/;

/** The label of the total's row (for a column sum) or its column header (for a row sum). */
function isPartTotal(sheet: SheetView, cell: Cell): boolean {
  const texts: string[] = [];
  const cells = sheet.row(cell.row);
  for (let c = 0; c < cell.col && texts.length < 3; c++) {
    const v = cells[c]?.value;
    if (typeof v === 'string' && v.trim() !== '') texts.push(v);
  }
  for (let r = cell.row - 1; r >= 0 && r >= cell.row - HEADER_SEARCH_ROWS; r--) {
    const v = sheet.get(r, cell.col)?.value;
    if (typeof v === 'string' && v.trim() !== '') {
      texts.push(v);
      break;
    }
  }
  return texts.some((t) => PART_LABEL.test(normalizeLabel(t)));
}

/**
 * How sure the omission is. Sibling totals (the same aggregate in the neighbouring columns of a
 * totals row, or rows of a totals column) that stop at the same place say the author chose that
 * coverage; siblings covering the omitted cells say this one slipped. Omitted figures that change
 * the result matter more than zeros.
 */
function confidenceOf(sheet: SheetView, cell: Cell, extensions: readonly Extension[]): number {
  let confidence = 0.7;
  const changes = extensions.some((e) =>
    e.omitted.some((b) => {
      for (let r = b.top; r <= b.bottom; r++)
        for (let c = b.left; c <= b.right; c++) {
          const v = sheet.get(r, c)?.value;
          if (typeof v === 'number' && v !== 0) return true;
        }
      return false;
    }),
  );
  confidence += changes ? 0.1 : -0.15;
  const first = extensions[0];
  const vertical = first.ref.box.left === first.ref.box.right;
  let sameCoverage = 0;
  let wider = 0;
  for (const delta of [-2, -1, 1, 2]) {
    const row = vertical ? cell.row : cell.row + delta;
    const col = vertical ? cell.col + delta : cell.col;
    if (row < 0 || col < 0) continue;
    const sibling = sheet.get(row, col);
    if (sibling?.formula === undefined) continue;
    const info = sheet.formula(sibling);
    const aggregate = info && aggregateOf(info);
    const ref = aggregate?.args.find((a) => a.isRange && a.sheet === first.ref.sheet);
    if (!ref) continue;
    const [from, to, grownFrom, grownTo] = vertical
      ? [ref.box.top, ref.box.bottom, first.box.top, first.box.bottom]
      : [ref.box.left, ref.box.right, first.box.left, first.box.right];
    const [ownFrom, ownTo] = vertical
      ? [first.ref.box.top, first.ref.box.bottom]
      : [first.ref.box.left, first.ref.box.right];
    if (from === ownFrom && to === ownTo) sameCoverage++;
    else if (from === grownFrom && to === grownTo) wider++;
  }
  if (wider > 0) confidence += 0.1;
  if (sameCoverage > 0 && wider === 0) confidence -= 0.3;
  return Math.max(0.1, Math.min(0.95, confidence));
}
