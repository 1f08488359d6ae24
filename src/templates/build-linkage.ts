/**
 * The matrices that link results to products: §5/§9.2 Resultados (one statement per year),
 * §9.4 Cobertura and §3.1 Vinculación a la Política General de Gobierno. A result statement is
 * merged down the rows of the products that serve it. The coverage matrix's 1/0 flag refers
 * to the PGG matrix's, so the two agree by construction.
 */
import { cellAddress } from '../core';
import { FLAG_VALUES, landscape, LIST_NAMES, runs, span, titleRows } from './common';
import type { Draft, DraftProduct } from './draft';
import { HEADER_TOP, pggLayout, SHEET_NAMES } from './layout';
import { SheetBuilder, sheetRef } from './sheet';
import type { SheetSpec } from './spec';

interface Placed {
  product: DraftProduct;
  index: number;
  top: number;
  bottom: number;
}

/** Lays products (prefix column `col`, name column `col + 1`) from `row`; returns where each went. */
function placeItems(
  s: SheetBuilder,
  products: { product: DraftProduct; index: number }[],
  row: number,
  col: number,
): Placed[] {
  return products.map(({ product, index }) => {
    const top = row;
    s.value(row, col, 'Producto:', 'productPrefix');
    s.value(row, col + 1, product.name, 'productName');
    row++;
    for (const sub of product.subproducts) {
      s.value(row, col, null, 'blank');
      s.value(row, col + 1, sub.name, 'subproductName');
      row++;
    }
    return { product, index, top, bottom: row - 1 };
  });
}

/** Products that serve a result, in model order. */
function withResults(draft: Draft): { product: DraftProduct; index: number }[] {
  return draft.products
    .map((product, index) => ({ product, index }))
    .filter(({ product }) => product.result !== undefined);
}

/** Writes a result's statement merged over the rows of each run of products that serve it. */
function statementCells(
  s: SheetBuilder,
  placed: Placed[],
  col: number,
  text: (result: number | undefined) => string,
): void {
  for (const [from, to] of runs(placed, (p) => p.product.result)) {
    const top = placed[from].top;
    const bottom = placed[to].bottom;
    s.value(top, col, text(placed[from].product.result), 'text');
    s.merge(top, col, bottom, col, 'text');
  }
}

export function buildResultsSheet(draft: Draft): { sheet: SheetSpec; area: string } {
  const n = draft.years.length;
  const s = new SheetBuilder(SHEET_NAMES.results);
  titleRows(s, draft, `RESULTADOS, PRODUCTOS Y SUBPRODUCTOS ${span(draft)}`);
  const top = HEADER_TOP;
  s.value(top, 0, 'RESULTADO INSTITUCIONAL', 'header').merge(top, 0, top, n - 1, 'header');
  draft.years.forEach((year, i) => s.value(top + 1, i, `Año ${year}`, 'subheader'));
  s.value(top, n, 'PRODUCTO / SUBPRODUCTO', 'header').merge(top, n, top + 1, n + 1, 'header');
  const placed = placeItems(s, withResults(draft), top + 2, n);
  draft.years.forEach((_, i) =>
    statementCells(s, placed, i, (r) => (r === undefined ? '' : (draft.results[r]?.statements[i] ?? ''))),
  );
  const last = placed.length > 0 ? placed[placed.length - 1].bottom : top + 2;
  // Five statements side by side still print on one landscape page.
  draft.years.forEach((_, i) => s.column(i, n > 3 ? 30 : 42, 'text'));
  s.column(n, 11, 'text').column(n + 1, 48, 'text');
  const area = `${cellAddress(top, 0)}:${cellAddress(last, n + 1)}`;
  const sheet = s.build({ freeze: { rows: top + 2, cols: 0 }, print: landscape(top, top + 1), protect: true });
  return { sheet, area };
}

