/**
 * The ficha técnica of an indicator and its row in the multiannual indicator matrix must give
 * the same baseline (year and value) and the same yearly targets. The ficha's "Tendencia y
 * meta" values are relative (percentages), so they are compared with the matrix's "Datos
 * relativos". Fichas and rows are matched by indicator name (accents, case and a likely typo
 * forgiven; an ambiguous match is skipped rather than guessed).
 *
 * Findings sit on the ficha's cell, with the matrix cell in `related`: the matrix row carries
 * the indicator's absolute goals too (checked against the goals matrix by crossref/item-goals),
 * so the ficha, typed apart and checked against nothing else, is the likelier side to be wrong.
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
    title: 'Metas del indicador distintas en ficha y matriz',
    titleEn: 'Indicator targets differ between sheet and matrix',
    messages: {
      baselineYear:
        'El año de línea base de «{{indicator}}» es {{actual}} en la ficha, pero {{expected}} en la matriz multianual ({{otherSheet}}!{{otherCell}}).',
      baselineValue:
        'El valor de línea base de «{{indicator}}» es {{actual}} en la ficha, pero {{expected}} en la matriz multianual ({{otherSheet}}!{{otherCell}}).',
      target:
        'La meta {{year}} de «{{indicator}}» es {{actual}} en la ficha, pero {{expected}} en la matriz multianual ({{otherSheet}}!{{otherCell}}).',
    },
    messagesEn: {
      baselineYear:
        'The baseline year of "{{indicator}}" is {{actual}} in the indicator sheet, but {{expected}} in the multiannual matrix ({{otherSheet}}!{{otherCell}}).',
      baselineValue:
        'The baseline value of "{{indicator}}" is {{actual}} in the indicator sheet, but {{expected}} in the multiannual matrix ({{otherSheet}}!{{otherCell}}).',
      target:
        'The {{year}} target of "{{indicator}}" is {{actual}} in the indicator sheet, but {{expected}} in the multiannual matrix ({{otherSheet}}!{{otherCell}}).',
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
          const other = ref(matrix.sheet, row.baseline.year!);
          context.report({
            messageId: 'baselineYear',
            ...ref(ficha.sheet, ficha.baseline.year!),
            expected: rowYear,
            actual: fichaYear,
            valueType: 'year',
            related: [other],
            data: { indicator, actual: fichaYear, expected: rowYear, otherSheet: other.sheet, otherCell: other.range },
          });
        }

        const fichaBase = numericValue(ficha.baseline.value?.value);
        const rowBase = numericValue(row.baseline.relative?.value);
        if (fichaBase !== undefined && rowBase !== undefined && !samePercentage(rowBase, fichaBase)) {
          const other = ref(matrix.sheet, row.baseline.relative!);
          context.report({
            messageId: 'baselineValue',
            ...ref(ficha.sheet, ficha.baseline.value!),
            expected: rowBase,
            actual: fichaBase,
            valueType: 'percent',
            related: [other],
            data: {
              indicator,
              actual: showPercentage(fichaBase),
              expected: showPercentage(rowBase),
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
          const inMatrix = numericValue(cell?.value);
          if (!cell || inMatrix === undefined || samePercentage(inMatrix, target)) return;
          const other = ref(matrix.sheet, cell);
          context.report({
            messageId: 'target',
            ...ref(ficha.sheet, valueCell),
            expected: inMatrix,
            actual: target,
            valueType: 'percent',
            related: [other],
            data: {
              year,
              indicator,
              actual: showPercentage(target),
              expected: showPercentage(inMatrix),
              otherSheet: other.sheet,
              otherCell: other.range,
            },
          });
        });
      }
    }
  },
});
