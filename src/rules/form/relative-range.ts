/**
 * Datos relativos are a share: between 0 % and 100 %. Excel holds 83.77 % either as 0.8377 with
 * a percentage format or as 83.77 typed as a plain number; both mean 83.77 %. Text such as
 * "83.77%" means the same. Checked: the multiannual indicator matrix's Datos relativos, and the
 * trend and baseline values of fichas whose indicator is a "Porcentaje". A goal (physical,
 * financial, absolute) is never negative.
 */
import { cellAddress, createRule, formatNumber, type WorkbookView } from '../../core';
import type { NumberCell } from '../../domain/matrix';
import { matricesOf } from '../../domain/recognize';
import { normalize } from '../../domain/text';
import { parseNumberText } from '../formulas/support/sheet-facts';

/** The percentage a cell stands for (83.77 for 83.77 %), or undefined when it holds no number. */
function percentOf(workbook: WorkbookView, sheet: string, cell: NumberCell): number | undefined {
  if (cell.value === null) return undefined;
  if (typeof cell.value === 'string') {
    const parsed = parseNumberText(cell.value);
    if (parsed === undefined) return undefined;
    // parseNumberText reads "83.77%" as 0.8377; a bare "83.77" is a percentage as typed.
    return cell.value.includes('%') ? parsed * 100 : parsed;
  }
  const format = workbook.sheet(sheet)?.get(cell.row, cell.col)?.numFmt;
  const percentFormat = format !== undefined && format.replace(/"[^"]*"|\\./g, '').includes('%');
  return percentFormat ? cell.value * 100 : cell.value;
}

function numberOf(cell: NumberCell | undefined): number | undefined {
  if (!cell || cell.value === null) return undefined;
  return typeof cell.value === 'number' ? cell.value : parseNumberText(cell.value);
}

function showPercent(value: number): string {
  return `${formatNumber(Math.round(value * 100) / 100)} %`;
}

export default createRule({
  meta: {
    id: 'form/relative-range',
    kind: 'out-of-range',
    severity: 'error',
    description: 'Verifica que los datos relativos estén entre 0 % y 100 % y que ninguna meta sea negativa.',
    descriptionEn: 'Checks that relative data lie between 0 % and 100 % and that no goal is negative.',
    title: 'Porcentaje fuera de rango o meta negativa',
    titleEn: 'Percentage out of range or negative goal',
    messages: {
      relative: 'El dato relativo {{where}} de «{{name}}» es {{value}}: debe estar entre 0 % y 100 %.',
      negative: 'La meta {{where}} de «{{name}}» es negativa ({{value}}).',
    },
    messagesEn: {
      relative: 'The relative value of "{{name}}" ({{where}}) is {{value}}: it must lie between 0 % and 100 %.',
      negative: 'The goal of "{{name}}" ({{where}}) is negative ({{value}}).',
    },
  },
  create(context) {
    const { workbook } = context;
    for (const matrix of matricesOf(workbook, 'indicator-matrix')) {
      for (const row of matrix.rows) {
        const name = row.indicator?.value ?? row.name.value;
        const relatives: [string, NumberCell | undefined][] = [
          ['de la línea base', row.baseline.relative],
          ...matrix.years.map((y, i): [string, NumberCell | undefined] => [String(y.year), row.relative[i]]),
          ['del total multianual', row.total?.relative],
        ];
        for (const [where, cell] of relatives) {
          const percent = cell && percentOf(workbook, matrix.sheet, cell);
          if (!cell || percent === undefined || (percent >= 0 && percent <= 100)) continue;
          context.report({
            messageId: 'relative',
            sheet: matrix.sheet,
            range: cellAddress(cell.row, cell.col),
            data: { where, name, value: showPercent(percent) },
            actual: cell.value,
            valueType: 'percent',
          });
        }
        const absolutes: [string, NumberCell | undefined][] = [
          ...matrix.years.map((y, i): [string, NumberCell | undefined] => [String(y.year), row.absolute[i]]),
          ['del total multianual', row.total?.absolute],
        ];
        for (const [where, cell] of absolutes) {
          const value = numberOf(cell);
          if (!cell || value === undefined || value >= 0) continue;
          context.report({
            messageId: 'negative',
            sheet: matrix.sheet,
            range: cellAddress(cell.row, cell.col),
            data: { where, name, value: formatNumber(value) },
            actual: value,
            valueType: 'quantity',
          });
        }
      }
    }
    // A ficha whose indicator is a percentage ("Porcentaje de …") holds percentages in its trend
    // and baseline values.
    for (const ficha of matricesOf(workbook, 'indicator-sheet')) {
      const name = ficha.name?.value ?? '';
      if (!/\bporcentaje\b/.test(normalize(name))) continue;
      const values: [string, NumberCell | undefined][] = [
        ['de la línea base', ficha.baseline.value],
        ...ficha.trend.values.map((cell): [string, NumberCell] => {
          const year = ficha.trend.years.find((y) => y.col === cell.col)?.value;
          return [year === undefined || year === null ? 'de la tendencia' : String(year), cell];
        }),
      ];
      for (const [where, cell] of values) {
        const percent = cell && percentOf(workbook, ficha.sheet, cell);
        if (!cell || percent === undefined || (percent >= 0 && percent <= 100)) continue;
        context.report({
          messageId: 'relative',
          sheet: ficha.sheet,
          range: cellAddress(cell.row, cell.col),
          data: { where, name, value: showPercent(percent) },
          actual: cell.value,
          valueType: 'percent',
        });
      }
    }
    for (const goals of matricesOf(workbook, 'goals')) {
      for (const item of goals.items) {
        goals.years.forEach((year, i) => {
          for (const [kind, cell] of [
            ['física', item.physical[i]],
            ['financiera', item.financial[i]],
          ] as const) {
            const value = numberOf(cell);
            if (!cell || value === undefined || value >= 0) continue;
            context.report({
              messageId: 'negative',
              sheet: goals.sheet,
              range: cellAddress(cell.row, cell.col),
              data: { where: `${kind} ${year.year}`, name: item.name.value, value: formatNumber(value) },
              actual: value,
              valueType: kind === 'física' ? 'quantity' : 'money',
            });
          }
        });
      }
    }
  },
});
