/**
 * The "Categoría del indicador" of a ficha técnica is RESULTADO or PRODUCTO (MINFIN DTP). Case,
 * accents and a few words around it ("Indicador de producto") are accepted; an empty cell is a
 * missing field, not this rule's business.
 */
import { cellAddress, createRule } from '../../core';
import { findCategory, INDICATOR_CATEGORIES } from '../../domain/catalog';
import { shownValue } from '../../domain/items';
import { matricesOf } from '../../domain/recognize';

export default createRule({
  meta: {
    id: 'catalog/indicator-category',
    kind: 'unknown-value',
    severity: 'error',
    description: 'Señala categorías de indicador que no son RESULTADO ni PRODUCTO.',
    descriptionEn: 'Flags indicator categories other than RESULTADO or PRODUCTO.',
    messages: {
      unknown: 'La categoría del indicador «{{indicator}}» es «{{actual}}»; debe ser {{allowed}}.',
    },
  },
  create(context) {
    for (const ficha of matricesOf(context.workbook, 'indicator-sheet')) {
      const cell = ficha.fields.category;
      if (!cell || cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '')) continue;
      if (typeof cell.value === 'string' && findCategory(cell.value) !== undefined) continue;
      context.report({
        messageId: 'unknown',
        sheet: ficha.sheet,
        range: cellAddress(cell.row, cell.col),
        actual: shownValue(cell.value),
        data: {
          indicator: ficha.name?.value ?? ficha.code?.value ?? '',
          actual: shownValue(cell.value),
          allowed: INDICATOR_CATEGORIES.join(' o '),
        },
      });
    }
  },
});
