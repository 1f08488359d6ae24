/**
 * Cells that show an error (#REF!, #DIV/0!, …) and formulas that contain #REF! because the cells
 * they read were deleted. One error usually spreads to every cell that depends on it, and one
 * wrong formula is usually copied down a column: we report the source once (with how many cells
 * depend on it) and a copied block once, so a broken sheet gives a short list, not thousands.
 */
import { cellAddress, createRule, rangeAddress, type Cell, type SheetView, type WorkbookView } from '../../core';
import { clipToSheet, errorCode, groupVerticalRuns, isEmptyCell, targetSheet } from './support/sheet-facts';

/** What each error means, in the words a planner would use. */
const MEANINGS: Record<string, string> = {
  '#REF!': 'referencia a celdas que ya no existen',
  '#DIV/0!': 'división entre cero o entre una celda vacía',
  '#VALUE!': 'un valor de tipo incorrecto, por ejemplo texto donde se espera un número',
  '#N/A': 'valor no disponible, por ejemplo una búsqueda sin resultado',
  '#NAME?': 'nombre de función o de rango desconocido',
  '#NUM!': 'resultado numérico imposible',
  '#NULL!': 'intersección de rangos vacía',
  '#SPILL!': 'el resultado no cabe: hay celdas ocupadas donde debía derramarse',
  '#CALC!': 'el cálculo no pudo completarse',
};

/** Findings per sheet before the rest is summarised in one line. */
const MAX_FINDINGS_PER_SHEET = 200;
/** Cells visited in the whole workbook while looking for the sources of propagated errors. */
const SOURCE_SEARCH_BUDGET = 2_000_000;
/** Longest chain of dependencies followed to the source (guards against circular references). */
const MAX_CHAIN = 64;

interface ErrorCell {
  sheet: SheetView;
  cell: Cell;
  code: string;
  /** The formula text names #REF!: a reference to deleted cells. */
  deletedReference: boolean;
  parent?: ErrorCell;
  dependents: number;
  /** The cells that show this error only because they read this one (kept up to a cap). */
  dependentCells: ErrorCell[];
}

/** Dependent cells named as `related` per finding: enough to walk, not a flood. */
const MAX_RELATED = 20;

export default createRule({
  meta: {
    id: 'formulas/error-value',
    kind: 'error-value',
    severity: 'error',
    description:
      'Señala las celdas que muestran un error (#REF!, #DIV/0!, #N/A…) y las fórmulas con referencias eliminadas.',
    descriptionEn: 'Flags cells that show an error (#REF!, #DIV/0!, #N/A…) and formulas with deleted references.',
    title: 'Celda con error',
    titleEn: 'Cell shows an error',
    messages: {
      errorValue: 'La celda muestra {{error}} ({{meaning}}).',
      errorValueSource:
        'La celda muestra {{error}} ({{meaning}}); otras {{dependents}} celdas muestran el mismo error porque dependen de ella.',
      errorBlock: 'Las {{count}} celdas de {{range}} muestran {{error}} ({{meaning}}) con la misma fórmula copiada.',
      errorBlockSource:
        'Las {{count}} celdas de {{range}} muestran {{error}} ({{meaning}}) con la misma fórmula copiada; otras {{dependents}} celdas muestran el mismo error porque dependen de ellas.',
      deletedReference: 'La fórmula ={{formula}} contiene #REF!: apunta a celdas que fueron eliminadas.',
      deletedReferenceBlock:
        'Las {{count}} fórmulas de {{range}} contienen #REF!: apuntan a celdas que fueron eliminadas (primera: ={{formula}}).',
      tooMany:
        'Hay {{count}} grupos más de celdas con error en esta hoja que no se detallan; corrija los anteriores y vuelva a validar.',
    },
    messagesEn: {
      errorValue: 'The cell shows {{error}} ({{meaning}}).',
      errorValueSource:
        'The cell shows {{error}} ({{meaning}}); {{dependents}} other cells show the same error because they depend on it.',
      errorBlock: 'The {{count}} cells in {{range}} show {{error}} ({{meaning}}) with the same copied formula.',
      errorBlockSource:
        'The {{count}} cells in {{range}} show {{error}} ({{meaning}}) with the same copied formula; {{dependents}} other cells show the same error because they depend on them.',
      deletedReference: 'The formula ={{formula}} contains #REF!: it points to cells that were deleted.',
      deletedReferenceBlock:
        'The {{count}} formulas in {{range}} contain #REF!: they point to cells that were deleted (first: ={{formula}}).',
      tooMany:
        'There are {{count}} more groups of cells with errors on this sheet that are not listed; fix the ones above and validate again.',
    },
  },
  create(context) {
    const { workbook } = context;
    const byCell = new Map<Cell, ErrorCell>();
    const perSheet = workbook.sheets.map((sheet) => collectErrors(sheet, byCell));
    const all = perSheet.flat();
    linkToSources(workbook, all, byCell);
    countDependents(all);

    for (const errors of perSheet) {
      if (errors.length === 0) continue;
      const sheet = errors[0].sheet;
      const roots = errors.filter((e) => e.parent === undefined);
      const runs = groupVerticalRuns(roots, (e) => ({
        row: e.cell.row,
        col: e.cell.col,
        key: `${e.deletedReference ? 'ref' : e.code}|${e.cell.formula === undefined ? '' : sheet.formula(e.cell)?.relative}`,
      }));
      let reported = 0;
      for (const run of runs) {
        if (reported === MAX_FINDINGS_PER_SHEET) {
          context.report({
            messageId: 'tooMany',
            sheet: sheet.name,
            range: cellAddress(run.top, run.col),
            data: { count: runs.length - reported },
          });
          break;
        }
        reported++;
        const first = run.items[0];
        const range = rangeAddress({ top: run.top, left: run.col, bottom: run.bottom, right: run.col });
        const dependents = run.items.reduce((n, e) => n + e.dependents, 0);
        // A cascade is reported at its root: the cells that only pass the error on are related.
        const related = run.items
          .flatMap((e) => e.dependentCells)
          .slice(0, MAX_RELATED)
          .map((e) => ({ sheet: e.sheet.name, range: cellAddress(e.cell.row, e.cell.col) }));
        if (run.items.length === 1 && first.code === '#DIV/0!') {
          const divisor = emptyOrZeroDivisor(workbook, first);
          if (divisor) related.unshift(divisor);
        }
        const base = {
          sheet: sheet.name,
          range,
          actual: first.code,
          valueType: 'text' as const,
          ...(related.length ? { related } : {}),
        };
        if (first.deletedReference) {
          const formula = first.cell.formula ?? '';
          if (run.items.length === 1) context.report({ ...base, messageId: 'deletedReference', data: { formula } });
          else
            context.report({
              ...base,
              messageId: 'deletedReferenceBlock',
              data: { count: run.items.length, range, formula },
            });
          continue;
        }
        const error = first.code;
        const meaning = MEANINGS[error] ?? 'error de cálculo';
        if (run.items.length === 1) {
          if (dependents === 0) context.report({ ...base, messageId: 'errorValue', data: { error, meaning } });
          else context.report({ ...base, messageId: 'errorValueSource', data: { error, meaning, dependents } });
        } else if (dependents === 0) {
          context.report({
            ...base,
            messageId: 'errorBlock',
            data: { count: run.items.length, range, error, meaning },
          });
        } else {
          context.report({
            ...base,
            messageId: 'errorBlockSource',
            data: { count: run.items.length, range, error, meaning, dependents },
          });
        }
      }
    }
  },
});

