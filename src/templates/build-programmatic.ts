/**
 * §9.3 Vinculación de productos y subproductos con la red de categorías programáticas:
 * PRODUCTO / SUBPRODUCTO | UNIDAD DE MEDIDA | DESCRIPCIÓN DE LA ACTIVIDAD | PROGRAMA |
 * SUBPROGRAMA | PROYECTO | ACTIVIDAD. Codes are text ("01", "001"), so leading zeros survive.
 */
import { cellAddress } from '../core';
import { landscape, LIST_NAMES, titleRows } from './common';
import type { Draft } from './draft';
import { HEADER_TOP, SHEET_NAMES } from './layout';
import { SheetBuilder } from './sheet';
import type { SheetSpec } from './spec';

const CODE_COLUMNS = [
  { key: 'programa', header: 'PROGRAMA' },
  { key: 'subprograma', header: 'SUBPROGRAMA' },
  { key: 'proyecto', header: 'PROYECTO' },
  { key: 'actividad', header: 'ACTIVIDAD' },
] as const;

export function buildProgrammaticSheet(draft: Draft): { sheet: SheetSpec; area: string } {
  const s = new SheetBuilder(SHEET_NAMES.programmatic);
  titleRows(s, draft, 'VINCULACIÓN DE PRODUCTOS Y SUBPRODUCTOS CON RED DE CATEGORÍAS PROGRAMÁTICAS');
  const head = HEADER_TOP;
  s.value(head, 0, 'PRODUCTO / SUBPRODUCTO', 'header').merge(head, 0, head, 1, 'header');
  s.value(head, 2, 'UNIDAD DE MEDIDA', 'header');
  s.value(head, 3, 'DESCRIPCIÓN DE LA ACTIVIDAD', 'header');
  CODE_COLUMNS.forEach((c, i) => s.value(head, 4 + i, c.header, 'header'));
  let row = head + 1;
  for (const product of draft.products) {
    s.value(row, 0, 'Producto:', 'productPrefix');
    s.value(row, 1, product.name, 'productName');
    s.value(row, 2, product.unit, 'productText');
    s.value(row, 3, product.activity, 'productText');
    CODE_COLUMNS.forEach((c, i) => s.value(row, 4 + i, product.codes[c.key], 'code'));
    row++;
    for (const sub of product.subproducts) {
      s.value(row, 0, null, 'blank');
      s.value(row, 1, sub.name, 'subproductName');
      s.value(row, 2, sub.unit, 'text');
      s.value(row, 3, null, 'text');
      for (let c = 4; c <= 7; c++) s.value(row, c, null, 'code');
      row++;
    }
  }
  const last = Math.max(row - 1, head + 1);
  s.column(0, 11, 'text').column(1, 48, 'text').column(2, 14, 'text').column(3, 40, 'text');
  CODE_COLUMNS.forEach((_, i) => s.column(4 + i, 13, 'code'));
  s.validate({
    type: 'list',
    range: `${cellAddress(head + 1, 2)}:${cellAddress(last, 2)}`,
    source: LIST_NAMES.units,
    allowBlank: true,
    errorStyle: 'warning',
    error: { title: 'Unidad de medida', text: 'La unidad de medida no está en el catálogo.' },
  });
  const area = `${cellAddress(head, 0)}:${cellAddress(last, 7)}`;
  const sheet = s.build({ freeze: { rows: head + 1, cols: 2 }, print: landscape(head, head), protect: true });
  return { sheet, area };
}
