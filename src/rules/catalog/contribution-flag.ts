/**
 * The "producto de mayor contribución" column takes 1 (it contributes most to the Política
 * General de Gobierno) or 0. Anything else ("X", "Sí", 2, 0.5) cannot be read by SIPLAN nor
 * compared between matrices. Empty cells are left to the form rules.
 */
import { cellAddress, createRule } from '../../core';
import { contributionFlag, getItemIndex, shownValue } from '../../domain/items';

export default createRule({
  meta: {
    id: 'catalog/contribution-flag',
    kind: 'unknown-value',
    severity: 'error',
    description: 'Señala marcas de mayor contribución a la PGG que no son 1 ni 0.',
    descriptionEn: 'Flags "greatest contribution" marks that are neither 1 nor 0.',
    title: 'Marca de mayor contribución que no es 1 ni 0',
    titleEn: 'Contribution flag other than 1 or 0',
    messages: {
      notBinary: 'La marca de mayor contribución de «{{item}}» es «{{actual}}»; debe ser 1 (sí) o 0 (no).',
    },
    messagesEn: {
      notBinary: 'The "greatest contribution" flag of "{{item}}" is "{{actual}}"; it must be 1 (yes) or 0 (no).',
    },
  },
  create(context) {
    for (const matrix of getItemIndex(context.workbook).matrices) {
      if (matrix.type !== 'pgg' && matrix.type !== 'coverage') continue;
      for (const row of matrix.items) {
        const cell = row.contribution;
        if (!cell || cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '')) continue;
        if (contributionFlag(cell.value) !== undefined) continue;
        context.report({
          messageId: 'notBinary',
          sheet: matrix.sheet,
          range: cellAddress(cell.row, cell.col),
          actual: shownValue(cell.value),
          valueType: 'text',
          data: { item: row.name.value.trim(), actual: shownValue(cell.value) },
        });
      }
    }
  },
});
