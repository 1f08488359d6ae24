/**
 * The ficha técnica of an indicator and its row in the multiannual indicator matrix must give
 * the same baseline (year and value) and the same yearly targets. The ficha's "Tendencia y
 * meta" values are relative (percentages), so they are compared with the matrix's "Datos
 * relativos". Fichas and rows are matched by indicator name (accents, case and a likely typo
 * forgiven; an ambiguous match is skipped rather than guessed).
 *
 * Findings sit on the matrix cell, the summary that is typed again from the fichas, with the
 * ficha's cell in `related`.
 */
import { cellAddress, createRule, formatNumber, type CellRef } from '../../core';
import { numericValue } from '../../domain/items';
import type { IndicatorMatrix, IndicatorSheet, NumberCell } from '../../domain/matrix';
import { matricesOf } from '../../domain/recognize';
import { compareNames } from '../../domain/similarity';
import { yearOf } from '../../domain/text';

type IndicatorRow = IndicatorMatrix['rows'][number];

function ref(sheet: string, cell: { row: number; col: number }): CellRef {
  return { sheet, range: cellAddress(cell.row, cell.col) };
}

function yearValue(cell: NumberCell | undefined): number | undefined {
  if (!cell) return undefined;
  return typeof cell.value === 'string'
    ? (yearOf(cell.value.replace(/^\s*a[nñ]o\s*:?\s*/i, '')) ?? undefined)
    : (numericValue(cell.value) ?? undefined);
}

/**
 * Percentages are typed as 83.77, as 0.8377 with a % format, or as "83.77%": two values agree
 * when they are equal on any of those scales, to the rounding of two decimals of a percent.
 */
function samePercentage(a: number, b: number): boolean {
  const close = (x: number, y: number): boolean => Math.abs(x - y) <= 0.006 * Math.max(1, Math.abs(y) / 100);
  return close(a, b) || close(a * 100, b) || close(a, b * 100);
}

function showPercentage(value: number): string {
  return `${formatNumber(Math.abs(value) <= 1 ? Math.round(value * 1e6) / 1e4 : value)} %`;
}

/** The matrix rows whose indicator is the ficha's: same name, else a single near miss. */
function rowsFor(
  ficha: IndicatorSheet,
  matrices: readonly IndicatorMatrix[],
): { matrix: IndicatorMatrix; row: IndicatorRow }[] {
  const name = ficha.name?.value;
  if (!name) return [];
  const candidates = matrices.flatMap((matrix) =>
    matrix.rows
      .filter((row) => row.indicator)
      .map((row) => ({ matrix, row, match: compareNames(row.indicator!.value, name) })),
  );
  const same = candidates.filter((c) => c.match === 'same');
  if (same.length > 0) return same;
  const near = candidates.filter((c) => c.match === 'near');
  return near.length === 1 ? near : [];
}

export default createRule({
  meta: {
    id: 'crossref/indicator-targets',
    kind: 'cross-sheet-mismatch',
    severity: 'error',
    description:
      'Señala líneas base y metas anuales de un indicador que difieren entre su ficha técnica y la matriz multianual.',
    descriptionEn:
      'Flags indicator baselines and yearly targets that differ between the indicator sheet and the multiannual matrix.',
    messages: {
      baselineYear:
        'El año de línea base de «{{indicator}}» es {{actual}} aquí, pero {{expected}} en su ficha técnica ({{otherSheet}}!{{otherCell}}).',
      baselineValue:
        'El valor de línea base de «{{indicator}}» es {{actual}} aquí, pero {{expected}} en su ficha técnica ({{otherSheet}}!{{otherCell}}).',
      target:
        'La meta {{year}} de «{{indicator}}» es {{actual}} aquí, pero {{expected}} en su ficha técnica ({{otherSheet}}!{{otherCell}}).',
    },
  },
  create(context) {
    const matrices = matricesOf(context.workbook, 'indicator-matrix');
    if (matrices.length === 0) return;
    for (const ficha of matricesOf(context.workbook, 'indicator-sheet')) {
      for (const { matrix, row } of rowsFor(ficha, matrices)) {
        const indicator = row.indicator?.value ?? ficha.name?.value ?? '';

        const fichaYear = yearValue(ficha.baseline.year);
        const rowYear = yearValue(row.baseline.year);
        if (fichaYear !== undefined && rowYear !== undefined && fichaYear !== rowYear) {
          const other = ref(ficha.sheet, ficha.baseline.year!);
          context.report({
            messageId: 'baselineYear',
            ...ref(matrix.sheet, row.baseline.year!),
            expected: fichaYear,
            actual: rowYear,
            related: [other],
            data: { indicator, actual: rowYear, expected: fichaYear, otherSheet: other.sheet, otherCell: other.range },
          });
        }

        const fichaBase = numericValue(ficha.baseline.value?.value);
        const rowBase = numericValue(row.baseline.relative?.value);
        if (fichaBase !== undefined && rowBase !== undefined && !samePercentage(rowBase, fichaBase)) {
          const other = ref(ficha.sheet, ficha.baseline.value!);
          context.report({
            messageId: 'baselineValue',
            ...ref(matrix.sheet, row.baseline.relative!),
            expected: fichaBase,
            actual: rowBase,
            related: [other],
            data: {
              indicator,
              actual: showPercentage(rowBase),
              expected: showPercentage(fichaBase),
              otherSheet: other.sheet,
              otherCell: other.range,
            },
          });
        }

        ficha.trend.years.forEach((yearCell, i) => {
          const year = yearValue(yearCell);
          const valueCell = ficha.trend.values[i];
          const target = numericValue(valueCell?.value);
          if (year === undefined || target === undefined || !valueCell) return;
          const j = matrix.years.findIndex((y) => y.year === year);
          const cell = j < 0 ? undefined : row.relative[j];
          const actual = numericValue(cell?.value);
          if (!cell || actual === undefined || samePercentage(actual, target)) return;
          const other = ref(ficha.sheet, valueCell);
          context.report({
            messageId: 'target',
            ...ref(matrix.sheet, cell),
            expected: target,
            actual,
            related: [other],
            data: {
              year,
              indicator,
              actual: showPercentage(actual),
              expected: showPercentage(target),
              otherSheet: other.sheet,
              otherCell: other.range,
            },
          });
        });
      }
    }
  },
});