export function buildCoverageSheet(draft: Draft): { sheet: SheetSpec; area: string } {
  const s = new SheetBuilder(SHEET_NAMES.coverage);
  titleRows(s, draft, 'COBERTURA');
  const head = HEADER_TOP;
  const lastYear = draft.years.length - 1;
  s.value(head, 0, 'RESULTADO INSTITUCIONAL', 'header');
  s.value(head, 1, 'PRODUCTO / SUBPRODUCTO', 'header').merge(head, 1, head, 2, 'header');
  s.value(head, 3, 'PRODUCTOS DE MAYOR CONTRIBUCIÓN A LA POLÍTICA GENERAL DE GOBIERNO (1 / 0)', 'header');
  s.value(head, 4, 'COBERTURA DE DEPARTAMENTOS', 'header');
  s.value(head, 5, 'COBERTURA DE MUNICIPIOS', 'header');
  const placed = placeItems(s, withResults(draft), head + 1, 1);
  statementCells(s, placed, 0, (r) => (r === undefined ? '' : (draft.results[r]?.statements[lastYear] ?? '')));
  const pgg = pggLayout(draft);
  for (const { product, index, top } of placed) {
    const flagRef = sheetRef(SHEET_NAMES.pgg, pgg.productRows[index], pgg.flagCol);
    s.formula(top, 3, flagRef, product.pggContribution ?? 0, 'flagFormula');
    s.value(top, 4, product.coverage?.departments ?? '', 'text');
    s.value(top, 5, product.coverage?.municipalities ?? '', 'text');
    product.subproducts.forEach((sub, j) => {
      s.value(top + 1 + j, 3, null, 'blank');
      s.value(top + 1 + j, 4, sub.coverage?.departments ?? null, 'text');
      s.value(top + 1 + j, 5, sub.coverage?.municipalities ?? null, 'text');
    });
  }
  const last = placed.length > 0 ? placed[placed.length - 1].bottom : head + 1;
  s.column(0, 42, 'text').column(1, 11, 'text').column(2, 48, 'text').column(3, 18, 'flag');
  s.column(4, 36, 'text').column(5, 36, 'text');
  s.validate({
    type: 'list',
    range: `${cellAddress(head + 1, 4)}:${cellAddress(last, 4)}`,
    source: LIST_NAMES.departments,
    allowBlank: true,
    errorStyle: 'warning',
    prompt: {
      title: 'Cobertura',
      text: 'Elija un departamento o "COBERTURA A NIVEL NACIONAL"; varios se separan con comas.',
    },
  });
  const area = `${cellAddress(head, 0)}:${cellAddress(last, 5)}`;
  const sheet = s.build({ freeze: { rows: head + 1, cols: 0 }, print: landscape(head, head), protect: true });
  return { sheet, area };
}

export function buildPggSheet(draft: Draft): { sheet: SheetSpec; area: string } {
  const layout = pggLayout(draft);
  const s = new SheetBuilder(SHEET_NAMES.pgg);
  titleRows(s, draft, 'MATRIZ DE VINCULACIÓN A LA POLÍTICA GENERAL DE GOBIERNO 2024-2028 CON ESTRUCTURA PROGRAMÁTICA');
  const top = layout.headerTop;
  s.value(top, 0, 'POLÍTICA GENERAL DE GOBIERNO 2024-2028', 'header').merge(top, 0, top, 1, 'header');
  s.value(top + 1, 0, 'Ejes Estratégicos', 'subheader');
  s.value(top + 1, 1, 'Objetivo', 'subheader');
  s.value(top, 2, 'RESULTADO INSTITUCIONAL', 'header');
  s.value(top + 1, 2, 'Descripción de Resultado', 'subheader');
  s.value(top, 3, 'PRODUCTO / SUBPRODUCTO', 'header').merge(top, 3, top + 1, 4, 'header');
  s.value(top, layout.flagCol, 'PRODUCTOS DE MAYOR CONTRIBUCIÓN A LA POLÍTICA GENERAL DE GOBIERNO (1 / 0)', 'header');
  s.merge(top, layout.flagCol, top + 1, layout.flagCol, 'header');
  const placed = placeItems(
    s,
    draft.products.map((product, index) => ({ product, index })),
    top + 2,
    3,
  );
  const last = Math.max(layout.lastRow, top + 2);
  s.value(top + 2, 0, draft.pgg.axis, 'text').merge(top + 2, 0, last, 0, 'text');
  s.value(top + 2, 1, draft.pgg.objective, 'text').merge(top + 2, 1, last, 1, 'text');
  statementCells(s, placed, 2, (r) => (r === undefined ? '' : (draft.results[r]?.statements[0] ?? '')));
  for (const { product, top: row } of placed) {
    s.value(row, layout.flagCol, product.pggContribution, 'flag');
    product.subproducts.forEach((_, j) => s.value(row + 1 + j, layout.flagCol, null, 'blank'));
  }
  s.column(0, 24, 'text').column(1, 48, 'text').column(2, 42, 'text').column(3, 11, 'text').column(4, 48, 'text');
  s.column(layout.flagCol, 18, 'flag');
  s.validate({
    type: 'list',
    range: `${cellAddress(top + 2, layout.flagCol)}:${cellAddress(last, layout.flagCol)}`,
    values: FLAG_VALUES,
    allowBlank: true,
    error: { title: 'Mayor contribución', text: 'Escriba 1 (producto de mayor contribución) o 0.' },
  });
  const area = `${cellAddress(top, 0)}:${cellAddress(last, layout.flagCol)}`;
  const sheet = s.build({ freeze: { rows: top + 2, cols: 0 }, print: landscape(top, top + 1), protect: true });
  return { sheet, area };
}
