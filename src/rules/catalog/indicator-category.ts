/**
 * The "Categoría del indicador" of a ficha técnica is RESULTADO or PRODUCTO (MINFIN DTP). Case,
 * accents and a few words around it ("Indicador de producto") are accepted; an empty cell is a
 * missing field, not this rule's business.
 */
import { cellAddress, createRule } from '../../core';
import { findCategory, INDICATOR_CATEGORIES } from '../../domain/catalog';
import { uncataloguedFichaValues } from './support/ficha-field';

export default createRule({
  meta: {
    id: 'catalog/indicator-category',
    kind: 'unknown-value',
    severity: 'error',
    description: 'Señala categorías de indicador que no son RESULTADO ni PRODUCTO.',
    descriptionEn: 'Flags indicator categories other than RESULTADO or PRODUCTO.',
    title: 'Categoría de indicador desconocida',
    titleEn: 'Unknown indicator category',
    messages: {
      unknown: 'La categoría del indicador «{{indicator}}» es «{{actual}}»; debe ser {{allowed}}.',
    },
    messagesEn: {
      unknown: 'The category of indicator "{{indicator}}" is "{{actual}}"; it must be {{allowed}}.',
    },
  },
  create(context) {
    const isKnown = (text: string): boolean => findCategory(text) !== undefined;
    for (const { ficha, cell, indicator, shown } of uncataloguedFichaValues(context.workbook, 'category', isKnown)) {
      context.report({
        messageId: 'unknown',
        sheet: ficha.sheet,
        range: cellAddress(cell.row, cell.col),
        actual: shown,
        valueType: 'text',
        data: { indicator, actual: shown, allowed: INDICATOR_CATEGORIES.join(' o ') },
      });
    }
  },
});
