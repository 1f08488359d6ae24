/**
 * The "Frecuencia de medición" of a ficha técnica is one of Mensual, Trimestral, Cuatrimestral,
 * Semestral or Anual (MINFIN DTP). Case and accents do not count; an empty cell is a missing
 * field, not this rule's business.
 */
import { cellAddress, createRule } from '../../core';
import { findFrequency, MEASUREMENT_FREQUENCIES } from '../../domain/catalog';
import { shownValue } from '../../domain/items';
import { matricesOf } from '../../domain/recognize';

export default createRule({
  meta: {
    id: 'catalog/measurement-frequency',
    kind: 'unknown-value',
    severity: 'error',
    description: 'Señala frecuencias de medición que no están en el catálogo de la ficha técnica.',
    descriptionEn: 'Flags measurement frequencies that are not in the indicator sheet catalogue.',
    messages: {
      unknown: 'La frecuencia de medición del indicador «{{indicator}}» es «{{actual}}»; debe ser una de: {{allowed}}.',
    },
  },
  create(context) {
    for (const ficha of matricesOf(context.workbook, 'indicator-sheet')) {
      const cell = ficha.fields.frequency;
      if (!cell || cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '')) continue;
      if (typeof cell.value === 'string' && findFrequency(cell.value) !== undefined) continue;
      context.report({
        messageId: 'unknown',
        sheet: ficha.sheet,
        range: cellAddress(cell.row, cell.col),
        actual: shownValue(cell.value),
        data: {
          indicator: ficha.name?.value ?? ficha.code?.value ?? '',
          actual: shownValue(cell.value),
          allowed: MEASUREMENT_FREQUENCIES.join(', '),
        },
      });
    }
  },
});
