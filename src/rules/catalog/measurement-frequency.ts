/**
 * The "Frecuencia de medición" of a ficha técnica is one of Mensual, Trimestral, Cuatrimestral,
 * Semestral or Anual (MINFIN DTP). Case and accents do not count; an empty cell is a missing
 * field, not this rule's business.
 */
import { cellAddress, createRule } from '../../core';
import { findFrequency, MEASUREMENT_FREQUENCIES } from '../../domain/catalog';
import { uncataloguedFichaValues } from './support/ficha-field';

export default createRule({
  meta: {
    id: 'catalog/measurement-frequency',
    kind: 'unknown-value',
    severity: 'error',
    description: 'Señala frecuencias de medición que no están en el catálogo de la ficha técnica.',
    descriptionEn: 'Flags measurement frequencies that are not in the indicator sheet catalogue.',
    title: 'Frecuencia de medición desconocida',
    titleEn: 'Unknown measurement frequency',
    messages: {
      unknown: 'La frecuencia de medición del indicador «{{indicator}}» es «{{actual}}»; debe ser una de: {{allowed}}.',
    },
    messagesEn: {
      unknown:
        'The measurement frequency of indicator "{{indicator}}" is "{{actual}}"; it must be one of: {{allowed}}.',
    },
  },
  create(context) {
    const isKnown = (text: string): boolean => findFrequency(text) !== undefined;
    for (const { ficha, cell, indicator, shown } of uncataloguedFichaValues(context.workbook, 'frequency', isKnown)) {
      context.report({
        messageId: 'unknown',
        sheet: ficha.sheet,
        range: cellAddress(cell.row, cell.col),
        actual: shown,
        valueType: 'text',
        data: { indicator, actual: shown, allowed: MEASUREMENT_FREQUENCIES.join(', ') },
      });
    }
  },
});
