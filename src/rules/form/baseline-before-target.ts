/**
 * A baseline is a measurement taken before the plan: its year must precede the first target
 * year. In the multiannual indicator matrix the first target year is the first year column; in a
 * ficha it is the plan's first year (the year columns of the recognised matrices), since the
 * ficha's trend row also lists past years (2023, 2025 before 2026-2030).
 */
import { cellAddress, createRule } from '../../core';
import type { NumberCell } from '../../domain/matrix';
import { getRecognition, matricesOf } from '../../domain/recognize';
import { yearOf } from '../../domain/text';

export default createRule({
  meta: {
    id: 'form/baseline-before-target',
    kind: 'out-of-range',
    severity: 'error',
    description: 'Verifica que el año de la línea base sea anterior al primer año de las metas.',
    descriptionEn: 'Checks that the baseline year precedes the first target year.',
    title: 'Línea base que no precede a las metas',
    titleEn: 'Baseline not before the targets',
    messages: {
      notBefore:
        'El año de la línea base de «{{name}}» ({{year}}) no es anterior al primer año de las metas ({{first}}).',
      notAYear: 'El año de la línea base de «{{name}}» («{{value}}») no es un año.',
    },
    messagesEn: {
      notBefore: 'The baseline year of "{{name}}" ({{year}}) is not before the first target year ({{first}}).',
      notAYear: 'The baseline year of "{{name}}" ("{{value}}") is not a year.',
    },
  },
  create(context) {
    const check = (
      sheet: string,
      name: string,
      cell: NumberCell | undefined,
      first: number | undefined,
      related?: { row: number; col: number },
    ) => {
      if (!cell || cell.value === null) return;
      const year = yearOf(cell.value);
      const range = cellAddress(cell.row, cell.col);
      if (year === undefined) {
        context.report({
          messageId: 'notAYear',
          sheet,
          range,
          data: { name, value: String(cell.value) },
          actual: cell.value,
          valueType: 'text',
        });
        return;
      }
      if (first === undefined || year < first) return;
      context.report({
        messageId: 'notBefore',
        sheet,
        range,
        data: { name, year, first },
        actual: year,
        expected: first - 1,
        valueType: 'year',
        ...(related ? { related: [{ sheet, range: cellAddress(related.row, related.col) }] } : {}),
      });
    };

    for (const matrix of matricesOf(context.workbook, 'indicator-matrix')) {
      if (matrix.years.length === 0) continue;
      const firstYear = matrix.years.reduce((a, b) => (b.year < a.year ? b : a));
      const sheet = context.workbook.sheet(matrix.sheet);
      let yearHeader: { row: number; col: number } | undefined;
      for (let r = matrix.headerTop; r <= matrix.headerBottom && !yearHeader; r++) {
        if (yearOf(sheet?.get(r, firstYear.headerCol)?.value) === firstYear.year)
          yearHeader = { row: r, col: firstYear.headerCol };
      }
      for (const row of matrix.rows) {
        const name = row.indicator?.value ?? row.name.value;
        check(matrix.sheet, name, row.baseline.year, firstYear.year, yearHeader);
      }
    }

    const planYears = getRecognition(context.workbook).years;
    const planFirst = planYears.length > 0 ? planYears[0] : undefined;
    for (const ficha of matricesOf(context.workbook, 'indicator-sheet')) {
      const name = ficha.name?.value ?? ficha.code?.value ?? ficha.range;
      // Without year columns elsewhere, the last trend year is the one target the ficha surely has.
      const trendYears = ficha.trend.years.map((y) => yearOf(y.value)).filter((y): y is number => y !== undefined);
      const first = planFirst ?? (trendYears.length > 0 ? Math.max(...trendYears) : undefined);
      const firstTarget = first === undefined ? undefined : ficha.trend.years.find((y) => yearOf(y.value) === first);
      check(ficha.sheet, name, ficha.baseline.year, first, firstTarget);
    }
  },
});
