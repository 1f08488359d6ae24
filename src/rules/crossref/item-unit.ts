/**
 * The same product or subproduct must have one unit of measure in every matrix that states it.
 * Units compare through the unit catalogue, so "Documentos" and "documento" are one unit; units
 * outside the catalogue compare by their folded spelling.
 *
 * Which cell is reported: the units are grouped, and the group stated by more matrix types is
 * taken as right; every cell outside it is reported. On a tie (one matrix against another), the
 * matrix that comes earlier in the chain (programmatic → results → PGG → coverage → indicator
 * matrix → goals) is taken as right, so a goals-vs-programmatic disagreement is reported on
 * the goals cell with the programmatic cell related.
 */
import { cellAddress, createRule, type CellRef } from '../../core';
import { chainPosition, getItemIndex, unitKey, type ItemAppearance } from '../../domain/items';
import { MATRIX_TITLES, type Located } from '../../domain/matrix';

function unitRef(a: ItemAppearance, unit: Located<string>): CellRef {
  return { sheet: a.matrix.sheet, range: cellAddress(unit.row, unit.col) };
}

interface Stated {
  appearance: ItemAppearance;
  unit: Located<string>;
}

export default createRule({
  meta: {
    id: 'crossref/item-unit',
    kind: 'cross-sheet-mismatch',
    severity: 'error',
    description: 'Señala productos o subproductos con distinta unidad de medida en dos matrices.',
    descriptionEn: 'Flags products or subproducts whose unit of measure differs between matrices.',
    title: 'Unidad de medida distinta entre matrices',
    titleEn: 'Unit of measure differs between matrices',
    messages: {
      differs:
        'La unidad de medida de «{{item}}» es «{{actual}}» en {{matrix}}, pero «{{expected}}» en {{otherSheet}}!{{otherCell}}.',
    },
    messagesEn: {
      differs:
        'The unit of measure of "{{item}}" is "{{actual}}" in {{matrix}}, but "{{expected}}" in {{otherSheet}}!{{otherCell}}.',
    },
  },
  create(context) {
    for (const item of getItemIndex(context.workbook).items) {
      const stated: Stated[] = item.appearances.flatMap((appearance) => {
        const unit = appearance.row.unit;
        return unit && unit.value.trim() !== '' ? [{ appearance, unit }] : [];
      });
      const groups = new Map<string, Stated[]>();
      for (const s of stated) {
        const key = unitKey(s.unit.value);
        groups.set(key, [...(groups.get(key) ?? []), s]);
      }
      if (groups.size < 2) continue;

      const typeCount = (list: Stated[]) => new Set(list.map((s) => s.appearance.matrix.type)).size;
      const earliest = (list: Stated[]) => Math.min(...list.map((s) => chainPosition(s.appearance.matrix.type)));
      const ranked = [...groups.values()].sort((a, b) => typeCount(b) - typeCount(a) || earliest(a) - earliest(b));
      const majority = ranked[0];
      const expected = majority[0].unit.value.trim();
      const related = majority.map((s) => unitRef(s.appearance, s.unit));
      for (const group of ranked.slice(1)) {
        for (const s of group) {
          const here = unitRef(s.appearance, s.unit);
          context.report({
            messageId: 'differs',
            ...here,
            expected,
            actual: s.unit.value.trim(),
            valueType: 'text',
            related,
            data: {
              item: item.name,
              actual: s.unit.value.trim(),
              expected,
              matrix: MATRIX_TITLES[s.appearance.matrix.type].es,
              otherSheet: related[0].sheet,
              otherCell: related[0].range,
            },
          });
        }
      }
    }
  },
});
