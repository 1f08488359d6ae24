/**
 * A row whose computed total disagrees with the approved figure typed beside it ("Meta anual" =
 * SUM of the quarters next to "Meta aprobada (POA)"), in a table where both columns agree on the
 * other rows. The two columns state one fact twice; when one row breaks the agreement, a goal was
 * mistyped in the periods or in the approved column. A disagreement that only follows from
 * another row's (a subtotal that adds the faulty row up) is the same mistake, not a new one.
 */
import { cellAddress, createRule, type Cell, type SheetView } from '../../core';
import { normalize } from '../../domain/text';
import { aggregateOf, isMoneyFormat } from '../formulas/support/sheet-facts';
import { sameAmount, showAmount, type Measure } from './support/sums';

/** The header of the typed column: what was approved or authorised (no accents to fold: read as typed). */
const APPROVED = /\b(aprobad[ao]s?|autorizad[ao]s?)\b/i;
/** A total of another stage of the plan: it differs from the approved one by design. */
const OTHER_STAGE =
  /\b(aprobad|autorizad|vigente|modificad|modificacion|ejecutad|ejecucion|devengad|pagad|comprometid|real|lograd|alcanzad|cumplid|avance|saldo|diferencia|variacion)/;
/** A header is a short label in a row with other labels, not a title or a sentence. */
const MAX_HEADER_LENGTH = 60;
/** Rows of the computed column that must be sums of their own row for it to be a row total. */
const MIN_ROW_TOTALS = 3;
/** Rows where both columns agree, at least, and their share of the rows compared. */
const MIN_AGREEING = 3;
const MIN_AGREEMENT = 0.6;
/**
 * At most this share of the rows compared (or 2) may be separate mistakes: more is a systematic
 * difference (another stage, another unit), not slips, and a finding per row would be a flood.
 */
const MAX_ROOT_SHARE = 0.2;
const MIN_ROOTS_ALLOWED = 2;
/** Agreement that makes the finding an error rather than a warning. */
const SURE_AGREEING = 5;
const SURE_AGREEMENT = 0.75;

interface Block {
  approvedCol: number;
  approvedHeader: string;
  totalCol: number;
  totalHeader: string;
  /** Rows below the header, up to the next approved header in the same column. */
  top: number;
  bottom: number;
}

export default createRule({
  meta: {
    id: 'totals/approved-total',
    kind: 'total-mismatch',
    severity: 'error',
    description:
      'Señala una fila cuyo total calculado no coincide con el valor aprobado escrito a su lado, cuando en las demás filas las dos columnas coinciden.',
    descriptionEn:
      'Flags a row whose computed total differs from the approved figure typed beside it, when the two columns agree on the other rows.',
    title: 'Total distinto del aprobado',
    titleEn: 'Total differs from the approved figure',
    messages: {
      differs:
        '{{totalHeader}} de esta fila ({{actual}}) no coincide con {{approvedHeader}} en {{approvedCell}} ({{approved}}): diferencia {{difference}}. En otras {{agreeing}} filas las dos columnas coinciden: revise las cifras de esta fila o el valor aprobado.{{cascade}}',
    },
    messagesEn: {
      differs:
        '{{totalHeader}} of this row ({{actual}}) differs from {{approvedHeader}} in {{approvedCell}} ({{approved}}): difference {{difference}}. On {{agreeing}} other rows the two columns agree: check this row’s figures or the approved value.{{cascade}}',
    },
  },
  create(context) {
    for (const sheet of context.workbook.sheets) {
      for (const block of blocksOf(sheet)) {
        const rows: number[] = [];
        // In row order: followsOtherRow looks a reference's rows up by binary search.
        const differing: number[] = [];
        // Money when any row's figures are formatted as quetzales; each row compared by its own format.
        let measure: Measure = 'quantity';
        for (let row = block.top; row <= block.bottom; row++) {
          const total = sheet.get(row, block.totalCol);
          const approved = sheet.get(row, block.approvedCol);
          if (typeof total?.value !== 'number' || typeof approved?.value !== 'number') continue;
          const rowMeasure: Measure =
            isMoneyFormat(total.numFmt) || isMoneyFormat(approved.numFmt) ? 'money' : 'quantity';
          if (rowMeasure === 'money') measure = 'money';
          rows.push(row);
          if (!sameAmount(rowMeasure, total.value, approved.value)) differing.push(row);
        }
        const agreeing = rows.length - differing.length;
        if (differing.length === 0 || agreeing < MIN_AGREEING || agreeing / rows.length < MIN_AGREEMENT) continue;
        const dependents = differing.filter((row) => followsOtherRow(sheet, block, row, differing));
        const dependentRows = new Set(dependents);
        const roots = differing.filter((row) => !dependentRows.has(row));
        if (roots.length > Math.max(MIN_ROOTS_ALLOWED, Math.floor(rows.length * MAX_ROOT_SHARE))) continue;
        const show = (value: number) => showAmount(measure, value);
        const sure = agreeing >= SURE_AGREEING && agreeing / rows.length >= SURE_AGREEMENT;
        for (const row of roots) {
          const total = sheet.get(row, block.totalCol)!.value as number;
          const approved = sheet.get(row, block.approvedCol)!.value as number;
          const approvedCell = cellAddress(row, block.approvedCol);
          context.report({
            messageId: 'differs',
            sheet: sheet.name,
            range: cellAddress(row, block.totalCol),
            confidence: sure ? 0.9 : 0.75,
            data: {
              totalHeader: block.totalHeader,
              approvedHeader: block.approvedHeader,
              approvedCell,
              actual: show(total),
              approved: show(approved),
              difference: show(total - approved),
              agreeing,
              cascade:
                roots.length === 1 && dependents.length > 0
                  ? ` Las filas ${dependents.map((r) => r + 1).join(', ')} difieren por la misma causa.`
                  : '',
            },
            // The approved figure is what the row's total must equal; which of the two was mistyped
            // the message leaves open. With it, a product that sums this row folds into this finding.
            expected: approved,
            actual: total,
            valueType: measure,
            related: [
              { sheet: sheet.name, range: approvedCell },
              ...(roots.length === 1
                ? dependents.map((r) => ({ sheet: sheet.name, range: cellAddress(r, block.approvedCol) }))
                : []),
            ],
          });
        }
      }
    }
  },
});

