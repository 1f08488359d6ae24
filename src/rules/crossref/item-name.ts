/**
 * A product or subproduct whose name, in one matrix, is a near miss of the name the other
 * matrices use ("Vistas guatemaltecas emitidas" for "Visas guatemaltecas emitidas"). Accents,
 * case, spacing and punctuation never count: only a likely typo does.
 */
import { cellAddress, createRule } from '../../core';
import { getItemIndex, type ItemAppearance } from '../../domain/items';
import { MATRIX_TITLES } from '../../domain/matrix';

function nameCell(a: ItemAppearance): { sheet: string; range: string } {
  return { sheet: a.matrix.sheet, range: cellAddress(a.row.name.row, a.row.name.col) };
}

export default createRule({
  meta: {
    id: 'crossref/item-name',
    kind: 'cross-sheet-mismatch',
    severity: 'warning',
    description: 'Señala nombres de productos o subproductos que difieren por un error de escritura entre matrices.',
    descriptionEn: 'Flags product or subproduct names that differ between matrices by a likely typo.',
    title: 'Nombre con un posible error de escritura',
    titleEn: 'Name with a likely typo',
    messages: {
      typo: 'Posible error de escritura: «{{actual}}» ({{matrix}}) parece ser «{{expected}}», como se escribe en {{otherSheet}}!{{otherCell}}.',
    },
    messagesEn: {
      typo: 'Possible typo: "{{actual}}" ({{matrix}}) looks like "{{expected}}", as written in {{otherSheet}}!{{otherCell}}.',
    },
  },
  create(context) {
    for (const item of getItemIndex(context.workbook).items) {
      const reference = item.appearances.filter((a) => !a.typo);
      if (reference.length === 0) continue;
      const canonical = reference.find((a) => a.row.name.value.trim() === item.name) ?? reference[0];
      for (const appearance of item.appearances) {
        if (!appearance.typo) continue;
        const here = nameCell(appearance);
        const other = nameCell(canonical);
        context.report({
          messageId: 'typo',
          ...here,
          expected: item.name,
          actual: appearance.row.name.value.trim(),
          valueType: 'text',
          related: reference.map(nameCell),
          data: {
            actual: appearance.row.name.value.trim(),
            expected: item.name,
            matrix: MATRIX_TITLES[appearance.matrix.type].es,
            otherSheet: other.sheet,
            otherCell: other.range,
          },
        });
      }
    }
  },
});
