/**
 * A unit of measure of a product or subproduct that is not in the unit catalogue (singular or
 * plural, with or without accents, are all found). A warning: institutions use units of their
 * own, but an unknown unit is often a typo ("Docuemnto") that SIGES will not take.
 */
import { cellAddress, createRule } from '../../core';
import { findUnit } from '../../domain/catalog';
import { getItemIndex, itemRowsOf } from '../../domain/items';

export default createRule({
  meta: {
    id: 'catalog/unit-of-measure',
    kind: 'unknown-value',
    severity: 'warning',
    description: 'Señala unidades de medida que no están en el catálogo.',
    descriptionEn: 'Flags units of measure that are not in the catalogue.',
    title: 'Unidad de medida fuera del catálogo',
    titleEn: 'Unit of measure not in the catalogue',
    messages: {
      unknown: 'La unidad de medida «{{actual}}» de «{{item}}» no está en el catálogo de unidades.',
    },
    messagesEn: {
      unknown: 'The unit of measure "{{actual}}" of "{{item}}" is not in the catalogue of units.',
    },
  },
  create(context) {
    for (const matrix of getItemIndex(context.workbook).matrices) {
      for (const row of itemRowsOf(matrix)) {
        const unit = row.unit?.value.trim();
        if (!row.unit || !unit || findUnit(unit) !== undefined) continue;
        context.report({
          messageId: 'unknown',
          sheet: matrix.sheet,
          range: cellAddress(row.unit.row, row.unit.col),
          actual: unit,
          valueType: 'text',
          data: { actual: unit, item: row.name.value.trim() },
        });
      }
    }
  },
});