/** The cell a #DIV/0! divides by when it is blank or 0: where the fix belongs. */
function emptyOrZeroDivisor(workbook: WorkbookView, entry: ErrorCell): { sheet: string; range: string } | undefined {
  const info = entry.cell.formula === undefined ? undefined : entry.sheet.formula(entry.cell);
  if (!info) return undefined;
  for (const ref of info.references) {
    if (ref.isRange) continue;
    let i = ref.token - 1;
    while (i >= 0 && (info.tokens[i].type === 'whitespace' || info.tokens[i].value === '(')) i--;
    if (i < 0 || info.tokens[i].value !== '/') continue;
    const target = targetSheet(workbook, entry.sheet, ref);
    const cell = target?.get(ref.box.top, ref.box.left);
    if (target && (isEmptyCell(cell) || cell?.value === 0))
      return { sheet: target.name, range: cellAddress(ref.box.top, ref.box.left) };
  }
  return undefined;
}

function collectErrors(sheet: SheetView, byCell: Map<Cell, ErrorCell>): ErrorCell[] {
  const errors: ErrorCell[] = [];
  for (const cell of sheet.cells) {
    const code = errorCode(cell);
    // The cheap text test first; the tokens tell a #REF! reference from a "#REF!" string literal.
    const deletedReference =
      cell.formula !== undefined &&
      (cell.formula.includes('#REF!') || cell.formula.includes('#ref!')) &&
      (sheet.formula(cell)?.tokens.some((t) => t.type === 'error' && t.value.toUpperCase() === '#REF!') ?? false);
    if (code === undefined && !deletedReference) continue;
    const entry: ErrorCell = {
      sheet,
      cell,
      code: code ?? '#REF!',
      deletedReference,
      dependents: 0,
      dependentCells: [],
    };
    errors.push(entry);
    byCell.set(cell, entry);
  }
  return errors;
}

/**
 * An error cell whose formula reads a cell showing the same error only passes it on: link it to
 * that cell, then count, for each source, the cells that depend on it.
 */
function linkToSources(workbook: WorkbookView, errors: ErrorCell[], byCell: Map<Cell, ErrorCell>): void {
  let budget = SOURCE_SEARCH_BUDGET;
  for (const entry of errors) {
    if (entry.deletedReference || entry.cell.formula === undefined) continue;
    const info = entry.sheet.formula(entry.cell);
    if (!info) continue;
    search: for (const ref of info.references) {
      const target = targetSheet(workbook, entry.sheet, ref);
      const box = target && clipToSheet(ref.box, target);
      if (!target || !box) continue;
      for (let r = box.top; r <= box.bottom; r++) {
        for (let c = box.left; c <= box.right; c++) {
          if (--budget < 0) return;
          const cell = target.get(r, c);
          if (!cell || cell === entry.cell) continue;
          const source = byCell.get(cell);
          if (source && (source.code === entry.code || source.deletedReference)) {
            entry.parent = source;
            break search;
          }
        }
      }
    }
  }
}

function countDependents(errors: ErrorCell[]): void {
  for (const entry of errors) {
    let source = entry.parent;
    let hops = 0;
    while (source?.parent && hops++ < MAX_CHAIN) source = source.parent;
    if (source?.parent) {
      // A circular chain: keep the cell as its own source rather than lose it.
      entry.parent = undefined;
      continue;
    }
    if (source) {
      source.dependents++;
      if (source.dependentCells.length < MAX_RELATED) source.dependentCells.push(entry);
    }
  }
}