/** Each approved column of the sheet, with the row-total column nearest to it. */
function blocksOf(sheet: SheetView): Block[] {
  const headers = sheet.textCells.filter(
    (cell) =>
      cell.value.length <= MAX_HEADER_LENGTH &&
      APPROVED.test(cell.value) &&
      sheet.row(cell.row).some((other) => other !== cell && typeof other?.value === 'string'),
  );
  if (headers.length === 0) return [];
  const blocks: Block[] = [];
  for (const header of headers) {
    const below = headers.filter((other) => other.col === header.col && other.row > header.row);
    const bottom = below.length > 0 ? Math.min(...below.map((other) => other.row)) - 1 : sheet.rowCount - 1;
    const totalCol = nearestRowTotalColumn(sheet, header, bottom);
    if (totalCol === undefined) continue;
    const totalHeader = headerAbove(sheet, header.row, totalCol);
    if (totalHeader === undefined || OTHER_STAGE.test(normalize(totalHeader))) continue;
    blocks.push({
      approvedCol: header.col,
      approvedHeader: `«${header.value.trim()}»`,
      totalCol,
      totalHeader: `«${totalHeader.trim()}»`,
      top: header.row + 1,
      bottom,
    });
  }
  return blocks;
}

/**
 * The column nearest the approved one whose formulas below the header sum a stretch of their own
 * row (the periods), leaving out the approved column itself.
 */
function nearestRowTotalColumn(sheet: SheetView, header: Cell, bottom: number): number | undefined {
  const counts = new Map<number, number>();
  for (const cell of sheet.formulaCells) {
    if (cell.row <= header.row || cell.row > bottom || cell.col === header.col) continue;
    const info = sheet.formula(cell);
    const aggregate = info && aggregateOf(info);
    if (!aggregate?.plainSum || aggregate.args.length !== 1 || aggregate.literals > 0) continue;
    const [{ sheet: other, box }] = aggregate.args;
    if (other !== undefined || box.top !== cell.row || box.bottom !== cell.row || box.right === box.left) continue;
    if (box.left <= header.col && header.col <= box.right) continue;
    if (box.left <= cell.col && cell.col <= box.right) continue;
    counts.set(cell.col, (counts.get(cell.col) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [col, count] of counts) {
    if (count < MIN_ROW_TOTALS) continue;
    const distance = Math.abs(col - header.col);
    if (
      best === undefined ||
      distance < Math.abs(best - header.col) ||
      (distance === Math.abs(best - header.col) && col < best)
    )
      best = col;
  }
  return best;
}

/** The label of a column at the header's row or the two above it (two-row headers). */
function headerAbove(sheet: SheetView, headerRow: number, col: number): string | undefined {
  for (let row = headerRow; row >= Math.max(0, headerRow - 2); row--) {
    const value = sheet.get(row, col)?.value;
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
}

/**
 * True when the row's disagreement comes from another differing row: its total, the cells that
 * total sums, or its approved figure are formulas that reach a differing row (a subtotal over it).
 */
function followsOtherRow(sheet: SheetView, block: Block, row: number, differing: readonly number[]): boolean {
  const cells: (Cell | undefined)[] = [sheet.get(row, block.totalCol), sheet.get(row, block.approvedCol)];
  const totalCell = cells[0]!;
  const info = sheet.formula(totalCell);
  const aggregate = info && aggregateOf(info);
  if (aggregate) {
    for (const { box } of aggregate.args) {
      for (let col = box.left; col <= box.right; col++) cells.push(sheet.get(row, col));
    }
  }
  for (const cell of cells) {
    const references = cell && sheet.formula(cell)?.references;
    if (!references) continue;
    for (const { sheet: other, box } of references) {
      if (other === undefined && differsWithin(differing, box.top, box.bottom, row)) return true;
    }
  }
  return false;
}

/** Whether a differing row other than `except` lies in top..bottom (rows sorted ascending). */
function differsWithin(rows: readonly number[], top: number, bottom: number, except: number): boolean {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (rows[mid] < top) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < rows.length && rows[i] <= bottom; i++) if (rows[i] !== except) return true;
  return false;
}
