/**
 * A unit of measure of a product or subproduct that is not in the unit catalogue (singular or
 * plural, with or without accents, are all found). A warning: institutions use units of their
 * own, but an unknown unit is often a typo ("Docuemnto") that SIGES will not take.
 */
import { cellAddress, createRule, rangeAddress } from '../../core';
import { workbookUnits } from '../../domain/catalog';
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
      extended:
        'El libro agrega {{count}} unidad(es) de medida propia(s) al catálogo en su lista {{list}}: {{units}}. Se aceptan en este libro.',
    },
    messagesEn: {
      unknown: 'The unit of measure "{{actual}}" of "{{item}}" is not in the catalogue of units.',
      extended:
        'The workbook adds {{count}} unit(s) of measure of its own to the catalogue in its list {{list}}: {{units}}. They are accepted in this workbook.',
    },
  },
  create(context) {
    // A workbook may carry its institution's own units in its unit list: they extend the
    // catalogue for this workbook, and one info finding says which.
    const own = workbookUnits(context.workbook);
    if (own.extra.length > 0 && own.sheet && own.range)
      context.report({
        messageId: 'extended',
        sheet: own.sheet,
        range: rangeAddress(own.range),
        severity: 'info',
        confidence: 1,
        data: { count: own.extra.length, list: 'LISTA_UNIDADES', units: own.extra.join(', ') },
      });
    for (const matrix of getItemIndex(context.workbook).matrices) {
      for (const row of itemRowsOf(matrix)) {
        const unit = row.unit?.value.trim();
        if (!row.unit || !unit || own.catalog.has(unit)) continue;
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
