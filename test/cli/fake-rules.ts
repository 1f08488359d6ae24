/** Two rules for the command-line tests: one reports error values (error), one negative numbers (warning). */
import { cellAddress, createRule, isErrorValue, type AnyRule } from '../../src/core';

const errorCells = createRule({
  meta: {
    id: 'test/error-cells',
    kind: 'error-value',
    severity: 'error',
    description: 'Señala las celdas con error.',
    descriptionEn: 'Flags cells that show an error.',
    title: 'Celda con error (prueba)',
    titleEn: 'Cell shows an error (test)',
    messages: { shows: 'La celda muestra {{error}}.' },
    messagesEn: { shows: 'The cell shows {{error}}.' },
  },
  create(context) {
    for (const sheet of context.workbook.sheets) {
      for (const cell of sheet.cells) {
        if (isErrorValue(cell.value)) {
          context.report({
            messageId: 'shows',
            sheet: sheet.name,
            range: cellAddress(cell.row, cell.col),
            data: { error: cell.value.error },
            actual: cell.value.error,
          });
        }
      }
    }
  },
});

const negativeNumbers = createRule({
  meta: {
    id: 'test/negative',
    kind: 'out-of-range',
    severity: 'warning',
    description: 'Señala los números negativos.',
    descriptionEn: 'Flags negative numbers.',
    title: 'Valor negativo (prueba)',
    titleEn: 'Negative value (test)',
    messages: { negative: 'El valor {{value}} es negativo.' },
    messagesEn: { negative: 'The value {{value}} is negative.' },
  },
  create(context) {
    for (const sheet of context.workbook.sheets) {
      for (const cell of sheet.cells) {
        if (typeof cell.value === 'number' && cell.value < 0) {
          context.report({
            messageId: 'negative',
            sheet: sheet.name,
            range: cellAddress(cell.row, cell.col),
            data: { value: cell.value },
            related: [{ sheet: sheet.name, range: 'A1' }],
          });
        }
      }
    }
  },
});

export const allRules: readonly AnyRule[] = [errorCells, negativeNumbers];

export function findRule(id: string): AnyRule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
